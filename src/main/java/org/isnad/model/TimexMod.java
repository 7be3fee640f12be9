package org.isnad.model;

/**
 * A TIMEX3 {@code mod}: how an expression qualifies its value (TimeML's closed set). isnad
 * gives START, MID, END (period parts), APPROX, MORE_THAN and LESS_THAN (words of quantity).
 */
public enum TimexMod {
  BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER, LESS_THAN, MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE,
  START, MID, END, APPROX;

  /**
   * The mod spelled {@code code} (as in a rule file or a gold), {@code null} for {@code null} or
   * blank; an unknown spelling is a caller's mistake.
   *
   * @throws IllegalArgumentException naming the unknown code
   */
  public static TimexMod of(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    try {
      return valueOf(code.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown TIMEX3 mod: " + code, e);
    }
  }
}
