package org.isnad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.isnad.Isnad;
import org.isnad.ProgressListener;
import org.isnad.model.Analysis;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.Article;
import org.isnad.model.ArticleBuilder;
import org.isnad.model.Entity;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.model.Published;
import org.isnad.timeline.StorySteps;
import org.isnad.timeline.TimelineBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import scala.Tuple2;

/**
 * The story stages ({@link StoryStages}, local[2]) give the story numbers of the engine's own
 * path ({@link TimelineBuilder#stories}) for the same articles, linked entity mentions, entities
 * and copies: on the sample pages, on a synthetic run made here whose caps bite, in any input
 * order and partitioning; at bench size when {@code -Disnad.storyBench=FILE} names a corpus.
 */
class StoryStagesTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = AnalyzeJob.session(SparkSession.builder().appName("isnad story test"), "local[2]")
        .config("spark.sql.shuffle.partitions", "4").getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void theSamplePagesGetTheEnginesStoryNumbers() {
    StoryRun run = StoryRun.of(Isnad.with(2, Clock.systemUTC()).analyze(List.of("samples/seeds"),
        ProgressListener.NONE));
    TimelineBuilder.Stories engine = run.engine();
    assertEquals(6, engine.storyNumbers().size());
    assertSameNumbers(engine.storyNumbers(), stage(run, engine.copies(), 3));
  }

  /**
   * A synthetic run (see {@link #synthetic}): its stories as the engine groups them, the caps
   * biting (names and lead words over the caps, a matter larger than the size cap split), and
   * the stages' numbers equal to them with 2 and 5 partitions and in another input order.
   */
  @Test
  void aSyntheticRunWhoseCapsBiteGetsTheEnginesStoryNumbers() {
    StoryRun run = synthetic(20261207L);
    int n = run.articles().size();
    assertTrue(n >= 300, "articles " + n);
    TimelineBuilder.Stories engine = run.engine();
    Map<String, Integer> numbers = engine.storyNumbers();
    Map<Integer, Integer> sizes = new HashMap<>();
    numbers.values().forEach(s -> sizes.merge(s, 1, Integer::sum));
    long stories = sizes.values().stream().filter(size -> size >= 3).count();
    assertTrue(stories >= 20, "stories of three or more articles: " + stories);
    assertTrue(engine.copies().size() >= 10, "copies " + engine.copies().size());
    Set<Integer> big = new HashSet<>();
    numbers.forEach((id, s) -> {
      if (id.startsWith("big-")) {
        big.add(s);
      }
    });
    int largest = sizes.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    assertTrue(largest <= StorySteps.maxStory(n) && largest > StorySteps.maxStory(n) / 2,
        "largest story " + largest + " of a cap of " + StorySteps.maxStory(n));
    assertTrue(big.size() >= 2, "the large matter split by the size cap: " + big);
    System.out.printf(java.util.Locale.ROOT, "synthetic run: %d articles, %d stories (%d of three"
        + " or more), largest %d of a cap of %d, the large matter in %d stories, %d copies%n", n,
        sizes.size(), stories, largest, StorySteps.maxStory(n), big.size(),
        engine.copies().size());
    Set<Integer> alone = new HashSet<>();
    for (int i = 0; i < 10; i++) {
      alone.add(numbers.get("alone-" + i));
    }
    assertEquals(10, alone.size(), "an army and a region alone tie no two articles");
    StoryRun.Staged staged = run.staged(JavaSparkContext.fromSparkContext(
        spark.sparkContext()), engine.copies(), 2);
    assertSameNumbers(numbers, staged.numbers());
    assertTrue(staged.grouped().overCap() >= 5, "names over the cap "
        + staged.grouped().overCap());
    assertTrue(staged.grouped().largestPart() > StorySteps.maxStory(n),
        "the large matter's part " + staged.grouped().largestPart());
    StoryRun shuffled = run.shuffled(7L);
    assertEquals(numbers, shuffled.engine().storyNumbers());
    assertSameNumbers(numbers, stage(shuffled, engine.copies(), 5));
  }

  /**
   * At bench size: {@code cd spark && ../mvnw -q -B test -Dtest=StoryStagesTest
   * -Disnad.storyBench=/tmp/snn2k.jsonl} (within the tests' heap; larger runs:
   * {@code bench/spark/stories.sh}); prints the sizes and times.
   */
  @Test
  @EnabledIfSystemProperty(named = "isnad.storyBench", matches = ".+")
  void aBenchCorpusGetsTheEnginesStoryNumbers() {
    assertTrue(StoryBench.run(JavaSparkContext.fromSparkContext(spark.sparkContext()),
        System.getProperty("isnad.storyBench"), 4, System.out));
  }

  private static Map<String, Integer> stage(StoryRun run, Map<String, String> copies,
      int partitions) {
    return run.staged(JavaSparkContext.fromSparkContext(spark.sparkContext()), copies,
        partitions).numbers();
  }

  /** The numbers equal, or the count of articles whose numbers differ and the first ten. */
  private static void assertSameNumbers(Map<String, Integer> expected,
      Map<String, Integer> actual) {
    Map<String, String> differ = new TreeMap<>();
    expected.forEach((id, n) -> {
      if (!n.equals(actual.get(id))) {
        differ.put(id, n + " ≠ " + actual.get(id));
      }
    });
    assertEquals(expected.size(), actual.size(), "articles numbered");
    assertTrue(differ.isEmpty(), differ.size() + " articles differ: "
        + differ.entrySet().stream().limit(10).toList());
  }

  /** Letters a synthetic word is made of: none of them a clitic or article a stem drops. */
  private static final String LETTERS = "تثجحخدذرزسشصضطظعغقمنهي";

  private static String word(Random random) {
    StringBuilder w = new StringBuilder();
    int length = 5 + random.nextInt(3);
    for (int i = 0; i < length; i++) {
      w.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    }
    return w.toString();
  }

  /**
   * A run of about 350 articles over nine weeks: 28 matters of 4 to 14 articles, each with its
   * own names (people and organisations, 3 of 5 per article) and lead words (5 of 8 in the
   * title and lead), on 8 sites; a matter of 30 articles whose every pair shares names (40
   * people, each in 10 of them: the name cap), more than the size cap of a story; 5 names in
   * about a quarter of all articles and 3 words in every lead (over the caps); a broad name
   * (Syria); 40 articles of their own, ten of them sharing an army and a region (and the
 * region's word in their leads), which tie no two; about 8 % undated; 15 copies of other articles' texts
   * under other sites.
   */
  private static StoryRun synthetic(long seed) {
    Random random = new Random(seed);
    Synthetic run = new Synthetic(random);
    List<String> common = List.of(word(random), word(random), word(random));
    List<String> everywhere = List.of("common-0", "common-1", "common-2", "common-3",
        "common-4");
    everywhere.forEach(id -> run.entity(id, EntityType.ORG, word(random)));
    run.entity("syria", EntityType.PLACE, "سوريا");
    LocalDate start = LocalDate.of(2017, 1, 1);
    for (int s = 0; s < 28; s++) {
      List<String> names = new ArrayList<>();
      for (int k = 0; k < 5; k++) {
        String id = "s" + s + "-n" + k;
        run.entity(id, k < 3 ? EntityType.PERSON : EntityType.ORG, word(random) + " "
            + word(random));
        names.add(id);
      }
      List<String> words = new ArrayList<>();
      for (int k = 0; k < 8; k++) {
        words.add(word(random));
      }
      int size = 4 + random.nextInt(11);
      LocalDate base = start.plusDays(random.nextInt(60));
      for (int i = 0; i < size; i++) {
        List<String> mine = new ArrayList<>(pick(random, names, 3));
        if (random.nextInt(4) == 0) {
          mine.add(everywhere.get(random.nextInt(everywhere.size())));
        }
        if (random.nextInt(3) == 0) {
          mine.add("syria");
        }
        run.article("s" + s + "-a" + i, base.plusDays(random.nextInt(7)), mine,
            pick(random, words, 5), common);
      }
    }
    bigMatter(run, random, start.plusDays(30), common);
    List<String> regionWords = new ArrayList<>();
    for (int r = 0; r < 2; r++) {
      run.entity("army-" + r, EntityType.ORG, word(random) + " " + word(random));
      String region = word(random);
      regionWords.add(region);
      run.entity("region-" + r, EntityType.PLACE, word(random) + " " + region);
    }
    for (int i = 0; i < 40; i++) {
      List<String> mine = new ArrayList<>(List.of(everywhere.get(random.nextInt(5)),
          everywhere.get(random.nextInt(5))));
      List<String> lead = List.of();
      LocalDate day = start.plusDays(random.nextInt(63));
      if (i < 10) {
        // an army and a region, and the region's word in the lead: no key of another kind
        mine.addAll(List.of("army-" + i % 2, "region-" + i % 2));
        lead = List.of(regionWords.get(i % 2), word(random));
        day = start.plusDays(20 + random.nextInt(8));
      }
      run.article("alone-" + i, day, mine, lead, common);
    }
    run.copies(15);
    return run.run();
  }

  /**
   * 30 articles in one week, 40 people each named in 10 of them at random: every pair shares
   * names (about four), so only the size cap keeps them from one story.
   */
  private static void bigMatter(Synthetic run, Random random, LocalDate day,
      List<String> common) {
    List<List<String>> names = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      names.add(new ArrayList<>());
    }
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      all.add(i);
    }
    for (int k = 0; k < 40; k++) {
      String id = "big-n" + k;
      run.entity(id, EntityType.PERSON, word(random) + " " + word(random));
      for (int i : pick(random, all, 10)) {
        names.get(i).add(id);
      }
    }
    for (int i = 0; i < 30; i++) {
      run.article("big-" + i, day.plusDays(random.nextInt(5)), names.get(i), List.of(), common);
    }
  }

  private static <T> List<T> pick(Random random, List<T> from, int k) {
    List<T> copy = new ArrayList<>(from);
    Collections.shuffle(copy, random);
    return List.copyOf(copy.subList(0, Math.min(k, copy.size())));
  }

  /** A synthetic run being made. */
  private static final class Synthetic {
    private static final List<String> SITES = List.of("one.sa", "two.sa", "three.sa",
        "four.sa", "five.sa", "six.sa", "seven.sa", "eight.sa");
    private final Random random;
    private final Map<String, Entity> entities = new TreeMap<>();
    private final List<Article> articles = new ArrayList<>();
    private final List<EntityMention> mentions = new ArrayList<>();

    Synthetic(Random random) {
      this.random = random;
    }

    void entity(String id, EntityType type, String name) {
      entities.put(id, new Entity(id, type, name, List.of(), 1));
    }

    /**
     * An article: its title the first two of its lead words, its text the lead words, the
     * common words, 70 words of its own and then its names (after the lead); undated one time
     * in twelve.
     */
    void article(String id, LocalDate day, List<String> names, List<String> leadWords,
        List<String> common) {
      StringBuilder text = new StringBuilder();
      leadWords.forEach(w -> text.append(w).append(' '));
      common.forEach(w -> text.append(w).append(' '));
      for (int i = 0; i < 70; i++) {
        text.append(word(random)).append(i % 12 == 11 ? ". " : " ");
      }
      for (String name : names) {
        int at = text.length();
        String written = entities.get(name).name();
        text.append(written).append(' ');
        mentions.add(new EntityMention(id, at, at + written.length(), written,
            entities.get(name).type(), name));
      }
      String site = SITES.get(random.nextInt(SITES.size()));
      boolean undated = random.nextInt(12) == 0;
      articles.add(ArticleBuilder.text(text.toString().strip()).id(id).document("d-" + id)
          .title(leadWords.isEmpty() ? null : String.join(" ", leadWords.subList(0, 2)))
          .url("https://" + site + "/news/" + id)
          .published(undated ? Published.unknown()
              : Published.fromMetadata(day.toString(), "test")).build());
    }

    /** {@code k} copies of other articles, under other ids and sites, the same day. */
    void copies(int k) {
      for (int i = 0; i < k; i++) {
        Article original = articles.get(random.nextInt(articles.size()));
        String id = "copy-" + i;
        String site = SITES.get(random.nextInt(SITES.size()));
        articles.add(ArticleBuilder.text(original.text()).id(id).document("d-" + id)
            .title(original.title()).url("https://" + site + "/copy/" + id)
            .published(original.published()).build());
        List<EntityMention> copied = new ArrayList<>();
        mentions.stream().filter(m -> m.articleId().equals(original.id()))
            .forEach(m -> copied.add(new EntityMention(id, m.start(), m.end(), m.text(),
                m.type(), m.entityId())));
        mentions.addAll(copied);
      }
    }

    StoryRun run() {
      return new StoryRun(List.copyOf(articles), List.copyOf(mentions),
          List.copyOf(entities.values()));
    }
  }
}
