package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The match form folds every UTF-16 unit by its rules (alef forms, alef maksura, teh marbuta,
 * Persian letters, marks dropped, digits to ASCII, quotes straight, lower case, runs of white
 * space to one space), checked unit by unit against the rules written out plainly.
 */
class MatchTextTest {
  @Test
  void everyUnitFoldsAsTheRulesSay() {
    for (int c = 1; c <= Character.MAX_VALUE; c++) {
      String text = "\u0628" + (char) c + "\u0628";
      assertEquals(expected(text), MatchText.of(text), "U+" + Integer.toHexString(c));
    }
  }

  @Test
  void arabicLinesFold() {
    assertEquals("اخر الاخبار في المدينه", MatchText.of("  آخِر  الأخبار\u00A0في المدينة "));
    assertEquals("علي \"تويتر\" 2024", MatchText.of("عـلى «تويتر» ٢٠٢٤"));
  }

  /** The rules, one unit at a time with the Character tables. */
  private static String expected(String text) {
    StringBuilder out = new StringBuilder();
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      char c = fold(text.charAt(i));
      if (c == 0) {
        continue;
      }
      if (Character.isWhitespace(c)) {
        if (!space) {
          out.append(' ');
        }
        space = true;
      } else {
        out.append(c);
        space = false;
      }
    }
    return out.toString();
  }

  private static char fold(char c) {
    if (c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640'
        || c >= '\u200B' && c <= '\u200F' || c >= '\u202A' && c <= '\u202E' || c == '\uFEFF'
        || c == '\u061C' || c == '\u00AD') {
      return 0;
    }
    switch (c) {
      case '\u0622', '\u0623', '\u0625', '\u0671': return '\u0627';
      case '\u0649', '\u06CC': return '\u064A';
      case '\u0629': return '\u0647';
      case '\u06A9': return '\u0643';
      case '\u201C', '\u201D', '\u00AB', '\u00BB', '\u201E', '\u2033': return '"';
      case '\u2018', '\u2019': return '\'';
      case '\u00A0', '\u2007', '\u202F': return ' ';
      default: break;
    }
    if (c >= '\u0660' && c <= '\u0669') {
      return (char) ('0' + (c - '\u0660'));
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return (char) ('0' + (c - '\u06F0'));
    }
    return Character.toLowerCase(c);
  }
}
