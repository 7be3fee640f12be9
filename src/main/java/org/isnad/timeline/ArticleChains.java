package org.isnad.timeline;

import static org.isnad.text.GrammarWords.ARTICLE;
import static org.isnad.text.GrammarWords.BI;
import static org.isnad.text.GrammarWords.FA;
import static org.isnad.text.GrammarWords.KA;
import static org.isnad.text.GrammarWords.LI_ARTICLE;
import static org.isnad.text.GrammarWords.WA;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.model.ArgumentRole;
import org.isnad.model.EventMention;
import org.isnad.model.WhenBasis;
import org.isnad.text.ArabicNormalizer;

/**
 * Step one of event coreference ({@link EventMerger}): the chains of one article's reports of one
 * block. A report continues the article's latest chain when it points back to it (a specific name
 * of the chain; or, in the very next sentence, a definite noun "الهجوم", no name at all, or two of
 * its rare clause words), unless the dates are incompatible, one of them lies at another time
 * ("قبل سنوات", a year) and the other does not, or both name agents (or patients, or places) and
 * none is shared. The rare words of each chain are gathered as reports join it, never again from
 * all its reports, so a long article costs time in proportion to its reports. Stateless.
 */
final class ArticleChains {
  /** The article alone or after a glued conjunction or preposition. */
  private static final String[] ARTICLE_FORMS = {ARTICLE, WA + ARTICLE, FA + ARTICLE,
      BI + ARTICLE, WA + BI + ARTICLE, LI_ARTICLE, WA + LI_ARTICLE, KA + ARTICLE};
  /** The most code points between two sentences that follow each other (". ", a blank line). */
  static final int ADJACENT = 3;
  /** Characters that open an item of a list. */
  private static final String BULLETS = "-\u2013\u2014\u2022\u00b7\u25aa*";

  private ArticleChains() {}

  /**
   * Step one: each article's reports of one block, cut where dates, time or places disagree;
   * whether a report opens other news is recalled from {@code recall}.
   */
  static List<ReportCluster> chains(List<EventMention> block,
      Map<EventMention, Set<String>> words, EventMerger.Context context,
      Map<String, Set<Integer>> leadSentences, TimelineRecall recall) {
    List<ReportCluster> chains = new ArrayList<>();
    Map<String, ReportCluster> latest = new HashMap<>();
    Map<ReportCluster, Set<String>> reasons = new HashMap<>();
    Map<ReportCluster, Set<String>> chainWords = new HashMap<>();
    // whether a report opens other news is its own sentence's matter: read in parallel
    List<Boolean> opensOther = block.parallelStream()
        .map(m -> recall.otherNews.get(ClauseWords.Window.of(m), OtherNews::follows)).toList();
    for (int i = 0; i < block.size(); i++) {
      EventMention m = block.get(i);
      ReportCluster chain = latest.get(m.articleId());
      int story = context.storyOf().getOrDefault(m.articleId(), -1);
      boolean otherNews = opensOther.get(i);
      String reason = chain == null || otherNews ? null : continues(chain, m, words,
          chainWords.get(chain), id -> !context.nonSpecific().test(story, id));
      if (reason == null) {
        chain = new ReportCluster();
        if (!latest.containsKey(m.articleId()) && !otherNews
            && leadSentences.getOrDefault(m.articleId(), Set.of()).contains(m.start())) {
          chain.leadStories.add(story);
        }
        chains.add(chain);
        latest.put(m.articleId(), chain);
      } else {
        reasons.computeIfAbsent(chain, k -> new java.util.LinkedHashSet<>()).add(reason);
      }
      chain.add(m);
      chainWords.computeIfAbsent(chain, k -> new HashSet<>())
          .addAll(words.getOrDefault(m, Set.of()));
    }
    reasons.forEach((chain, why) -> chain.basis.add("same article " + chain.firstArticle()
        + ": later reports continue its first (" + String.join("; ", why) + ")"));
    return chains;
  }

