package org.isnad.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.isnad.extract.UrlOutlet;
import org.isnad.model.Article;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;

/**
 * Groups articles about the same matter, so that no story can chain unrelated matters through
 * the names they happen to share.
 *
 * <p><b>Links.</b> Two articles are linked when they are copies, or share at least
 * {@value #MIN_SHARED} specific names (people, organisations, places that are not countries or
 * regions) that are rare in the run (in at most {@value #MAX_SHARE} percent of its articles and
 * never more than {@value #MAX_POSTINGS}; in a small run of up to {@value #MIN_CAP} articles
 * every name counts), or at least {@value #MIN_WORDS} rare words of their title and lead (see
 * {@link LeadKeywords}). Shared names count only with a key of another kind: a rare person's
 * name among them, or a shared rare lead word that is not a word of the shared names; an army
 * and a region («الجيش الإسرائيلي»، «قطاع غزة») are in the news of many matters of one week. Two articles of one site need twice
 * as many keys (site furniture repeats names and words on every page). Both publication days
 * must be known and at most {@value #MAX_DAYS} days apart; a link with an undated article needs
 * {@value #UNDATED_SHARED} shared keys.
 *
 * <p><b>Stories</b> are built from the links strongest first (most shared keys, then article
 * ids), and two stories join only when the result is one matter as a whole, not through one
 * pair:
 * <ul>
 *   <li>in cohesion (average link): more than {@value #COHESION_PERCENT} percent of the article
 *       pairs across the two stories are linked, so an article joins a story only when it is
 *       linked to more than that share of its members, and a chain of pairwise links (friendly
 *       fire in Afghanistan to the PKK to Syria through a shared alliance, army or region)
 *       cannot grow;</li>
 *   <li>in time: the story's dated articles spanning at most {@value #MAX_SPAN} days;</li>
 *   <li>undated articles: an undated article joins one story at most once — it never
 *       bridges two;</li>
 *   <li>in strength: two stories of several articles each join only through a pair sharing more
 *       keys than the least that makes a link;</li>
 *   <li>in size: a story holds at most {@value #MAX_STORY_SHARE} percent of the run's articles
 *       (at least {@value #MIN_STORY_CAP}).</li>
 * </ul>
 * Links come from an inverted index with bounded postings and the cohesion of two stories is
 * counted over the links of the smaller one, so the work grows with the number of links, not
 * with the square of the articles. The stories do not depend on the order of the articles: links
 * are taken in the order of their strength and their articles' ids.
 *
 * <p>A union reads only the two stories a link or copy joins and the run's size cap, so the
 * unions of each connected part of the links and copies are those of the whole run: a caller
 * may run them part by part ({@link #roots}; the Spark job's story stages do, through
 * {@link StorySteps}).
 */
final class StoryGrouper {
  static final int MIN_SHARED = 2;
  static final int MIN_WORDS = 3;
  static final int UNDATED_SHARED = 3;
  static final int MAX_SHARE = 2;
  static final int MAX_DAYS = 10;
  static final int MAX_SPAN = 21;
  static final int MAX_STORY_SHARE = 5;
  static final int MIN_STORY_CAP = 25;
  /** The share of article pairs across two stories that must be exceeded by linked ones. */
  static final int COHESION_PERCENT = 50;
  private static final int MAX_POSTINGS = 60;
  /** A lead word in more articles than this is a topic, not a story ("انتحاري"). */
  private static final int MAX_WORD_POSTINGS = 40;
  private static final int MIN_CAP = 10;
  /** The day of an article without a publication day ({@link #day}). */
  static final long UNDATED = Long.MIN_VALUE;
  private final LeadKeywords leadKeywords;

  /** A grouper that reads every article's lead words. */
  StoryGrouper() {
    this(TimelineRecall.none());
  }

  /** A grouper that recalls lead words and names' words from {@code recall}. */
  StoryGrouper(TimelineRecall recall) {
    this.leadKeywords = new LeadKeywords(recall);
  }

  /**
   * Article id → story number (0-based, in the order of {@code articles}).
   *
   * @param names article id → its specific names (entity ids)
   * @param entities entity id → entity, for its type and the words of its name
   * @param copies copy → original
   */
  Map<String, Integer> group(List<Article> articles, Map<String, Set<String>> names,
      Map<String, Entity> entities, Map<String, String> copies) {
    int n = articles.size();
    Map<String, Integer> index = new HashMap<>();
    String[] ids = new String[n];
    long[] days = new long[n];
    for (int i = 0; i < n; i++) {
      index.put(articles.get(i).id(), i);
      ids[i] = articles.get(i).id();
      days[i] = day(articles.get(i));
    }
    List<int[]> copyPairs = new ArrayList<>();
    copies.forEach((copy, original) -> {
      if (index.containsKey(copy) && index.containsKey(original)) {
        copyPairs.add(new int[] {index.get(copy), index.get(original)});
      }
    });
    List<long[]> pairs = links(leadKeywords, articles, names, entities, sites(articles));
    pairs.removeIf(p -> !linkable(days[(int) p[0]], days[(int) p[1]], (int) p[2]));
    int[] roots = roots(ids, days, maxStory(n), copyPairs, pairs);
    Map<Integer, Integer> numbers = new HashMap<>();
    Map<String, Integer> story = new HashMap<>();
    for (int i = 0; i < n; i++) {
      story.put(ids[i], numbers.computeIfAbsent(roots[i], r -> numbers.size()));
    }
    return story;
  }

