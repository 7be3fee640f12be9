package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.isnad.check.StanceJudge;
import org.isnad.eval.stance.SyntheticGold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isnad train stance} and {@code isnad eval stance}: exit codes and what they write. */
class StanceCommandsTest {
  @Test
  void trainStanceWritesAModelTheJudgeReadsAndTheSameBytesTwice(@TempDir Path dir)
      throws IOException {
    Path data = SyntheticGold.write(dir.resolve("gold"));
    Path model = dir.resolve("models/stance.model");
    CliRun run = new CliRun();
    assertEquals(0, run.run("train", "stance", "--data", data.toString(), "--folds", "2",
        "-o", model.toString()), run.err.toString());
    assertTrue(run.out.toString().contains("4 claims, 24 pairs"), run.out.toString());
    byte[] first = Files.readAllBytes(model);
    StanceJudge.trained(model);
    CliRun again = new CliRun();
    assertEquals(0, again.run("train", "stance", "--data", data.toString(), "--folds", "2",
        "-o", model.toString()), again.err.toString());
    assertEquals(new String(first), Files.readString(model));
  }

  @Test
  void aFolderWithoutTheGoldIsExitTwo(@TempDir Path dir) {
    CliRun run = new CliRun();
    assertEquals(2, run.run("eval", "stance", "--data", dir.toString()));
    assertTrue(run.err.toString().contains(dir.toString()), run.err.toString());
  }
}
