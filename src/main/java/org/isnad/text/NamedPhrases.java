package org.isnad.text;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bundled rule file of named words and phrases, one {@code name<TAB>text} entry a line (read
 * with {@link RuleFile}), so that code can name a word of the language without spelling it: the
 * words a regular-expression grammar is built from, or the labels of a report. Names are lower
 * case ASCII letters, digits and hyphens; each name appears once. Texts are returned exactly as
 * written (a grammar file holds them normalised). Immutable and thread safe.
 */
public final class NamedPhrases {
  private final String file;
  private final Map<String, String> texts;

  private NamedPhrases(String file, Map<String, String> texts) {
    this.file = file;
    this.texts = texts;
  }

  /**
   * The entries of resource {@code name} next to {@code owner}'s package.
   *
   * @throws IllegalStateException on a malformed line or a name given twice (a packaging bug)
   */
  public static NamedPhrases read(Class<?> owner, String name) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String line : RuleFile.read(owner, name)) {
      int tab = line.indexOf('\t');
      String key = tab < 0 ? "" : line.substring(0, tab);
      String text = tab < 0 ? "" : line.substring(tab + 1).strip();
      if (!key.matches("[a-z][a-z0-9-]*") || text.isEmpty()) {
        throw new IllegalStateException("bundled phrase file " + name + ": expected name<TAB>text"
            + " in '" + line + "'");
      }
      if (texts.put(key, text) != null) {
        throw new IllegalStateException("bundled phrase file " + name + ": " + key + " twice");
      }
    }
    return new NamedPhrases(name, Map.copyOf(texts));
  }

  /**
   * These entries and {@code other}'s, so that a grammar can name the shared words of another
   * file instead of repeating them.
   *
   * @throws IllegalStateException when both name the same entry
   */
  public NamedPhrases and(NamedPhrases other) {
    Map<String, String> both = new LinkedHashMap<>(texts);
    other.texts.forEach((key, text) -> {
      if (both.put(key, text) != null) {
        throw new IllegalStateException(file + " and " + other.file + " both name " + key);
      }
    });
    return new NamedPhrases(file + "+" + other.file, Map.copyOf(both));
  }

  /** These entries and one more, named {@code key} (a list read elsewhere, as one text). */
  public NamedPhrases with(String key, String text) {
    return and(new NamedPhrases("(" + key + ")", Map.of(key, text)));
  }

  /** The text named {@code key}. @throws IllegalArgumentException if the file has no such name */
  public String get(String key) {
    String text = texts.get(key);
    if (text == null) {
      throw new IllegalArgumentException(file + " has no entry " + key);
    }
    return text;
  }

  /**
   * {@code template} with every {@code {name}} (a lower-case name in braces) replaced by its
   * text; other braces (regex counts such as {@code \\s{1,2}}, {@code \\p{L}}) are kept.
   *
   * @throws IllegalArgumentException on a name the file does not have
   */
  public String expand(String template) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int from = 0;
    for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', open + 1)) {
      int close = template.indexOf('}', open);
      if (close > open + 1 && isName(template, open + 1, close)) {
        out.append(template, from, open).append(get(template.substring(open + 1, close)));
        from = close + 1;
        open = close;
      }
    }
    return out.append(template, from, template.length()).toString();
  }

  private static boolean isName(String s, int start, int end) {
    char first = s.charAt(start);
    if (first < 'a' || first > 'z') {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
        return false;
      }
    }
    return true;
  }
}
