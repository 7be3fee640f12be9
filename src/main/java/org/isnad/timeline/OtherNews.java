package org.isnad.timeline;

import java.util.List;
import org.isnad.model.EventMention;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.RuleFile;

/**
 * Whether a report follows words that open another piece of news in its sentence
 * ({@code other-news.txt}: "وفي حادثة منفصلة"، "من جهة أخرى"): such a report is not the article's
 * event told again, nor its lead. Stateless.
 */
final class OtherNews {
  private static final List<String> OPENERS = RuleFile.read(OtherNews.class, "other-news.txt")
      .stream().map(OtherNews::normal).toList();

  private OtherNews() {}

  static boolean follows(EventMention m) {
    String s = m.sentence();
    int offset = Math.max(0, Math.min(m.triggerStart() - m.start(),
        s.codePointCount(0, s.length())));
    String before = " " + normal(s.substring(0, s.offsetByCodePoints(0, offset))) + " ";
    return OPENERS.stream().anyMatch(o -> before.contains(" " + o + " ")
        || before.contains(" و" + o + " "));
  }

  private static String normal(String text) {
    return ArabicNormalizer.standard().normalizeToString(text)
        .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
