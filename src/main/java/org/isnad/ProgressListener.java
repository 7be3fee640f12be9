package org.isnad;

/**
 * Receives progress from a run, one phase after another ({@link Phase}): each phase says how
 * many units it has, then one {@link #step()} per unit done.
 */
public interface ProgressListener {
  ProgressListener NONE = new ProgressListener() {};

  /** The phases of a run, in order, each counting its own units. */
  enum Phase {
    /** Inputs read into documents (units: documents; total unknown while reading). */
    READ("read", " docs"),
    /** Documents extracted and their articles annotated (units: documents). */
    ANNOTATE("annotate", " docs"),
    /** Entities linked across the run and speakers tied to them (one unit). */
    LINK("link", ""),
    /** Event reports found on the linked articles (units: documents). */
    EVENTS("events", " docs"),
    /** Events, stories and copies built across the run (one unit). */
    TIMELINE("timeline", ""),
    /** The analysis JSON written (units: documents, then articles). */
    WRITE("write", ""),
    /** A store's annotated documents and kept results read back for linking (one unit). */
    LOAD("load", ""),
    /** A store's derived tables written after linking (one unit). */
    STORE("store", ""),
    /** A store's search index brought up to date (one unit). */
    INDEX("index", "");

    private final String label;
    private final String unit;

    Phase(String label, String unit) {
      this.label = label;
      this.unit = unit;
    }

    /** The phase's name as shown to a person. */
    public String label() {
      return label;
    }

    /** What a unit is, with a leading space ({@code " docs"}), or empty. */
    public String unit() {
      return unit;
    }
  }

  /** A phase starts with {@code total} units, or {@code -1} when the total is not known yet. */
  default void phase(Phase phase, long total) {}

  /** One more unit of the current phase is done; may be called from any thread. */
  default void step() {}

  /** Called once at the end. */
  default void finished() {}
}
