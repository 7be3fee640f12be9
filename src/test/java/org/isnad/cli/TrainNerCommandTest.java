package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isnad train ner --cv}: settings chosen inside the training file, no model written. */
class TrainNerCommandTest {
  /** Three sentences tagged in CoNLL form (a fixture shared with the other training test). */
  private static final Path TAGGED =
      Path.of("src/test/resources/org/isnad/three-tagged-sentences.conll");

  @Test
  void crossValidationScoresEachEpochOnHeldOutFoldsAndWritesNoModel(@TempDir Path dir)
      throws IOException {
    Path data = dir.resolve("train.txt");
    Files.writeString(data, Files.readString(TAGGED).repeat(4), StandardCharsets.UTF_8);
    Path model = dir.resolve("model.gz");
    CliRun cli = new CliRun();
    int code = cli.run("train", "ner", "--data", data.toString(), "--out", model.toString(),
        "--clusters", "none", "--cv", "3", "--cv-only", "0,2", "--epochs", "2", "--bag", "2");
    assertEquals(0, code, cli.err.toString());
    String out = cli.out.toString();
    assertTrue(out.contains("fold 0 (sentences 0-4)"), out);
    assertFalse(out.contains("fold 1"), out);
    assertTrue(out.contains("fold 2 (sentences 8-12)"), out);
    assertTrue(out.lines().anyMatch(l -> l.strip().startsWith("2  ")), out);
    assertTrue(out.contains("micro"), out);
    assertFalse(Files.exists(model));
  }
}
