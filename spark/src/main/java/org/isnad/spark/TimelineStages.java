package org.isnad.spark;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.AnnotatedDocument;
import org.isnad.model.Article;
import org.isnad.model.Basis;
import org.isnad.model.Event;
import org.isnad.model.Published;
import org.isnad.model.Skipped;
import org.isnad.model.Story;
import org.isnad.timeline.CorpusDating;
import org.isnad.timeline.StorySteps;
import org.isnad.timeline.TimelineBuilder;
import scala.Tuple2;

/**
 * The timeline of a linked run as Spark stages, and the run's contract:
 * <ol>
 *   <li>copies: the groups of the pairs the executors found to be copies ({@link CopyGroups});
 *   <li>stories by name and lead-word keys ({@link StoryStages});
 *   <li>events, their sources and conflicts, by block ({@link EventStages});
 *   <li>corpus dates: each event read alone on the executors
 *       ({@link CorpusDating#datings}), each undated article's latest bound kept by a reduce;
 *   <li>stories listed: each story's articles, title and events gathered by story id;
 *   <li>each document finished with its articles' stories, originals and corpus dates, kept in
 *       the run's order on the executors for the contract ({@link RunContract}).
 * </ol>
 * What reaches the driver: the copies, each article's story number and place in the run's
 * order (small values, broadcast to the event stages), the ids of undated articles and their
 * corpus dates; never an article, a report or an event (those are read a partition at a time
 * when the contract is written).
 */
final class TimelineStages {
  private TimelineStages() {}

  /** One article of a story: its key in the run's order, id and title. */
  record Member(String runKey, String id, String title) implements Serializable {}

  /** What each document is finished with, broadcast. */
  record Finishing(Map<String, String> storyOf, Map<String, String> copies,
      Map<String, Published> published) {}

  /** The linked run's contract. */
  static RunContract contract(LinkStages.Linked linked, List<Skipped> skipped,
      List<CopyChecks.Verdict> verdicts, Instant generatedAt, JavaSparkContext spark,
      int partitions) {
    JavaRDD<LinkStages.Placed> docs = linked.documents();
    // read once for the copies' originals and the run's order, each reading every document
    JavaPairRDD<String, String> dateKeys = LinkStages.dateKeys(docs)
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    Map<String, String> copies = CopyGroups.of(verdicts, dateKeys, spark);
    Map<String, Integer> numbers = storyNumbers(linked, copies, spark, partitions);
    Map<Integer, String> storyIds = TimelineBuilder.storyIds(numbers);
    Map<String, Integer> ranks = ranks(dateKeys, partitions);
    dateKeys.unpersist();
    JavaRDD<EventStages.Ordered> events = new EventStages(spark, partitions).events(
        docs.flatMap(p -> articles(p).stream().map(a -> EventStages.ArticleInput.of(
            a.article(), a.events(), a.quotes(), a.mentions())).iterator()),
        new EventStages.Run(linked.entities(), numbers, ranks, copies, storyIds));
    ranks.clear();
    Map<String, String> storyOf = new java.util.HashMap<>(2 * numbers.size());
    numbers.forEach((article, n) -> storyOf.put(article, storyIds.get(n)));
    Map<String, Published> published = corpusDates(docs, events, spark, partitions);
    Finishing values = new Finishing(storyOf, copies, published);
    Broadcast<byte[]> finishing = spark.broadcast(ModelCodec.write(values));
    JavaRDD<RunContract.Finished> documents = docs
        .mapPartitions(rows -> {
          Finishing finish = Broadcasts.decoded(finishing, Finishing.class, f -> f);
          List<RunContract.Finished> out = new ArrayList<>();
          rows.forEachRemaining(p -> out.add(finished(p, finish)));
          return out.iterator();
        })
        .sortBy(RunContract.Finished::order, true, partitions)
        .persist(StorageLevel.DISK_ONLY());
    documents.count();
    JavaRDD<byte[]> stories = stories(documents, events, numbers, partitions);
    return new RunContract(generatedAt, documents, skipped, linked.entities(),
        () -> RunContract.mapped(events.toLocalIterator(), e -> List.of(e.event())),
        () -> RunContract.mapped(stories.toLocalIterator(),
            json -> List.of(ModelCodec.read(json, Story.class))),
        () -> {
          events.unpersist();
          stories.unpersist();
        }, values);
  }

  private static List<AnnotatedArticle> articles(LinkStages.Placed p) {
    return ModelCodec.read(p.json(), AnnotatedDocument.class).articles();
  }

  /** Each article's story number, from the story stages. */
  private static Map<String, Integer> storyNumbers(LinkStages.Linked linked,
      Map<String, String> copies, JavaSparkContext spark, int partitions) {
    Broadcast<Set<String>> broad = spark.broadcast(
        new HashSet<>(StorySteps.broadIds(linked.entities())));
    JavaRDD<StoryInput> inputs = linked.documents().flatMap(p -> articles(p).stream()
        .map(a -> StoryInput.of(a.article(), a.mentions(), broad.value())).iterator());
    StoryStages.Grouped grouped = StoryStages.numbers(inputs,
        StoryStages.entities(spark, linked.entities()), copies, partitions);
    Map<String, Integer> numbers = new java.util.HashMap<>(grouped.numbers().collectAsMap());
    grouped.numbers().unpersist();
    broad.destroy();
    return numbers;
  }

  /** Each article's place in the run's order (date key, then id), from id → date key. */
  private static Map<String, Integer> ranks(JavaPairRDD<String, String> dateKeys,
      int partitions) {
    List<String> sorted = dateKeys
        .mapToPair(t -> new Tuple2<>(t._2() + '\u0000' + t._1(), t._1()))
        .sortByKey(true, partitions).values().collect();
    Map<String, Integer> ranks = new java.util.HashMap<>(2 * sorted.size());
    sorted.forEach(id -> ranks.put(id, ranks.size()));
    return ranks;
  }

