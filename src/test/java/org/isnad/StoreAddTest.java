package org.isnad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.model.Analysis;
import org.isnad.model.AnnotatedDocument;
import org.isnad.model.DropReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code isnad add} through the facade: new bytes only, the site template, the export. */
@Timeout(120)
class StoreAddTest {
  @Test
  void reAddingTheSameBytesChangesNothing(@TempDir Path dir) throws Exception {
    List<String> files = StoreCorpus.write(Files.createDirectory(dir.resolve("in")));
    Path store = dir.resolve("store");
    StoreAdd.Added first = Isnad.with(2, StoreCorpus.FIXED).add(store, files,
        ProgressListener.NONE);
    assertEquals(files.size(), first.added());
    // a later clock: a store linked again would carry it
    Isnad later = Isnad.with(2, java.time.Clock.offset(StoreCorpus.FIXED,
        java.time.Duration.ofDays(1)));
    StoreAdd.Added again = later.add(store, files, ProgressListener.NONE);
    assertEquals(0, again.added());
    assertEquals(files.size(), again.known());
    assertEquals(first.store(), again.store());
    assertEquals(StoreCorpus.engine().analyze(files, ProgressListener.NONE),
        later.stored(store, ProgressListener.NONE));
  }

  @Test
  void aPageWhoseTemplateALaterPageChangesIsExtractedAgain(@TempDir Path dir)
      throws Exception {
    List<String> files = StoreCorpus.write(Files.createDirectory(dir.resolve("in")));
    String one = files.stream().filter(f -> f.endsWith("site-one.txt")).findFirst().orElseThrow();
    String two = files.stream().filter(f -> f.endsWith("site-two.txt")).findFirst().orElseThrow();
    Isnad engine = StoreCorpus.engine();
    Path store = dir.resolve("store");
    engine.add(store, List.of(one), ProgressListener.NONE);
    Analysis alone = engine.stored(store, ProgressListener.NONE);
    assertTrue(document(alone, one).dropped().stream()
        .noneMatch(d -> d.reason() == DropReason.SITE_TEMPLATE));
    StoreAdd.Added second = engine.add(store, List.of(two), ProgressListener.NONE);
    assertEquals(1, second.redone());
    Analysis both = engine.stored(store, ProgressListener.NONE);
    assertEquals(DropReason.SITE_TEMPLATE, document(both, one).dropped().get(0).reason());
    assertEquals(engine.analyze(List.of(one, two), ProgressListener.NONE), both);
  }

  private static AnnotatedDocument document(Analysis analysis, String source) {
    return analysis.annotated().stream().filter(d -> d.document().source().equals(source))
        .findFirst().orElseThrow();
  }

  @Test
  void aSecondAddWhileOneRunsIsRefused(@TempDir Path dir) {
    Path store = dir.resolve("store");
    try (AddLock held = AddLock.take(store)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> StoreCorpus.engine().add(store, List.of("samples/seeds"),
              ProgressListener.NONE));
      assertTrue(e.getMessage().contains("another isnad add"), e.getMessage());
    }
    assertEquals(5, StoreCorpus.engine().add(store, List.of("samples/seeds"),
        ProgressListener.NONE).added());
  }

  @Test
  void exportingWhereNoStoreIsIsAMistakeNamingTheFolder(@TempDir Path dir) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StoreCorpus.engine().stored(dir.resolve("none"), ProgressListener.NONE));
    assertTrue(e.getMessage().contains(dir.resolve("none").toString()), e.getMessage());
  }
}
