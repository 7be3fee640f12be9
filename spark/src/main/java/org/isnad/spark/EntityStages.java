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
import org.isnad.link.EntityLinker;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.AnnotatedDocument;
import org.isnad.model.Entity;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import scala.Tuple2;

/**
 * Entity linking as Spark stages, by name keys, with the engine's own steps
 * ({@link EntityLinker#alone}, {@link EntityLinker#joins}, {@link EntityLinker#entity}):
 * <ol>
 *   <li>each article's mentions are linked alone on the executors (clusters within the
 *       article);
 *   <li>the run's distinct full names (of clusters not local to their article) reach the driver:
 *       the name table, from which the one-word names that join a fuller one are read, then
 *       broadcast;
 *   <li>clusters are grouped by the entity they make (their root name, or the cluster itself
 *       for a name local to its article): each entity is named and counted on an executor from
 *       its clusters in the run's linking order (articles by id, then each article's order);
 *   <li>ids: an entity's plain id unless another entity of the run has the same one (those few
 *       ids reach the driver) or its name is local;
 *   <li>each article's mentions take their entities' ids; the entities are listed in order of
 *       first mention in the run's order.
 * </ol>
 * What reaches the driver: the distinct full names (O(names)), the plain ids two entities share,
 * and the run's entities (O(entities)), which every executor then needs for speakers.
 * The same entities and linked mentions as {@link org.isnad.LinkedArticles#names}.
 */
final class EntityStages {
  private EntityStages() {}

  /** One article's mentions linked alone ({@link EntityLinker.Alone}, JSON), where it is. */
  record ArticleAlone(long order, int index, String articleId, byte[] alone)
      implements Serializable {}

  /** One cluster on its way to its entity: its article, its place there, and the cluster. */
  record ClusterRef(long order, int index, String articleId, int cluster, byte[] json,
      String aloneId) implements Serializable {}

  /** The run's entities in order, and each document's articles' linked mentions. */
  record Linked(List<Entity> entities, JavaPairRDD<Long, byte[]> mentions) {}

  /** One document's articles' linked mentions, by article index (articles without are left out). */
  record ArticleMentions(Map<Integer, List<EntityMention>> byIndex) {}

  record Joins(Map<String, EntityLinker.FullName> byKey) {}

  record EntityRow(Entity entity) {}

  record MentionList(List<EntityMention> list) {}

