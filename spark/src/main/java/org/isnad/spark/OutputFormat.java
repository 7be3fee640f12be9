package org.isnad.spark;

import java.util.Locale;

/** How the job writes the analysis contract. */
enum OutputFormat {
  /** The analysis JSON, one file, byte for byte as {@code isnad analyze} writes it. */
  JSON,
  /** A folder: one JSON-lines file per section of the contract, a line an element. */
  JSONL,
  /** A folder: one Parquet dataset per section of the contract, a row an element. */
  PARQUET;

  /**
   * The format named {@code name} (any case).
   *
   * @throws IllegalArgumentException naming the value when it is none of json, jsonl, parquet
   */
  static OutputFormat of(String name) {
    for (OutputFormat f : values()) {
      if (f.name().equalsIgnoreCase(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException("--format must be json, jsonl or parquet: " + name);
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
