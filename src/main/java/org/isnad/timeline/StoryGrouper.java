package org.isnad.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.model.Article;

/**
 * Groups articles about the same matter. Two articles are in one story when they are copies, or
 * when they share at least {@value #MIN_SHARED} named things (people, organisations, places)
 * that are rare in the run (in at most {@value #MAX_SHARE} percent of its articles, so "سوريا"
 * in a large run about Syria links nothing; in a small run of up to {@value #MIN_CAP} articles
 * every name counts), or at least {@value #MIN_WORDS} rare words of their title and lead (see
 * {@link LeadKeywords}), and their publication dates, when both known, are at most
 * {@value #MAX_DAYS} days apart. Candidates come from an inverted index, so the work grows with
 * the number of shared names, not with the square of the articles.
 */
final class StoryGrouper {
  static final int MIN_SHARED = 2;
  static final int MIN_WORDS = 3;
  static final int MAX_SHARE = 20;
  static final int MAX_DAYS = 10;
  private static final int MAX_POSTINGS = 400;
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
    UnionFind sets = new UnionFind(n);
    copies.forEach((copy, original) -> {
      if (index.containsKey(copy) && index.containsKey(original)) {
        sets.union(index.get(copy), index.get(original));
      }
    });
    int cap = Math.max(MIN_CAP, Math.min(MAX_POSTINGS, n * MAX_SHARE / 100));
    link(articles, postings(articles, names), cap, MIN_SHARED, sets);
    int wordCap = Math.min(cap, MAX_WORD_POSTINGS);
    link(articles, postings(articles, new LeadKeywords().of(articles, wordCap)), wordCap,
        MIN_WORDS, sets);
    Map<Integer, Integer> numbers = new HashMap<>();
    Map<String, Integer> story = new HashMap<>();
    for (int i = 0; i < n; i++) {
      int root = sets.find(i);
      story.put(articles.get(i).id(), numbers.computeIfAbsent(root, r -> numbers.size()));
    }
    return story;
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

  /** Joins the articles close in time that share at least {@code min} keys of the postings. */
  private static void link(List<Article> articles, Map<String, List<Integer>> postings, int cap,
      int min, UnionFind sets) {
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
      if (count >= min && closeInTime(articles.get(a), articles.get(b))) {
        sets.union(a, b);
      }
    });
  }

  private static boolean closeInTime(Article a, Article b) {
    LocalDate da = day(a.published().value());
    LocalDate db = day(b.published().value());
    return da == null || db == null || Math.abs(da.toEpochDay() - db.toEpochDay()) <= MAX_DAYS;
  }

  static LocalDate day(String value) {
    if (value == null || value.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Disjoint sets with path halving; the smaller index is always the root. */
  static final class UnionFind {
    private final int[] parent;

    UnionFind(int n) {
      parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra != rb) {
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }
  }
}
