package org.isnad.store;

import java.util.ArrayList;
import java.util.List;
import org.isnad.store.CaseView.Span;
import org.isnad.text.AlignedText;
import org.isnad.text.ArabicNormalizer;

/**
 * A text prepared for finding a query in it the way a reader would: both sides normalised by
 * the standard Arabic normaliser (hamza seats, alef maqsura, taa marbuta, diacritics, tatweel,
 * Persian letters), so "الاسد" finds «الأسد» and, as a substring, «بالأسد». Matches are mapped
 * back to the original text for snippets. Immutable, thread safe.
 */
final class TextMatch {
  /** Code points of context kept on each side of the first match in a snippet. */
  static final int CONTEXT = 60;
  private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.standard();
  private final AlignedText aligned;

  TextMatch(String text) {
    this.aligned = NORMALIZER.normalize(text);
  }

  /**
   * The query as it is looked for; one that normalises to no letter or digit is a caller's
   * mistake.
   */
  static String query(String query) {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("q must not be empty: " + query);
    }
    String normalized = NORMALIZER.normalizeToString(query.strip());
    if (normalized.codePoints().noneMatch(Character::isLetterOrDigit)) {
      throw new IllegalArgumentException("q must hold a letter or digit: " + query);
    }
    return normalized;
  }

  /** Whether the normalised text holds {@code normalizedQuery}. */
  boolean holds(String normalizedQuery) {
    return aligned.normalized().contains(normalizedQuery);
  }

  /**
   * A stretch of the original text around the first match, with every match inside it as a
   * span (code points into the snippet, kind {@code match}).
   */
  Snippet snippet(String normalizedQuery) {
    String original = aligned.original();
    String normalized = aligned.normalized();
    int first = normalized.indexOf(normalizedQuery);
    int firstStart = aligned.originalStart(first);
    int from = backBy(original, firstStart, CONTEXT);
    int to = forwardBy(original, aligned.originalEnd(first + normalizedQuery.length()),
        CONTEXT);
    List<Span> marks = new ArrayList<>();
    for (int at = first; at >= 0; at = normalized.indexOf(normalizedQuery, at + 1)) {
      int start = aligned.originalStart(at);
      int end = aligned.originalEnd(at + normalizedQuery.length());
      if (end > to) {
        break;
      }
      marks.add(new Span(original.codePointCount(from, start), original.codePointCount(from, end),
          "match", null, null));
    }
    return new Snippet(original.substring(from, to), marks);
  }

  private static int backBy(String text, int index, int codePoints) {
    int at = index;
    for (int i = 0; i < codePoints && at > 0; i++) {
      at = text.offsetByCodePoints(at, -1);
    }
    return at;
  }

  private static int forwardBy(String text, int index, int codePoints) {
    int at = index;
    for (int i = 0; i < codePoints && at < text.length(); i++) {
      at = text.offsetByCodePoints(at, 1);
    }
    return at;
  }

  /** A stretch of text and the matches in it. */
  record Snippet(String text, List<Span> highlights) { }
}
