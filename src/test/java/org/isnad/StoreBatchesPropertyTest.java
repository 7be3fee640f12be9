package org.isnad;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.isnad.model.Analysis;

/**
 * A store grown in batches equals the store made by adding everything at once, and both equal
 * {@code isnad analyze} of the same inputs: random splits of the corpus, added in random orders.
 */
class StoreBatchesPropertyTest {
  private static Path root;
  private static List<String> files;
  private static Analysis atOnce;
  private static Analysis analysed;
  private static int stores;

  @BeforeContainer
  static void corpus() throws IOException {
    root = Files.createTempDirectory("isnad-store-batches");
    files = StoreCorpus.write(Files.createDirectory(root.resolve("in")));
    Isnad engine = StoreCorpus.engine();
    engine.add(root.resolve("at-once"), files, ProgressListener.NONE);
    atOnce = engine.stored(root.resolve("at-once"), ProgressListener.NONE);
    analysed = engine.analyze(files, ProgressListener.NONE);
  }

  @AfterContainer
  static void clean() throws IOException {
    StoreCorpus.deleteTree(root);
  }

  @Property(tries = 4, seed = "20261207")
  void batchesInAnyOrderEqualAllAtOnce(@ForAll("batches") List<List<String>> batches) {
    Isnad engine = StoreCorpus.engine();
    Path store = root.resolve("store-" + stores++);
    for (List<String> batch : batches) {
      engine.add(store, batch, ProgressListener.NONE);
    }
    Analysis last = engine.stored(store, ProgressListener.NONE);
    assertEquals(atOnce, last, batches.toString());
    assertEquals(analysed, last);
  }

  /**
   * The same with the batches uploaded to one running server, which keeps the case in memory
   * between adds ({@link ResidentCase}): the store equals the one made at once.
   */
  @Property(tries = 4, seed = "20261207")
  void batchesKeptInMemoryBetweenAddsEqualAllAtOnce(
      @ForAll("batches") List<List<String>> batches) {
    Isnad engine = StoreCorpus.engine();
    Path store = root.resolve("store-" + stores++);
    ResidentCase resident = ResidentCase.kept();
    for (List<String> batch : batches) {
      new StoreAdd(engine, store, ProgressListener.NONE).resident(resident).add(batch);
    }
    assertEquals(atOnce, engine.stored(store, ProgressListener.NONE), batches.toString());
  }

  /**
   * A server's kept case is read again when another process added to the store meanwhile: the
   * first and last thirds of the corpus go through the server, the middle one through another
   * add (without the check, the server would link the case without the middle third).
   */
  @Example
  void aCaseChangedByAnotherProcessIsReadAgain() {
    Isnad engine = StoreCorpus.engine();
    Path store = root.resolve("store-" + stores++);
    ResidentCase resident = ResidentCase.kept();
    int third = files.size() / 3;
    new StoreAdd(engine, store, ProgressListener.NONE).resident(resident)
        .add(files.subList(0, third));
    engine.add(store, files.subList(third, 2 * third), ProgressListener.NONE);
    new StoreAdd(engine, store, ProgressListener.NONE).resident(resident)
        .add(files.subList(2 * third, files.size()));
    assertEquals(atOnce, engine.stored(store, ProgressListener.NONE));
  }

  /** The corpus shuffled and cut into two to four non-empty batches. */
  @Provide
  Arbitrary<List<List<String>>> batches() {
    return StoreCorpus.batches(files);
  }
}
