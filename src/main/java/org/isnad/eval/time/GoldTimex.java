package org.isnad.eval.time;

/**
 * One time expression of a sentence, gold or predicted.
 *
 * @param sid sentence id
 * @param start code point offset in the sentence
 * @param end code point offset, exclusive
 * @param type DATE, TIME, DURATION or SET
 * @param value TIMEX3 value, empty when none
 * @param mod TIMEX3 mod, empty when none
 */
public record GoldTimex(String sid, int start, int end, String type, String value, String mod) {
  public GoldTimex {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + start + "-" + end + " in " + sid);
    }
    value = value == null ? "" : value;
    mod = mod == null ? "" : mod;
  }

  boolean overlaps(GoldTimex other) {
    return start < other.end && other.start < end;
  }

  boolean sameSpan(GoldTimex other) {
    return start == other.start && end == other.end;
  }
}
