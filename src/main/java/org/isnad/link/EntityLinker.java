package org.isnad.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.ContentId;
import org.isnad.model.Entity;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;

/**
 * Groups mentions into entities, first inside each article, then across the run:
 * <ul>
 *   <li>the same name after normalisation, with or without a glued preposition ("لبشار");
 *   <li>a surname or first name of a fuller name of the same type ("الأسد" → "بشار الأسد");
 *       when several people share it, the one mentioned last before it;
 *   <li>a spelling variant one edit away in each long word ("جيروزاليم"/"جيروازليم").
 * </ul>
 * Across articles, clusters with the same full name merge, and a one-word cluster joins the only
 * fuller cluster of the run it is part of; never a place of its own that a head makes of the name
 * ("مطار القاهرة", "ريف حلب" are not "القاهرة", "حلب"). Entities are listed in the order of
 * first mention; their ids derive from their type and name key ({@link #ids}), never from
 * positions in the run. A mention is compared only with the clusters a {@link NameIndex}
 * offers (same first word or one edit from it; a fuller name it is part of), and a cluster keeps
 * each name once however often it is repeated, so a long article costs time in proportion to its
 * mentions. Articles are linked each alone in parallel (the common fork-join pool) and gathered
 * in the given article order, so the result is the one of linking them one after the other.
 * One instance per run: it counts the names it compares. An article's linking within itself and
 * the key of each name are recalled from the last linkings when the engine keeps a
 * {@link LinkRecall} (a running server); the result is the same as computing them again.
 */
public final class EntityLinker {

  private static final java.util.Set<String> BARE_TITLES = new java.util.HashSet<>();

  private static final java.util.Set<String> LOCAL_BODIES = new java.util.HashSet<>();
  private static final java.util.Set<String> LOCAL_HEADS = new java.util.HashSet<>();
  /** Heads of a place of its own ("مطار", "ريف", "قطاع"): the entity stage's list, one copy. */
  private static final java.util.Set<String> PLACE_HEADS = new java.util.HashSet<>();

  static {
    org.isnad.text.RuleFile.read(EntityLinker.class, "bare-titles.txt")
        .forEach(t -> BARE_TITLES.add(NameKey.of(t).joined()));
    for (String body : org.isnad.text.RuleFile.read(EntityLinker.class, "local-bodies.txt")) {
      if (body.endsWith(" *")) {
        LOCAL_HEADS.add(NameKey.of(body.substring(0, body.length() - 2)).joined());
      } else {
        LOCAL_BODIES.add(NameKey.of(body).joined());
      }
    }
    org.isnad.text.RuleFile.read(org.isnad.annotate.entity.EntityAnnotator.class,
        "place-heads.txt").forEach(h -> PLACE_HEADS.add(NameKey.of(h).joined()));
  }

  /** Name keys compared so far (tests check the work grows with the mentions, not faster). */
  private final long[] comparisons = new long[1];
  private final LinkRecall recall;

  /** A linker that recalls nothing (one-off runs, evaluation). */
  public EntityLinker() {
    this(LinkRecall.none());
  }

  /**
   * A linker that recalls each article's own linking and each name's key from {@code recall},
   * and keeps what it computes there; {@link #link} turns it (one linking per call).
   */
  public EntityLinker(LinkRecall recall) {
    this.recall = java.util.Objects.requireNonNull(recall, "recall");
  }

  /**
   * One article's mentions with their clusters, in the order the article's linking placed them
   * (a mention is listed once). Arrays of the same length, never changed once made.
   */
  record Part(EntityMention[] mentions, Cluster[] clusters) {
    static Part of(Map<EntityMention, Cluster> of) {
      return new Part(of.keySet().toArray(EntityMention[]::new),
          of.values().toArray(Cluster[]::new));
    }

    int size() {
      return mentions.length;
    }
  }

