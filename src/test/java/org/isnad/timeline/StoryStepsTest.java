package org.isnad.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.isnad.model.Article;
import org.isnad.model.ArticleBuilder;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.model.EventMention;
import org.isnad.model.Modality;
import org.isnad.model.Published;
import org.isnad.model.Timeline;
import org.isnad.model.WhenBasis;
import org.junit.jupiter.api.Test;

/**
 * The story grouping's steps run apart ({@link StorySteps}) and story numbers given from
 * outside ({@link TimelineBuilder#stories(List, List, List, Map)}).
 */
class StoryStepsTest {
  private static final String SENTENCE = "غادر الأسد دمشق إلى موسكو";

  private static Article article(String id, String outlet, String day, String text) {
    return ArticleBuilder.text(text).id(id).document("d-" + id).title("عنوان " + id)
        .outlet(outlet).published(Published.fromMetadata(day, "test")).build();
  }

  private static EventMention depart(String article, String when) {
    return new EventMention(article + "-e1", article, "DEPART", "غادر", 0, 4, 0,
        SENTENCE.length(), SENTENCE, Modality.ASSERTED, when, null,
        when == null ? null : WhenBasis.SENTENCE, List.of("assad"), List.of("damascus", "moscow"),
        null, null);
  }

  private static List<EntityMention> names(String article) {
    return List.of(new EntityMention(article, 5, 10, "الأسد", EntityType.PERSON, "assad"),
        new EntityMention(article, 11, 15, "مملوك", EntityType.PERSON, "mamlouk"),
        new EntityMention(article, 20, 25, "موسكو", EntityType.PLACE, "moscow"));
  }

  /** Two stories of two articles each (a copy and two articles of shared names), a month apart. */
  private static TimelineBuilder.Input input() {
    String story = SENTENCE + " يوم السبت بعد أن سيطرت فصائل المعارضة على مدن حلب وحماة وحمص"
        + " ثم دخلت العاصمة فجراً وسط احتفالات في الساحات العامة وفق مراسلين ومصادر محلية.";
    List<Article> articles = List.of(article("a", "نيوز 1", "2024-12-08", story),
        article("b", "نيوز 2", "2024-12-08", "(رويترز) " + story),
        article("c", "نيوز 3", "2025-01-20", SENTENCE + " في الشهر الماضي."),
        article("d", "نيوز 4", "2025-01-21", SENTENCE + " كما قيل."));
    List<EventMention> mentions = List.of(depart("a", "2024-12-08"), depart("b", "2024-12-08"),
        depart("c", null), depart("d", null));
    List<EntityMention> names = articles.stream().flatMap(a -> names(a.id()).stream()).toList();
    return new TimelineBuilder.Input(articles, mentions, List.of(), names, List.of());
  }

  @Test
  void storyNumbersGivenAsTheGroupersGiveItsTimeline() {
    TimelineBuilder.Input input = input();
    TimelineBuilder builder = new TimelineBuilder();
    TimelineBuilder.Stories read = builder.stories(input.articles(), input.entityMentions(),
        input.entities());
    assertEquals(Map.of("a", 0, "b", 0, "c", 1, "d", 1), read.storyNumbers());
    TimelineBuilder.Stories given = builder.stories(input.articles(), input.entityMentions(),
        input.entities(), new HashMap<>(read.storyNumbers()));
    Timeline timeline = builder.build(given, input);
    assertEquals(builder.build(input), timeline);
    assertEquals(2, timeline.stories().size());
  }

  @Test
  void otherStoryNumbersGiveOtherStories() {
    TimelineBuilder.Input input = input();
    TimelineBuilder builder = new TimelineBuilder();
    TimelineBuilder.Stories given = builder.stories(input.articles(), input.entityMentions(),
        input.entities(), Map.of("a", 0, "b", 1, "c", 2, "d", 2));
    Timeline timeline = builder.build(given, input);
    assertEquals(3, timeline.stories().size());
    assertNotEquals(builder.build(input), timeline);
  }

