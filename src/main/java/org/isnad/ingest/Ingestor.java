package org.isnad.ingest;

import java.util.List;
import java.util.function.Consumer;
import org.isnad.model.Document;

/**
 * Reads inputs (files, directories, archives, standard input) into {@link Document}s.
 *
 * <p>Every input shows up: a file that cannot be read becomes a failed document, an exact
 * duplicate becomes a document with {@code duplicateOf} set. Only caller mistakes throw: a path
 * that does not exist is an {@link IllegalArgumentException} naming the path.
 *
 * <p>Not thread safe; use one instance per run.
 */
public final class Ingestor {

  /** Reads all inputs in order, handing each document to {@code sink} as soon as it is read. */
  public void ingest(List<String> inputs, Consumer<Document> sink) {
    throw new UnsupportedOperationException("ingest is being written");
  }
}
