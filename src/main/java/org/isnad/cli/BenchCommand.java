package org.isnad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code isnad bench}: throughput of the pipeline on a large real corpus. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measures ingest + extract + text layer throughput and prints a table.")
final class BenchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("bench is being written");
  }
}