  @Test
  void anArticleWithoutAGivenNumberIsRefused() {
    TimelineBuilder.Input input = input();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TimelineBuilder().stories(input.articles(), input.entityMentions(),
            input.entities(), Map.of("a", 0, "b", 0, "c", 1)));
    assertTrue(e.getMessage().contains("d"), e.getMessage());
  }

  /**
   * The unions over each connected part of random links and copies (fixed seed) are the unions
   * over the whole run: the grouper's work splits by connected part when the size cap is the
   * run's.
   */
  @Test
  void unionsOverEachConnectedPartAreTheUnionsOverTheRun() {
    Random random = new Random(20261207L);
    for (int round = 0; round < 50; round++) {
      int n = 40 + random.nextInt(80);
      String[] ids = new String[n];
      long[] days = new long[n];
      for (int i = 0; i < n; i++) {
        ids[i] = Integer.toString(random.nextInt(1_000_000), 36) + "-" + i;
        days[i] = random.nextInt(8) == 0 ? StorySteps.UNDATED : 20_000 + random.nextInt(40);
      }
      List<long[]> links = new ArrayList<>();
      for (int k = 0; k < 2 * n; k++) {
        int a = random.nextInt(n);
        int b = random.nextInt(n);
        int shared = 2 + random.nextInt(4);
        if (a != b && StorySteps.linkable(days[a], days[b], shared)) {
          links.add(new long[] {Math.min(a, b), Math.max(a, b), shared,
              random.nextBoolean() ? StorySteps.MIN_NAMES : StorySteps.MIN_WORDS});
        }
      }
      List<int[]> copies = new ArrayList<>();
      for (int k = 0; k < n / 10; k++) {
        copies.add(new int[] {random.nextInt(n), random.nextInt(n)});
      }
      int maxSize = 3 + random.nextInt(8);
      int[] whole = StorySteps.roots(ids, days, maxSize, copies, copyOf(links));
      assertArrayEquals(whole, byParts(ids, days, maxSize, copies, links), "round " + round);
      assertTrue(Arrays.stream(whole).distinct().count() < n, "some unions");
    }
  }

  /** {@link StorySteps#roots} over each connected part of the links and copies, put together. */
  private static int[] byParts(String[] ids, long[] days, int maxSize, List<int[]> copies,
      List<long[]> links) {
    int n = ids.length;
    int[] part = new int[n];
    Arrays.setAll(part, i -> i);
    links.forEach(l -> join(part, (int) l[0], (int) l[1]));
    copies.forEach(c -> join(part, c[0], c[1]));
    Map<Integer, List<Integer>> parts = new HashMap<>();
    for (int i = 0; i < n; i++) {
      parts.computeIfAbsent(top(part, i), k -> new ArrayList<>()).add(i);
    }
    int[] roots = new int[n];
    for (List<Integer> members : parts.values()) {
      Map<Integer, Integer> local = new HashMap<>();
      members.forEach(m -> local.put(m, local.size()));
      String[] partIds = members.stream().map(m -> ids[m]).toArray(String[]::new);
      long[] partDays = members.stream().mapToLong(m -> days[m]).toArray();
      List<long[]> partLinks = new ArrayList<>();
      links.stream().filter(l -> local.containsKey((int) l[0])).forEach(l -> partLinks.add(
          new long[] {local.get((int) l[0]), local.get((int) l[1]), l[2], l[3]}));
      List<int[]> partCopies = new ArrayList<>();
      copies.stream().filter(c -> local.containsKey(c[0]))
          .forEach(c -> partCopies.add(new int[] {local.get(c[0]), local.get(c[1])}));
      int[] r = StorySteps.roots(partIds, partDays, maxSize, partCopies, partLinks);
      for (int i = 0; i < r.length; i++) {
        roots[members.get(i)] = members.get(r[i]);
      }
    }
    return roots;
  }

  private static List<long[]> copyOf(List<long[]> links) {
    List<long[]> copy = new ArrayList<>();
    links.forEach(l -> copy.add(l.clone()));
    return copy;
  }

  private static void join(int[] part, int a, int b) {
    part[top(part, a)] = top(part, b);
  }

  private static int top(int[] part, int i) {
    while (part[i] != i) {
      i = part[i];
    }
    return i;
  }
}
