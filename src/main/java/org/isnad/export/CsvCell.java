package org.isnad.export;

/**
 * One CSV cell as a spreadsheet can open it safely (RFC 4180 quoting, OWASP "CSV injection"
 * advice, Excel's limits):
 *
 * <ul>
 *   <li>the text is made valid ({@link SafeText#xml}: no lone surrogates, no control characters
 *       other than tab and line breaks);
 *   <li>a cell longer than {@link #MAX_CHARS} (Excel's 32,767 characters) is cut and ends with
 *       a visible {@code … [cut: N characters; full text in the analysis JSON]} marker;
 *   <li>a cell a spreadsheet would read as a formula (first character {@code = + - @}, tab or
 *       carriage return, or their full-width forms, also after leading spaces or direction
 *       marks) gets a leading single quote and is quoted;
 *   <li>a cell with a comma, quote or line break is quoted, quotes doubled.
 * </ul>
 *
 * Stateless.
 */
final class CsvCell {
  /** Excel's limit of characters (UTF-16 units) in one cell. */
  static final int MAX_CHARS = 32_767;
  private static final String TRIGGERS = "=+-@\t\r＝＋－＠";

  private CsvCell() {}

  /** {@code text} as it goes between two commas. */
  static String of(String text) {
    String cell = capped(SafeText.xml(text), MAX_CHARS - 1);
    if (looksLikeFormula(cell)) {
      return quoted("'" + cell);
    }
    if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0
        && cell.indexOf('\r') < 0) {
      return cell;
    }
    return quoted(cell);
  }

  /**
   * {@code text} cut to at most {@code max} characters (at least 2), marker included, surrogate
   * pairs kept whole. The marker says how long the text was; below 200 characters it is "…".
   */
  static String capped(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    String marker = max < 200 ? "…"
        : " … [cut: " + text.length() + " characters; full text in the analysis JSON]";
    int cut = max - marker.length();
    if (Character.isLowSurrogate(text.charAt(cut)) && Character.isHighSurrogate(
        text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut) + marker;
  }

  private static boolean looksLikeFormula(String cell) {
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (TRIGGERS.indexOf(c) >= 0) {
        return true;
      }
      if (c != ' ' && c != '\u00A0' && Character.getType(c) != Character.FORMAT) {
        return false;
      }
    }
    return false;
  }

  private static String quoted(String cell) {
    return "\"" + cell.replace("\"", "\"\"") + "\"";
  }
}
