package org.isnad.model;

import java.util.List;
import java.util.Objects;

/**
 * What one add to a store did, as {@code isnad add} prints it: documents taken in, documents
 * the store already held (same id or bytes), stored documents extracted again because the
 * template changed, the added documents that failed, the paths not read, the store's sizes
 * after it, and what became of each document read. The same whether the add ran in the command
 * or was handed to a running server (which answers it as JSON).
 *
 * @param added documents taken in
 * @param known documents the store already held
 * @param redone stored documents extracted again
 * @param failures the added documents that could not be read, with why
 * @param skipped the paths not read, with why
 * @param store the store's sizes after the add
 * @param documents what became of each document read and each path skipped
 */
public record AddReport(int added, int known, int redone, List<Failed> failures,
    List<Skipped> skipped, Sizes store, List<AddOutcome> documents) {
  public AddReport {
    if (added < 0 || known < 0 || redone < 0) {
      throw new IllegalArgumentException("counts must not be negative: " + added + ", " + known
          + ", " + redone);
    }
    failures = List.copyOf(failures);
    skipped = List.copyOf(skipped);
    Objects.requireNonNull(store, "store");
    documents = List.copyOf(documents);
  }

  /** An added document that could not be read: where it came from and why. */
  public record Failed(String source, String error) {
    public Failed {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(error, "error");
    }
  }

  /** How many documents, articles, events and stories a store holds. */
  public record Sizes(int documents, int articles, int events, int stories) { }
}
