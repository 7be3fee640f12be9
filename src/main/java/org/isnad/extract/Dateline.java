package org.isnad.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dateline such as {@code دمشق (الاتحاد)}: a place of one to four words and, in brackets, the
 * outlet or agency that filed the story.
 *
 * @param place the place, e.g. {@code دمشق}
 * @param filer what the brackets name, e.g. {@code الاتحاد}
 */
record Dateline(String place, String filer) {
  private static final Pattern LINE = Pattern.compile(
      "^(\\p{L}+(?:[ \\-]\\p{L}+){0,3})\\s*[(（]\\s*([^()（）]{2,40}?)\\s*[)）]\\s*[:：\\-–—]?$");

  private static final Pattern LEADING = Pattern.compile(
      "^(\\p{L}+(?: \\p{L}+){0,2})\\s*[(（]\\s*([^()（）]{2,30}?)\\s*[)）]\\s*[:：\\-–—]\\s*\\S");

  /** A dateline opening a paragraph ("نيويورك (وكالات) - عقد …"), or {@code null}. */
  static Dateline leading(String paragraph) {
    Matcher m = LEADING.matcher(paragraph);
    return m.find() ? new Dateline(m.group(1), m.group(2)) : null;
  }

  /** The dateline that makes up the whole of {@code text}, or {@code null}. */
  static Dateline parse(String text) {
    Matcher m = LINE.matcher(text);
    return m.matches() ? new Dateline(m.group(1), m.group(2)) : null;
  }

  /** How the article's dateline field shows it. */
  String display() {
    return place + " (" + filer + ")";
  }
}