  /**
   * Each article's story, as the index of the story's first article: {@code ids} and
   * {@code days} ({@link #day}) list the articles in the run's order (by date key, then id),
   * {@code copies} holds {copy, original} index pairs (each joins whatever the caps), and
   * {@code links} the linkable candidate links {a, b, shared, min}, in any order (sorted here:
   * strongest first, then by ids). The articles may be a part of the run closed under the links
   * and copies (a connected part): the stories are then the run's, as long as {@code maxSize}
   * is the run's ({@link #maxStory}).
   */
  static int[] roots(String[] ids, long[] days, int maxSize, List<int[]> copies,
      List<long[]> links) {
    int[] rank = idRanks(ids);
    Stories sets = new Stories(days, maxSize);
    copies.forEach(c -> sets.unionCopy(c[0], c[1]));
    sets.link(links);
    links.sort((x, y) -> x[2] != y[2] ? Long.compare(y[2], x[2])
        : x[3] != y[3] ? Long.compare(x[3], y[3])
        : Long.compare(pairKey(rank, x), pairKey(rank, y)));
    for (long[] p : links) {
      sets.tryUnion((int) p[0], (int) p[1], (int) p[2], (int) p[3]);
    }
    int[] roots = new int[ids.length];
    for (int i = 0; i < roots.length; i++) {
      roots[i] = sets.find(i);
    }
    return roots;
  }

  /** The most articles a story of a run of {@code articles} may hold. */
  static int maxStory(int articles) {
    return Math.max(MIN_STORY_CAP, articles * MAX_STORY_SHARE / 100);
  }

  /** An article's publication day (epoch day), or {@link #UNDATED}. */
  static long day(Article a) {
    LocalDate d = a.published().day().orElse(null);
    return d == null ? UNDATED : d.toEpochDay();
  }

  /**
   * Whether two articles sharing {@code shared} keys may be linked at all: both dated and at
   * most {@value #MAX_DAYS} days apart, or one undated and {@value #UNDATED_SHARED} keys.
   */
  static boolean linkable(long dayA, long dayB, int shared) {
    if (dayA == UNDATED || dayB == UNDATED) {
      return shared >= UNDATED_SHARED;
    }
    return Math.abs(dayA - dayB) <= MAX_DAYS;
  }

  /** An article's site: its outlet, else its URL's host, else {@code null}. */
  static String site(Article a) {
    return a.outlet() != null && !a.outlet().isBlank() ? a.outlet()
        : UrlOutlet.of(a.url()).orElse(null);
  }

  /** Each article's site: its outlet, else its URL's host. */
  private static String[] sites(List<Article> articles) {
    String[] sites = new String[articles.size()];
    for (int i = 0; i < sites.length; i++) {
      String site = site(articles.get(i));
      sites[i] = site != null ? site : "#" + i;
    }
    return sites;
  }

  /**
   * The candidate links {a, b, shared, min}: pairs sharing enough rare names (with a key of
   * another kind) or enough rare lead words.
   */
  private static List<long[]> links(LeadKeywords leadKeywords, List<Article> articles,
      Map<String, Set<String>> names, Map<String, Entity> entities, String[] sites) {
    int cap = nameCap(articles.size());
    int wordCap = wordCap(articles.size());
    Map<String, Set<String>> words = leadKeywords.of(articles, wordCap);
    Map<String, List<Integer>> namePostings = postings(articles, names);
    List<long[]> pairs = new ArrayList<>();
    pairs(namePostings, cap, MIN_SHARED, sites, pairs);
    Set<String> rarePeople = new HashSet<>();
    namePostings.forEach((name, list) -> {
      Entity e = entities.get(name);
      if (rarePerson(list.size(), cap, e)) {
        rarePeople.add(name);
      }
    });
    Map<String, Set<String>> nameWords = new HashMap<>();
    Function<String, Set<String>> wordsOf = id -> nameWords.computeIfAbsent(id,
        k -> nameWords(leadKeywords, entities.get(k)));
    pairs.removeIf(p -> {
      String a = articles.get((int) p[0]).id();
      String b = articles.get((int) p[1]).id();
      return !otherKind(names.getOrDefault(a, Set.of()), names.getOrDefault(b, Set.of()),
          rarePeople::contains, words.getOrDefault(a, Set.of()), words.getOrDefault(b, Set.of()),
          wordsOf);
    });
    pairs(postings(articles, words), wordCap, MIN_WORDS, sites, pairs);
    return pairs;
  }

