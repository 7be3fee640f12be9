package org.isnad.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.isnad.timeline.StorySteps;
import org.isnad.timeline.TimelineBuilder;
import scala.Tuple2;

/**
 * The stories of a run ({@link TimelineBuilder#stories}: article id → story number) as Spark
 * stages, by name and lead-word keys, each step the engine's own code ({@link StorySteps}):
 * <ol>
 *   <li><b>order and counts</b>: the articles sorted in the run's order (date key, then id) and
 *       numbered ({@code zipWithIndex}); the run's size (a count) gives the caps; each lead
 *       word's count of articles ({@code reduceByKey}) chooses each article's rare lead words
 *       (joined back by word, gathered by article); each name's count of articles
 *       ({@code reduceByKey}) finds the names over the cap;</li>
 *   <li><b>links</b>: the postings of each specific name and of each rare lead word
 *       ({@code groupByKey}; names over the cap are left out before, a key is skipped as the
 *       grouper skips it, {@link StorySteps#ties}) give their pairs, counted by
 *       {@code reduceByKey} on the pair (a name pair also notes whether a rare person's name
 *       is among its keys); each pair joined with its two articles' sites, days, names and rare
 *       words is kept as the grouper keeps it ({@link StorySteps#enough} with the same-site
 *       doubling, {@link StorySteps#otherKind}, {@link StorySteps#linkable});</li>
 *   <li><b>connected parts</b> of the kept links and the copies: the driver collects the links'
 *       article pairs (two ints each) and the copies' places and joins them with a union-find;
 *       each article of a link or copy gets its part's label (the part's first article),
 *       broadcast back;</li>
 *   <li><b>unions</b>: each part's articles, links and copies gathered on an executor
 *       ({@code cogroup} by label) and united by the grouper's own code in its own order,
 *       strongest link first, with its cohesion, span and size caps, the size cap the run's
 *       ({@link StorySteps#roots});</li>
 *   <li><b>numbers</b>: a story's number is the rank, among the stories' first articles sorted in
 *       the run's order, of its first article (a sort and {@code zipWithIndex}).</li>
 * </ol>
 *
 * <p><b>What reaches the driver</b>: the run's article count; the names in more articles than
 * the cap (at most the run's name mentions divided by the cap; broadcast back); the kept links'
 * article pairs ({@code O(links)}); the places of the copies' articles ({@code O(copies)}); and
 * the label of each article in a link or copy (broadcast back, {@code O(links + copies)}). The
 * run-level tables it is given stay as they are: the entities (broadcast: type, name and
 * aliases) and the copies (copy → original, held on the driver, broadcast). No article, text,
 * name list or lead word list is collected.
 *
 * <p>Design decision: the connected parts are joined on the driver, not by label propagation:
 * a part's diameter is not bounded (a chain of weekly links runs through a year of one matter),
 * and label propagation needs one shuffle of every link per step of the diameter, while the
 * links' pairs are two ints each and a union-find over them is near linear. A part's own unions
 * run on one executor: the largest part (a chain of links through common keys) is this stage's
 * skew limit.
 *
 * <p>The article ids must be unique in the run (document id and article number, as the engine
 * makes them). Equal to {@link TimelineBuilder#stories}' numbers for the same articles, linked
 * entity mentions, entities and copies, whatever the input's order or partitions.
 */
final class StoryStages {
  private StoryStages() {}

  /** What the stages read of one entity: its type, name and aliases. */
  record Named(String id, EntityType type, String name, List<String> aliases)
      implements Serializable {
    Named {
      aliases = List.copyOf(aliases);
    }

    static Named of(Entity e) {
      return new Named(e.id(), e.type(), e.name(), e.aliases());
    }

    /** The entity as the grouper's steps read it (its type, name and aliases). */
    Entity entity() {
      return new Entity(id, type, name, aliases, 0);
    }
  }

  /** An article's key in the run's order: date key, then id. */
  record RunKey(String dateKey, String id) implements Serializable {}

