package org.isnad.timeline;

import static org.isnad.text.GrammarWords.ARTICLE;
import static org.isnad.text.GrammarWords.NISBA;
import static org.isnad.text.GrammarWords.NISBA_FEM;
import static org.isnad.text.GrammarWords.REPORT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.isnad.extract.UrlOutlet;
import org.isnad.model.Article;
import org.isnad.model.ChainLink;
import org.isnad.model.ChainRole;
import org.isnad.model.EntityMention;
import org.isnad.model.EventMention;
import org.isnad.model.Quote;
import org.isnad.text.SpanIndex;
import org.isnad.text.ArabicNormalizer;

/**
 * Where a report comes from. The chain is the one of the statement the sentence reports (the
 * quote whose content or cue lies in the sentence), else publisher only. It names a report's
 * channel (the innermost relay: "نقلاً عن رويترز" is Reuters) and an article's publisher (its
 * source line, else its outlet; a copy's original's); {@link EventSources} decides what each
 * report counts for. Stateless apart from its inputs; thread safe.
 */
final class SourceResolver {
  /** Runs of anything but letters and digits; runs of spaces (compiled once). */
  private static final java.util.regex.Pattern NON_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern QUOTATION_MARKS =
      java.util.regex.Pattern.compile("[\"“”«»'‘’]");
  private static final java.util.regex.Pattern NOT_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
  private final Map<String, Article> articles;
  private final Map<String, Statements> statements;
  private static final java.util.Set<String> ANAPHORS = java.util.Set.copyOf(
      org.isnad.text.RuleFile.read(SourceResolver.class, "outlet-anaphors.txt"));
  /** An outlet named this early in an article is the article's channel ("كشف تقرير لرويترز"). */
  static final int LEAD_CHARS = 400;
  private final Map<String, String> copies;
  private final Map<String, List<EntityMention>> outlets;
  private final TimelineRecall recall;

  /**
   * @param outlets the outlet mentions of each article, in text order
   */
  SourceResolver(Map<String, Article> articles, Map<String, List<Quote>> quotes,
      Map<String, String> copies, Map<String, List<EntityMention>> outlets) {
    this(articles, quotes, copies, outlets, TimelineRecall.none());
  }