  /** The result: mentions with entity ids, and the entities. */
  public record Linked(List<EntityMention> mentions, List<Entity> entities) {
    /**
     * The same result listed in another article order: mentions by their article's place in
     * {@code articles} (each article's in its own order), entities by their first mention.
     */
    public Linked inOrderOf(List<String> articles) {
      Map<String, Integer> place = new HashMap<>();
      articles.forEach(a -> place.putIfAbsent(a, place.size()));
      // a stable sort by place, in one pass: each place's mentions in their order, then those of
      // no place; each article's mentions are read together, so its place is looked up once
      List<List<EntityMention>> byPlace = new ArrayList<>(place.size() + 1);
      for (int i = 0; i <= place.size(); i++) {
        byPlace.add(null);
      }
      String article = null;
      List<EntityMention> bucket = null;
      for (EntityMention m : mentions) {
        if (!m.articleId().equals(article)) {
          article = m.articleId();
          int at = place.getOrDefault(article, place.size());
          bucket = byPlace.get(at);
          if (bucket == null) {
            bucket = new ArrayList<>();
            byPlace.set(at, bucket);
          }
        }
        bucket.add(m);
      }
      List<EntityMention> sorted = new ArrayList<>(mentions.size());
      byPlace.forEach(b -> {
        if (b != null) {
          sorted.addAll(b);
        }
      });
      Map<String, Integer> first = new HashMap<>();
      String previous = null;
      for (EntityMention m : sorted) {
        // a run of one entity's mentions is looked up once
        if (previous == null || !previous.equals(m.entityId())) {
          first.putIfAbsent(m.entityId(), first.size());
          previous = m.entityId();
        }
      }
      return new Linked(List.copyOf(sorted), byFirstMention(entities, first));
    }
  }

  /**
   * The entities in order of their place in {@code first} (those not in it last), of equal
   * places in the given order: each entity's place is looked up once, not at each comparison.
   */
  private static List<Entity> byFirstMention(List<Entity> entities, Map<String, Integer> first) {
    long[] keyed = new long[entities.size()];
    for (int i = 0; i < keyed.length; i++) {
      long place = first.getOrDefault(entities.get(i).id(), Integer.MAX_VALUE);
      keyed[i] = place << 32 | i;
    }
    java.util.Arrays.sort(keyed);
    Entity[] listed = new Entity[keyed.length];
    for (int i = 0; i < keyed.length; i++) {
      listed[i] = entities.get((int) keyed[i]);
    }
    return List.of(listed);
  }

  /**
   * Links the mentions of every article. An entity is named by its fullest form (most words),
   * then the most frequent, then the shortest (so "بشار الأسد" rather than "لبشار الأسد").
   * {@code byArticle} in a stable article order.
   */
  public Linked link(Map<String, List<EntityMention>> byArticle) {
    recall.turn();
    List<Cluster> all = new ArrayList<>();
    List<Part> parts = inParallel(byArticle, all);
    if (parts == null) {
      all.clear();
      Map<EntityMention, Cluster> of = new LinkedHashMap<>();
      byArticle.forEach((article, mentions) -> all.addAll(inArticle(mentions, of, comparisons)));
      parts = List.of(Part.of(of));
    }
    acrossArticles(all);
    // every cluster points at its root: one step from here on
    for (Cluster c : all) {
      if (c.merged != null) {
        c.merged = c.root();
      }
    }
    return result(parts, recall);
  }

  /** One article's clusters, the cluster of each of its mentions and the names compared. */
  private record InArticle(List<Cluster> clusters, Part part, long comparisons) {}

  /**
   * Links each article alone, in parallel (the common pool), and gathers the clusters in article
   * order; returns each article's mentions with their clusters, in article order: the result of
   * linking them one after the other, since an article's linking reads only its own mentions
   * (each cluster is one article's). Returns {@code null}, gathering nothing more, when one
   * mention is listed under two articles (then only the sequential order defines the result).
   */
  private List<Part> inParallel(Map<String, List<EntityMention>> byArticle, List<Cluster> all) {
    List<InArticle> linked = new ArrayList<>(byArticle.values()).parallelStream()
        .map(this::inArticle).toList();
    if (listedTwice(linked)) {
      return null;
    }
    long counted = 0;
    List<Part> parts = new ArrayList<>(linked.size());
    for (InArticle article : linked) {
      parts.add(article.part());
      all.addAll(article.clusters());
      counted += article.comparisons();
    }
    comparisons[0] += counted;
    return parts;
  }

