package org.isnad.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import org.isnad.model.EventMention;

/**
 * Event coreference, precision first: reports become one event only when the evidence says so,
 * and every join keeps its reason. Reports are compared only inside a block (same type and
 * modality), in two steps.
 *
 * <p><b>In an article</b> ({@link ArticleChains}), a report continues the article's chain only
 * when it points back to it and nothing disagrees.
 *
 * <p><b>Across articles</b>, a chain joins a cluster (found through an index of specific names,
 * so the work stays near linear) only when no role both fill with specific names is filled by
 * different ones (the minister meeting X and the minister meeting Y, Putin in Syria and Putin in
 * Cairo), no name does it on one side and is done to on the other (Israel striking Gaza, a rocket
 * falling in Israel), and the evidence is enough. The words of a shared name ("جان كلود يونكر")
 * are not counted again as shared words. Specific names are not a country or region
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
 * Deterministic for a given input order: blocks are merged in parallel (the common pool), each
 * alone, and their events listed in the order of the blocks.
 */
final class EventMerger {
  static final int MAX_DAYS = 3;
  static final int STRONG = 2;
  /** Evidence (see {@code evidence}) two reports of the same day need to be one event. */
  static final int SAME_DAY = 2;
  /** Evidence an undated report, or one of another day, needs. */
  static final int UNDATED = 3;
  static final int NAME = 1;
  static final int WORDS = 3;
  /**
   * How many days after an event an undated report's article may be published and still tell of
   * it as news: one. Two let a report of the next raid join the last one (Russian bombers over
   * Albukamal on 15 and 17 November 2017).
   */
  static final int NARRATIVE_DAYS = 1;
  /** How many of an article's first sentences with a report make its lead. */
  static final int LEAD_SENTENCES = 2;
  /** Kinds of event a story seldom holds twice a day ({@code lead-types.txt}). */
  private static final Set<String> LEAD_TYPES =
      Set.copyOf(org.isnad.text.RuleFile.read(EventMerger.class, "lead-types.txt"));
  /**
   * A specific name, rare word or lead story in more clusters of one block than this is not
   * looked up (bounded work): without it a story of many articles (up to
   * {@value StoryGrouper#MAX_STORY_SHARE} percent of the run) would test each lead report
   * against every earlier one of its kind, quadratic in the story's size.
   */
  private static final int MAX_POSTINGS = 200;

  /** What the merger knows about the run beyond the reports. */
  record Context(Map<String, Integer> storyOf, Map<String, String> copies,
      Map<String, String> published, BiPredicate<Integer, String> nonSpecific,
      java.util.function.Predicate<String> country,
      java.util.function.Function<String, Set<String>> nameWords) {}

  private final TimelineRecall recall;
  private final ClauseWords clauseWords;

  /** A merger that reads every report's clause words. */
  EventMerger() {
    this(TimelineRecall.none());
  }

  /** A merger that recalls the words around reports' triggers from {@code recall}. */
  EventMerger(TimelineRecall recall) {
    this.recall = recall;
    this.clauseWords = new ClauseWords(recall);
  }

  /** The clusters, each a list of mentions in input order with its reasons. */
  List<MergedReports> merge(List<EventMention> mentions, Context context) {
    Map<String, List<EventMention>> blocks = new LinkedHashMap<>();
    for (EventMention m : mentions) {
      blocks.computeIfAbsent(blockKey(m), k -> new ArrayList<>()).add(m);
    }
    Map<String, Set<Integer>> leads = leadSentences(mentions);
    // blocks share nothing: merged in parallel, their events listed in the order of the blocks
    List<List<EventMention>> list = new ArrayList<>(blocks.values());
    List<List<MergedReports>> merged = largestFirst(list,
        block -> mergeBlock(block, context, leads));
    List<MergedReports> out = new ArrayList<>();
    merged.forEach(out::addAll);
    return out;
  }

  /** The block a report is compared in: its type and modality. */
  static String blockKey(EventMention m) {
    return m.type() + "|" + m.modality();
  }

  /**
   * The events of one block (its reports in the order {@link #merge} reads them), alone: what
   * {@link #merge} does for each block. Reads of {@code context} and {@code leads} only the
   * block's articles, their stories and the names of their reports; order-dependent (a report
   * joins the first cluster that takes it, and the postings are capped), so the same order gives
   * the same events.
   */
  List<MergedReports> mergeBlock(List<EventMention> block, Context context,
      Map<String, Set<Integer>> leads) {
    return merge(block, clauseWords, recall, context, leads);
  }

