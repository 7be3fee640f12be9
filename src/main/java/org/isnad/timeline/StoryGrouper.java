package org.isnad.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.extract.UrlOutlet;
import org.isnad.model.Article;

/**
 * Groups articles about the same matter, bounded so that no story can swallow a corpus.
 *
 * <p>Two articles are candidates when they are copies, or share at least {@value #MIN_SHARED}
 * specific names (people, organisations, places that are not countries or regions) that are rare
 * in the run (in at most {@value #MAX_SHARE} percent of its articles and never more than
 * {@value #MAX_POSTINGS}; in a small run of up to {@value #MIN_CAP} articles every name counts),
 * or at least {@value #MIN_WORDS} rare words of their title and lead (see {@link LeadKeywords}).
 * Two articles of one site need twice as many (site furniture repeats names and words on every
 * page). Candidate pairs are joined strongest first (most shared keys), and only while the story stays
 * bounded:
 * <ul>
 *   <li>in time: both publication days known and at most {@value #MAX_DAYS} days apart, and the
 *       story's dated articles spanning at most {@value #MAX_SPAN} days, so a chain of joins
 *       cannot stretch across months;</li>
 *   <li>undated articles: a pair with an undated article needs {@value #UNDATED_SHARED} shared
 *       keys, and an undated article joins one story at most once — it never bridges two;</li>
 *   <li>in strength: two stories of several articles each join only through a pair sharing more
 *       keys than the least that makes a pair, so a chain of weak links cannot grow;</li>
 *   <li>in size: a story holds at most {@value #MAX_STORY_SHARE} percent of the run's articles
 *       (at least {@value #MIN_STORY_CAP}), a guard against chains of weak links.</li>
 * </ul>
 * Candidates come from an inverted index, so the work grows with the number of shared keys, not
 * with the square of the articles. Deterministic for a given article order.
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
  private static final int MAX_POSTINGS = 60;
  /** A lead word in more articles than this is a topic, not a story ("انتحاري"). */
  private static final int MAX_WORD_POSTINGS = 40;
  private static final int MIN_CAP = 10;

  /** Article id → story number (0-based, in the order of {@code articles}). */
  Map<String, Integer> group(List<Article> articles, Map<String, Set<String>> names,
      Map<String, String> copies) {
    int n = articles.size();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(articles.get(i).id(), i);
    }
    Stories sets = new Stories(articles, Math.max(MIN_STORY_CAP, n * MAX_STORY_SHARE / 100));
    copies.forEach((copy, original) -> {
      if (index.containsKey(copy) && index.containsKey(original)) {
        sets.unionCopy(index.get(copy), index.get(original));
      }
    });
    int cap = nameCap(n);
    String[] sites = new String[n];
    for (int i = 0; i < n; i++) {
      Article a = articles.get(i);
      sites[i] = a.outlet() != null && !a.outlet().isBlank() ? a.outlet()
          : UrlOutlet.of(a.url()).orElse("#" + i);
    }
    List<long[]> pairs = new ArrayList<>();
    pairs(postings(articles, names), cap, MIN_SHARED, sites, pairs);
    int wordCap = Math.min(cap, MAX_WORD_POSTINGS);
    pairs(postings(articles, new LeadKeywords().of(articles, wordCap)), wordCap, MIN_WORDS,
        sites, pairs);
    pairs.sort((x, y) -> x[2] != y[2] ? Long.compare(y[2], x[2]) : x[0] != y[0]
        ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
    for (long[] p : pairs) {
      sets.tryUnion((int) p[0], (int) p[1], (int) p[2], (int) p[3]);
    }
    Map<Integer, Integer> numbers = new HashMap<>();
    Map<String, Integer> story = new HashMap<>();
    for (int i = 0; i < n; i++) {
      int root = sets.find(i);
      story.put(articles.get(i).id(), numbers.computeIfAbsent(root, r -> numbers.size()));
    }
    return story;
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
    Map<Long, Integer> shared = new HashMap<>();
    for (List<Integer> list : postings.values()) {
      if (list.size() < 2 || list.size() > cap) {
        continue;
      }
      for (int a = 0; a < list.size(); a++) {
        for (int b = a + 1; b < list.size(); b++) {
          shared.merge(((long) list.get(a) << 32) | list.get(b), 1, Integer::sum);
        }
      }
    }
    shared.forEach((pair, count) -> {
      int a = (int) (pair >>> 32);
      int b = (int) (long) pair;
      if (count >= (sites[a].equals(sites[b]) ? 2 * min : min)) {
        out.add(new long[] {a, b, count, min});
      }
    });
  }

  /**
   * Disjoint sets of articles that know their size and the span of their publication days;
   * the smaller index is always the root.
   */
  static final class Stories {
    private final int[] parent;
    private final int[] size;
    private final long[] first;
    private final long[] last;
    private final boolean[] undated;
    private final boolean[] joined;
    private final int maxSize;

    Stories(List<Article> articles, int maxSize) {
      int n = articles.size();
      parent = new int[n];
      size = new int[n];
      first = new long[n];
      last = new long[n];
      undated = new boolean[n];
      joined = new boolean[n];
      this.maxSize = maxSize;
      for (int i = 0; i < n; i++) {
        parent[i] = i;
        size[i] = 1;
        LocalDate d = articles.get(i).published().day().orElse(null);
        undated[i] = d == null;
        first[i] = d == null ? Long.MAX_VALUE : d.toEpochDay();
        last[i] = d == null ? Long.MIN_VALUE : d.toEpochDay();
      }
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    /** A copy always joins its original. */
    void unionCopy(int a, int b) {
      union(find(a), find(b));
      joined[a] = true;
      joined[b] = true;
    }

    /** Joins the stories of {@code a} and {@code b} if the result stays bounded. */
    void tryUnion(int a, int b, int shared, int min) {
      int ra = find(a);
      int rb = find(b);
      if (ra == rb) {
        return;
      }
      if (undated[a] || undated[b]) {
        boolean bridging = (undated[a] && joined[a]) || (undated[b] && joined[b]);
        if (shared < UNDATED_SHARED || bridging) {
          return;
        }
      } else if (Math.abs(first[a] - first[b]) > MAX_DAYS) {
        return;
      }
      if (size[ra] > 1 && size[rb] > 1 && shared <= min) {
        return;  // two stories join only on a link stronger than the weakest that built them
      }
      long from = Math.min(first[ra], first[rb]);
      long to = Math.max(last[ra], last[rb]);
      boolean spanOk = from == Long.MAX_VALUE || to - from <= MAX_SPAN;
      if (!spanOk || size[ra] + size[rb] > maxSize) {
        return;
      }
      union(ra, rb);
      joined[a] = true;
      joined[b] = true;
    }

    private void union(int ra, int rb) {
      if (ra == rb) {
        return;
      }
      int root = Math.min(ra, rb);
      int child = Math.max(ra, rb);
      parent[child] = root;
      size[root] += size[child];
      first[root] = Math.min(first[root], first[child]);
      last[root] = Math.max(last[root], last[child]);
    }
  }
}
