package org.isnad.model;

import java.util.Locale;

/** What the reports of one event disagree on (a {@link Conflict}'s field). */
public enum ConflictField {
  /** Independent sources give different days. */
  DATE,
  /** A weekday does not fit its date. */
  WEEKDAY,
  /** Different numbers of dead. */
  DEAD,
  /** Different numbers of wounded. */
  INJURED,
  /** Different numbers of anything else counted. */
  COUNT;

  /** The contract's spelling: {@code date}, {@code weekday} … */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
