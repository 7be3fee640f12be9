package org.isnad.ingest;

import java.util.List;

/**
 * Reads standard input through a default {@link Ingestor} and prints the problems of the one
 * document it gives; run as a separate process so a test can start it with descriptor 0 closed.
 */
public final class StdinProbe {
  private StdinProbe() {}

  public static void main(String[] args) {
    new Ingestor().ingest(List.of("-"), document -> document.problems().forEach(
        problem -> System.out.println(problem.code() + ": " + problem.message())));
  }
}
