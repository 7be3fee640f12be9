package org.isnad.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.isnad.model.Article;
import org.isnad.model.ChainLink;
import org.isnad.model.ChainRole;
import org.isnad.model.EventMention;
import org.isnad.model.Quote;
import org.isnad.text.ArabicNormalizer;

/**
 * Where a report comes from. The chain is the one of the statement the sentence reports (the
 * quote whose content or cue lies in the sentence), else publisher only. It names a report's
 * channel (the innermost relay: "نقلاً عن رويترز" is Reuters) and an article's publisher (its
 * source line, else its outlet; a copy's original's); {@link EventSources} decides what each
 * report counts for. Stateless apart from its inputs; thread safe.
 */
final class SourceResolver {
  private final Map<String, Article> articles;
  private final Map<String, List<Quote>> quotes;
  private final Map<String, String> copies;

  SourceResolver(Map<String, Article> articles, Map<String, List<Quote>> quotes,
      Map<String, String> copies) {
    this.articles = articles;
    this.quotes = quotes;
    this.copies = copies;
  }

  /** The article a copy was copied from, or {@code null}. */
  String originalOf(String articleId) {
    return copies.get(articleId);
  }

  /** The chain as written, publisher first. */
  List<String> chain(EventMention m) {
    Quote q = quoteOf(m);
    if (q != null && !q.chain().isEmpty()) {
      return q.chain().stream().map(ChainLink::name).toList();
    }
    return List.of(publisher(m.articleId()));
  }

  /**
   * The outlet the sentence names as its channel (the innermost relay of its statement's
   * chain), as a key, or {@code null}.
   */
  String relay(EventMention m) {
    Quote q = quoteOf(m);
    ChainLink relay = null;
    for (ChainLink link : q == null ? List.<ChainLink>of() : q.chain()) {
      if (link.role() == ChainRole.RELAY) {
        relay = link;
      }
    }
    return relay == null ? null : key(relay.name());
  }

  /** The publisher key of an article, or of its original when it is a copy. */
  String base(String articleId) {
    String original = copies.get(articleId);
    return key(publisher(original != null ? original : articleId));
  }

  /** The article's publisher: its source line, else its outlet, else the article itself. */
  String publisher(String articleId) {
    Article a = articles.get(articleId);
    if (a == null) {
      return articleId;
    }
    if (a.credit() != null && !a.credit().isBlank()) {
      return a.credit();
    }
    return a.outlet() != null && !a.outlet().isBlank() ? a.outlet() : "article " + a.id();
  }

  private Quote quoteOf(EventMention m) {
    for (Quote q : quotes.getOrDefault(m.articleId(), List.of())) {
      boolean contentInSentence = q.start() < m.end() && q.end() > m.start();
      boolean cueInSentence = q.cueStart() >= m.start() && q.cueStart() < m.end();
      if (contentInSentence || cueInSentence) {
        return q;
      }
    }
    return null;
  }

  static String key(String name) {
    String n = ArabicNormalizer.standard().normalizeToString(name).strip();
    List<String> words = new ArrayList<>(List.of(n.split("\\s+")));
    while (words.size() > 1 && GENERIC.contains(words.get(0))) {
      words.remove(0);
    }
    return String.join(" ", words).toLowerCase(java.util.Locale.ROOT);
  }

  private static final java.util.Set<String> GENERIC = java.util.Set.of("وكاله", "لوكاله",
      "شبكه", "لشبكه", "صحيفه", "لصحيفه", "قناه", "لقناه", "موقع", "لموقع", "جريده", "لجريده");
}
