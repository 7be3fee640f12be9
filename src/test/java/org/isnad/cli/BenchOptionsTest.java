package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code isnad bench} runs the engine as every batch command does: the {@link RunOptions}. */
class BenchOptionsTest {
  @Test
  void benchTakesTheSharedRunOptions() {
    CliRun cli = new CliRun();
    assertEquals(0, cli.run("bench", "--help"));
    assertTrue(cli.out.toString().contains("--no-progress"), cli.out.toString());
    assertTrue(cli.out.toString().contains("Worker threads, 1 to " + org.isnad.Isnad.MAX_THREADS),
        cli.out.toString());
  }

  @Test
  void aThreadCountOutOfRangeIsAUsageError() {
    CliRun cli = new CliRun();
    assertEquals(2, cli.run("bench", "--threads", "0", "--data", "no-such-folder"));
    assertTrue(cli.err.toString().contains("threads must be between 1 and"), cli.err.toString());
  }
}
