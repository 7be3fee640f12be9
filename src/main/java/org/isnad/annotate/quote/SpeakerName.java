package org.isnad.annotate.quote;

import static org.isnad.text.GrammarWords.ARTICLE;
import static org.isnad.text.GrammarWords.LI;

import java.util.Arrays;
import org.isnad.annotate.entity.OutletLexicon;

/**
 * Small readings of a speaker's name as written: without the quotation marks around it, whether
 * it names an outlet by its generic word ("صحيفة جيروزاليم بوست", not "موقع تويتر"), and the head
 * of a definite back-reference ("المصادر"). Stateless.
 */
final class SpeakerName {
  private static final String MARKS = "\"«»“”„‘’'";

  private SpeakerName() {}

  /** «" العنيني "» → «العنيني»: quotation marks at either end are no part of the name. */
  static String clean(String name) {
    int from = 0;
    int to = name.length();
    while (from < to && (MARKS.indexOf(name.charAt(from)) >= 0
        || Character.isWhitespace(name.charAt(from)))) {
      from++;
    }
    while (to > from && (MARKS.indexOf(name.charAt(to - 1)) >= 0
        || Character.isWhitespace(name.charAt(to - 1)))) {
      to--;
    }
    String inner = name.substring(from, to);
    return inner.isEmpty() || marked(inner) ? name.strip() : inner;
  }

  /**
   * «“حسن فلارك” مستشار … “قاسم سليماني”» keeps its marks: only marks around the whole name go,
   * never those of two names inside it.
   */
  private static boolean marked(String inner) {
    return inner.chars().anyMatch(c -> MARKS.indexOf(c) >= 0);
  }

  /** An outlet's generic word and a name after it that is not a platform. */
  static boolean namesOutlet(String name) {
    String[] words = key(name).split(" ");
    return words.length >= 2 && OutletLexicon.isHead(words[0]) && !isPlatform(name);
  }

  /** "موقع تويتر", "فيسبوك": a platform, named with or without its generic word. */
  static boolean isPlatform(String name) {
    String[] words = key(name).split(" ");
    int from = words.length > 1 && OutletLexicon.isHead(words[0]) ? 1 : 0;
    String rest = String.join(" ", Arrays.copyOfRange(words, from, words.length));
    java.util.Set<String> platforms = QuoteLexicon.bundled().platforms;
    for (int space = rest.indexOf(' '); space >= 0; space = rest.indexOf(' ', space + 1)) {
      if (platforms.contains(rest.substring(0, space))) {
        return true;  // "فيس بوك الرسمية": a platform and words after it
      }
    }
    return platforms.contains(rest);
  }

  /**
   * The outlet's name as the lexicon gives it, or as written when the lexicon only gives it back
   * normalised ("صحيفه …" → "صحيفة …"); {@code null} when not an outlet.
   */
  static String asWritten(String outlet, String name) {
    return outlet != null && key(outlet).equals(key(name)) ? name : outlet;
  }

  /** "المصادر" → "مصادر": the head of a one-word definite speaker, else {@code null}. */
  static String definiteHead(String name) {
    String k = key(name);
    return !k.contains(" ") && k.startsWith(ARTICLE) && k.length() > 4 ? k.substring(2) : null;
  }

  /** Whether an earlier speaker ("عشرة مصادر") has {@code head} as one of its words. */
  static boolean sameHead(String head, String earlier) {
    return Arrays.stream(key(earlier).split(" "))
        .anyMatch(w -> w.equals(head) || w.equals(ARTICLE + head) || w.equals(LI + head));
  }

  /** "أحدهم", "بعضهم": one of the people just named, whose relay the words passed through. */
  static boolean isOneOfThem(String name) {
    return ONE_OF_THEM.contains(key(name).strip());
  }

  private static final java.util.Set<String> ONE_OF_THEM =
      QuoteLexicon.wordSet("one-of-them.txt");

  /** Whether two names are written the same, normalised. */
  static boolean same(String a, String b) {
    return key(a).strip().equals(key(b).strip());
  }

  /**
   * The name normalised, quotation marks («»“”") read as spaces and each run of white space one
   * space.
   */
  private static String key(String name) {
    return oneSpace(QuoteLexicon.normalize(unquoted(name)));
  }

  private static String unquoted(String name) {
    char[] chars = null;
    for (int i = 0; i < name.length(); i++) {
      if (QUOTES.indexOf(name.charAt(i)) >= 0) {
        chars = chars == null ? name.toCharArray() : chars;
        chars[i] = ' ';
      }
    }
    return chars == null ? name : new String(chars);
  }

  private static final String QUOTES = "\"«»“”";

  /** Each run of white space ({@code \s}: space, tab, line feed, VT, FF, CR) as one space. */
  private static String oneSpace(String text) {
    int n = text.length();
    boolean single = true;
    for (int k = 0; k < n && single; k++) {
      char c = text.charAt(k);
      single = !isSpace(c) || (c == ' ' && (k + 1 == n || !isSpace(text.charAt(k + 1))));
    }
    if (single) {
      return text;
    }
    StringBuilder out = new StringBuilder(n);
    for (int k = 0; k < n; k++) {
      char c = text.charAt(k);
      if (!isSpace(c)) {
        out.append(c);
      } else if (k == 0 || !isSpace(text.charAt(k - 1))) {
        out.append(' ');
      }
    }
    return out.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

}