  /** Why {@code m} continues {@code chain}, or {@code null} when it starts another event. */
  private static String continues(ReportCluster chain, EventMention m,
      Map<EventMention, Set<String>> words, Set<String> theirs,
      java.util.function.Predicate<String> specific) {
    if (m.when() != null && !EventDay.allCompatible(chain.days, Set.of(m.when()))) {
      return null;
    }
    String reason = refersBack(chain, m, words, theirs, specific);
    if (reason == null) {
      return null;
    }
    boolean elsewhere = ReportCluster.elsewhere(m);
    if (elsewhere != chain.otherTime && (elsewhere ? chain.dated() : m.when() != null)) {
      return null;
    }
    if (m.whenBasis() == WhenBasis.UNTIED || chain.untied) {
      return null;  // a time refused as not the event's says nothing of which event it is
    }
    if (ReportCluster.disjoint(m.withRole(ArgumentRole.AGENT), chain.agents)
        || ReportCluster.disjoint(m.withRole(ArgumentRole.PATIENT), chain.patients)) {
      return null;
    }
    return m.places().isEmpty() || chain.places.isEmpty() || m.places().stream()
        .anyMatch(chain.places::contains) ? reason : null;
  }

  /**
   * Whether a later report of an article points back to its chain: it names a specific name of
   * the chain (not a country, not the story's protagonist); or it comes in the very next sentence
   * and is a definite noun ("الهجوم"، "والتفجير": the attack told again), names nobody, or shares
   * two rare clause words with the chain. Anything else — a bullet of a news digest, a
   * "حين قتل أربعة رجال أمن" paragraphs after the lead's assassination, a second operation cited
   * with the same source — starts another event.
   */
  private static String refersBack(ReportCluster chain, EventMention m,
      Map<EventMention, Set<String>> words, Set<String> theirs,
      java.util.function.Predicate<String> specific) {
    java.util.Optional<String> name = java.util.stream.Stream.concat(m.actors().stream(),
        m.places().stream()).filter(a -> chain.args.contains(a) && specific.test(a)).findFirst();
    if (name.isPresent()) {
      return "shares " + name.get();
    }
    if (definite(m.trigger()) && namesNothingElse(chain, m, specific)) {
      return "a definite noun naming nobody new";
    }
    EventMention last = chain.mentions.get(chain.mentions.size() - 1);
    if (m.start() != last.start() && (m.start() - last.end() > ADJACENT || item(m.sentence()))) {
      return null;
    }
    String where = m.start() == last.start() ? "the same sentence" : "the next sentence";
    Set<String> own = words.getOrDefault(m, Set.of());
    if (definite(m.trigger())) {
      return where + ", a definite noun";
    }
    if (m.actors().isEmpty()) {
      return where + ", naming nobody";
    }
    return own.stream().filter(theirs::contains).count() >= EventMerger.STRONG
        ? where + ", sharing words" : null;
  }

  /**
   * Whether every specific name of the report's clause is already the chain's: a definite
   * "التفجير" that names nobody new tells again of the article's latest event of its kind.
   */
  private static boolean namesNothingElse(ReportCluster chain, EventMention m,
      java.util.function.Predicate<String> specific) {
    return java.util.stream.Stream.concat(m.actors().stream(), m.places().stream())
        .filter(specific).allMatch(chain.args::contains);
  }

  /** Whether a sentence is an item of a list ("- مقتل خمسة مدنيين …"): a digest's next news. */
  static boolean item(String sentence) {
    String t = sentence.strip();
    return !t.isEmpty() && BULLETS.indexOf(t.charAt(0)) >= 0;
  }

  /** A trigger written with the article, after a glued conjunction or preposition if any. */
  static boolean definite(String trigger) {
    String t = ArabicNormalizer.standard().normalizeToString(trigger);
    for (String prefix : ARTICLE_FORMS) {
      if (t.startsWith(prefix) && t.length() > prefix.length() + 2) {
        return true;
      }
    }
    return false;
  }
}
