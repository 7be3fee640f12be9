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
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.Article;
import org.isnad.model.Document;
import org.isnad.model.Format;
import org.isnad.model.Published;
import org.isnad.model.Quote;
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

  private static final String SAID = "قال وزير الخارجية سامح شكري يوم الاثنين 5 يناير 2015 إن "
      + "\"المفاوضات مستمرة مع جميع الأطراف\". وأعلنت وزارة الصحة في القاهرة أمس أن عدد المصابين"
      + " ارتفع إلى عشرين.";

  private static Article article(String text) {
    return new Article("a1", "d1", "خبر", text, null, null, null, null, List.of(), "ar", null,
        Published.fromMetadata("2015-01-06", "test"), List.of());
  }

  @Test
  void theArticlePassStepByStepOnOneReadingFindsWhatARunsAnnotatorsFind() {
    assertEquals(List.of("time", "entity", "quote"), ArticlePassSteps.articlePassSteps());
    Article article = article(SAID);
    ArticlePassSteps.ArticleInPass read = ArticlePassSteps.readForArticlePass(AnnotatedArticle.of(article));
    assertTrue(read.tokens() > 20, "the reading is tokenised: " + read.tokens());
    assertEquals(AnnotatedArticle.of(article), read.annotated(), "no step run yet");
    ArticlePassSteps.ArticleInPass done = read;
    for (int step = 0; step < ArticlePassSteps.articlePassSteps().size(); step++) {
      done = done.after(step);
    }
    AnnotatedArticle found = done.annotated();
    assertEquals(Isnad.timeExpressions(article), found.timexes());
    assertFalse(found.timexes().isEmpty());
    assertEquals(Isnad.entityMentions(article), found.mentions());
    assertEquals(spans(Isnad.attributedQuotes(article)), spans(found.quotes()));
    assertFalse(found.quotes().isEmpty());
    assertEquals(List.of(), found.problems());
  }

  private static List<String> spans(List<Quote> quotes) {
    return quotes.stream().map(q -> q.start() + "-" + q.end() + " " + q.cueStart()).toList();
  }

  @Test
  void trainingByEpochHandsOverTheModelTrainingGivesAtItsLastEpoch() throws IOException {
    Training.NameData data = Training.nameData(TAGGED);
    List<Integer> epochs = new ArrayList<>();
    List<byte[]> last = new ArrayList<>();
    Training.trainNameTaggerByEpoch(data, true, 3, 5L, 2, (epoch, model) -> {
      epochs.add(epoch);
      try {
        last.add(0, model(model));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    assertEquals(List.of(1, 2, 3), epochs);
    assertArrayEquals(model(Training.trainNameTagger(data, true, 3, 5L, 2, line -> { })),
        last.get(0));
  }

  @Test
  void nameDataSplitsIntoAFoldAndTheRestInOrder() throws IOException {
    Training.NameData data = Training.nameData(TAGGED);
    assertEquals(3, data.size());
    assertEquals(List.of(data.words().get(1)), data.part(1, 2).words());
    assertEquals(List.of(data.labels().get(0), data.labels().get(2)), data.without(1, 2)
        .labels());
  }

  @Test
  void theShippedTaggerTagsWordsAsNamesAndAMissingModelIsNamed(@TempDir Path dir)
      throws IOException {
    Training.NameTagging tagger = Training.nameTagger(null, java.util.Map.of());
    List<String> words = List.of("قال", "الرئيس", "باراك", "أوباما", "في", "واشنطن");
    assertEquals(List.of(tagger.tag(words)), tagger.tagAll(List.of(words)));
    assertTrue(tagger.tag(words).stream().anyMatch(n -> n.type().equals("PERS")),
        tagger.tag(words).toString());
    Path missing = dir.resolve("none.bin");
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> Training.nameTagger(missing, java.util.Map.of()));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new Training.Name(0, 1, "PERSON"));
  }
}
