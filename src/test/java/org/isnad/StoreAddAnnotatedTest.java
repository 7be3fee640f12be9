package org.isnad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.extract.SiteTemplate;
import org.isnad.ingest.Ingestor;
import org.isnad.model.Analysis;
import org.isnad.model.Document;
import org.isnad.model.Skipped;
import org.isnad.model.Story;
import org.isnad.model.Timeline;
import org.isnad.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents annotated elsewhere (as the Spark job does: read, template counted over the batch,
 * each annotated against it) put into a new store: the same store as {@code isnad add} makes.
 */
@Timeout(120)
class StoreAddAnnotatedTest {
  @Test
  void annotatedDocumentsMakeTheStoreAnAddMakes(@TempDir Path dir) throws Exception {
    List<String> files = StoreCorpus.write(Files.createDirectory(dir.resolve("in")));
    Isnad engine = StoreCorpus.engine();
    Given read = given(engine, files);
    List<Document> documents = read.documents();
    List<Skipped> skipped = read.skipped();
    // all but the first annotated "elsewhere": the store annotates the one left out
    Map<String, Store.Settled> annotated = new HashMap<>(read.annotated());
    annotated.remove(documents.get(0).id());
    Path given = dir.resolve("given");
    StoreAdd.Added added = engine.addAnnotated(given, documents, annotated, skipped,
        ProgressListener.NONE);
    Path plainStore = dir.resolve("read");
    StoreAdd.Added plain = engine.add(plainStore, files, ProgressListener.NONE);
    assertEquals(plain.added(), added.added());
    assertEquals(plain.store(), added.store());
    assertEquals(engine.stored(plainStore, ProgressListener.NONE),
        engine.stored(given, ProgressListener.NONE));
  }

  @Test
  void theStoreKeepsTheAnnotationItIsGiven(@TempDir Path dir) throws Exception {
    List<String> files = StoreCorpus.write(Files.createDirectory(dir.resolve("in")));
    Isnad engine = StoreCorpus.engine();
    List<Document> documents = new ArrayList<>();
    new Ingestor().ingest(files.stream().sorted().toList(), documents::add, s -> { });
    Map<String, Store.Settled> blind = new HashMap<>();
    // annotated against no template at all: the shared site lines stay in the articles
    for (Store.Settled s : engine.annotateAgainst(documents, line -> false)) {
      blind.put(s.annotated().document().id(), s);
    }
    Path given = dir.resolve("given");
    engine.addAnnotated(given, documents, blind, List.of(), ProgressListener.NONE);
    Path read = dir.resolve("read");
    engine.add(read, files, ProgressListener.NONE);
    assertTrue(!engine.stored(read, ProgressListener.NONE).equals(
        engine.stored(given, ProgressListener.NONE)), "the given annotation is the store's");
  }

  @Test
  void aStoreThatHoldsDocumentsIsRefusedNamingIt(@TempDir Path dir) {
    Path store = dir.resolve("store");
    StoreCorpus.engine().add(store, List.of("samples/seeds"), ProgressListener.NONE);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StoreCorpus.engine().addAnnotated(store, List.of(), Map.of(), List.of(),
            ProgressListener.NONE));
    assertTrue(e.getMessage().contains(store.toString()) && e.getMessage().contains("5"),
        e.getMessage());
  }

  /**
   * A run linked elsewhere (the Spark job's linking, here {@code isnad analyze}'s of the same
   * files) is the store's linking: written as it is, the store is the one {@code isnad add}
   * makes; and it is not linked again (a story title changed in the run given is the store's).
   */
  @Test
  void aRunLinkedElsewhereIsWrittenAsItIs(@TempDir Path dir) throws Exception {
    List<String> files = StoreCorpus.write(Files.createDirectory(dir.resolve("in")));
    Isnad engine = StoreCorpus.engine();
    Given given = given(engine, files);
    Analysis linked = engine.analyze(files, ProgressListener.NONE);
    Path written = dir.resolve("written");
    StoreAdd.Added added = engine.addLinked(written, given.documents(), given.annotated(),
        given.skipped(), linked, ProgressListener.NONE);
    Path read = dir.resolve("read");
    StoreAdd.Added plain = engine.add(read, files, ProgressListener.NONE);
    assertEquals(plain, added);
    assertEquals(engine.stored(read, ProgressListener.NONE),
        engine.stored(written, ProgressListener.NONE));

    Path doctored = dir.resolve("doctored");
    engine.addLinked(doctored, given.documents(), given.annotated(), given.skipped(),
        retitled(linked, "عنوان كتبه الرابط في مكان آخر"), ProgressListener.NONE);
    assertEquals("عنوان كتبه الرابط في مكان آخر", engine.stored(doctored, ProgressListener.NONE)
        .timeline().stories().get(0).title());
  }

  /**
   * A document the run gives no annotation for is annotated by the store: the run given was not
   * linked with that annotation, and the store links the case itself, as {@code isnad add} does
   * (the changed story title of the run given is not the store's).
   */
  @Test
  void aDocumentAnnotatedHereMakesTheStoreLinkItself(@TempDir Path dir) throws Exception {
    List<String> files = StoreCorpus.write(Files.createDirectory(dir.resolve("in")));
    Isnad engine = StoreCorpus.engine();
    Given given = given(engine, files);
    Map<String, Store.Settled> allButOne = new HashMap<>(given.annotated());
    allButOne.remove(given.documents().get(0).id());
    Path written = dir.resolve("written");
    engine.addLinked(written, given.documents(), allButOne, given.skipped(),
        retitled(engine.analyze(files, ProgressListener.NONE), "عنوان كتبه الرابط في مكان آخر"),
        ProgressListener.NONE);
    Path read = dir.resolve("read");
    engine.add(read, files, ProgressListener.NONE);
    assertEquals(engine.stored(read, ProgressListener.NONE),
        engine.stored(written, ProgressListener.NONE));
  }

  /** Documents read from {@code files}, each annotated against the batch's template. */
  private record Given(List<Document> documents, Map<String, Store.Settled> annotated,
      List<Skipped> skipped) {}

  private static Given given(Isnad engine, List<String> files) {
    List<Document> documents = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    new Ingestor().ingest(files.stream().sorted().toList(), documents::add, skipped::add);
    Map<String, Integer> counts = new HashMap<>();
    documents.forEach(d -> SiteTemplate.countedLines(d).forEach(l -> counts.merge(l, 1,
        Integer::sum)));
    Map<String, Store.Settled> annotated = new HashMap<>();
    for (Store.Settled s : engine.annotateAgainst(documents,
        line -> SiteTemplate.recurs(counts.getOrDefault(line, 0)))) {
      annotated.put(s.annotated().document().id(), s);
    }
    return new Given(documents, annotated, skipped);
  }

  /** {@code analysis} with its first story titled {@code title}. */
  private static Analysis retitled(Analysis analysis, String title) {
    List<Story> stories = new ArrayList<>(analysis.timeline().stories());
    Story first = stories.get(0);
    stories.set(0, new Story(first.id(), title, first.articles(), first.events()));
    Timeline t = analysis.timeline();
    return new Analysis(analysis.generatedAt(), analysis.annotated(), analysis.entities(),
        new Timeline(t.mentions(), t.events(), stories, t.copies(), t.storyOf(), t.published()),
        analysis.skipped());
  }
}