  /**
   * Article id → the publication date the corpus implies, for undated articles: each event
   * read alone, in the run's order of events; of an article's bounds the latest, of equal ones
   * the first event's ({@link CorpusDating#later}).
   */
  private static Map<String, Published> corpusDates(JavaRDD<LinkStages.Placed> docs,
      JavaRDD<EventStages.Ordered> events, JavaSparkContext spark, int partitions) {
    Set<String> undated = new HashSet<>(docs.flatMap(p -> articles(p).stream()
        .filter(a -> a.article().published().basis() == Basis.NONE)
        .map(AnnotatedArticle::id).iterator()).collect());
    if (undated.isEmpty()) {
      return Map.of();
    }
    Broadcast<Set<String>> without = spark.broadcast(undated);
    JavaPairRDD<String, Tuple2<Long, byte[]>> bounds = events.zipWithIndex()
        .flatMapToPair(t -> {
          List<Tuple2<String, Tuple2<Long, byte[]>>> out = new ArrayList<>();
          CorpusDating.datings(t._1().event(), without.value()::contains).forEach((a, p) ->
              out.add(new Tuple2<>(a, new Tuple2<>(t._2(), ModelCodec.write(p)))));
          return out.iterator();
        });
    Map<String, Published> out = new java.util.TreeMap<>();
    bounds.reduceByKey(TimelineStages::kept, partitions).collectAsMap().forEach((article, b) ->
        out.put(article, ModelCodec.read(b._2(), Published.class)));
    without.destroy();
    return out;
  }

  /** Of two bounds of one article (event index, bound), the one the run keeps. */
  private static Tuple2<Long, byte[]> kept(Tuple2<Long, byte[]> a, Tuple2<Long, byte[]> b) {
    Tuple2<Long, byte[]> first = a._1() <= b._1() ? a : b;
    Tuple2<Long, byte[]> second = first == a ? b : a;
    return CorpusDating.later(ModelCodec.read(second._2(), Published.class),
        ModelCodec.read(first._2(), Published.class)) ? second : first;
  }

  /**
   * The stories, as JSON, in the order of their numbers: each one's articles by id, title (of
   * its first article in the run's order that has one, else its id) and events in the run's
   * order of events.
   */
  private static JavaRDD<byte[]> stories(JavaRDD<RunContract.Finished> documents,
      JavaRDD<EventStages.Ordered> events, Map<String, Integer> numbers, int partitions) {
    JavaPairRDD<String, Member> members = documents.flatMapToPair(f -> {
      AnnotatedDocument d = ModelCodec.read(f.json(), AnnotatedDocument.class);
      List<Tuple2<String, Member>> out = new ArrayList<>();
      for (int i = 0; i < d.articles().size(); i++) {
        Article a = d.articles().get(i).article();
        out.add(new Tuple2<>(f.story()[i], new Member(TimelineBuilder.dateKey(a) + '\u0000'
            + a.id(), a.id(), a.title())));
      }
      return out.iterator();
    });
    JavaPairRDD<String, Tuple2<Long, String>> told = events.zipWithIndex().mapToPair(t -> {
      Event e = t._1().event();
      return new Tuple2<>(e.story(), new Tuple2<>(t._2(), e.id()));
    });
    Broadcast<Map<String, Integer>> number = JavaSparkContext.fromSparkContext(
        documents.context()).broadcast(numbers);
    JavaRDD<byte[]> stories = members.groupByKey(partitions)
        .leftOuterJoin(told.groupByKey(partitions), partitions)
        .mapToPair(t -> {
          List<Member> in = new ArrayList<>();
          t._2()._1().forEach(in::add);
          List<Tuple2<Long, String>> of = new ArrayList<>();
          t._2()._2().orElse(List.of()).forEach(of::add);
          return new Tuple2<>(number.value().get(in.get(0).id()), ModelCodec.write(
              story(t._1(), in, of)));
        })
        .sortByKey(true, partitions).values()
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    stories.count();
    number.destroy();
    return stories;
  }

  private static Story story(String id, List<Member> members, List<Tuple2<Long, String>> events) {
    members.sort(java.util.Comparator.comparing(Member::runKey));
    String title = members.stream().map(Member::title).filter(t -> t != null && !t.isBlank())
        .findFirst().orElse(id);
    events.sort(java.util.Comparator.comparing(Tuple2::_1));
    return new Story(id, title, members.stream().map(Member::id).sorted().toList(),
        events.stream().map(Tuple2::_2).toList());
  }

  /** A document with its articles' corpus dates, stories and originals. */
  private static RunContract.Finished finished(LinkStages.Placed placed, Finishing timeline) {
    AnnotatedDocument d = ModelCodec.read(placed.json(), AnnotatedDocument.class);
    Map<String, Published> published = timeline.published();
    int n = d.articles().size();
    String[] story = new String[n];
    String[] duplicateOf = new String[n];
    List<AnnotatedArticle> dated = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      AnnotatedArticle a = d.articles().get(i);
      Article article = a.article();
      dated.add(published.containsKey(a.id())
          ? a.withArticle(article.withPublished(published.get(a.id()))) : a);
      story[i] = timeline.storyOf().get(a.id());
      duplicateOf[i] = timeline.copies().get(a.id());
    }
    return new RunContract.Finished(placed.order(), ModelCodec.write(d.withArticles(dated)), story,
        duplicateOf);
  }
}
