package org.isnad.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.isnad.model.Article;
import org.isnad.model.Entity;
import org.isnad.model.EntityMention;
import org.isnad.model.Event;
import org.isnad.model.EventMention;
import org.isnad.model.Quote;
import org.isnad.timeline.EventAssembly;
import org.isnad.timeline.EventBlocks;
import org.isnad.timeline.MergedReports;
import scala.Tuple2;

/**
 * The run's events, each with its sources and conflicts, as Spark stages: what
 * {@code TimelineBuilder.build} gives as the timeline's events, by the engine's own code
 * ({@link EventBlocks}, {@link EventAssembly}), never with every article on the driver.
 * <ol>
 *   <li><b>names</b>: each article's specific names and places are read on the executors; the
 *       names {@link EventBlocks#frequent} in the run are counted by a reduce by name, each
 *       story's protagonists ({@link EventBlocks#protagonists}) by a reduce by story and name;
 *   <li><b>blocks</b>: every report is keyed by its block ({@link EventBlocks#key}: type and
 *       modality) with its article's facts (story, original, day, lead sentences, read where the
 *       article is); each block's stories' protagonists are joined in by story; each block is
 *       put in the engine's report order ({@link EventBlocks#inReportOrder}: originals' reports
 *       before copies', by article id and trigger offset, each article's reports in its own
 *       order, as the engine reads them) and merged on one executor by
 *       {@link EventBlocks#merge}, the engine's merge of one block. The merge is order-dependent
 *       (first cluster that takes a report; postings capped at 200 per name, word or lead story
 *       in the block), so the order is the engine's;
 *   <li><b>events</b>: each merged event is keyed by its reports' articles and their originals,
 *       joined with those articles' source facts ({@link EventAssembly.SourceFacts}: publisher
 *       fields, statements and outlet mentions, read where the article is; rank, story and
 *       original from the run's tables) and made into the {@link Event} on an
 *       executor by {@link EventAssembly#event};
 *   <li><b>order</b>: sorted by the engine's keys ({@link Order}: earliest day, first report's
 *       article, offset and type, then the order the engine lists the merged events in: its
 *       block's first report, then the event's place in its block).
 * </ol>
 *
 * <p><b>What reaches the driver</b>: the number of articles, the run's frequent names (each in
 * more articles than a story's name may be, so few) and nothing per report, article or event;
 * its broadcasts are the run-level tables it is given (entities as JSON, story number, rank and
 * original per article, story ids) and the frequent names. The largest unit of work is one
 * block: all reports of one type and modality are merged by one task (the skew limit).
 *
 * <p>Exact when article ids are unique in the run (the engine breaks a tie between two reports
 * of one id and offset by input order; here by the place of each report in its article).
 */
public final class EventStages {
  private final JavaSparkContext spark;
  private final int partitions;

