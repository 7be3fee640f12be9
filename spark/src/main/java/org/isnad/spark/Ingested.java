package org.isnad.spark;

import java.io.Serializable;

/**
 * What reading one file gave, one row a document or skipped path: its place in the run's
 * reading order ({@code file}, then {@code seq} within the file) and the record as JSON
 * ({@link ModelCodec}): a {@link org.isnad.model.Document}, or a {@link org.isnad.model.Skipped}
 * when {@code skipped}.
 */
record Ingested(int file, int seq, boolean skipped, byte[] json) implements Serializable {
  /** The reading-order key: the file's index in its high half, the place in it in the low. */
  long order() {
    return ((long) file << 32) | (seq & 0xffffffffL);
  }
}
