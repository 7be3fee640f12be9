package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.isnad.Isnad;
import org.isnad.ProgressListener;
import org.isnad.model.Analysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store grown in batches, whose linkings wrote only the rows that changed (and deleted the
 * rows of events and stories that new articles merged or renamed), reads on every route as the
 * in-memory view of one analysis over all its inputs, and its analysis equals that one.
 */
@Timeout(300)
class StoreViewBatchesTest {
  private static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"),
      ZoneOffset.UTC);

  @Test
  void seedsAddedOneByOneReadAsTheirAnalysis(@TempDir Path dir) throws IOException {
    List<String> seeds = seeds();
    agree(dir, seeds.stream().map(List::of).toList(), seeds);
  }

  @Test
  void seedsAddedBackwardsInTwoBatchesReadAsTheirAnalysis(@TempDir Path dir)
      throws IOException {
    List<String> seeds = seeds();
    agree(dir, List.of(List.of(seeds.get(4), seeds.get(2)),
        List.of(seeds.get(3), seeds.get(0), seeds.get(1))), seeds);
  }

  private static void agree(Path dir, List<List<String>> batches, List<String> all) {
    Isnad engine = Isnad.with(2, FIXED);
    for (List<String> batch : batches) {
      engine.add(dir, batch, ProgressListener.NONE);
    }
    Analysis analysed = engine.analyze(all, ProgressListener.NONE);
    Analysis stored = engine.stored(dir, ProgressListener.NONE);
    assertEquals(analysed.withSkipped(List.of()), stored.withSkipped(List.of()));
    try (StoreView view = StoreView.open(dir)) {
      StoreViewTest.ViewsAgree.check(analysed, new AnalysisView(analysed), view);
    }
  }

  private static List<String> seeds() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("samples/seeds"))) {
      List<String> out = files.map(Path::toString).sorted().toList();
      assertEquals(5, out.size(), out.toString());
      return out;
    }
  }
}
