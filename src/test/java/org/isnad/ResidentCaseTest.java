package org.isnad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.model.Analysis;
import org.isnad.store.TableRows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ResidentCaseTest {
  private static Path root;
  private static List<String> files;
  private static Analysis atOnce;

  @BeforeAll
  static void corpus() throws IOException {
    root = Files.createTempDirectory("isnad-resident");
    files = StoreCorpus.write(Files.createDirectory(root.resolve("in")));
    Isnad engine = StoreCorpus.engine();
    engine.add(root.resolve("at-once"), files, ProgressListener.NONE);
    atOnce = engine.stored(root.resolve("at-once"), ProgressListener.NONE);
  }

  @AfterAll
  static void clean() throws IOException {
    StoreCorpus.deleteTree(root);
  }

  @Test
  void aServerHoldsTheCaseBetweenAdds() throws Exception {
    ResidentCase resident = ResidentCase.kept(1L << 40);
    Path store = addInTwo(resident, "held");
    assertTrue(resident.holding());
    assertEquals(atOnce, StoreCorpus.engine().stored(store, ProgressListener.NONE));
    // the tables the analysis is not read back from: statements written from the kept rows
    for (String query : List.of("SELECT id, shown, speaker_entity, json FROM statements",
        "SELECT entity_id, statement_id, shown FROM statement_about")) {
      List<String> rows = TableRows.of(store, query);
      assertFalse(rows.isEmpty(), query);
      assertEquals(TableRows.of(root.resolve("at-once"), query), rows, query);
    }
  }

  @Test
  void aCaseTooLargeForTheHeapIsReadFromTheStoreEachTime() {
    ResidentCase resident = ResidentCase.kept(ResidentCase.BYTES_PER_DOCUMENT);
    Path store = addInTwo(resident, "too-large");
    assertFalse(resident.holding());
    assertEquals(atOnce, StoreCorpus.engine().stored(store, ProgressListener.NONE));
  }

  @Test
  void theBoundIsTheHeapOverTheBytesADocumentNeeds() {
    long gib = 1L << 30;
    assertTrue(ResidentCase.fits(4 * gib / ResidentCase.BYTES_PER_DOCUMENT, 4 * gib));
    assertFalse(ResidentCase.fits(4 * gib / ResidentCase.BYTES_PER_DOCUMENT + 1, 4 * gib));
  }

  private static Path addInTwo(ResidentCase resident, String name) {
    Path store = root.resolve(name);
    int half = files.size() / 2;
    for (List<String> batch : List.of(files.subList(0, half), files.subList(half, files.size()))) {
      new StoreAdd(StoreCorpus.engine(), store, ProgressListener.NONE).resident(resident)
          .add(batch);
    }
    return store;
  }
}