  /**
   * One article linked alone: computed (and kept frozen in the recall, if it keeps), or recalled
   * by its mentions as the linking reads them (then with fresh clusters, and no names compared).
   */
  private InArticle inArticle(List<EntityMention> mentions) {
    if (!recall.keeps()) {
      return computed(mentions);
    }
    InArticle[] computed = new InArticle[1];
    InArticleLinks links = recall.articles.get(new LinkRecall.ArticleMentions(mentions), k -> {
      computed[0] = computed(mentions);
      return InArticleLinks.of(mentions, computed[0].clusters(), computed[0].part(),
          computed[0].comparisons());
    });
    if (computed[0] != null) {
      return computed[0];
    }
    List<Cluster> clusters = new ArrayList<>();
    Part part = links.part(mentions, clusters);
    return new InArticle(clusters, part, 0);
  }

  private static InArticle computed(List<EntityMention> mentions) {
    long[] counted = new long[1];
    Map<EntityMention, Cluster> own = new LinkedHashMap<>();
    List<Cluster> clusters = inArticle(mentions, own, counted);
    return new InArticle(clusters, Part.of(own), counted[0]);
  }

  /**
   * Whether a mention is in two articles' lists. Equal mentions name the same article, so only
   * when two lists hold mentions naming one article are their mentions compared.
   */
  private static boolean listedTwice(List<InArticle> linked) {
    Map<String, Integer> listedIn = new HashMap<>();
    boolean shared = false;
    for (int i = 0; i < linked.size() && !shared; i++) {
      String article = null;
      for (EntityMention m : linked.get(i).part().mentions()) {
        // a run of one article's mentions is looked up once
        if (m.articleId().equals(article)) {
          continue;
        }
        article = m.articleId();
        Integer before = listedIn.putIfAbsent(m.articleId(), i);
        if (before != null && before != i) {
          shared = true;
          break;
        }
      }
    }
    if (!shared) {
      return false;
    }
    java.util.Set<EntityMention> seen = new java.util.HashSet<>();
    for (InArticle article : linked) {
      for (EntityMention m : article.part().mentions()) {
        if (!seen.add(m)) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Cluster> inArticle(List<EntityMention> mentions,
      Map<EntityMention, Cluster> of, long[] comparisons) {
    List<Cluster> clusters = new ArrayList<>();
    NameIndex<Cluster> index = new NameIndex<>();
    Descriptions descriptions = new Descriptions();
    int position = 0;
    for (int i = 0; i < mentions.size(); i++) {
      EntityMention mention = mentions.get(i);
      NameKey key = NameKey.of(mention.text());
      if (key.isEmpty()) {
        continue;
      }
      Cluster described = descriptions.referent(mentions, i, key, of);
      if (described != null) {
        described.descriptions.add(mention.text().strip());
        described.lastSeen = position++;
        of.put(mention, described);
        continue;
      }
      Cluster cluster = find(index, mention.type(), key, comparisons);
      if (cluster == null) {
        NameKey bare = key.withoutProclitic();
        cluster = bare == null ? null : find(index, mention.type(), bare, comparisons);
        key = cluster == null ? key : bare;
      }
      if (cluster == null) {
        cluster = new Cluster(mention.type());
        clusters.add(cluster);
      }
      if (cluster.addKey(key)) {
        index.add(cluster, cluster.type, key);
      }
      cluster.names.merge(mention.text().strip(), 1, Integer::sum);
      cluster.lastSeen = position++;
      of.put(mention, cluster);
      descriptions.bind(mentions, i, cluster, of);
    }
    // its clusters' keys are all known: their names and whether they are local are read here,
    // on the article's thread, not one after the other across the run
    for (Cluster c : clusters) {
      isArticleLocal(c);
    }
    return clusters;
  }

  /**
   * The first cluster (in order of creation) of the type with the same key or a spelling variant;
   * else, for a person, the cluster seen last with a fuller name the key is part of; else null.
   * Only the clusters the index offers are compared.
   */
  private static Cluster find(NameIndex<Cluster> index, EntityType type, NameKey key,
      long[] comparisons) {
    for (Cluster c : index.sameOrVariant(type, key)) {
      for (NameKey k : c.keys) {
        comparisons[0]++;
        if (k.equals(key) || k.isVariantOf(key)) {
          return c;
        }
      }
    }
    Cluster partOf = null;
    if (type == EntityType.PERSON) {
      for (Cluster c : index.fullerNames(type, key)) {
        comparisons[0]++;
        if (partOf == null || c.lastSeen > partOf.lastSeen) {
          partOf = c;
        }
      }
    }
    return partOf;
  }

  /** A name of a type, as the clusters of the run are grouped on (no string is built for it). */
  private record TypedName(EntityType type, String name) {}

  /**
   * A cluster's full name, as clusters are joined across articles: its type, its longest key's
   * words joined ({@code name}) and those words.
   */
  public record FullName(EntityType type, String name, List<String> words) {
    public FullName {
      java.util.Objects.requireNonNull(type, "type");
      java.util.Objects.requireNonNull(name, "name");
      words = List.copyOf(words);
    }

    static FullName of(Cluster c) {
      return new FullName(c.type, c.name(), c.longest().words());
    }
  }

  private static void acrossArticles(List<Cluster> clusters) {
    Map<TypedName, Cluster> byFullName = new LinkedHashMap<>();
    List<FullName> names = new ArrayList<>();
    for (Cluster c : clusters) {
      if (isArticleLocal(c)) {
        continue;
      }
      Cluster first = byFullName.putIfAbsent(new TypedName(c.type, c.name()), c);
      if (first != null) {
        c.merged = first.root();
      } else {
        names.add(FullName.of(c));
      }
    }
    joins(names).forEach((name, fuller) -> byFullName.get(new TypedName(name.type(),
        name.name())).merged = byFullName.get(new TypedName(fuller.type(), fuller.name())));
  }

  /**
   * Which of the run's distinct full names (of clusters that are not local to their article)
   * join a fuller one: a one-word name that is not a bare title joins the only fuller name of
   * the run it is the first or last word of (a person's first or last word; a place's last word,
   * or its first when that is not the head of a place of its own: "مطار القاهرة" is not
   * "القاهرة"). A function of the set of names alone, so it can be read from the run's name
   * table (the Spark job) as from its clusters.
   */
  public static Map<FullName, FullName> joins(java.util.Collection<FullName> names) {
    Map<TypedName, List<FullName>> byEndWord = new HashMap<>();
    for (FullName f : names) {
      List<String> words = f.words();
      if (words.size() > 1 && f.type() == EntityType.PERSON) {
        byEndWord.computeIfAbsent(new TypedName(f.type(), words.get(0)), k -> new ArrayList<>())
            .add(f);
      }
      if (words.size() > 1 && (f.type() == EntityType.PERSON
          || f.type() == EntityType.PLACE && !PLACE_HEADS.contains(words.get(0)))) {
        if (!words.get(words.size() - 1).equals(words.get(0))) {
          byEndWord.computeIfAbsent(new TypedName(f.type(), words.get(words.size() - 1)),
              k -> new ArrayList<>()).add(f);
        }
      }
    }
    Map<FullName, FullName> joins = new LinkedHashMap<>();
    for (FullName c : names) {
      if (c.words().size() != 1 || BARE_TITLES.contains(c.name())) {
        continue;
      }
      List<FullName> fuller = byEndWord.getOrDefault(new TypedName(c.type(), c.words().get(0)),
          List.of());
      if (fuller.size() == 1 && !fuller.get(0).equals(c)) {
        joins.put(c, fuller.get(0));
      }
    }
    return joins;
  }

  /**
   * One article linked alone, as the run's linking first links each article: its mentions in
   * the order the linking placed them (a mention without a name key is left out), the index of
   * each one's cluster, and the clusters in order of their first mention there.
   */
  public record Alone(List<EntityMention> mentions, List<Integer> clusterOf,
      List<AloneCluster> clusters) {
    public Alone {
      mentions = List.copyOf(mentions);
      clusterOf = List.copyOf(clusterOf);
      clusters = List.copyOf(clusters);
    }
  }

  /**
   * One cluster of an article linked alone: its full name, whether its name never joins across
   * articles, its names with their counts and its descriptions (each in order of first use), how
   * many of the article's mentions it holds and the first of them (by offset).
   */
  public record AloneCluster(FullName name, boolean local, Map<String, Integer> names,
      List<String> descriptions, int mentions, EntityMention first) {
    public AloneCluster {
      names = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(names));
      descriptions = List.copyOf(descriptions);
    }
  }

  /** The mentions of one article linked alone ({@link Alone}), as the run's linking does first. */
  public static Alone alone(List<EntityMention> mentions) {
    Part part = computed(mentions).part();
    Map<Cluster, Integer> index = new LinkedHashMap<>();
    List<Integer> clusterOf = new ArrayList<>(part.size());
    Map<Cluster, int[]> counted = new LinkedHashMap<>();
    Map<Cluster, EntityMention> first = new HashMap<>();
    for (int i = 0; i < part.size(); i++) {
      Cluster c = part.clusters()[i];
      clusterOf.add(index.computeIfAbsent(c, k -> index.size()));
      counted.computeIfAbsent(c, k -> new int[1])[0]++;
      first.merge(c, part.mentions()[i], EntityLinker::earlier);
    }
    List<AloneCluster> clusters = new ArrayList<>(index.size());
    index.keySet().forEach(c -> clusters.add(new AloneCluster(FullName.of(c),
        isArticleLocal(c), c.names, c.descriptions, counted.get(c)[0], first.get(c))));
    return new Alone(List.of(part.mentions()), clusterOf, clusters);
  }

  /**
   * The entity the clusters {@code joined} make (each article's in the order of its first
   * mention, articles by id, as the run's linking gathers them), of type {@code type}, with
   * {@code id} and the ids {@code merged} its clusters had alone: named as the run's linking
   * names it.
   */
  public static Entity entity(String id, EntityType type, List<AloneCluster> joined,
      java.util.Collection<String> merged) {
    Map<String, Integer> names = new LinkedHashMap<>();
    java.util.Set<String> described = new java.util.LinkedHashSet<>();
    int mentions = 0;
    for (AloneCluster c : joined) {
      c.names().forEach((n, count) -> names.merge(n, count, Integer::sum));
      described.addAll(c.descriptions());
      mentions += c.mentions();
    }
    LinkRecall recall = LinkRecall.none();
    String name = name(names, recall);
    return new Entity(id, type, name, aliases(name, names, described, recall), mentions,
        List.copyOf(new java.util.TreeSet<>(merged)));
  }

  /** The id of an entity of the type and full name that stands for itself. */
  public static String plainId(EntityType type, String name) {
    return LinkRecall.none().plainId(type, name);
  }

  /**
   * The id of an entity whose plain id is not its own (a name local to its article, or two
   * entities whose plain ids are the same): its type and name with its first mention.
   */
  public static String ownId(EntityType type, String name, EntityMention first) {
    return ContentId.of("e", type.name(), name, first.articleId(),
        Integer.toString(first.start()));
  }

  /** Of two mentions the one first by article, then offset; of equal ones the first given. */
  public static EntityMention first(EntityMention a, EntityMention b) {
    return earlier(a, b);
  }

  /** Whether the name is only a title ("الملك", "الرئيس"): it names nobody across articles. */
  static boolean isBareTitle(NameKey key) {
    return !key.isEmpty() && BARE_TITLES.contains(key.joined());
  }

  /**
   * Whether an organisation's name is a body every country has ("وزارة الخارجية", "مجلس
   * الوزراء"): without a country in it, it names a different body in each article.
   */
  static boolean isLocalBody(EntityType type, NameKey key) {
    List<String> words = key.words();
    return type == EntityType.ORG && !words.isEmpty() && (LOCAL_BODIES.contains(key.joined())
        || words.size() == 2 && LOCAL_HEADS.contains(words.get(0)));
  }

  /** How many name keys this linker has compared. */
  long comparisons() {
    return comparisons[0];
  }

  /**
   * The linked mentions and entities from each part's mentions with their clusters (parts in
   * article order; no cluster is in two parts). What is gathered per entity is kept on its root
   * cluster ({@link Cluster#entity}), not in maps keyed by clusters.
   */
  private static Linked result(List<Part> parts, LinkRecall recall) {
    // roots in order of first mention, each with its id
    List<Cluster> roots = ids(parts, recall);
    // each mention takes its entity's id alone, and each part's clusters are its own: read in
    // parallel (counting each cluster's mentions on it), gathered in order
    List<List<EntityMention>> linked = parts.parallelStream().map(part -> {
      List<EntityMention> out = new ArrayList<>(part.size());
      for (int i = 0; i < part.size(); i++) {
        Cluster cluster = part.clusters()[i];
        cluster.mentions++;
        out.add(part.mentions()[i].withEntity(cluster.root().entity.id));
      }
      return out;
    }).toList();
    List<EntityMention> mentions = new ArrayList<>();
    linked.forEach(mentions::addAll);
    // each part's clusters with their roots and the ids they were before they joined, read in
    // parallel: a cluster is in one part only, and every root's id was read (by ids) already
    List<List<Joined>> distinct = parts.parallelStream()
        .map(part -> java.util.Arrays.stream(part.clusters()).distinct()
            .map(c -> Joined.of(c, recall)).toList())
        .toList();
    distinct.forEach(clusters -> clusters.forEach(joined -> {
      Cluster cluster = joined.cluster();
      Gathered entity = joined.root().entity;
      cluster.names.forEach((n, c) -> entity.names.merge(n, c, Integer::sum));
      entity.described.addAll(cluster.descriptions);
      entity.mentions += cluster.mentions;
      if (joined.alone() != null) {
        entity.merged.add(joined.alone());
      }
    }));
    // mentions counted by id, as the mentions name them
    Map<String, Integer> counts = new HashMap<>();
    roots.forEach(root -> counts.merge(root.entity.id, root.entity.mentions, Integer::sum));
    // each entity is read from its own names: in parallel, listed in order of first mention
    List<Entity> entities = roots.parallelStream().map(root -> {
      Gathered e = root.entity;
      String name = name(e.names, recall);
      return new Entity(e.id, root.type, name, aliases(name, e.names, e.described, recall),
          counts.get(e.id), List.copyOf(e.merged));
    }).toList();
    return new Linked(mentions, entities);
  }

  /**
   * What is gathered on an entity's root cluster: its id, names with their counts,
   * descriptions, the ids its clusters had alone, and its mention count.
   */
  static final class Gathered {
    String id;
    final Map<String, Integer> names = new LinkedHashMap<>();
    final java.util.Set<String> described = new java.util.LinkedHashSet<>();
    final java.util.Set<String> merged = new java.util.TreeSet<>();
    int mentions;
  }

  /**
   * A cluster with its root and, when it joined an entity of another id and is not local to its
   * article, the id it had alone ({@code null} otherwise).
   */
  private record Joined(Cluster cluster, Cluster root, String alone) {
    static Joined of(Cluster cluster, LinkRecall recall) {
      Cluster root = cluster.root();
      // the same type and name give the same id: hashed only when they differ
      if (root == cluster || root.type == cluster.type && root.name().equals(cluster.name())) {
        return new Joined(cluster, root, null);
      }
      String alone = plainId(cluster, recall);
      return new Joined(cluster, root,
          !alone.equals(plainId(root, recall)) && !isArticleLocal(cluster) ? alone : null);
    }
  }

  /**
   * An entity's name: of its names, the one with the most words, then the most frequent, then
   * the shortest; of equal ones the first.
   */
  private static String name(Map<String, Integer> counted, LinkRecall recall) {
    String best = null;
    int bestWords = 0;
    for (Map.Entry<String, Integer> e : counted.entrySet()) {
      String n = e.getKey();
      int words = recall.key(n).words().size();
      if (best == null || words > bestWords || words == bestWords
          && (e.getValue() > counted.get(best) || e.getValue().equals(counted.get(best))
          && n.length() < best.length())) {
        best = n;
        bestWords = words;
      }
    }
    if (best == null) {
      throw new java.util.NoSuchElementException("an entity without a name");
    }
    return best;
  }

  /** Its other names, then its descriptions that are not names, without bare titles. */
  private static List<String> aliases(String name, Map<String, Integer> counted,
      java.util.Set<String> descriptions, LinkRecall recall) {
    List<String> all = new ArrayList<>(counted.keySet());
    all.remove(name);
    descriptions.stream().filter(d -> !counted.containsKey(d)).forEach(all::add);
    all.removeIf(alias -> isBareTitle(recall.key(alias)));
    return all;
  }

  /**
   * Each entity's id, from what defines it: its type and the name key its clusters were joined
   * on ({@link ContentId}), so it is the same in every run and input order, and an article
   * added to the run changes it only when it joins or splits the entity. A name that never joins
   * across articles (a bare title, a local body) names a different entity in each article: its
   * id adds the article and offset of the entity's first mention; so does any other pair of
   * entities whose ids would collide.
   */
  private static List<Cluster> ids(List<Part> parts, LinkRecall recall) {
    // each part's first mention of each entity, in parallel; then the first of all, in order
    List<Map<Cluster, EntityMention>> firsts = parts.parallelStream().map(part -> {
      Map<Cluster, EntityMention> own = new LinkedHashMap<>();
      for (int i = 0; i < part.size(); i++) {
        own.merge(part.clusters()[i].root(), part.mentions()[i], EntityLinker::earlier);
      }
      return own;
    }).toList();
    List<Cluster> roots = new ArrayList<>();
    List<EntityMention> first = new ArrayList<>();
    for (Map<Cluster, EntityMention> own : firsts) {
      own.forEach((root, mention) -> {
        if (root.entity == null) {
          root.entity = new Gathered();
          root.rank = roots.size();
          roots.add(root);
          first.add(mention);
        } else {
          first.set(root.rank, earlier(first.get(root.rank), mention));
        }
      });
    }
    roots.parallelStream().forEach(root -> plainId(root, recall));
    Map<String, Integer> plain = new HashMap<>();
    roots.forEach(root -> plain.merge(plainId(root, recall), 1, Integer::sum));
    for (Cluster root : roots) {
      String id = plainId(root, recall);
      EntityMention mention = first.get(root.rank);
      root.entity.id = !isArticleLocal(root) && plain.get(id) == 1 ? id
          : ownId(root.type, root.name(), mention);
    }
    return roots;
  }

  /** Of two mentions the one first by article, then offset; of equal ones the first given. */
  private static EntityMention earlier(EntityMention a, EntityMention b) {
    int order = a.articleId().compareTo(b.articleId());
    if (order == 0) {
      order = a.start() != b.start() ? Integer.compare(a.start(), b.start())
          : Integer.compare(a.end(), b.end());
    }
    return order <= 0 ? a : b;
  }

  /** The id a cluster's name gives when it stands for itself. */
  private static String plainId(Cluster cluster, LinkRecall recall) {
    if (cluster.plainId == null) {
      cluster.plainId = recall.plainId(cluster.type, cluster.name());
    }
    return cluster.plainId;
  }

  /** Whether the cluster's name never joins across articles (a bare title, a local body). */
  private static boolean isArticleLocal(Cluster cluster) {
    if (cluster.local == null) {
      // the name is its longest key joined, read once (as isBareTitle and isLocalBody read it)
      List<String> words = cluster.longest().words();
      cluster.local = BARE_TITLES.contains(cluster.name()) || cluster.type == EntityType.ORG
          && (LOCAL_BODIES.contains(cluster.name())
          || words.size() == 2 && LOCAL_HEADS.contains(words.get(0)));
    }
    return cluster.local;
  }
}
