package org.isnad.timeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The names that cannot tie two reports of a story on their own: the broad ones (countries,
 * regions), the frequent ones (in more articles of the run than a story's name may be, see
 * {@link StoryGrouper#nameCap}: "الحوثيين" in Yemen's daily news, a football club all season)
 * and the story's protagonist, the person or organisation found in the most of its
 * articles when that is
 * at least half of them and the story has {@value #MIN_ARTICLES} articles or more ("الأسد" in a
 * story about Assad's fall: "طلب الأسد" is many requests). Ties are all protagonists. Immutable.
 */
final class Protagonists {
  static final int MIN_ARTICLES = 3;
  private final Map<Integer, Set<String>> byStory = new HashMap<>();
  private final BroadNames broad;
  private final Set<String> frequent = new HashSet<>();

  /**
   * @param storyOf article id → story number
   * @param names article id → its specific names (broad ones already left out)
   */
  Protagonists(Map<String, Integer> storyOf, Map<String, Set<String>> names, BroadNames broad,
      Set<String> places) {
    this.broad = broad;
    Map<String, Integer> postings = new HashMap<>();
    names.values().forEach(set -> set.forEach(n -> postings.merge(n, 1, Integer::sum)));
    postings.forEach((name, n) -> {
      if (frequent(n, storyOf.size())) {
        frequent.add(name);
      }
    });
    Map<Integer, Map<String, Integer>> counts = new HashMap<>();
    Map<Integer, Integer> sizes = new HashMap<>();
    storyOf.forEach((article, story) -> {
      sizes.merge(story, 1, Integer::sum);
      Map<String, Integer> c = counts.computeIfAbsent(story, k -> new HashMap<>());
      names.getOrDefault(article, Set.of()).stream().filter(n -> !places.contains(n))
          .forEach(n -> c.merge(n, 1, Integer::sum));
    });
    counts.forEach((story, c) -> byStory.put(story, top(c, sizes.get(story))));
  }

  /**
   * The names of a run read already: {@code frequent} those {@link #frequent} in the run,
   * {@code byStory} each story's {@link #top} (a story not there has none).
   */
  Protagonists(BroadNames broad, Set<String> frequent, Map<Integer, Set<String>> byStory) {
    this.broad = broad;
    this.frequent.addAll(frequent);
    this.byStory.putAll(byStory);
  }

  /** Whether a name in {@code articles} articles of a run of {@code runArticles} is frequent. */
  static boolean frequent(int articles, int runArticles) {
    return articles > StoryGrouper.nameCap(runArticles);
  }

  /**
   * The protagonists of a story of {@code size} articles, {@code counts} giving in how many of
   * them each of its specific names that is never a place is found.
   */
  static Set<String> top(Map<String, Integer> counts, int size) {
    int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    Set<String> top = new HashSet<>();
    if (size >= MIN_ARTICLES && 2 * max >= size) {
      counts.forEach((name, n) -> {
        if (n == max) {
          top.add(name);
        }
      });
    }
    return Set.copyOf(top);
  }

  /** Whether {@code entityId} says nothing specific in story {@code story}. */
  boolean nonSpecific(int story, String entityId) {
    return broad.contains(entityId) || frequent.contains(entityId)
        || byStory.getOrDefault(story, Set.of()).contains(entityId);
  }
}
