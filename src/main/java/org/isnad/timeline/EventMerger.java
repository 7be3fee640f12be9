package org.isnad.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import org.isnad.model.ArgumentRole;
import org.isnad.model.EventMention;

/**
 * Event coreference, precision first: reports become one event only when the evidence says so,
 * and every join keeps its reason. Reports are compared only inside a block (same type and
 * modality), in two steps.
 *
 * <p><b>In an article</b>, a report continues the article's latest chain of its block when it
 * points back to it (a specific name of the chain; or, in the very next sentence, a definite noun
 * "الهجوم", no name at all, or two of its rare clause words), unless the dates are incompatible, one of them lies at another time ("قبل سنوات", a year) and the other
 * does not, both name agents (or patients, or places) and none is shared: "the attack" three
 * sentences on is the attack of the lead, "كيري التقى لافروف" after "المعلم التقى بن علوي" is
 * another meeting.
 *
 * <p><b>Across articles</b>, a chain joins a cluster (found through an index of specific names,
 * so the work stays near linear) only when no role both fill with specific names is filled by
 * different ones (the minister meeting X and the minister meeting Y, Putin in Syria and Putin in
 * Cairo), and the evidence is enough. Specific names are not a country or region
 * ({@link BroadNames}) nor the protagonist of the story of the joining report's article; each
 * shared one counts 1, and {@value #WORDS} shared rare words around the triggers
 * ({@link ClauseWords}) count 1 more when a person or organisation is shared too. Then
 * <ul>
 *   <li>the same day, its year known on both sides (a month, or a day of an unknown year, ties
 *       nothing across articles), with evidence {@value #SAME_DAY};</li>
 *   <li>or the chain gives no date, its article was published on the cluster's day or up to
 *       {@value #NARRATIVE_DAYS} days later (the article tells of it as news), with evidence
 *       {@value #UNDATED};</li>
 *   <li>or their days differ by at most {@value #MAX_DAYS} days, the chain's article is not yet
 *       in the cluster, two names are shared and the evidence is {@value #UNDATED}: the same
 *       event told with another date, which the conflict finder then shows.</li>
 * </ul>
 * Two undated reports of different articles are never joined (copies aside): nothing says they
 * are the same event. A copy's chain joins the event its original's report of the same sentence
 * is in.
 * Deterministic for a given input order.
 */
final class EventMerger {
  static final int MAX_DAYS = 3;
  /** The most code points between two sentences that follow each other (". ", a blank line). */
  static final int ADJACENT = 3;
  static final int STRONG = 2;
  /** Evidence (see {@code evidence}) two reports of the same day need to be one event. */
  static final int SAME_DAY = 2;
  /** Evidence an undated report, or one of another day, needs. */
  static final int UNDATED = 3;
  static final int NAME = 1;
  static final int WORDS = 3;
  static final int NARRATIVE_DAYS = 2;
  /** A specific name in more clusters of one block than this is not looked up (bounded work). */
  private static final int MAX_POSTINGS = 200;

  /** What the merger knows about the run beyond the reports. */
  record Context(Map<String, Integer> storyOf, Map<String, String> copies,
      Map<String, String> published, BiPredicate<Integer, String> nonSpecific) {}

  /** One event: its reports in input order and why they were joined. */
  record Merged(List<EventMention> mentions, List<String> basis) {}

  /** Reports merged so far: their names and days. */
  private static final class Cluster {
    final List<EventMention> mentions = new ArrayList<>();
    final List<String> basis = new ArrayList<>();
    final Set<String> args = new LinkedHashSet<>();
    final Set<String> places = new HashSet<>();
    final Set<String> agents = new LinkedHashSet<>();
    final Set<String> patients = new LinkedHashSet<>();
    final Set<String> words = new TreeSet<>();
    final Set<String> days = new TreeSet<>();
    final Set<String> articles = new LinkedHashSet<>();
    boolean otherTime;

    void add(EventMention m) {
      mentions.add(m);
      args.addAll(m.actors());
      args.addAll(m.places());
      places.addAll(m.places());
      agents.addAll(m.withRole(ArgumentRole.AGENT));
      patients.addAll(m.withRole(ArgumentRole.PATIENT));
      if (m.when() != null) {
        days.add(m.when());
      }
      otherTime |= elsewhere(m);
      articles.add(m.articleId());
    }

