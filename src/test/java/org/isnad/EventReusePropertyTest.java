package org.isnad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.isnad.model.Analysis;
import org.isnad.store.SqlStore;

/**
 * An add that reuses the event pass results the store kept gives, after every batch, exactly
 * the analysis of an add that runs the pass on every article: random splits of the corpus, added
 * in random orders, into two stores side by side.
 */
class EventReusePropertyTest {
  private static Path root;
  private static List<String> files;
  private static int stores;

  @BeforeContainer
  static void corpus() throws IOException {
    root = Files.createTempDirectory("isnad-event-reuse");
    files = StoreCorpus.write(Files.createDirectory(root.resolve("in")));
  }

  @AfterContainer
  static void clean() throws IOException {
    StoreCorpus.deleteTree(root);
  }

  @Property(tries = 5, seed = "20261207")
  void anAddWithReuseEqualsOneWithout(@ForAll("batches") List<List<String>> batches) {
    Isnad engine = StoreCorpus.engine();
    int n = stores++;
    Path reusing = root.resolve("reusing-" + n);
    Path computing = root.resolve("computing-" + n);
    for (List<String> batch : batches) {
      new StoreAdd(engine, reusing, ProgressListener.NONE, true).add(batch);
      new StoreAdd(engine, computing, ProgressListener.NONE, false).add(batch);
      assertEquals(stored(engine, computing), stored(engine, reusing), batches.toString());
    }
    try (SqlStore store = SqlStore.open(reusing)) {
      assertTrue(!store.keptEvents().isEmpty(), "the reusing store keeps event pass results");
    }
  }

  private static Analysis stored(Isnad engine, Path store) {
    return engine.stored(store, ProgressListener.NONE);
  }

  /** The corpus shuffled and cut into two to four non-empty batches. */
  @Provide
  Arbitrary<List<List<String>>> batches() {
    return StoreCorpus.batches(files);
  }
}
