package org.isnad.model;

/** The pipeline stage that recorded a {@link Problem}. */
public enum Stage {
  INGEST, EXTRACT, TEXT, ANNOTATE, LINK, TIMELINE, EXPORT
}