  /**
   * {@code work} on each block, the largest taken first (so the longest block never starts
   * last while the other threads wait), by the calling thread and the common pool's threads
   * each taking the next block as it is free; the results in the order of {@code blocks},
   * whatever the threads' timing. A failure fails the call.
   */
  static <R> List<R> largestFirst(List<List<EventMention>> blocks,
      java.util.function.Function<List<EventMention>, R> work) {
    int n = blocks.size();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, java.util.Comparator
        .comparingInt((Integer i) -> -blocks.get(i).size()).thenComparingInt(i -> i));
    Object[] results = new Object[n];
    java.util.concurrent.atomic.AtomicInteger next =
        new java.util.concurrent.atomic.AtomicInteger();
    Runnable taker = () -> {
      for (int k = next.getAndIncrement(); k < n; k = next.getAndIncrement()) {
        results[order[k]] = work.apply(blocks.get(order[k]));
      }
    };
    int helpers = Math.min(n - 1, java.util.concurrent.ForkJoinPool.getCommonPoolParallelism());
    List<java.util.concurrent.CompletableFuture<Void>> helping = new ArrayList<>();
    for (int h = 0; h < helpers; h++) {
      helping.add(java.util.concurrent.CompletableFuture.runAsync(taker));
    }
    taker.run();
    helping.forEach(java.util.concurrent.CompletableFuture::join);
    List<R> out = new ArrayList<>(n);
    for (Object r : results) {
      @SuppressWarnings("unchecked")
      R typed = (R) r;
      out.add(typed);
    }
    return out;
  }

  private static List<MergedReports> merge(List<EventMention> block, ClauseWords clauseWords,
      TimelineRecall recall, Context context, Map<String, Set<Integer>> leads) {
    Map<EventMention, Set<String>> words = clauseWords.of(block);
    List<MergedReports> out = new ArrayList<>();
    new Block(context, words).merge(ArticleChains.chains(block, words, context, leads, recall))
        .forEach(c -> out.add(new MergedReports(c.mentions, c.basis)));
    return out;
  }

  /**
   * Each article's lead: the first {@value #LEAD_SENTENCES} sentences (by start) that report any
   * event. Only a report there can be the article's news of its kind.
   */
  static Map<String, Set<Integer>> leadSentences(List<EventMention> mentions) {
    Map<String, TreeSet<Integer>> starts = new HashMap<>();
    mentions.forEach(m -> starts.computeIfAbsent(m.articleId(), k -> new TreeSet<>())
        .add(m.start()));
    Map<String, Set<Integer>> leads = new HashMap<>();
    starts.forEach((article, s) -> leads.put(article,
        Set.copyOf(s.stream().limit(LEAD_SENTENCES).toList())));
    return leads;
  }

  /** Step two, for one block: chains joined across articles. */
  private static final class Block {
    final List<ReportCluster> clusters = new ArrayList<>();
    final Map<String, Integer> bySentence = new HashMap<>();
    final Map<String, List<Integer>> byArgument = new HashMap<>();
    final Context context;
    final Map<EventMention, Set<String>> words;
    final Map<String, List<Integer>> byWord = new HashMap<>();
    final Map<Integer, List<Integer>> byLeadStory = new HashMap<>();
    /** The candidates of the chain being merged: one list, cleared for each chain. */
    private final IntList found = new IntList();

    Block(Context context, Map<EventMention, Set<String>> words) {
      this.context = context;
      this.words = words;
    }

    List<ReportCluster> merge(List<ReportCluster> chains) {
      for (ReportCluster chain : chains) {
        chain.mentions.forEach(m -> chain.words.addAll(words.getOrDefault(m, Set.of())));
        Integer target = copyTarget(chain);
        String reason = target == null ? null : "copy of the report in "
            + context.copies().get(chain.mentions.get(0).articleId());
        Probe probe = new Probe(chain);
        if (target == null) {
          for (int c : candidates(probe)) {
            reason = joins(probe, clusters.get(c));
            if (reason != null) {
              target = c;
              break;
            }
          }
        }
        if (target == null) {
          target = clusters.size();
          clusters.add(new ReportCluster());
        } else {
          clusters.get(target).basis.add(chain.mentions.get(0).articleId() + " joins: " + reason);
        }
        clusters.get(target).addAll(chain);
        index(probe, target);
      }
      return clusters;
    }

    /**
     * What the pair tests of one chain ask of it, read once: the story of its article and its
     * names that say something specific there (a cluster's names are read per test, they grow).
     */
    private final class Probe {
      final ReportCluster chain;
      final int story;
      final List<String> args;
      final List<String> agents;
      final List<String> patients;
      final List<String> places;
      final List<String> countries;

      Probe(ReportCluster chain) {
        this.chain = chain;
        this.story = context.storyOf().getOrDefault(chain.mentions.get(0).articleId(), -1);
        this.args = specific(chain.args);
        this.agents = specific(chain.agents);
        this.patients = specific(chain.patients);
        this.places = specific(chain.places);
        this.countries = countries(chain.places);
      }

      /** The names of {@code names} that say something specific in the chain's story. */
      List<String> specific(Set<String> names) {
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) {
          if (!context.nonSpecific().test(story, n)) {
            out.add(n);
          }
        }
        return out;
      }

      /** Whether some name of {@code names} says something specific in the chain's story. */
      boolean anySpecific(Set<String> names) {
        for (String n : names) {
          if (!context.nonSpecific().test(story, n)) {
            return true;
          }
        }
        return false;
      }
    }

    private Integer copyTarget(ReportCluster chain) {
      for (EventMention m : chain.mentions) {
        String original = context.copies().get(m.articleId());
        Integer target = original == null ? null : bySentence.get(original + "|" + m.sentence());
        if (target != null) {
          return target;
        }
      }
      return null;
    }

    /** The clusters that share a specific name, a rare word or a lead story, by index. */
    private int[] candidates(Probe probe) {
      IntList out = found;
      out.clear();
      for (String arg : probe.args) {
        List<Integer> list = byArgument.get(arg);
        if (list != null && list.size() <= MAX_POSTINGS) {
          out.addAll(list);
        }
      }
      for (String word : probe.chain.words) {
        List<Integer> list = byWord.get(word);
        if (list != null && list.size() <= MAX_POSTINGS) {
          out.addAll(list);
        }
      }
      for (int story : probe.chain.leadStories) {
        List<Integer> list = byLeadStory.get(story);
        if (list != null && list.size() <= MAX_POSTINGS) {
          out.addAll(list);
        }
      }
      return out.sortedDistinct();
    }

    /**
     * Whether both name someone or somewhere specific in one role and nobody is named by both
     * (Putin's visit to Syria and his visit to Cairo the same day are two visits), or both name
     * countries, none the same, and no specific place ties them (a town "near the Syrian
     * border" of Turkey names both).
     */
    private boolean rolesDisagree(Probe probe, ReportCluster cluster) {
      ReportCluster chain = probe.chain;
      return reversed(chain, cluster) || reversed(cluster, chain)
          || disjoint(probe, probe.agents, cluster.agents)
          || disjoint(probe, probe.patients, cluster.patients)
          || disjoint(probe, probe.places, cluster.places)
          || !probe.countries.isEmpty() && anyCountry(cluster.places)
          && noneIn(probe.countries, cluster.places) && noneIn(probe.places, cluster.places);
    }

    /**
     * Whether the chain's specific names {@code mine} and the specific names of {@code theirs}
     * both name someone and nobody is named by both ({@link ReportCluster#disjoint} of the two
     * specific lists: a name of {@code mine} is specific, so it is among {@code theirs}' specific
     * names exactly when it is among {@code theirs}).
     */
    private static boolean disjoint(Probe probe, List<String> mine, Set<String> theirs) {
      return !mine.isEmpty() && !theirs.isEmpty() && noneIn(mine, theirs)
          && probe.anySpecific(theirs);
    }

    private static boolean noneIn(List<String> names, Set<String> set) {
      for (String n : names) {
        if (set.contains(n)) {
          return false;
        }
      }
      return true;
    }

    private boolean anyCountry(Set<String> places) {
      for (String p : places) {
        if (context.country().test(p)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a name that does it on one side is done to, or is where it happened, on the other
     * and never does it there: Israel striking Gaza and a rocket from Gaza falling in Israel are
     * two attacks, not one.
     */
    private static boolean reversed(ReportCluster a, ReportCluster b) {
      if (a.agents.isEmpty() || b.patients.isEmpty() && b.places.isEmpty()) {
        return false;
      }
      for (String x : a.agents) {
        if (!b.agents.contains(x) && (b.patients.contains(x) || b.places.contains(x))) {
          return true;
        }
      }
      return false;
    }

    /** The countries among {@code places}: Cameroon and Nigeria are two attacks, not one. */
    private List<String> countries(Set<String> places) {
      List<String> out = new ArrayList<>();
      for (String p : places) {
        if (context.country().test(p)) {
          out.add(p);
        }
      }
      return out;
    }

    /** What a chain and a cluster share, and the evidence it makes; its text read on demand. */
    private record Evidence(List<String> shared, List<String> words, int score) {
      String why() {
        return (shared.isEmpty() ? "" : "shares " + String.join(", ", shared) + "; ")
            + (words.isEmpty() ? "" : "words " + String.join("، ", words) + "; ")
            + "evidence " + score;
      }
    }

    /** Why {@code probe}'s chain is {@code cluster}'s event, or {@code null} when it is not. */
    private String joins(Probe probe, ReportCluster cluster) {
      ReportCluster chain = probe.chain;
      if (chain.otherTime || cluster.otherTime || rolesDisagree(probe, cluster)) {
        return null;
      }
      // most pairs tested share no name: a list only for those that do
      List<String> shared = List.of();
      for (int i = 0; i < probe.args.size(); i++) {
        String a = probe.args.get(i);
        if (cluster.args.contains(a)) {
          if (shared.isEmpty()) {
            shared = new ArrayList<>(2);
          }
          shared.add(a);
        }
      }
      Integer story = leadStory(chain, cluster);
      if (shared.isEmpty() && story == null) {
        return null;  // no shared name: evidence 0, so only a lead join could hold
      }
      List<String> words = sharedWords(chain, cluster, shared);
      Evidence evidence = new Evidence(shared, words, evidence(chain, cluster, shared, words));
      int score = evidence.score();
      if (!shared.isEmpty() || words.size() >= STRONG) {
        String lead = leads(chain, cluster, story, evidence);
        if (lead != null) {
          return lead;
        }
      }
      if (chain.dated() && cluster.dated()) {
        if (EventDay.allCompatible(chain.days, cluster.days)) {
          return score >= SAME_DAY && EventDay.sameKnownDay(chain.days, cluster.days)
              ? evidence.why() + "; same day " + chain.days : null;
        }
        if (shared.size() >= STRONG && score >= UNDATED
            && chain.articles.stream().noneMatch(cluster.articles::contains)
            && EventDay.within(chain.days, cluster.days, MAX_DAYS)) {
          return evidence.why() + "; dates differ by at most " + MAX_DAYS + " days: "
              + chain.days + " / " + cluster.days;
        }
        return null;
      }
      return !chain.dated() && score >= UNDATED ? narrative(chain, cluster, evidence, "")
          : null;
    }

    /**
     * The rare words both have (in the chain's order, which is the words' order), without the
     * words of a shared name ("جان كلود يونكر" is counted once, as a name).
     */
    private List<String> sharedWords(ReportCluster chain, ReportCluster cluster,
        List<String> shared) {
      List<String> words = null;
      // both sorted the same way: the smaller one is read, in order, against the other
      Set<String> small = chain.words.size() <= cluster.words.size() ? chain.words : cluster.words;
      Set<String> large = small == chain.words ? cluster.words : chain.words;
      for (String w : small) {
        if (large.contains(w)) {
          if (words == null) {
            words = new ArrayList<>();
          }
          words.add(w);
        }
      }
      if (words == null) {
        return List.of();
      }
      if (!shared.isEmpty()) {
        Set<String> named = new java.util.HashSet<>();
        shared.forEach(n -> named.addAll(context.nameWords().apply(n)));
        words.removeIf(named::contains);
      }
      return words;
    }

    /**
     * Why {@code chain} and {@code cluster} are one event as the news of one story, or
     * {@code null}: for a kind of event that a story seldom holds twice a day
     * (lead-types.txt), two articles of one story whose first report of that kind gives the
     * same day, or the chain's gives none and its article was published on the cluster's day or
     * up to {@value #NARRATIVE_DAYS} days later, tell of one event. {@code story} is the
     * {@link #leadStory} of the two.
     */
    private String leads(ReportCluster chain, ReportCluster cluster, Integer story,
        Evidence evidence) {
      if (story == null) {
        return null;
      }
      String why = "; the first report of its kind in two articles of story " + (story + 1);
      if (chain.dated() && cluster.dated()) {
        return EventDay.allCompatible(chain.days, cluster.days)
            && EventDay.sameKnownDay(chain.days, cluster.days)
            ? evidence.why() + why + "; same day " + chain.days : null;
      }
      return chain.dated() ? null : narrative(chain, cluster, evidence, why);
    }

    /**
     * The story a lead join would rest on, or {@code null} when none may hold: the first story
     * whose lead both hold, when the kind is of {@code lead-types.txt} and no article is in both.
     */
    private static Integer leadStory(ReportCluster chain, ReportCluster cluster) {
      if (chain.leadStories.isEmpty() || cluster.leadStories.isEmpty()
          || !LEAD_TYPES.contains(chain.mentions.get(0).type())) {
        return null;  // what the loop below would find, without walking the stories
      }
      for (int s : chain.leadStories) {
        if (cluster.leadStories.contains(s)) {
          return chain.articles.stream().noneMatch(cluster.articles::contains) ? s : null;
        }
      }
      return null;
    }

    /**
     * How much the two say about being one event: each specific shared name (a person,
     * organisation or place) counts {@value #NAME}; shared rare clause words count
     * {@value #NAME} only together with a shared person or organisation and when there are
     * {@value #WORDS} of them. So two names are enough ("المعلم" and "مسقط"), or one actor and the
     * wording around it, never a city with formulaic words ("لقاء … الانتخابات البلدية" in two
     * districts of Medina) nor words alone.
     */
    private static int evidence(ReportCluster chain, ReportCluster cluster, List<String> shared,
        List<String> words) {
      boolean actor = shared.stream().anyMatch(n -> !chain.places.contains(n)
          && !cluster.places.contains(n));
      return NAME * shared.size() + (actor && words.size() >= WORDS ? NAME : 0);
    }

    /**
     * The reason an undated chain joins a dated cluster: its article was published on the
     * cluster's day or up to {@value #NARRATIVE_DAYS} days later, so it tells of it as news;
     * {@code lead} (empty, or the lead join's reason) follows the evidence.
     */
    private String narrative(ReportCluster chain, ReportCluster cluster, Evidence evidence,
        String lead) {
      if (!cluster.dated()) {
        return null;
      }
      String published = context.published().get(chain.mentions.get(0).articleId());
      String day = EventDay.firstKnownDay(cluster.days);
      Integer after = published == null || day == null ? null : EventDay.daysAfter(day, published);
      if (after != null && after >= 0 && after <= NARRATIVE_DAYS) {
        return evidence.why() + lead + "; undated report in an article published " + published
            + ", " + after + " day(s) after the event's " + day;
      }
      return null;
    }

    private void index(Probe probe, int target) {
      ReportCluster chain = probe.chain;
      for (EventMention m : chain.mentions) {
        bySentence.putIfAbsent(m.articleId() + "|" + m.sentence(), target);
      }
      probe.args.forEach(arg -> post(byArgument, arg, target));
      for (String word : chain.words) {
        List<Integer> list = byWord.computeIfAbsent(word, k -> new ArrayList<>());
        if (list.size() <= MAX_POSTINGS
            && (list.isEmpty() || list.get(list.size() - 1) != target)) {
          list.add(target);
        }
      }
      chain.leadStories.forEach(story -> post(byLeadStory, story, target));
    }

    /** A growing list of cluster indexes, read once sorted and without repeats. */
    private static final class IntList {
      private int[] values = new int[16];
      private int size;

      void clear() {
        size = 0;
      }

      void addAll(List<Integer> list) {
        if (size + list.size() > values.length) {
          values = java.util.Arrays.copyOf(values, Math.max(2 * values.length,
              size + list.size()));
        }
        for (Integer v : list) {
          values[size++] = v;
        }
      }

      int[] sortedDistinct() {
        java.util.Arrays.sort(values, 0, size);
        int n = 0;
        for (int i = 0; i < size; i++) {
          if (n == 0 || values[i] != values[n - 1]) {
            values[n++] = values[i];
          }
        }
        return java.util.Arrays.copyOf(values, n);
      }
    }

    /**
     * Adds {@code target} to {@code key}'s clusters, once; a list already longer than
     * {@value #MAX_POSTINGS} is never read again, so it grows no more.
     */
    private static <K> void post(Map<K, List<Integer>> index, K key, int target) {
      List<Integer> list = index.computeIfAbsent(key, k -> new ArrayList<>());
      if (list.size() <= MAX_POSTINGS && !list.contains(target)) {
        list.add(target);
      }
    }
  }
}