  public EventStages(JavaSparkContext spark, int partitions) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1: " + partitions);
    }
    this.spark = spark;
    this.partitions = partitions;
  }

  /**
   * One article as the event steps read it, made on an executor ({@link #of}): its date and
   * publisher fields (no text), its reports after the linked pass in its order, its statements
   * with linked speakers, and its linked mentions of people, organisations, places and outlets,
   * as JSON ({@link ModelCodec}); whether it has any report; and its source facts without the
   * run's values ({@link EventAssembly#facts}, completed by {@link
   * EventAssembly.SourceFacts#withRun} where the event is made), as JSON, so the sources' join
   * ships them without reading the article again.
   */
  public record ArticleInput(String id, boolean reported, byte[] json, byte[] sources)
      implements Serializable {
    public static ArticleInput of(Article article, List<EventMention> reports,
        List<Quote> quotes, List<EntityMention> mentions) {
      List<EntityMention> kept = mentions.stream().filter(m -> switch (m.type()) {
        case PERSON, ORG, PLACE, OUTLET -> true;
        default -> false;
      }).toList();
      Article fields = EventAssembly.sourceFields(article);
      return new ArticleInput(article.id(), !reports.isEmpty(), ModelCodec.write(new Read(
          fields, reports, kept)), ModelCodec.write(EventAssembly.facts(fields, quotes, kept,
          Integer.MAX_VALUE, null, null)));
    }

    Read read() {
      return ModelCodec.read(json, Read.class);
    }
  }

  /** What {@link ArticleInput} holds for the names and the blocks, decoded. */
  record Read(Article article, List<EventMention> reports, List<EntityMention> mentions) {}

  /**
   * The run-level tables, broadcast: entities (JSON, read once per executor into the engine's
   * {@link EventBlocks.Names}), and per article its story number, rank in the run's order and
   * original when a copy; story number → story id.
   */
  public static final class Run implements Serializable {
    private static final long serialVersionUID = 1L;
    private final byte[] entities;
    private final Map<String, Integer> storyNumbers;
    private final Map<String, Integer> ranks;
    private final Map<String, String> copies;
    private final Map<Integer, String> storyIds;
    private final Set<String> originals;
    private transient volatile EventBlocks.Names names;

    public Run(List<Entity> entities, Map<String, Integer> storyNumbers,
        Map<String, Integer> ranks, Map<String, String> copies, Map<Integer, String> storyIds) {
      this.entities = ModelCodec.write(entities.toArray(Entity[]::new));
      this.storyNumbers = new HashMap<>(storyNumbers);
      this.ranks = new HashMap<>(ranks);
      this.copies = new HashMap<>(copies);
      this.storyIds = new HashMap<>(storyIds);
      this.originals = new HashSet<>(copies.values());
    }

    EventBlocks.Names names() {
      EventBlocks.Names read = names;
      if (read == null) {
        synchronized (this) {
          if (names == null) {
            names = new EventBlocks.Names(List.of(ModelCodec.read(entities, Entity[].class)));
          }
          read = names;
        }
      }
      return read;
    }
  }

  /** An event as JSON with the key the run's events are ordered by. */
  public record Ordered(Order order, byte[] json) implements Serializable {
    public Event event() {
      return ModelCodec.read(json, Event.class);
    }
  }

  /**
   * The engine's order of events: earliest day ({@code "~"} when undated), first report's
   * article and offset, type; then, as its stable sort keeps them, the order the merged events
   * are listed in: by block (its first report: copy or not, article, trigger offset, place in
   * its article) and by place in the block.
   */
  public record Order(String day, String article, int start, String type, int blockCopy,
      String blockArticle, int blockStart, int blockIndex, int inBlock)
      implements Serializable, Comparable<Order> {
    private static final Comparator<Order> ORDER = Comparator.comparing(Order::day)
        .thenComparing(Order::article).thenComparingInt(Order::start)
        .thenComparing(Order::type).thenComparingInt(Order::blockCopy)
        .thenComparing(Order::blockArticle).thenComparingInt(Order::blockStart)
        .thenComparingInt(Order::blockIndex).thenComparingInt(Order::inBlock);

    @Override
    public int compareTo(Order o) {
      return ORDER.compare(this, o);
    }
  }

  /**
   * A report on its way to its block: its article, place there, JSON, the article's facts and
   * its story number (of the facts, kept apart so the block's stories are read without them).
   */
  private record Row(String article, int index, byte[] report, byte[] facts, Integer story)
      implements Serializable {}

  /** A merged event on its way to its sources: its block's place and its own, and JSON. */
  private record Merged(int blockCopy, String blockArticle, int blockStart, int blockIndex,
      int inBlock, byte[] json) implements Serializable {}

  /**
   * The run's events in the engine's order, as Spark stages (see the class comment): computed
   * and kept (memory, then disk) when this returns; the caller unpersists them.
   */
  public JavaRDD<Ordered> events(JavaRDD<ArticleInput> articles, Run run) {
    Broadcast<Run> tables = spark.broadcast(run);
    JavaRDD<ArticleInput> input = articles.persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, Integer> names = input.flatMapToPair(a -> namesOf(a, tables.value())
        .iterator()).persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, Merged> merged = null;
    JavaRDD<Ordered> made = null;
    try {
      long count = input.count();
      Broadcast<Set<String>> frequent = spark.broadcast(frequent(names, count));
      JavaPairRDD<Integer, Set<String>> protagonists = protagonists(input, names, tables);
      merged = merged(input, tables, frequent, protagonists)
          .persist(StorageLevel.MEMORY_AND_DISK());
      // kept: the sort's sampling reads them, then the sort itself
      made = withSources(input, merged, tables).persist(StorageLevel.MEMORY_AND_DISK());
      JavaRDD<Ordered> events = made.sortBy(Ordered::order, true, partitions)
          .persist(StorageLevel.MEMORY_AND_DISK());
      events.count();
      return events;
    } finally {
      if (made != null) {
        made.unpersist(false);
      }
      if (merged != null) {
        merged.unpersist(false);
      }
      names.unpersist(false);
      input.unpersist(false);
    }
  }

  /** (name, story) for each specific name of an article (once per article). */
  private static List<Tuple2<String, Integer>> namesOf(ArticleInput a, Run run) {
    Read read = a.read();
    Integer story = run.storyNumbers.get(a.id());
    List<Tuple2<String, Integer>> out = new ArrayList<>();
    run.names().specific(read.mentions()).forEach(n -> out.add(new Tuple2<>(n, story)));
    return out;
  }

  /** The names in more articles than {@link EventBlocks#frequent} allows: a reduce by name. */
  private static Set<String> frequent(JavaPairRDD<String, Integer> names, long articles) {
    int run = Math.toIntExact(articles);
    return new HashSet<>(names.mapToPair(t -> new Tuple2<>(t._1(), 1))
        .reduceByKey(Integer::sum)
        .filter(t -> EventBlocks.frequent(t._2(), run))
        .keys().collect());
  }

  /**
   * Each story's protagonists, a reduce by story and name over the names that are no place in
   * the run; stories without any left out.
   */
  private JavaPairRDD<Integer, Set<String>> protagonists(JavaRDD<ArticleInput> input,
      JavaPairRDD<String, Integer> names, Broadcast<Run> tables) {
    JavaPairRDD<String, Boolean> places = input.flatMap(a -> EventBlocks.Names
            .places(a.read().mentions()).iterator())
        .distinct(partitions).mapToPair(p -> new Tuple2<>(p, true));
    JavaPairRDD<Integer, Integer> sizes = input
        .mapToPair(a -> new Tuple2<>(tables.value().storyNumbers.get(a.id()), 1))
        .filter(t -> t._1() != null)
        .reduceByKey(Integer::sum, partitions);
    JavaPairRDD<Integer, Iterable<Tuple2<String, Integer>>> counts = names
        .filter(t -> t._2() != null)
        .subtractByKey(places, partitions)
        .mapToPair(t -> new Tuple2<>(new Tuple2<>(t._2(), t._1()), 1))
        .reduceByKey(Integer::sum, partitions)
        .mapToPair(t -> new Tuple2<>(t._1()._1(), new Tuple2<>(t._1()._2(), t._2())))
        .groupByKey(partitions);
    return counts.join(sizes, partitions)
        .mapValues(t -> EventBlocks.protagonists(asMap(t._1()), t._2()))
        .filter(t -> !t._2().isEmpty());
  }

  private static <K, V> Map<K, V> asMap(Iterable<Tuple2<K, V>> pairs) {
    Map<K, V> map = new HashMap<>();
    pairs.forEach(p -> map.put(p._1(), p._2()));
    return map;
  }

  /** Step 2: every block merged on an executor, its events keyed by block and place. */
  private JavaPairRDD<String, Merged> merged(JavaRDD<ArticleInput> input,
      Broadcast<Run> tables, Broadcast<Set<String>> frequent,
      JavaPairRDD<Integer, Set<String>> protagonists) {
    JavaPairRDD<String, Row> reports = input.filter(ArticleInput::reported)
        .flatMapToPair(a -> rows(a, tables.value()).iterator());
    JavaPairRDD<String, Map<Integer, Set<String>>> blockStories = reports
        .mapToPair(t -> new Tuple2<>(t._2().story(), t._1()))
        .filter(t -> t._1() != null)
        .distinct(partitions)
        .join(protagonists, partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
        .groupByKey(partitions)
        .mapValues(EventStages::asMap);
    return reports.groupByKey(partitions).leftOuterJoin(blockStories, partitions)
        .flatMapToPair(t -> mergeBlock(t._1(), t._2()._1(), t._2()._2().orElse(Map.of()),
            tables.value(), frequent.value()).iterator());
  }

  /** Each report of an article keyed by its block, with its place and the article's facts. */
  private static List<Tuple2<String, Row>> rows(ArticleInput a, Run run) {
    Read read = a.read();
    if (read.reports().isEmpty()) {
      return List.of();
    }
    Integer story = run.storyNumbers.get(a.id());
    byte[] facts = ModelCodec.write(EventBlocks.facts(read.article(), read.reports(), story,
        run.copies.get(a.id())));
    List<Tuple2<String, Row>> out = new ArrayList<>(read.reports().size());
    for (int i = 0; i < read.reports().size(); i++) {
      EventMention m = read.reports().get(i);
      out.add(new Tuple2<>(EventBlocks.key(m),
          new Row(a.id(), i, ModelCodec.write(m), facts, story)));
    }
    return out;
  }

  /** One block merged by the engine's code, in the engine's order. */
  private static List<Tuple2<String, Merged>> mergeBlock(String key, Iterable<Row> rows,
      Map<Integer, Set<String>> protagonists, Run run, Set<String> frequent) {
    List<Row> sorted = new ArrayList<>();
    rows.forEach(sorted::add);
    sorted.sort(Comparator.comparing(Row::article).thenComparingInt(Row::index));
    List<EventMention> reports = new ArrayList<>(sorted.size());
    Map<EventMention, Row> rowOf = new java.util.IdentityHashMap<>();
    Map<String, EventBlocks.ArticleFacts> facts = new HashMap<>();
    Map<String, String> copies = new HashMap<>();
    for (Row r : sorted) {
      EventMention m = ModelCodec.read(r.report(), EventMention.class);
      reports.add(m);
      rowOf.put(m, r);
      EventBlocks.ArticleFacts f = facts.computeIfAbsent(r.article(),
          k -> ModelCodec.read(r.facts(), EventBlocks.ArticleFacts.class));
      if (f.original() != null) {
        copies.put(r.article(), f.original());
      }
    }
    List<EventMention> block = EventBlocks.inReportOrder(reports, copies);
    EventMention first = block.get(0);
    Row firstRow = rowOf.get(first);
    int copy = copies.containsKey(first.articleId()) ? 1 : 0;
    List<MergedReports> events = EventBlocks.merge(block, facts, run.names(), frequent,
        protagonists);
    List<Tuple2<String, Merged>> out = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      out.add(new Tuple2<>(key + "#" + i, new Merged(copy, first.articleId(),
          first.triggerStart(), firstRow.index(), i, ModelCodec.write(events.get(i)))));
    }
    return out;
  }

  /**
   * Step 3: each merged event joined with the source facts of its articles and their originals,
   * made into its event on an executor.
   */
  private JavaRDD<Ordered> withSources(JavaRDD<ArticleInput> input,
      JavaPairRDD<String, Merged> events, Broadcast<Run> tables) {
    JavaPairRDD<String, String> wanted = events.flatMapToPair(t -> {
      Run run = tables.value();
      Set<String> ids = new java.util.LinkedHashSet<>();
      for (EventMention m : ModelCodec.read(t._2().json(), MergedReports.class).mentions()) {
        ids.add(m.articleId());
        String original = run.copies.get(m.articleId());
        if (original != null) {
          ids.add(original);
        }
      }
      List<Tuple2<String, String>> out = new ArrayList<>();
      ids.forEach(id -> out.add(new Tuple2<>(id, t._1())));
      return out.iterator();
    });
    // only articles with reports and originals are some event's
    JavaPairRDD<String, byte[]> sourceFacts = input.filter(a -> tables.value().originals
        .contains(a.id()) || a.reported()).mapToPair(a -> new Tuple2<>(a.id(), a.sources()));
    JavaPairRDD<String, Iterable<byte[]>> factsOfEvent = wanted.join(sourceFacts, partitions)
        .mapToPair(t -> t._2())
        .groupByKey(partitions);
    return events.join(factsOfEvent, partitions).map(t -> event(t._2()._1(), t._2()._2(),
        tables.value()));
  }

  private static Ordered event(Merged merged, Iterable<byte[]> factsJson, Run run) {
    Map<String, EventAssembly.SourceFacts> facts = new HashMap<>();
    for (byte[] json : factsJson) {
      EventAssembly.SourceFacts read = ModelCodec.read(json, EventAssembly.SourceFacts.class);
      String id = read.article().id();
      facts.put(id, read.withRun(run.ranks.getOrDefault(id, Integer.MAX_VALUE),
          run.storyNumbers.get(id), run.copies.get(id)));
    }
    Event e = EventAssembly.event(ModelCodec.read(merged.json(), MergedReports.class), facts,
        run.names().entities(), run.storyIds);
    Order order = new Order(EventAssembly.dayKey(e), e.reports().get(0).articleId(),
        e.reports().get(0).start(), e.type(), merged.blockCopy(), merged.blockArticle(),
        merged.blockStart(), merged.blockIndex(), merged.inBlock());
    return new Ordered(order, ModelCodec.write(e));
  }
}