  /** As the other constructor, recalling outlet names' keys from {@code recall}. */
  SourceResolver(Map<String, Article> articles, Map<String, List<Quote>> quotes,
      Map<String, String> copies, Map<String, List<EntityMention>> outlets,
      TimelineRecall recall) {
    this.recall = java.util.Objects.requireNonNull(recall, "recall");
    this.articles = articles;
    this.statements = new java.util.HashMap<>();
    quotes.forEach((article, list) -> statements.put(article, Statements.of(list)));
    this.copies = copies;
    this.outlets = outlets;
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
   * The outlet the sentence names as its channel, as written, or {@code null}: the innermost relay
   * of its statement's chain; else a speaker that is an outlet ("أفادت شبكة إن بي سي نيوز") or
   * points back to one ("ووفقاً للشبكة": the outlet the article named last before it).
   */
  String relay(EventMention m) {
    Quote q = quoteOf(m);
    if (q == null) {
      return null;
    }
    ChainLink relay = null;
    for (ChainLink link : q.chain()) {
      if (link.role() == ChainRole.RELAY) {
        relay = link;
      }
    }
    if (relay != null) {
      return cleaned(relay.name());
    }
    for (ChainLink link : q.chain()) {
      if (link.role() == ChainRole.SPEAKER) {
        EntityMention outlet = outletSpeaker(m.articleId(), link.name(), q.cueStart());
        if (outlet != null) {
          return cleaned(outlet.text());
        }
        return recall.outletNames.get(link.name(), SourceResolver::namesOutlet)
            ? cleaned(link.name()) : null;
      }
    }
    return null;
  }

  /** A name as shown: without quotation marks and surrounding space. */
  static String clean(String name) {
    return SPACES.matcher(QUOTATION_MARKS.matcher(name).replaceAll("")).replaceAll(" ").strip();
  }

  /** The outlet an article names in its lead as its channel, as written, or {@code null}. */
  String channel(String articleId) {
    for (EntityMention o : outlets.getOrDefault(articleId, List.of())) {
      if (o.start() < LEAD_CHARS) {
        return keyOf(o.text()).equals(keyOf(publisher(articleId))) ? null
            : cleaned(o.text());
      }
    }
    return null;
  }

  private EntityMention outletSpeaker(String articleId, String speaker, int cue) {
    String n = ArabicNormalizer.standard().normalizeToString(speaker).strip();
    List<String> words = List.of(SPACES.split(n));
    int head = words.size() > 1 && words.get(0).endsWith(REPORT) ? 1 : 0;
    boolean anaphor = ANAPHORS.contains(words.get(head))
        && words.subList(head + 1, words.size()).stream().allMatch(SourceResolver::nisba);
    EntityMention last = null;
    for (EntityMention o : outlets.getOrDefault(articleId, List.of())) {
      String on = ArabicNormalizer.standard().normalizeToString(o.text());
      if (n.contains(on) || on.contains(n)) {
        return o;
      }
      if (o.start() < cue) {
        last = o;
      }
    }
    return anaphor ? last : null;
  }

  /**
   * Whether a speaker no outlet mention covers still names one: an outlet word followed by a name
   * ("وكالة الأنباء السورية الرسمية", "صحيفة الوطن"), not by a word of kind only ("الوكالة
   * الرسمية").
   */
  static boolean namesOutlet(String speaker) {
    String letters = NOT_WORD.matcher(ArabicNormalizer.standard()
        .normalizeToString(clean(speaker))).replaceAll(" ").strip();
    List<String> words = List.of(SPACES.split(letters));
    return words.size() > 1 && GENERIC.contains(words.get(0))
        && !words.subList(1, words.size()).stream().allMatch(SourceResolver::nisba);
  }

  /**
   * A word of nationality or kind after an outlet word ("للشبكة الأمريكية", "الوكالة الرسمية"):
   * with it the phrase still points back; with a name ("وكالة الأنباء السورية") it names an outlet
   * of its own.
   */
  private static boolean nisba(String word) {
    return word.startsWith(ARTICLE) && (word.endsWith(NISBA_FEM) || word.endsWith(NISBA));
  }

  /** The publisher of an article, or of its original when it is a copy, as written. */
  String base(String articleId) {
    String original = copies.get(articleId);
    return cleaned(publisher(original != null ? original : articleId));
  }

  /**
   * The article's publisher: its source line, else its outlet, else the site of its URL, else
   * the article itself.
   */
  String publisher(String articleId) {
    Article a = articles.get(articleId);
    boolean credited = a != null && a.credit() != null && !a.credit().isBlank();
    return credited ? a.credit() : site(articleId);
  }

  /**
   * The site the article was published on: its outlet, else the host of its URL, else the
   * article itself (a page of unknown origin is its own site).
   */
  String site(String articleId) {
    Article a = articles.get(articleId);
    if (a == null) {
      return articleId;
    }
    if (a.outlet() != null && !a.outlet().isBlank()) {
      return a.outlet();
    }
    return UrlOutlet.of(a.url()).orElse("article " + a.id());
  }

  /** The first statement of the article whose content or cue lies in the report's sentence. */
  private Quote quoteOf(EventMention m) {
    Statements of = statements.get(m.articleId());
    if (of == null) {
      return null;
    }
    List<Quote> content = of.content().overlapping(m.start(), m.end());
    List<Quote> cued = of.cues().startingIn(m.start(), m.end() - 1);
    Quote a = content.isEmpty() ? null : content.get(0);
    Quote b = cued.isEmpty() ? null : cued.get(0);
    return a == null ? b : b == null || of.order().get(a) <= of.order().get(b) ? a : b;
  }

  /** An article's statements indexed by content span and by cue, with their order. */
  private record Statements(SpanIndex<Quote> content, SpanIndex<Quote> cues,
      Map<Quote, Integer> order) {
    static Statements of(List<Quote> quotes) {
      Map<Quote, Integer> order = new java.util.IdentityHashMap<>();
      quotes.forEach(q -> order.putIfAbsent(q, order.size()));
      return new Statements(SpanIndex.of(quotes, Quote::start, Quote::end),
          SpanIndex.of(quotes, Quote::cueStart, Quote::cueStart), order);
    }
  }

  /**
   * The key two spellings of one outlet share: normalised, letters and digits only, without the
   * generic first words of {@code outlet-generic-words.txt} ("وكالة رويترز" = "رويترز") and, in a
   * name of three words or more, without a last word of nationality ("صحيفة أ.س الإسبانية" = "أ س").
   */
  static String key(String name) {
    String n = NON_WORD.matcher(ArabicNormalizer.standard().normalizeToString(name))
        .replaceAll(" ").strip();
    List<String> words = new ArrayList<>(List.of(SPACES.split(n)));
    while (words.size() > 1 && GENERIC.contains(words.get(0))) {
      words.remove(0);
    }
    while (words.size() > 1 && TRAILING.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    String last = words.get(words.size() - 1);
    if (words.size() >= 3 && last.startsWith(ARTICLE) && last.endsWith(NISBA_FEM)) {
      words.remove(words.size() - 1);
    }
    return String.join(" ", words).toLowerCase(java.util.Locale.ROOT);
  }

  /** {@link #clean}, recalled when read before. */
  private String cleaned(String name) {
    return recall.cleanNames.get(name, SourceResolver::clean);
  }

  /** {@link #key}, recalled when read before. */
  String keyOf(String name) {
    return recall.outletKeys.get(name, SourceResolver::key);
  }

  private static final java.util.Set<String> TRAILING = java.util.Set.copyOf(
      org.isnad.text.RuleFile.read(SourceResolver.class, "outlet-trailing-words.txt"));
  private static final java.util.Set<String> GENERIC = java.util.Set.copyOf(
      org.isnad.text.RuleFile.read(SourceResolver.class, "outlet-generic-words.txt"));
}
