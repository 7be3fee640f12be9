package org.isnad.timeline;

import static org.isnad.text.GrammarWords.ARTICLE;
import static org.isnad.text.GrammarWords.BI;
import static org.isnad.text.GrammarWords.FA_LETTER;
import static org.isnad.text.GrammarWords.KA;
import static org.isnad.text.GrammarWords.LI_ARTICLE;
import static org.isnad.text.GrammarWords.PREPOSITIONS;
import static org.isnad.text.GrammarWords.WA_LETTER;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.isnad.model.Article;
import org.isnad.text.ArabicNormalizer;

/**
 * The rarest words of each article's title and lead ({@value #LEAD_WORDS} words), for grouping
 * articles whose names the tagger missed ("مسجد قوات الطوارئ بعسير"). Words are normalised and
 * read without a leading و/ف, ب/ل/ك or ال; words of three letters or fewer and the words of
 * countries and their peoples ({@link BroadNames#countryWords}) are left out. Only
 * words found in at least two articles and at most {@code cap} count.
 */
final class LeadKeywords {
  /** The article after ب ل ك, and alone, in the order a stem is tried. */
  private static final String[] ARTICLE_FORMS = {BI + ARTICLE, LI_ARTICLE, KA + ARTICLE, ARTICLE};
  static final int LEAD_WORDS = 60;
  static final int PER_ARTICLE = 12;
  /** Characters read first for the lead: enough for {@value #LEAD_WORDS} words in most texts. */
  private static final int PREFIX_CHARS = 700;
  private final TimelineRecall recall;

  /** Lead words read for each call. */
  LeadKeywords() {
    this(TimelineRecall.none());
  }

  /** Lead words recalled from {@code recall} when read before. */
  LeadKeywords(TimelineRecall recall) {
    this.recall = java.util.Objects.requireNonNull(recall, "recall");
  }

  /** What an article's lead words read: its title ({@code null} when none) and its text. */
  record Lead(String title, String text) {
    static Lead of(Article a) {
      return new Lead(a.title(), a.text());
    }
  }

  /** Article id → up to {@value #PER_ARTICLE} rare lead words. */
  Map<String, Set<String>> of(List<Article> articles, int cap) {
    Map<String, Set<String>> words = new HashMap<>();
    Map<String, Integer> df = new HashMap<>();
    // each article's lead words are its own: read in parallel, counted in article order
    List<Set<String>> leads = articles.parallelStream()
        .map(a -> recall.leads.get(Lead.of(a), k -> leadWords(k, recall::word))).toList();
    for (int i = 0; i < articles.size(); i++) {
      Set<String> w = leads.get(i);
      words.put(articles.get(i).id(), w);
      w.forEach(x -> df.merge(x, 1, Integer::sum));
    }
    Map<String, Set<String>> rare = new HashMap<>();
    words.forEach((id, w) -> rare.put(id, rare(w, df::get, cap)));
    return rare;
  }

  /**
   * Up to {@value #PER_ARTICLE} of an article's lead words {@code words} ({@link #leadWords}):
   * those in at least two of the run's articles and at most {@code cap} ({@code df} gives a
   * word's count of articles), the rarest first, then by word.
   */
  static Set<String> rare(Set<String> words, ToIntFunction<String> df, int cap) {
    List<String> kept = new ArrayList<>();
    for (String x : words) {
      int n = df.applyAsInt(x);
      if (n >= 2 && n <= cap) {
        kept.add(x);
      }
    }
    kept.sort(Comparator.comparingInt(df).thenComparing(x -> x));
    return new LinkedHashSet<>(kept.subList(0, Math.min(PER_ARTICLE, kept.size())));
  }

  /**
   * The words of {@code text} read as lead words are (a name's words, to tell them apart),
   * unmodifiable.
   */
  static Set<String> words(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : LetterRuns.split(ArabicNormalizer.standard().normalizeToString(text))) {
      if (!w.isEmpty()) {
        out.add(stem(w));
      }
    }
    return TimelineRecall.fixed(out);
  }

  /** The words of {@code text} read as lead words are, recalled when read before. */
  Set<String> nameWords(String text) {
    return recall.leadWordsOfName.get(text, LeadKeywords::words);
  }

  /** An article's lead words, before the corpus counts choose the rare ones; unmodifiable. */
  static Set<String> leadWords(Lead lead) {
    return leadWords(lead, java.util.function.UnaryOperator.identity());
  }

  /** {@link #leadWords(Lead)}, each word as {@code pool} gives it. */
  static Set<String> leadWords(Lead lead, java.util.function.UnaryOperator<String> pool) {
    String text = (lead.title() == null ? "" : lead.title() + " ") + lead.text();
    Set<String> out = new LinkedHashSet<>();
    int seen = 0;
    for (String w : leadTokens(text)) {
      if (w.isEmpty() || seen++ >= LEAD_WORDS) {
        continue;
      }
      String stem = stem(w);
      if (stem.length() > 3 && !BroadNames.countryWords().contains(stem)) {
        out.add(pool.apply(stem));
      }
    }
    return TimelineRecall.fixed(out);
  }

  /**
   * The words of the normalised text, at least its first {@value #LEAD_WORDS}: read from a
   * prefix cut at a space when that holds more, else from the whole text. The normaliser maps
   * each character alone and a space parts words before and after it, so the words of the
   * prefix are the first words of the whole text.
   */
  private static String[] leadTokens(String text) {
    int cut = text.indexOf(' ', PREFIX_CHARS);
    if (cut > 0) {
      String[] words = LetterRuns.split(ArabicNormalizer.standard().normalizeToString(
          text.substring(0, cut)));
      int nonEmpty = 0;
      for (String w : words) {
        nonEmpty += w.isEmpty() ? 0 : 1;
      }
      if (nonEmpty > LEAD_WORDS) {
        return words;
      }
    }
    return LetterRuns.split(ArabicNormalizer.standard().normalizeToString(text));
  }

  static String stem(String w) {
    String s = w;
    if (s.length() > 4 && (s.charAt(0) == WA_LETTER || s.charAt(0) == FA_LETTER)) {
      s = s.substring(1);
    }
    for (String p : ARTICLE_FORMS) {
      if (s.startsWith(p) && s.length() > p.length() + 2) {
        return s.substring(p.length());
      }
    }
    if (s.length() > 4 && PREPOSITIONS.indexOf(s.charAt(0)) >= 0) {
      s = s.substring(1);
    }
    return s;
  }
}