  /** The run's order ({@link String#compareTo} on the date key, then the id). */
  static final class RunOrder implements Comparator<RunKey>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(RunKey x, RunKey y) {
      int c = x.dateKey().compareTo(y.dateKey());
      return c != 0 ? c : x.id().compareTo(y.id());
    }
  }

  /** One article at its place in the run's order, its site made its own when it has none. */
  record Placed(int pos, String id, long day, String site, List<String> names,
      List<String> leadWords) implements Serializable {
    static Placed of(StoryInput in, int pos) {
      return new Placed(pos, in.id(), in.day(), in.site() != null ? in.site() : "#" + pos,
          in.names(), in.leadWords());
    }
  }

  /** What a pair's check reads of one article: its day, site, names and rare lead words. */
  record Keys(long day, String site, List<String> names, List<String> words)
      implements Serializable {}

  /**
   * Keys of one kind two articles share ({@code a < b}, places in the run's order): how many,
   * whether they are names (else lead words), and whether a rare person's name is among them.
   */
  record Shared(int a, int b, int count, boolean names, boolean person) implements Serializable {
    Shared plus(Shared other) {
      return new Shared(a, b, count + other.count, names, person || other.person);
    }

    long pair() {
      return ((long) a << 32) | b;
    }

    int min() {
      return names ? StorySteps.MIN_NAMES : StorySteps.MIN_WORDS;
    }
  }

  /** A kept link: {a, b, shared, min} as the grouper's unions read it. */
  record Link(int a, int b, int shared, int min) implements Serializable {}

  /** One article of a connected part: its place, id and day. */
  record Member(int pos, String id, long day) implements Serializable {}

  /**
   * The stages' result: article id → story number (persisted, memory and disk, and counted; the
   * caller unpersists it), and what reached the driver: the kept links' pairs, the names over
   * the cap, the articles in connected parts, and the largest part (the skew limit: one
   * executor unites it).
   */
  record Grouped(JavaPairRDD<String, Integer> numbers, long links, long overCap,
      int partArticles, int largestPart) {}

  /** The entities as the stages read them, broadcast. */
  static Broadcast<Map<String, Named>> entities(JavaSparkContext spark,
      Collection<Entity> entities) {
    Map<String, Named> named = new HashMap<>();
    entities.forEach(e -> named.put(e.id(), Named.of(e)));
    return spark.broadcast(named);
  }

  /**
   * Article id → story number, the numbers of {@link TimelineBuilder#stories} for the same
   * articles, mentions, entities and copies ({@code copies}: copy → original, by article id).
   */
  static Grouped numbers(JavaRDD<StoryInput> inputs,
      Broadcast<Map<String, Named>> entities, Map<String, String> copies, int partitions) {
    JavaSparkContext spark = JavaSparkContext.fromSparkContext(inputs.context());
    JavaRDD<Placed> placed = placed(inputs, partitions)
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    List<Runnable> release = new ArrayList<>();
    release.add(placed::unpersist);
    try {
      int n = (int) placed.count();
      long[] overCap = new long[1];
      JavaRDD<Link> links = links(spark, placed, entities, n, partitions, release, overCap)
          .persist(StorageLevel.MEMORY_AND_DISK_SER());
      release.add(links::unpersist);
      Parts parts = parts(spark, placed, links, copies);
      release.add(parts.labels()::destroy);
      JavaPairRDD<Integer, Integer> roots = roots(spark, placed, links, parts, n, partitions);
      JavaPairRDD<String, Integer> numbers = numbered(placed, roots, partitions)
          .persist(StorageLevel.MEMORY_AND_DISK());
      numbers.count();
      int[] labels = parts.labels().value()[1];
      return new Grouped(numbers, parts.links(), overCap[0], labels.length, largest(labels));
    } finally {
      release.forEach(Runnable::run);
    }
  }

  /** Step 1: the articles in the run's order, each with its place. */
  static JavaRDD<Placed> placed(JavaRDD<StoryInput> inputs, int partitions) {
    return inputs.mapToPair(in -> new Tuple2<>(new RunKey(in.dateKey(), in.id()), in))
        .sortByKey(new RunOrder(), true, partitions)
        .values()
        .zipWithIndex()
        .map(t -> Placed.of(t._1(), Math.toIntExact(t._2())));
  }

  /** Steps 1 and 2: the links the grouper keeps, each once per kind of key. */
  private static JavaRDD<Link> links(JavaSparkContext spark, JavaRDD<Placed> placed,
      Broadcast<Map<String, Named>> entities, int n, int partitions, List<Runnable> release,
      long[] overCap) {
    JavaPairRDD<Integer, List<String>> rare = rareWords(placed, StorySteps.wordCap(n),
        partitions).persist(StorageLevel.MEMORY_AND_DISK_SER());
    release.add(rare::unpersist);
    JavaRDD<Shared> shared = nameShares(spark, placed, entities, StorySteps.nameCap(n),
        partitions, overCap).union(wordShares(rare, StorySteps.wordCap(n), partitions))
        .filter(s -> StorySteps.enough(s.count(), s.min(), false));
    JavaPairRDD<Integer, Keys> keys = placed.mapToPair(p -> new Tuple2<>(p.pos(), p))
        .leftOuterJoin(rare, partitions)
        .mapValues(t -> new Keys(t._1().day(), t._1().site(), t._1().names(),
            t._2().orElse(List.of())));
    return shared.mapToPair(s -> new Tuple2<>(s.a(), s))
        .join(keys, partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._1().b(), t._2()))
        .join(keys, partitions)
        .values()
        .mapPartitions(pairs -> kept(pairs, entities.value()));
  }

  /**
   * Each article's rare lead words ({@link StorySteps#rareLeadWords}): its words joined with
   * their counts of articles (only words whose count ties articles; the others are never rare).
   */
  private static JavaPairRDD<Integer, List<String>> rareWords(JavaRDD<Placed> placed, int cap,
      int partitions) {
    JavaPairRDD<String, Integer> postings = placed.flatMapToPair(p -> p.leadWords().stream()
        .map(w -> new Tuple2<>(w, p.pos())).iterator());
    JavaPairRDD<String, Integer> counts = postings.mapValues(pos -> 1)
        .reduceByKey(Integer::sum, partitions)
        .filter(t -> StorySteps.ties(t._2(), cap));
    return postings.join(counts, partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
        .groupByKey(partitions)
        .mapValues(words -> {
          Map<String, Integer> df = new HashMap<>();
          words.forEach(w -> df.put(w._1(), w._2()));
          return List.copyOf(StorySteps.rareLeadWords(df.keySet(),
              w -> df.getOrDefault(w, 0), cap));
        });
  }

  /**
   * The pairs of articles sharing specific names: each name's postings (names over the cap left
   * out before the grouping, by their counts), paired when the name ties them, counted by pair.
   */
  private static JavaRDD<Shared> nameShares(JavaSparkContext spark, JavaRDD<Placed> placed,
      Broadcast<Map<String, Named>> entities, int cap, int partitions, long[] overCap) {
    JavaPairRDD<String, Integer> postings = placed.flatMapToPair(p -> p.names().stream()
        .map(name -> new Tuple2<>(name, p.pos())).iterator());
    // the names over the cap: at most the run's name mentions divided by the cap
    Broadcast<Set<String>> over = spark.broadcast(new HashSet<>(postings.mapValues(pos -> 1)
        .reduceByKey(Integer::sum, partitions)
        .filter(t -> t._2() > cap)
        .keys()
        .collect()));
    overCap[0] = over.value().size();
    return shares(postings.filter(t -> !over.value().contains(t._1())).groupByKey(partitions),
        cap, true, name -> {
          Named e = entities.value().get(name);
          return e == null ? null : e.entity();
        }, partitions);
  }

  /** The pairs of articles sharing rare lead words, counted by pair. */
  private static JavaRDD<Shared> wordShares(JavaPairRDD<Integer, List<String>> rare, int cap,
      int partitions) {
    return shares(rare.flatMapToPair(t -> t._2().stream()
        .map(w -> new Tuple2<>(w, t._1())).iterator()).groupByKey(partitions), cap, false,
        word -> null, partitions);
  }

  /** Each key's pairs when the key ties its articles, counted by pair. */
  private static JavaRDD<Shared> shares(JavaPairRDD<String, Iterable<Integer>> postings, int cap,
      boolean names, org.apache.spark.api.java.function.Function<String, Entity> entity,
      int partitions) {
    return postings.flatMap(key -> {
      List<Integer> list = new ArrayList<>();
      key._2().forEach(list::add);
      List<Shared> out = new ArrayList<>();
      if (StorySteps.ties(list.size(), cap)) {
        boolean person = names && StorySteps.rarePerson(list.size(), cap, entity.call(key._1()));
        int[] pos = list.stream().mapToInt(Integer::intValue).sorted().toArray();
        for (int i = 0; i < pos.length; i++) {
          for (int j = i + 1; j < pos.length; j++) {
            out.add(new Shared(pos[i], pos[j], 1, names, person));
          }
        }
      }
      return out.iterator();
    }).mapToPair(s -> new Tuple2<>(s.pair(), s))
        .reduceByKey(Shared::plus, partitions)
        .values();
  }

  /** The pairs the grouper keeps as links, each with its two articles' keys. */
  private static Iterator<Link> kept(Iterator<Tuple2<Tuple2<Shared, Keys>, Keys>> pairs,
      Map<String, Named> entities) {
    Map<String, Set<String>> nameWords = new HashMap<>();
    java.util.function.Function<String, Set<String>> wordsOf = id -> nameWords.computeIfAbsent(
        id, k -> StorySteps.nameWords(entities.containsKey(k) ? entities.get(k).entity() : null));
    List<Link> out = new ArrayList<>();
    while (pairs.hasNext()) {
      Tuple2<Tuple2<Shared, Keys>, Keys> t = pairs.next();
      Shared s = t._1()._1();
      Keys a = t._1()._2();
      Keys b = t._2();
      if (StorySteps.enough(s.count(), s.min(), a.site().equals(b.site()))
          && (!s.names() || s.person() || StorySteps.otherKind(Set.copyOf(a.names()),
              Set.copyOf(b.names()), name -> false, Set.copyOf(a.words()),
              Set.copyOf(b.words()), wordsOf))
          && StorySteps.linkable(a.day(), b.day(), s.count())) {
        out.add(new Link(s.a(), s.b(), s.count(), s.min()));
      }
    }
    return out.iterator();
  }

  /**
   * The connected parts of the links and copies: {@code nodes} (sorted places of the articles
   * in a link or copy) and each one's part {@code label} (the part's first place), broadcast;
   * the copies as {copy, original} places.
   */
  private record Parts(Broadcast<int[][]> labels, List<int[]> copies, long links) {}

  /** The size of the largest part, from the labels of its articles. */
  private static int largest(int[] labels) {
    Map<Integer, Integer> sizes = new HashMap<>();
    for (int label : labels) {
      sizes.merge(label, 1, Integer::sum);
    }
    return sizes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  /** The label of a place in a part ({@code table}: the nodes and their labels). */
  private static int label(int[][] table, int pos) {
    return table[1][Arrays.binarySearch(table[0], pos)];
  }

  /** Whether a place is in some part. */
  private static boolean inPart(int[][] table, int pos) {
    return Arrays.binarySearch(table[0], pos) >= 0;
  }

  /** Step 3: the links' pairs and the copies' places collected, joined by a union-find. */
  private static Parts parts(JavaSparkContext spark, JavaRDD<Placed> placed, JavaRDD<Link> links,
      Map<String, String> copies) {
    List<Long> edges = links.map(l -> ((long) l.a() << 32) | l.b()).distinct().collect();
    Broadcast<Map<String, String>> copied = spark.broadcast(new HashMap<>(copies));
    Set<String> originals = new HashSet<>(copies.values());
    Broadcast<Set<String>> originalIds = spark.broadcast(originals);
    Map<String, Integer> places = new HashMap<>(placed
        .filter(p -> copied.value().containsKey(p.id()) || originalIds.value().contains(p.id()))
        .mapToPair(p -> new Tuple2<>(p.id(), p.pos()))
        .collectAsMap());
    copied.destroy();
    originalIds.destroy();
    List<int[]> copyPairs = new ArrayList<>();
    copies.forEach((copy, original) -> {
      if (places.containsKey(copy) && places.containsKey(original)) {
        copyPairs.add(new int[] {places.get(copy), places.get(original)});
      }
    });
    int[] nodes = nodes(edges, copyPairs);
    int[] parent = new int[nodes.length];
    Arrays.setAll(parent, i -> i);
    edges.forEach(e -> union(parent, index(nodes, (int) (e >>> 32)), index(nodes, (int) (long) e)));
    copyPairs.forEach(c -> union(parent, index(nodes, c[0]), index(nodes, c[1])));
    int[] label = new int[nodes.length];
    for (int i = 0; i < nodes.length; i++) {
      label[i] = nodes[find(parent, i)];
    }
    return new Parts(spark.broadcast(new int[][] {nodes, label}), copyPairs, edges.size());
  }

  /** The sorted distinct places of the edges' and copies' articles. */
  private static int[] nodes(List<Long> edges, List<int[]> copies) {
    int[] all = new int[2 * edges.size() + 2 * copies.size()];
    int k = 0;
    for (long e : edges) {
      all[k++] = (int) (e >>> 32);
      all[k++] = (int) e;
    }
    for (int[] c : copies) {
      all[k++] = c[0];
      all[k++] = c[1];
    }
    return Arrays.stream(all).sorted().distinct().toArray();
  }

  private static int index(int[] nodes, int pos) {
    return Arrays.binarySearch(nodes, pos);
  }

  /** Joins two sets, the smaller index (the earlier article) the root. */
  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /**
   * Step 4: each part's articles, links and copies gathered by label and united by the
   * grouper's code: place → the place of its story's first article, for the articles of parts.
   */
  private static JavaPairRDD<Integer, Integer> roots(JavaSparkContext spark,
      JavaRDD<Placed> placed, JavaRDD<Link> links, Parts parts, int n, int partitions) {
    int maxSize = StorySteps.maxStory(n);
    Broadcast<int[][]> labels = parts.labels();
    JavaPairRDD<Integer, Member> members = placed.filter(p -> inPart(labels.value(), p.pos()))
        .mapToPair(p -> new Tuple2<>(label(labels.value(), p.pos()),
            new Member(p.pos(), p.id(), p.day())));
    JavaPairRDD<Integer, Link> partLinks = links.mapToPair(l -> new Tuple2<>(
        label(labels.value(), l.a()), l));
    JavaPairRDD<Integer, int[]> partCopies = spark.parallelize(parts.copies(),
        Math.max(1, Math.min(partitions, parts.copies().size())))
        .mapToPair(c -> new Tuple2<>(label(labels.value(), c[0]), c));
    return members.cogroup(partLinks, partCopies, partitions)
        .flatMapToPair(part -> united(part._2()._1(), part._2()._2(), part._2()._3(), maxSize)
            .iterator());
  }

  /** One part united ({@link StorySteps#roots}): place → its story's first place. */
  private static List<Tuple2<Integer, Integer>> united(Iterable<Member> memberRows,
      Iterable<Link> linkRows, Iterable<int[]> copyRows, int maxSize) {
    List<Member> members = new ArrayList<>();
    memberRows.forEach(members::add);
    members.sort(Comparator.comparingInt(Member::pos));
    Map<Integer, Integer> local = new HashMap<>();
    members.forEach(m -> local.put(m.pos(), local.size()));
    String[] ids = members.stream().map(Member::id).toArray(String[]::new);
    long[] days = members.stream().mapToLong(Member::day).toArray();
    List<long[]> links = new ArrayList<>();
    linkRows.forEach(l -> links.add(new long[] {local.get(l.a()), local.get(l.b()), l.shared(),
        l.min()}));
    List<int[]> copies = new ArrayList<>();
    copyRows.forEach(c -> copies.add(new int[] {local.get(c[0]), local.get(c[1])}));
    int[] roots = StorySteps.roots(ids, days, maxSize, copies, links);
    List<Tuple2<Integer, Integer>> out = new ArrayList<>(roots.length);
    for (int i = 0; i < roots.length; i++) {
      out.add(new Tuple2<>(members.get(i).pos(), members.get(roots[i]).pos()));
    }
    return out;
  }

  /**
   * Step 5: each article's story number, the rank of its story's first article among the
   * stories' first articles in the run's order (an article in no part is its own story).
   */
  private static JavaPairRDD<String, Integer> numbered(JavaRDD<Placed> placed,
      JavaPairRDD<Integer, Integer> roots, int partitions) {
    JavaPairRDD<Integer, String> byRoot = placed.mapToPair(p -> new Tuple2<>(p.pos(), p.id()))
        .leftOuterJoin(roots, partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._2().orElse(t._1()), t._2()._1()));
    JavaPairRDD<Integer, Integer> numbers = byRoot.keys().distinct(partitions)
        .sortBy(root -> root, true, partitions)
        .zipWithIndex()
        .mapToPair(t -> new Tuple2<>(t._1(), Math.toIntExact(t._2())));
    return byRoot.join(numbers, partitions).mapToPair(t -> t._2());
  }
}