    void addAll(Cluster other) {
      other.mentions.forEach(this::add);
      basis.addAll(other.basis);
    }

    boolean dated() {
      return !days.isEmpty();
    }
  }

  /** The clusters, each a list of mentions in input order with its reasons. */
  List<Merged> merge(List<EventMention> mentions, Context context) {
    Map<String, List<EventMention>> blocks = new LinkedHashMap<>();
    for (EventMention m : mentions) {
      String key = m.type() + "|" + m.modality();
      blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
    }
    List<Merged> out = new ArrayList<>();
    blocks.forEach((key, block) -> {
      Map<EventMention, Set<String>> words = new ClauseWords().of(block);
      new Block(context, words).merge(chains(block, words, context)).forEach(c ->
          out.add(new Merged(List.copyOf(c.mentions), List.copyOf(c.basis))));
    });
    return out;
  }

  /** Step one: each article's reports of one block, cut where dates, time or places disagree. */
  private static List<Cluster> chains(List<EventMention> block,
      Map<EventMention, Set<String>> words, Context context) {
    List<Cluster> chains = new ArrayList<>();
    Map<String, Cluster> latest = new HashMap<>();
    for (EventMention m : block) {
      Cluster chain = latest.get(m.articleId());
      int story = context.storyOf().getOrDefault(m.articleId(), -1);
      if (chain == null || !continues(chain, m, words,
          id -> !context.nonSpecific().test(story, id))) {
        chain = new Cluster();
        chains.add(chain);
        latest.put(m.articleId(), chain);
      } else if (chain.mentions.size() == 1) {
        chain.basis.add("same article " + m.articleId() + ": later reports continue its first");
      }
      chain.add(m);
    }
    return chains;
  }

  private static boolean continues(Cluster chain, EventMention m,
      Map<EventMention, Set<String>> words, java.util.function.Predicate<String> specific) {
    if (m.when() != null && !compatible(chain.days, Set.of(m.when()))) {
      return false;
    }
    if (!refersBack(chain, m, words, specific)) {
      return false;
    }
    boolean elsewhere = elsewhere(m);
    if (elsewhere != chain.otherTime && (elsewhere ? chain.dated() : m.when() != null)) {
      return false;
    }
    if (disjoint(m.withRole(ArgumentRole.AGENT), chain.agents)
        || disjoint(m.withRole(ArgumentRole.PATIENT), chain.patients)) {
      return false;
    }
    return m.places().isEmpty() || chain.places.isEmpty() || m.places().stream()
        .anyMatch(chain.places::contains);
  }

  /**
   * Whether a later report of an article points back to its chain: it names a specific name of
   * the chain (not a country, not the story's protagonist); or it comes in the very next sentence
   * and is a definite noun ("الهجوم"، "والتفجير": the attack told again), names nobody, or shares
   * two rare clause words with the chain. Anything else — a bullet of a news digest, a
   * "حين قتل أربعة رجال أمن" paragraphs after the lead's assassination, a second operation cited
   * with the same source — starts another event.
   */
  private static boolean refersBack(Cluster chain, EventMention m,
      Map<EventMention, Set<String>> words, java.util.function.Predicate<String> specific) {
    if (m.actors().stream().anyMatch(a -> chain.args.contains(a) && specific.test(a))
        || m.places().stream().anyMatch(a -> chain.args.contains(a) && specific.test(a))) {
      return true;
    }
    EventMention last = chain.mentions.get(chain.mentions.size() - 1);
    if (m.start() - last.end() > ADJACENT && m.start() != last.start()) {
      return false;
    }
    Set<String> own = words.getOrDefault(m, Set.of());
    Set<String> theirs = new HashSet<>();
    chain.mentions.forEach(x -> theirs.addAll(words.getOrDefault(x, Set.of())));
    return definite(m.trigger()) || m.actors().isEmpty()
        || own.stream().filter(theirs::contains).count() >= STRONG;
  }

  /** A trigger written with the article, after a glued conjunction or preposition if any. */
  static boolean definite(String trigger) {
    String t = org.isnad.text.ArabicNormalizer.standard().normalizeToString(trigger);
    for (String prefix : new String[] {"ال", "وال", "فال", "بال", "وبال", "لل", "ولل", "كال"}) {
      if (t.startsWith(prefix) && t.length() > prefix.length() + 2) {
        return true;
      }
    }
    return false;
  }

