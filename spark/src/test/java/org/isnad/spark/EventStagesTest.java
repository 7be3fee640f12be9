package org.isnad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.isnad.Isnad;
import org.isnad.ProgressListener;
import org.isnad.model.Analysis;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.Article;
import org.isnad.model.ConflictField;
import org.isnad.model.EntityMention;
import org.isnad.model.Event;
import org.isnad.model.EventMention;
import org.isnad.model.Quote;
import org.isnad.model.Timeline;
import org.isnad.timeline.EventBlocks;
import org.isnad.timeline.TimelineBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The events of {@link EventStages} (local[2]) are the events {@link TimelineBuilder#build}
 * gives for the same inputs (same records, same order): on the sample pages, on a synthetic
 * corpus made here (several hundred articles, reports of several types and modalities, shared
 * names, one event told with two dates, relays, copies, a block of more than 200 events), and
 * with the articles shuffled. At bench size with {@code -Disnad.events.bench=/tmp/snn2k.jsonl}
 * (skipped without it).
 */
class EventStagesTest {
  private static SparkSession spark;
  @TempDir Path dir;

  @BeforeAll
  static void start() {
    spark = AnalyzeJob.session(SparkSession.builder().appName("isnad events test"), "local[2]")
        .config("spark.sql.shuffle.partitions", "4").getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void theSamplePagesGiveTheEnginesEvents() {
    Case c = Case.of(List.of("samples/seeds"));
    assertTrue(c.engine().events().size() > 50, "the seeds' events");
    assertEquals(c.engine().events(), stages(c, false, 3));
    assertEquals(c.engine().events(), stages(c, true, 2));
  }

  @Test
  void aSyntheticCorpusGivesTheEnginesEvents() throws IOException {
    Path corpus = dir.resolve("events.jsonl");
    Files.write(corpus, Synthetic.lines(20261207L, 150));
    Case c = Case.of(List.of(corpus.toString()));
    List<Event> events = c.engine().events();
    assertTrue(c.articles().size() >= 300, "articles " + c.articles().size());
    Map<String, Long> blocks = events.stream().collect(Collectors.groupingBy(
        e -> e.type() + "|" + e.modality(), Collectors.counting()));
    assertTrue(blocks.size() >= 4, "blocks " + blocks);
    assertTrue(blocks.values().stream().anyMatch(n -> n > 200), "a block past the postings cap "
        + blocks);
    assertTrue(events.stream().anyMatch(e -> e.conflicts().stream()
        .anyMatch(x -> x.field() == ConflictField.DATE)), "a date conflict");
    assertTrue(c.engine().copies().size() >= 10, "copies " + c.engine().copies().size());
    assertTrue(events.stream().anyMatch(e -> e.independent() >= 2), "corroborated");
    assertTrue(events.stream().anyMatch(e -> e.reports().size() > e.independent()),
        "reports grouped by source");
    assertEquals(events, stages(c, false, 4));
    assertEquals(events, stages(c, true, 3));
  }

  @Test
  void atBenchSizeTheEventsAreTheEngines() {
    String bench = System.getProperty("isnad.events.bench");
    org.junit.jupiter.api.Assumptions.assumeTrue(bench != null && Files.exists(Path.of(bench)),
        "no -Disnad.events.bench file");
    assertTrue(bench(JavaSparkContext.fromSparkContext(spark.sparkContext()), bench, 4));
  }

  /**
   * The engine and the stages on {@code input}: prints the sizes, the largest block and the
   * times; whether the events are equal.
   */
  static boolean bench(JavaSparkContext context, String input, int partitions) {
    long start = System.nanoTime();
    Case c = Case.of(List.of(input));
    long engine = System.nanoTime();
    List<Event> events = stages(context, c, true, partitions);
    long stage = System.nanoTime();
    Map<String, Long> blocks = c.reports().stream().collect(Collectors.groupingBy(
        EventBlocks::key, Collectors.counting()));
    Map.Entry<String, Long> largest = Collections.max(blocks.entrySet(),
        Map.Entry.comparingByValue());
    System.out.printf(java.util.Locale.ROOT, "bench %s: %d articles, %d reports, %d events, "
        + "%d blocks, largest %s with %d reports; engine analyze and rebuild %.1f s (of it "
        + "TimelineBuilder.build of the events %.1f s), event stages (%d partitions) %.1f s%n",
        input, c.articles().size(), c.reports().size(), c.engine().events().size(),
        blocks.size(), largest.getKey(), largest.getValue(), (engine - start) / 1e9,
        c.buildNanos() / 1e9, partitions, (stage - engine) / 1e9);
    boolean equal = c.engine().events().equals(events);
    System.out.println("bench " + input + ": events equal " + equal);
    return equal;
  }

  private static List<Event> stages(Case c, boolean shuffled, int partitions) {
    return stages(JavaSparkContext.fromSparkContext(spark.sparkContext()), c, shuffled,
        partitions);
  }

  /** The stage's events, in its order, of the case's articles (shuffled or not). */
  static List<Event> stages(JavaSparkContext context, Case c, boolean shuffled,
      int partitions) {
    List<EventStages.ArticleInput> inputs = new ArrayList<>();
    for (AnnotatedArticle a : c.articles()) {
      inputs.add(EventStages.ArticleInput.of(a.article(), a.events(), a.quotes(),
          a.mentions()));
    }
    if (shuffled) {
      Collections.shuffle(inputs, new Random(7));
    }
    EventStages.Run run = new EventStages.Run(c.analysis().entities(), c.stories()
        .storyNumbers(), c.stories().ranks(), c.stories().copies(),
        TimelineBuilder.storyIds(c.stories().storyNumbers()));
    return new EventStages(context, partitions).events(context.parallelize(inputs, partitions),
        run).collect().stream().map(EventStages.Ordered::event).toList();
  }

  /**
   * A run of the engine ({@code isnad analyze}) and its timeline built again by
   * {@link TimelineBuilder} from the analysis' linked articles: the engine's events for the
   * inputs the stage is given.
   */
  record Case(Analysis analysis, List<AnnotatedArticle> articles,
      TimelineBuilder.Stories stories, Timeline engine, long buildNanos) {
    static Case of(List<String> inputs) {
      Analysis analysis = Isnad.with(2, Clock.systemUTC()).analyze(inputs,
          ProgressListener.NONE);
      List<AnnotatedArticle> linked = analysis.annotated().stream()
          .flatMap(d -> d.articles().stream()).toList();
      List<Article> articles = linked.stream().map(AnnotatedArticle::article).toList();
      List<EntityMention> mentions = linked.stream().flatMap(a -> a.mentions().stream())
          .toList();
      List<EventMention> reports = linked.stream().flatMap(a -> a.events().stream()).toList();
      List<Quote> quotes = linked.stream().flatMap(a -> a.quotes().stream()).toList();
      TimelineBuilder builder = new TimelineBuilder();
      TimelineBuilder.Stories stories = builder.stories(articles, mentions,
          analysis.entities());
      long start = System.nanoTime();
      Timeline engine = builder.build(stories, new TimelineBuilder.Input(articles, reports,
          quotes, mentions, analysis.entities()));
      long built = System.nanoTime() - start;
      // the analysis' own timeline: the inputs are the ones its linking read
      assertEquals(analysis.timeline().events(), engine.events());
      return new Case(analysis, linked, stories, engine, built);
    }

    List<EventMention> reports() {
      return articles.stream().flatMap(a -> a.events().stream()).toList();
    }
  }

  /**
   * Synthetic Arabic news as JSONL: {@code groups} meetings, each told by two or three articles
   * of other outlets on the same day (one of them a day later: a date conflict), relayed from an
   * agency in some; every article also reports a car bomb on its own day (one block of many
   * events sharing its words), some a visit denied or a departure planned; some articles
   * copied by another outlet with a line added. Deterministic for a seed.
   */
  static final class Synthetic {
    private static final String[] FIRST = {"أحمد", "خالد", "سامي", "فادي", "ماجد", "نبيل",
        "وليد", "طارق", "هشام", "عادل", "رامي", "باسل", "منير", "جمال", "كمال", "يوسف"};
    private static final String[] FAMILY = {"الحسيني", "العطار", "الخطيب", "النجار", "الشامي",
        "الحلبي", "الزعبي", "القاسم", "الدباغ", "الصباغ", "الكردي", "السعدي", "البزاز",
        "الجبوري", "التميمي", "العبيدي"};
    private static final String[] CITIES = {"بيروت", "دمشق", "بغداد", "عمان", "القاهرة",
        "الرياض", "جدة", "الدوحة", "الكويت", "مسقط", "تونس", "الجزائر", "الرباط", "طرابلس",
        "الخرطوم", "صنعاء", "عدن", "حلب", "حمص", "الموصل", "البصرة", "أربيل", "إدلب", "درعا"};
    /** Towns of one group each: a place name specific to the event. */
    private static final String[] TOWNS = {"منبج", "القامشلي", "عفرين", "الرقة", "دير الزور",
        "البوكمال", "الميادين", "تدمر", "السويداء", "القنيطرة", "طرطوس", "اللاذقية", "بانياس",
        "جبلة", "دوما", "حرستا", "الزبداني", "يبرود", "النبك", "سلمية", "مصياف", "السفيرة",
        "الباب", "اعزاز", "جرابلس", "الحسكة", "معرة النعمان", "جسر الشغور", "تل أبيض", "رأس العين"};
    private static final String[] MONTHS = {"يناير", "فبراير", "مارس", "أبريل", "مايو",
        "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
    private static final String[] AGENCIES = {"نقلاً عن رويترز", "نقلاً عن وكالة فرانس برس",
        "بحسب وكالة رويترز", "وفق ما أفادت وكالة أسوشيتد برس"};
    private static final String[] FILLER = ("وأكد مصدر مطلع أن المفاوضات بين الطرفين ستستأنف"
        + " الأسبوع المقبل وسط ترقب إقليمي ودولي لنتائجها وقال مراقبون إن الملفات العالقة تشمل"
        + " الحدود والمياه والتجارة والطاقة والنازحين وإعادة الإعمار والتعاون الأمني").split(" ");
    private static final String[] OUTLETS = {"alriyadh", "okaz", "aawsat", "alyaum", "sabq",
        "alwatan", "almadina", "aleqt"};

    private Synthetic() {}

    static List<String> lines(long seed, int groups) {
      Random random = new Random(seed);
      ObjectMapper json = new ObjectMapper();
      List<String> lines = new ArrayList<>();
      java.time.LocalDate base = java.time.LocalDate.of(2024, 1, 1);
      for (int g = 0; g < groups; g++) {
        // one group in five is told by two articles in a town of its own, the second a day late
        boolean contested = g % 5 == 0;
        String[] names = {person(random), person(random)};
        String city = contested ? TOWNS[g / 5 % TOWNS.length]
            : CITIES[random.nextInt(CITIES.length)];
        java.time.LocalDate day = base.plusDays(g);
        int tellers = contested ? 2 : 2 + random.nextInt(2);
        for (int t = 0; t < tellers; t++) {
          java.time.LocalDate told = t == 1 && contested ? day.plusDays(1) : day;
          String text = article(random, names, city, told, base.plusDays(3 * g + t), g, t);
          String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
          lines.add(line(json, "http://example.org/" + g + "/" + t, text, day.plusDays(1),
              outlet));
          if (!contested && random.nextInt(5) == 0) {
            String copy = text + "\n\n" + filler(random, 8) + ".";
            lines.add(line(json, "http://example.net/" + g + "/" + t, copy, day.plusDays(2),
                OUTLETS[(java.util.Arrays.asList(OUTLETS).indexOf(outlet) + 1)
                    % OUTLETS.length]));
          }
        }
      }
      Collections.shuffle(lines, random);
      return lines;
    }

    /** One teller's article: its own wording of the meeting, a bombing and one more report. */
    private static String article(Random random, String[] names, String city,
        java.time.LocalDate day, java.time.LocalDate bomb, int g, int t) {
      String a = names[0];
      String b = names[1];
      String with = "";
      StringBuilder text = new StringBuilder();
      switch (t) {
        case 0 -> text.append(city).append(" - التقى وزير الخارجية ").append(a)
            .append(" نظيره ").append(b).append(" في ").append(city).append(" يوم ")
            .append(date(day)).append(with);
        case 1 -> text.append("استقبل ").append(a).append(" في ").append(city).append(" يوم ")
            .append(date(day)).append(" ضيفه ").append(b).append(with)
            .append(" وبحثا ملفات التعاون الثنائي والتطورات الإقليمية");
        default -> text.append("اجتمع ").append(a).append(" مع ").append(b).append(" في ")
            .append(city).append(" يوم ").append(date(day))
            .append(" بحضور عدد من كبار المسؤولين في البلدين");
      }
      if (random.nextBoolean()) {
        text.append("، ").append(AGENCIES[random.nextInt(AGENCIES.length)]);
      }
      text.append(".\n\n").append(t == 0 ? "وقال " + a + " إن المحادثات كانت مثمرة وبناءة."
          : "وأوضح " + b + " أن الجانبين اتفقا على مواصلة التنسيق.").append("\n\n");
      String where = CITIES[random.nextInt(CITIES.length)];
      text.append("وفي سياق آخر انفجرت سيارة مفخخة في ").append(where).append(" يوم ")
          .append(date(bomb)).append(" وقتل ").append(2 + random.nextInt(9))
          .append(" أشخاص.\n\n");
      switch ((g + t) % 4) {
        case 0 -> text.append("ولم يطلب ").append(b).append(" اللجوء في ").append(city)
            .append(".\n\n");
        case 1 -> text.append("وكان ").append(a).append(" على وشك مغادرة ").append(city)
            .append(" قبل اللقاء.\n\n");
        case 2 -> text.append("واعتقلت قوات الأمن ثلاثة مشتبه بهم في ").append(where)
            .append(" يوم ").append(date(bomb)).append(".\n\n");
        default -> { }
      }
      return text.append(filler(random, 40)).append('.').toString();
    }

    private static String person(Random random) {
      return FIRST[random.nextInt(FIRST.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
    }

    private static String date(java.time.LocalDate d) {
      return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    private static String filler(Random random, int count) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < count; i++) {
        b.append(i > 0 ? " " : "").append(FILLER[random.nextInt(FILLER.length)]);
      }
      return b.toString();
    }

    private static String line(ObjectMapper json, String url, String text,
        java.time.LocalDate published, String outlet) {
      ObjectNode line = json.createObjectNode();
      line.put("url", url);
      line.put("title", text.substring(0, Math.min(40, text.indexOf(" - ") + 30)));
      line.put("text", text);
      line.put("published", published + " 10:00:00");
      line.put("outlet", outlet);
      return line.toString();
    }
  }
}