  /**
   * Whether two articles that share names share more than organisations and places: a rare
   * person's name, or a rare word of their leads that is not a word of a name they share
   * («غزة» of «قطاع غزة» says nothing more than the name): {@code namesA}, {@code namesB} are
   * their specific names, {@code rarePeople} tells a rare person's name ({@link #rarePerson}),
   * {@code wordsA}, {@code wordsB} their rare lead words, {@code nameWords} a name's words.
   */
  static boolean otherKind(Set<String> namesA, Set<String> namesB,
      Predicate<String> rarePeople, Set<String> wordsA, Set<String> wordsB,
      Function<String, Set<String>> nameWords) {
    Set<String> named = new HashSet<>();
    for (String name : namesA) {
      if (namesB.contains(name)) {
        if (rarePeople.test(name)) {
          return true;
        }
        named.addAll(nameWords.apply(name));
      }
    }
    return wordsA.stream().anyMatch(w -> wordsB.contains(w) && !named.contains(w));
  }

  /**
   * Whether a name in {@code postings} articles of a run whose names' cap is {@code cap}
   * ({@link #nameCap}) is a rare person's: it ties two articles with any other shared name.
   */
  static boolean rarePerson(int postings, int cap, Entity e) {
    return postings <= cap && e != null && e.type() == EntityType.PERSON;
  }

  /** The most articles a lead word may be in and still tie articles, in a run of {@code n}. */
  static int wordCap(int articles) {
    return Math.min(nameCap(articles), MAX_WORD_POSTINGS);
  }

  /** The words of an entity's name and aliases, read as lead words are. */
  static Set<String> nameWords(LeadKeywords leadKeywords, Entity e) {
    Set<String> words = new HashSet<>();
    if (e != null) {
      words.addAll(leadKeywords.nameWords(e.name()));
      e.aliases().forEach(alias -> words.addAll(leadKeywords.nameWords(alias)));
    }
    return words;
  }

  /** Each article's place in the order of the articles' ids (equal ids by index). */
  private static int[] idRanks(String[] ids) {
    Integer[] order = new Integer[ids.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, java.util.Comparator.comparing(i -> ids[i]));
    int[] rank = new int[order.length];
    for (int r = 0; r < order.length; r++) {
      rank[order[r]] = r;
    }
    return rank;
  }

  /** The id ranks of a pair's articles, smaller first: the tie-break that ignores input order. */
  private static long pairKey(int[] rank, long[] pair) {
    int a = rank[(int) pair[0]];
    int b = rank[(int) pair[1]];
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }

  /**
   * The most articles of a run of {@code articles} a name may be in and still tie articles:
   * {@value #MAX_SHARE} percent, never more than {@value #MAX_POSTINGS}, never less than
   * {@value #MIN_CAP}.
   */
  static int nameCap(int articles) {
    return Math.max(MIN_CAP, Math.min(MAX_POSTINGS, articles * MAX_SHARE / 100));
  }

