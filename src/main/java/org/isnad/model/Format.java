package org.isnad.model;

/** What kind of content a document holds once decoded. */
public enum Format {
  /** Already flattened text, one block a line (saved page text, .txt, JSONL {@code text}). */
  TEXT,
  /** An HTML page. */
  HTML
}