  /** Whether both name someone and nobody is named by both. */
  private static boolean disjoint(java.util.Collection<String> a,
      java.util.Collection<String> b) {
    return !a.isEmpty() && !b.isEmpty() && a.stream().noneMatch(b::contains);
  }

  /** A report set at another time than the article's news: a past reference or a year. */
  private static boolean elsewhere(EventMention m) {
    return "other-time".equals(m.whenBasis()) || (m.when() != null && m.when().length() == 4);
  }

  /** Step two, for one block: chains joined across articles. */
  private static final class Block {
    final List<Cluster> clusters = new ArrayList<>();
    final Map<String, Integer> bySentence = new HashMap<>();
    final Map<String, List<Integer>> byArgument = new HashMap<>();
    final Context context;
    final Map<EventMention, Set<String>> words;
    final Map<String, List<Integer>> byWord = new HashMap<>();

    Block(Context context, Map<EventMention, Set<String>> words) {
      this.context = context;
      this.words = words;
    }

    List<Cluster> merge(List<Cluster> chains) {
      for (Cluster chain : chains) {
        chain.mentions.forEach(m -> chain.words.addAll(words.getOrDefault(m, Set.of())));
        Integer target = copyTarget(chain);
        String reason = target == null ? null : "copy of the report in "
            + context.copies().get(chain.mentions.get(0).articleId());
        if (target == null) {
          for (int c : candidates(chain)) {
            reason = joins(chain, clusters.get(c));
            if (reason != null) {
              target = c;
              break;
            }
          }
        }
        if (target == null) {
          target = clusters.size();
          clusters.add(new Cluster());
        } else {
          clusters.get(target).basis.add(chain.mentions.get(0).articleId() + " joins: " + reason);
        }
        clusters.get(target).addAll(chain);
        clusters.get(target).words.addAll(chain.words);
        index(chain, target);
      }
      return clusters;
    }

    private Integer copyTarget(Cluster chain) {
      for (EventMention m : chain.mentions) {
        String original = context.copies().get(m.articleId());
        Integer target = original == null ? null : bySentence.get(original + "|" + m.sentence());
        if (target != null) {
          return target;
        }
      }
      return null;
    }

    private List<Integer> candidates(Cluster chain) {
      Set<Integer> out = new TreeSet<>();
      for (String arg : specific(chain, chain.args)) {
        List<Integer> list = byArgument.getOrDefault(arg, List.of());
        if (list.size() <= MAX_POSTINGS) {
          out.addAll(list);
        }
      }
      for (String word : chain.words) {
        List<Integer> list = byWord.getOrDefault(word, List.of());
        if (list.size() <= MAX_POSTINGS) {
          out.addAll(list);
        }
      }
      return new ArrayList<>(out);
    }

    /** The names that say something specific in the story of {@code chain}'s article. */
    private List<String> specific(Cluster chain, Set<String> args) {
      int story = context.storyOf().getOrDefault(chain.mentions.get(0).articleId(), -1);
      return args.stream().filter(a -> !context.nonSpecific().test(story, a)).toList();
    }

    /**
     * Whether both name someone or somewhere specific in one role and nobody is named by both
     * (Putin's visit to Syria and his visit to Cairo the same day are two visits).
     */
    private boolean rolesDisagree(Cluster chain, Cluster cluster) {
      return disjoint(specific(chain, chain.agents), specific(chain, cluster.agents))
          || disjoint(specific(chain, chain.patients), specific(chain, cluster.patients))
          || disjoint(specific(chain, chain.places), specific(chain, cluster.places));
    }