  private static Map<String, List<Integer>> postings(List<Article> articles,
      Map<String, Set<String>> keys) {
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      for (String key : keys.getOrDefault(articles.get(i).id(), Set.of())) {
        postings.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    return postings;
  }

  /**
   * Adds {a, b, shared, min} for the article pairs that share at least {@code min} rare keys; twice
   * as many for two articles of one site, whose menus, tickers and related-links lists share
   * names and words whatever the article is about.
   */
  private static void pairs(Map<String, List<Integer>> postings, int cap, int min,
      String[] sites, List<long[]> out) {
    long[] keys = new long[1024];
    int size = 0;
    for (List<Integer> list : postings.values()) {
      if (!ties(list.size(), cap)) {
        continue;
      }
      int k = list.size();
      if (size + k * (k - 1) / 2 > keys.length) {
        keys = Arrays.copyOf(keys, Math.max(2 * keys.length, size + k * (k - 1) / 2));
      }
      for (int a = 0; a < k; a++) {
        long high = (long) list.get(a) << 32;
        for (int b = a + 1; b < k; b++) {
          keys[size++] = high | list.get(b);
        }
      }
    }
    // each pair's count of shared keys: its run in the sorted keys (no map of boxed pairs)
    Arrays.sort(keys, 0, size);
    for (int i = 0; i < size; ) {
      int j = i + 1;
      while (j < size && keys[j] == keys[i]) {
        j++;
      }
      int a = (int) (keys[i] >>> 32);
      int b = (int) keys[i];
      int count = j - i;
      if (enough(count, min, sites[a].equals(sites[b]))) {
        out.add(new long[] {a, b, count, min});
      }
      i = j;
    }
  }

  /** Whether a key in {@code postings} articles ties them, its cap being {@code cap}. */
  static boolean ties(int postings, int cap) {
    return postings >= 2 && postings <= cap;
  }

  /**
   * Whether {@code count} shared keys of a kind that needs {@code min} make a link: twice as
   * many for two articles of one site.
   */
  static boolean enough(int count, int min, boolean sameSite) {
    return count >= (sameSite ? 2 * min : min);
  }

  /**
   * Disjoint sets of articles that know their members, links and the span of their publication
   * days; the smaller index is always the root.
   */
  static final class Stories {
    private static final int[] NONE = new int[0];
    private final int[] parent;
    private final int[] size;
    private final long[] first;
    private final long[] last;
    private final boolean[] undated;
    private final boolean[] joined;
    private final int[][] members;
    private int[][] links;
    private final int maxSize;

    Stories(long[] days, int maxSize) {
      int n = days.length;
      parent = new int[n];
      size = new int[n];
      first = new long[n];
      last = new long[n];
      undated = new boolean[n];
      joined = new boolean[n];
      members = new int[n][];
      links = new int[n][];
      this.maxSize = maxSize;
      for (int i = 0; i < n; i++) {
        parent[i] = i;
        size[i] = 1;
        members[i] = new int[] {i};
        links[i] = NONE;
        undated[i] = days[i] == UNDATED;
        first[i] = undated[i] ? Long.MAX_VALUE : days[i];
        last[i] = undated[i] ? Long.MIN_VALUE : days[i];
      }
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    /** Records the links {a, b, …} (each pair once, whichever keys made it). */
    void link(List<long[]> pairs) {
      int[] degree = new int[parent.length];
      java.util.Set<Long> seen = new java.util.HashSet<>();
      List<long[]> distinct = new ArrayList<>();
      for (long[] p : pairs) {
        if (seen.add((p[0] << 32) | p[1])) {
          distinct.add(p);
          degree[(int) p[0]]++;
          degree[(int) p[1]]++;
        }
      }
      for (int i = 0; i < parent.length; i++) {
        links[i] = degree[i] == 0 ? NONE : new int[degree[i]];
        degree[i] = 0;
      }
      for (long[] p : distinct) {
        int a = (int) p[0];
        int b = (int) p[1];
        links[a][degree[a]++] = b;
        links[b][degree[b]++] = a;
      }
    }

    /** A copy always joins its original. */
    void unionCopy(int a, int b) {
      union(find(a), find(b));
      joined[a] = true;
      joined[b] = true;
    }

    /** Joins the stories of {@code a} and {@code b} if the result stays one bounded matter. */
    void tryUnion(int a, int b, int shared, int min) {
      int ra = find(a);
      int rb = find(b);
      if (ra == rb) {
        return;
      }
      boolean bridging = (undated[a] && joined[a]) || (undated[b] && joined[b]);
      if (bridging) {
        return;
      }
      if (size[ra] > 1 && size[rb] > 1 && shared <= min) {
        return;  // two stories join only on a link stronger than the weakest that built them
      }
      long from = Math.min(first[ra], first[rb]);
      long to = Math.max(last[ra], last[rb]);
      boolean spanOk = from == Long.MAX_VALUE || to - from <= MAX_SPAN;
      if (!spanOk || size[ra] + size[rb] > maxSize || !cohesive(ra, rb)) {
        return;
      }
      union(ra, rb);
      joined[a] = true;
      joined[b] = true;
    }

    /**
     * Whether more than {@value #COHESION_PERCENT} percent of the article pairs across the
     * stories rooted at {@code ra} and {@code rb} are linked (counted from the smaller one).
     */
    private boolean cohesive(int ra, int rb) {
      int small = size[ra] <= size[rb] ? ra : rb;
      int other = small == ra ? rb : ra;
      long linked = 0;
      for (int m : members[small]) {
        for (int x : links[m]) {
          if (find(x) == other) {
            linked++;
          }
        }
      }
      return 100 * linked > (long) COHESION_PERCENT * size[ra] * size[rb];
    }

    private void union(int ra, int rb) {
      if (ra == rb) {
        return;
      }
      int root = Math.min(ra, rb);
      int child = Math.max(ra, rb);
      parent[child] = root;
      int[] all = Arrays.copyOf(members[root], size[root] + size[child]);
      System.arraycopy(members[child], 0, all, size[root], size[child]);
      members[root] = all;
      members[child] = null;
      size[root] += size[child];
      first[root] = Math.min(first[root], first[child]);
      last[root] = Math.max(last[root], last[child]);
    }
  }
}
