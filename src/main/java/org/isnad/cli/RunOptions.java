package org.isnad.cli;

import java.time.Clock;
import org.isnad.Isnad;
import picocli.CommandLine.Option;

/**
 * {@code --threads N} and {@code --no-progress}, how a command that runs the engine over a
 * batch runs it: the engine with that many workers (all cores when not given; a count outside 1
 * to {@link Isnad#MAX_THREADS} is an {@link IllegalArgumentException} naming it, a usage error)
 * and a progress bar on the terminal unless refused.
 */
final class RunOptions {
  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads, 1 to " + Isnad.MAX_THREADS + " (default: all cores).")
  Integer threads;

  @Option(names = "--no-progress", description = "Never show the progress bar.")
  boolean noProgress;

  /**
   * Checks {@code --threads} without building an engine (which loads the annotators' rules:
   * about a second, wasted on an add a running server does).
   *
   * @throws IllegalArgumentException for a count out of bounds, naming it
   */
  void checkThreads() {
    if (threads != null) {
      Isnad.checkThreads(threads);
    }
  }

  /** The engine these options ask for. */
  Isnad engine() {
    return threads == null ? Isnad.withDefaults() : Isnad.with(threads, Clock.systemUTC());
  }

  /** How many workers {@link #engine()} runs: the count asked for, else all cores (capped). */
  int workers() {
    return threads == null ? Isnad.defaultThreads() : threads;
  }

  /** The progress bar: on a terminal, unless {@code --no-progress}. */
  TerminalProgress progress() {
    return TerminalProgress.forTerminal(!noProgress);
  }
}
