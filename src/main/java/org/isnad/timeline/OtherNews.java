package org.isnad.timeline;

import static org.isnad.text.GrammarWords.ARTICLE;
import static org.isnad.text.GrammarWords.FI;
import static org.isnad.text.GrammarWords.WA;

import java.util.List;
import org.isnad.model.EventMention;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.RuleFile;

/**
 * Whether a report follows words that open another piece of news in its sentence
 * ({@code other-news.txt}: "وفي حادثة منفصلة"، "من جهة أخرى"; or a sentence opening with "وفي" and a
 * place word of {@code local-openers.txt}: "وفي العاصمة"): such a report is not the article's event
 * told again, nor its lead. Stateless.
 */
final class OtherNews {
  /** Runs of anything but letters and digits (compiled once). */
  private static final java.util.regex.Pattern NON_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final List<String> OPENERS = RuleFile.read(OtherNews.class, "other-news.txt")
      .stream().map(OtherNews::normal).toList();
  /** Each opener as a whole phrase, " opener " and " وopener ", built once. */
  private static final List<String> PHRASES = OPENERS.stream()
      .flatMap(o -> java.util.stream.Stream.of(" " + o + " ", " " + WA + o + " ")).toList();

  private static final java.util.Set<String> LOCAL = java.util.Set.copyOf(
      RuleFile.read(OtherNews.class, "local-openers.txt").stream().map(OtherNews::normal)
          .toList());

  private OtherNews() {}

  static boolean follows(EventMention m) {
    return follows(ClauseWords.Window.of(m));
  }

  /** Whether the words before the trigger at {@code w} open another piece of news. */
  static boolean follows(ClauseWords.Window w) {
    String s = w.sentence();
    int offset = Math.max(0, Math.min(w.trigger(), s.codePointCount(0, s.length())));
    String before = " " + normal(s.substring(0, s.offsetByCodePoints(0, offset))) + " ";
    for (String phrase : PHRASES) {
      if (before.contains(phrase)) {
        return true;
      }
    }
    return opensLocalItem(before.strip());
  }

  /**
   * Whether the words before a trigger begin with "وفي" or "في" and a word of
   * {@code local-openers.txt} ("وفي العاصمة"، "في محافظة"): the next local item of a digest.
   */
  private static boolean opensLocalItem(String before) {
    String[] w = before.split(" ");
    if (w.length < 2 || !(w[0].equals(FI) || w[0].equals(WA + FI))) {
      return false;
    }
    String next = w[1].startsWith(ARTICLE) && w[1].length() > 4 ? w[1].substring(2) : w[1];
    return LOCAL.contains(next);
  }

  private static String normal(String text) {
    return NON_WORD.matcher(ArabicNormalizer.standard().normalizeToString(text))
        .replaceAll(" ").strip();
  }
}