  /** The entities and linked mentions of the documents {@code placed} (in the run's order). */
  static Linked link(JavaRDD<LinkStages.Placed> placed, JavaSparkContext spark,
      int partitions) {
    JavaRDD<ArticleAlone> alone = placed.flatMap(p -> {
      AnnotatedDocument d = ModelCodec.read(p.json(), AnnotatedDocument.class);
      List<ArticleAlone> out = new ArrayList<>();
      for (int i = 0; i < d.articles().size(); i++) {
        AnnotatedArticle a = d.articles().get(i);
        out.add(new ArticleAlone(p.order(), i, a.id(),
            ModelCodec.write(EntityLinker.alone(a.mentions()))));
      }
      return out.iterator();
    }).persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      Broadcast<byte[]> joins = spark.broadcast(ModelCodec.write(joins(alone, partitions)));
      JavaPairRDD<String, ClusterRef> clusters = alone.flatMapToPair(a -> {
        Map<String, EntityLinker.FullName> joined = Broadcasts.decoded(joins, Joins.class,
            Joins::byKey);
        return refs(a, joined).iterator();
      }).persist(StorageLevel.MEMORY_AND_DISK_SER());
      JavaPairRDD<String, Draft> drafts = clusters.groupByKey(partitions)
          .mapValues(EntityStages::draft).persist(StorageLevel.MEMORY_AND_DISK_SER());
      Set<String> shared = new HashSet<>(drafts.mapToPair(d -> new Tuple2<>(d._2().plainId(), 1))
          .reduceByKey(Integer::sum).filter(t -> t._2() > 1).keys().collect());
      Broadcast<Set<String>> collided = spark.broadcast(shared);
      JavaPairRDD<String, String> ids = drafts.mapValues(d -> d.id(collided.value()));
      JavaPairRDD<Long, byte[]> mentions = mentions(alone, clusters, ids, partitions)
          .persist(StorageLevel.MEMORY_AND_DISK_SER());
      List<Entity> entities = ordered(drafts.join(ids).values()
          .mapToPair(t -> new Tuple2<>(t._2(), ModelCodec.write(
              new EntityRow(t._1().entity(t._2()))))), mentions, partitions);
      drafts.unpersist();
      clusters.unpersist();
      return new Linked(entities, mentions);
    } finally {
      alone.unpersist();
    }
  }

  /** The name table (on the driver) and which names join a fuller one, by name key. */
  private static Joins joins(JavaRDD<ArticleAlone> alone, int partitions) {
    List<EntityLinker.FullName> names = alone.flatMap(a -> ModelCodec.read(a.alone(),
            EntityLinker.Alone.class).clusters().stream().filter(c -> !c.local())
            .map(c -> new String(ModelCodec.write(c.name()), java.nio.charset.StandardCharsets.UTF_8))
            .iterator())
        .distinct(partitions)
        .collect().stream()
        .map(json -> ModelCodec.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            EntityLinker.FullName.class))
        .toList();
    Map<String, EntityLinker.FullName> byKey = new HashMap<>();
    EntityLinker.joins(names).forEach((name, fuller) -> byKey.put(key(name), fuller));
    return new Joins(byKey);
  }

  /** The key of a full name: its type and name. */
  private static String key(EntityLinker.FullName name) {
    return name.type() + "\u0000" + name.name();
  }

  /** Each cluster of an article keyed by the entity it makes. */
  private static List<Tuple2<String, ClusterRef>> refs(ArticleAlone a,
      Map<String, EntityLinker.FullName> joins) {
    EntityLinker.Alone linked = ModelCodec.read(a.alone(), EntityLinker.Alone.class);
    List<Tuple2<String, ClusterRef>> out = new ArrayList<>();
    for (int k = 0; k < linked.clusters().size(); k++) {
      EntityLinker.AloneCluster c = linked.clusters().get(k);
      EntityLinker.FullName root = c.local() ? c.name()
          : joins.getOrDefault(key(c.name()), c.name());
      String entity = c.local() ? "L\u0000" + a.articleId() + "\u0000" + k : "N\u0000" + key(root);
      String aloneId = !c.local() && !root.equals(c.name())
          ? EntityLinker.plainId(c.name().type(), c.name().name()) : null;
      if (aloneId != null && aloneId.equals(EntityLinker.plainId(root.type(), root.name()))) {
        aloneId = null;
      }
      out.add(new Tuple2<>(entity, new ClusterRef(a.order(), a.index(), a.articleId(), k,
          ModelCodec.write(new RootedCluster(root, c)), aloneId)));
    }
    return out;
  }

  /** A cluster with the full name of the entity it makes. */
  record RootedCluster(EntityLinker.FullName root, EntityLinker.AloneCluster cluster) {}

  /** One entity before its id is known: its clusters in the linking's order. */
  record Draft(byte[] clusters, EntityType type, String name, boolean local, String plainId,
      byte[] first, List<String> merged) implements Serializable {
    String id(Set<String> collided) {
      return !local && !collided.contains(plainId) ? plainId
          : EntityLinker.ownId(type, name, ModelCodec.read(first, EntityMention.class));
    }

    Entity entity(String id) {
      return EntityLinker.entity(id, type,
          ModelCodec.read(clusters, ClusterList.class).list(), merged);
    }
  }

  record ClusterList(List<EntityLinker.AloneCluster> list) {}

  private static Draft draft(Iterable<ClusterRef> refs) {
    List<ClusterRef> sorted = new ArrayList<>();
    refs.forEach(sorted::add);
    sorted.sort(Comparator.comparing(ClusterRef::articleId).thenComparingInt(ClusterRef::cluster));
    List<EntityLinker.AloneCluster> clusters = new ArrayList<>(sorted.size());
    Set<String> merged = new java.util.TreeSet<>();
    EntityMention first = null;
    EntityLinker.FullName root = null;
    boolean local = false;
    for (ClusterRef ref : sorted) {
      RootedCluster rc = ModelCodec.read(ref.json(), RootedCluster.class);
      clusters.add(rc.cluster());
      root = rc.root();
      local = rc.cluster().local();
      first = first == null ? rc.cluster().first() : EntityLinker.first(first, rc.cluster().first());
      if (ref.aloneId() != null) {
        merged.add(ref.aloneId());
      }
    }
    return new Draft(ModelCodec.write(new ClusterList(clusters)), root.type(), root.name(), local,
        EntityLinker.plainId(root.type(), root.name()), ModelCodec.write(first),
        List.copyOf(merged));
  }

  /** Each document's articles' linked mentions, by the document's order. */
  private static JavaPairRDD<Long, byte[]> mentions(JavaRDD<ArticleAlone> alone,
      JavaPairRDD<String, ClusterRef> clusters, JavaPairRDD<String, String> ids,
      int partitions) {
    JavaPairRDD<Tuple2<Long, Integer>, Tuple2<Integer, String>> clusterIds = clusters
        .join(ids, partitions)
        .mapToPair(t -> new Tuple2<>(new Tuple2<>(t._2()._1().order(), t._2()._1().index()),
            new Tuple2<>(t._2()._1().cluster(), t._2()._2())));
    return alone.mapToPair(a -> new Tuple2<>(new Tuple2<>(a.order(), a.index()), a.alone()))
        .join(clusterIds.groupByKey(partitions), partitions)
        .mapToPair(t -> {
          Map<Integer, String> byCluster = new HashMap<>();
          t._2()._2().forEach(c -> byCluster.put(c._1(), c._2()));
          EntityLinker.Alone a = ModelCodec.read(t._2()._1(), EntityLinker.Alone.class);
          List<EntityMention> linked = new ArrayList<>(a.mentions().size());
          for (int i = 0; i < a.mentions().size(); i++) {
            linked.add(a.mentions().get(i).withEntity(byCluster.get(a.clusterOf().get(i))));
          }
          return new Tuple2<>(t._1()._1(), new Tuple2<>(t._1()._2(),
              ModelCodec.write(new MentionList(linked))));
        })
        .groupByKey(partitions)
        .mapValues(articles -> {
          Map<Integer, List<EntityMention>> byIndex = new java.util.TreeMap<>();
          articles.forEach(a -> byIndex.put(a._1(), ModelCodec.read(a._2(),
              MentionList.class).list()));
          return ModelCodec.write(new ArticleMentions(byIndex));
        });
  }

  /**
   * The entities in order of their first mention in the run's order (documents, then each
   * document's articles, then each article's linked mentions).
   */
  private static List<Entity> ordered(JavaPairRDD<String, byte[]> entities,
      JavaPairRDD<Long, byte[]> mentions, int partitions) {
    JavaPairRDD<String, String> firstPlace = mentions.flatMapToPair(t -> {
      List<Tuple2<String, String>> out = new ArrayList<>();
      ModelCodec.read(t._2(), ArticleMentions.class).byIndex().forEach((index, list) -> {
        for (int i = 0; i < list.size(); i++) {
          out.add(new Tuple2<>(list.get(i).entityId(),
              String.format(java.util.Locale.ROOT, "%019d %010d %010d", t._1(), index, i)));
        }
      });
      return out.iterator();
    }).reduceByKey((a, b) -> a.compareTo(b) <= 0 ? a : b, partitions);
    return entities.join(firstPlace, partitions).values()
        .sortBy(Tuple2::_2, true, partitions)
        .map(t -> t._1())
        .collect().stream()
        .map(json -> ModelCodec.read(json, EntityRow.class).entity())
        .toList();
  }
}