    /** Why {@code chain} is {@code cluster}'s event, or {@code null} when it is not. */
    private String joins(Cluster chain, Cluster cluster) {
      if (chain.otherTime || cluster.otherTime || rolesDisagree(chain, cluster)) {
        return null;
      }
      List<String> shared = specific(chain, chain.args).stream().filter(cluster.args::contains)
          .toList();
      List<String> words = chain.words.stream().filter(cluster.words::contains).toList();
      int score = evidence(chain, cluster, shared, words);
      String why = (shared.isEmpty() ? "" : "shares " + String.join(", ", shared) + "; ")
          + (words.isEmpty() ? "" : "words " + String.join("، ", words) + "; ")
          + "evidence " + score;
      if (chain.dated() && cluster.dated()) {
        if (compatible(chain.days, cluster.days)) {
          return score >= SAME_DAY && sameDay(chain.days, cluster.days)
              ? why + "; same day " + chain.days : null;
        }
        boolean newArticle = chain.articles.stream().noneMatch(cluster.articles::contains);
        if (newArticle && shared.size() >= STRONG && score >= UNDATED
            && close(chain.days, cluster.days)) {
          return why + "; dates differ by at most " + MAX_DAYS + " days: " + chain.days
              + " / " + cluster.days;
        }
        return null;
      }
      return !chain.dated() && score >= UNDATED ? narrative(chain, cluster, why) : null;
    }

    /**
     * How much the two say about being one event: each specific shared name (a person,
     * organisation or place) counts {@value #NAME}; shared rare clause words count
     * {@value #NAME} only together with a shared person or organisation and when there are
     * {@value #WORDS} of them. So two names are enough ("المعلم" and "مسقط"), or one actor and the
     * wording around it, never a city with formulaic words ("لقاء … الانتخابات البلدية" in two
     * districts of Medina) nor words alone.
     */
    private static int evidence(Cluster chain, Cluster cluster, List<String> shared,
        List<String> words) {
      boolean actor = shared.stream().anyMatch(n -> !chain.places.contains(n)
          && !cluster.places.contains(n));
      return NAME * shared.size() + (actor && words.size() >= WORDS ? NAME : 0);
    }

    /**
     * The reason an undated chain joins a dated cluster: its article was published on the
     * cluster's day or up to {@value #NARRATIVE_DAYS} days later, so it tells of it as news.
     */
    private String narrative(Cluster chain, Cluster cluster, String evidence) {
      if (!cluster.dated()) {
        return null;
      }
      String published = context.published().get(chain.mentions.get(0).articleId());
      String day = firstDay(cluster.days);
      Integer after = published == null || day == null ? null : afterDays(day, published);
      if (after != null && after >= 0 && after <= NARRATIVE_DAYS) {
        return evidence + "; undated report in an article published " + published + ", "
            + after + " day(s) after the event's " + day;
      }
      return null;
    }

    private void index(Cluster chain, int target) {
      for (EventMention m : chain.mentions) {
        bySentence.putIfAbsent(m.articleId() + "|" + m.sentence(), target);
      }
      for (String arg : specific(chain, chain.args)) {
        List<Integer> list = byArgument.computeIfAbsent(arg, k -> new ArrayList<>());
        if (!list.contains(target)) {
          list.add(target);
        }
      }
      for (String word : chain.words) {
        List<Integer> list = byWord.computeIfAbsent(word, k -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != target) {
          list.add(target);
        }
      }
    }
  }

  private static String firstDay(Set<String> days) {
    return days.stream().filter(d -> EventDay.of(d) != null && EventDay.of(d).isDay()
        && EventDay.of(d).year() != null).findFirst().orElse(null);
  }

  /** Days from {@code day} to {@code published}, or {@code null} when either is not a day. */
  private static Integer afterDays(String day, String published) {
    Integer apart = EventDay.apart(day, published);
    if (apart == null) {
      return null;
    }
    return published.compareTo(day) >= 0 ? apart : -apart;
  }

  static boolean compatible(String a, String b) {
    return EventDay.compatible(a, b);
  }

  private static boolean compatible(Set<String> a, Set<String> b) {
    for (String x : a) {
      for (String y : b) {
        if (!compatible(x, y)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether both sides give a day and some day of one fits some day of the other. */
  private static boolean sameDay(Set<String> a, Set<String> b) {
    for (String x : a) {
      for (String y : b) {
        EventDay dx = EventDay.of(x);
        EventDay dy = EventDay.of(y);
        if (dx != null && dy != null && dx.isDay() && dy.isDay() && dx.year() != null
            && dy.year() != null && dx.fits(dy)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean close(Set<String> a, Set<String> b) {
    for (String x : a) {
      for (String y : b) {
        Integer apart = EventDay.apart(x, y);
        boolean years = EventDay.of(x).year() != null && EventDay.of(y).year() != null;
        if (apart == null || !years || apart > MAX_DAYS) {
          return false;
        }
      }
    }
    return true;
  }
}
