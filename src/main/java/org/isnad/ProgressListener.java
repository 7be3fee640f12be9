package org.isnad;

/** Receives progress from a run: how many documents there are, then one call per document. */
public interface ProgressListener {
  ProgressListener NONE = new ProgressListener() {};

  /** Called once ingest knows how many documents the batch has. */
  default void started(long documents) {}

  /** Called after each document has gone through the pipeline; may be called from any thread. */
  default void documentDone() {}

  /** Called once at the end. */
  default void finished() {}
}
