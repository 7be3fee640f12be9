package org.isnad.model;

/** The part a named thing plays in one event report, read from the trigger's clause. */
public enum ArgumentRole {
  /** Who did it: the subject of a verb, the first genitive of an action noun. */
  AGENT,
  /** Whom it was done to or with: the killed, the arrested, the visited, the one met. */
  PATIENT,
  /** Where it happened. */
  PLACE;

  /** The lower-case name used in the analysis JSON. */
  public String json() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
