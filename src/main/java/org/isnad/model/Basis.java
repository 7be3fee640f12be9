package org.isnad.model;

/** Where a publication date comes from. */
public enum Basis {
  METADATA, CONTENT, CORPUS, NONE;

  /** The lower-case name used in the analysis JSON. */
  public String json() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
