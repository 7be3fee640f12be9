package org.isnad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.isnad.extract.SiteTemplate;
import org.isnad.model.Analysis;
import org.isnad.model.Document;
import org.isnad.model.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The doors the CLI and the evaluations go through instead of the stages: a batch of documents
 * in memory analysed by the facade, and training through {@link Training}, deterministic.
 */
class FacadeDoorsTest {
  private static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"),
      ZoneOffset.UTC);

  private static Document page(String id, String text) {
    return new Document(id, id + ".html", "0", Format.HTML, "UTF-8",
        "<html><body><article><h1>خبر</h1><p>" + text + "</p></article></body></html>", null,
        null, List.of());
  }

  @Test
  void documentsInMemoryAreAnalysedAsOneExtractedBatch() {
    List<Document> documents = List.of(
        page("d1", "قال وزير الخارجية سامح شكري يوم الاثنين 5 يناير 2015 إن \"المفاوضات مستمرة"
            + " مع جميع الأطراف\"."),
        page("d2", "أعلنت وزارة الصحة في القاهرة أمس أن عدد المصابين ارتفع إلى عشرين."));
    Isnad engine = Isnad.with(1, FIXED);
    Analysis analysed = engine.analyzeDocuments(documents);
    Analysis byStages = engine.annotate(engine.extractAll(documents,
        SiteTemplate.learn(documents), ProgressListener.NONE));
    assertEquals(byStages, analysed);
    assertEquals(2, analysed.documents().size());
    assertFalse(analysed.quotes().isEmpty(), analysed.quotes().toString());
  }

  /** Three sentences tagged in CoNLL form (a fixture shared with the other training test). */
  private static final Path TAGGED =
      Path.of("src/test/resources/org/isnad/three-tagged-sentences.conll");

  @Test
  void theSameTrainingDataAndSeedGiveTheSameModelAndClasses(@TempDir Path dir)
      throws IOException {
    Path data = dir.resolve("train.txt");
    Files.writeString(data, Files.readString(TAGGED).repeat(3), StandardCharsets.UTF_8);
    Training.ClusterSettings settings = new Training.ClusterSettings(new int[] {2}, 1, 100, 10,
        3, 7L);
    List<String> log = new ArrayList<>();
    Training.WordClasses classes = Training.trainClusters(List.of(data), settings, log::add);
    assertTrue(classes.words() > 0, log.toString());
    assertArrayEquals(classes(classes), classes(Training.trainClusters(List.of(data), settings,
        line -> { })));
    Path table = dir.resolve("clusters.tsv");
    Files.write(table, classes(classes));
    Training.NameData input = Training.nameData(data).withClusters(table.toString());
    assertEquals(9, input.size());
    assertArrayEquals(model(Training.trainNameTagger(input, true, 2, 5L, 2, line -> { })),
        model(Training.trainNameTagger(input, true, 2, 5L, 2, line -> { })));
  }

  private static byte[] classes(Training.WordClasses classes) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
    classes.writeTo(writer);
    writer.flush();
    return bytes.toByteArray();
  }

  private static byte[] model(Training.NameModel model) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.writeTo(bytes, 0.001f);
    return bytes.toByteArray();
  }
}
