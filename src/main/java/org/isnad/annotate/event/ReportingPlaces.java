package org.isnad.annotate.event;

import java.util.List;
import java.util.Set;
import org.isnad.text.Token;

/**
 * Places of a sentence that say when or where a report was made, not where its event happened:
 * a clock's time zone (right after a clock time or a word of {@code ZONE} in
 * {@code event-clauses.txt}: "الساعة 16 : 44 ( مكة المكرمة )"، "بتوقيت غرينتش") and the dateline
 * where the report was filed ("أتلانتا ( CNN ) - - سقط عشرات القتلى"). Immutable and thread safe.
 */
final class ReportingPlaces {
  /** How far into its sentence a place may start and still be a dateline. */
  static final int DATELINE_WORDS = 6;
  private static final String DASHES = "-\u2013\u2014";
  private final Set<String> zones;

  /** @param zones the normalised words that make the next place a time zone */
  ReportingPlaces(Set<String> zones) {
    this.zones = zones;
  }

  /**
   * Whether the place at {@code start} (sentence-relative, as the tokens) only times or files the
   * report whose trigger starts at {@code triggerStart}.
   */
  boolean names(List<Token> tokens, int start, int triggerStart) {
    return timeZone(tokens, start) || dateline(tokens, start, triggerStart);
  }

  /**
   * Whether the place at {@code start} names a clock's time zone, not where it happened: right
   * after a clock time or a word of {@code ZONE} ("الساعة 16 : 44 ( مكة المكرمة )"، "بتوقيت مكة").
   */
  private boolean timeZone(List<Token> tokens, int start) {
    int j = position(tokens, start) - 1;
    while (j >= 0 && tokens.get(j).kind() == Token.Kind.PUNCTUATION
        && "(".equals(tokens.get(j).text())) {
      j--;
    }
    if (j < 0) {
      return false;
    }
    Token t = tokens.get(j);
    if (t.kind() == Token.Kind.ARABIC) {
      return zones.contains(t.normalized());
    }
    return t.kind() == Token.Kind.NUMBER && (t.text().contains(":") || j >= 2
        && ":".equals(tokens.get(j - 1).text()) && tokens.get(j - 2).kind() == Token.Kind.NUMBER);
  }

  /**
   * Whether the place at {@code start} is the dateline of the report, where it was filed: among
   * the first {@value #DATELINE_WORDS} tokens of the sentence and followed by a dash before the
   * trigger ("أتلانتا , الولايات المتحدة الأمريكية ( CNN ) - - سقط عشرات القتلى").
   */
  private static boolean dateline(List<Token> tokens, int start, int triggerStart) {
    if (start >= triggerStart) {
      return false;
    }
    for (int j = 0; j < tokens.size() && tokens.get(j).start() < triggerStart; j++) {
      Token t = tokens.get(j);
      if (t.start() >= start && t.kind() == Token.Kind.PUNCTUATION
          && DASHES.indexOf(t.text().charAt(0)) >= 0) {
        return position(tokens, start) < DATELINE_WORDS;
      }
    }
    return false;
  }

  /** The index of the token at {@code start}. */
  private static int position(List<Token> tokens, int start) {
    int j = 0;
    while (j < tokens.size() && tokens.get(j).end() <= start) {
      j++;
    }
    return j;
  }
}
