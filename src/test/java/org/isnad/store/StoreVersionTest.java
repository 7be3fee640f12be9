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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The views over a store tell the store's version (what the server keeps answers and names by),
 * and a view of a case in memory cannot tell one.
 */
@Timeout(180)
class StoreVersionTest {
  @Test
  void theViewsTellTheStoresVersionAndSeeAnAdd(@TempDir Path store) throws IOException {
    List<String> seeds;
    try (Stream<Path> files = Files.list(Path.of("samples/seeds"))) {
      seeds = files.map(Path::toString).sorted().toList();
    }
    Isnad engine = Isnad.with(2, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"),
        ZoneOffset.UTC));
    engine.add(store, seeds.subList(0, 2), ProgressListener.NONE);
    try (StoreView one = StoreView.open(store); StoreViews many = StoreViews.open(store, 2)) {
      assertEquals(1, one.version());
      assertEquals(1, many.version());
      long names = one.entities(null, null, new PageRequest(0, 200)).total();
      engine.add(store, seeds.subList(2, seeds.size()), ProgressListener.NONE);
      assertEquals(2, one.version());
      assertEquals(2, many.version());
      // the names of the new version, not the ones read before
      assertEquals(new AnalysisView(engine.stored(store, ProgressListener.NONE))
          .entities(null, null, new PageRequest(0, 200)).total(),
          one.entities(null, null, new PageRequest(0, 200)).total());
      assertEquals(true, names > 0);
    }
    assertEquals(-1, new AnalysisView(engine.stored(store, ProgressListener.NONE)).version());
  }
}
