package org.isnad.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.isnad.LinkedArticles;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.AnnotatedDocument;
import org.isnad.model.Entity;
import org.isnad.model.EntityMention;
import org.isnad.timeline.TimelineBuilder;
import scala.Tuple2;

/**
 * The first linking stages of a run, before its timeline: the annotated documents put in the
 * run's order, entities linked, and each article linked against them on the executors.
 * <ol>
 *   <li>the documents are sorted by the run's order (source, then id, as {@code isnad analyze})
 *       and numbered, on the executors;
 *   <li>entities are linked by name keys as Spark stages ({@link EntityStages}): only the
 *       run's distinct names and its entities reach the driver;
 *   <li>each article is linked on the executors ({@link LinkedArticles#link}: its linked
 *       mentions, its statements' speakers, its events) against the run's entities, broadcast.
 * </ol>
 */
final class LinkStages {
  private LinkStages() {}

  /** One annotated document (JSON, {@link ModelCodec}) at its place in the run's order. */
  record Placed(long order, byte[] json) implements Serializable {}

  /** The run's entities, as the entity linker lists them. */
  record Entities(List<Entity> list) {
    Entities {
      list = List.copyOf(list);
    }
  }

  /** The linked run: its documents in order, on the executors, and its entities. */
  record Linked(JavaRDD<Placed> documents, List<Entity> entities) {}

  /** The documents in the run's order (by source, then id), numbered from 0. */
  static JavaRDD<Placed> placed(JavaRDD<Annotated> rows, int partitions) {
    return rows.mapToPair(r -> new Tuple2<>(runKey(ModelCodec.read(r.json(),
            AnnotatedDocument.class)), r.json()))
        .sortByKey(true, partitions)
        .values()
        .zipWithIndex()
        .map(t -> new Placed(t._2(), t._1()));
  }

  /**
   * The key of the run's order: the source, then the id ({@code \u0000}, lower than any
   * character a source holds, keeps a shorter source first).
   */
  static String runKey(AnnotatedDocument d) {
    return d.document().source() + '\u0000' + d.document().id();
  }

  /** Steps 2 and 3 on documents in the run's order; the result is kept on the executors' disks. */
  static Linked linked(JavaRDD<Placed> placed, JavaSparkContext spark, int partitions) {
    EntityStages.Linked names = EntityStages.link(placed, spark, partitions);
    Broadcast<byte[]> entities = spark.broadcast(ModelCodec.write(new Entities(names.entities())));
    JavaRDD<Placed> linked = placed.mapToPair(p -> new Tuple2<>(p.order(), p.json()))
        .leftOuterJoin(names.mentions(), partitions)
        .mapPartitions(docs -> {
          LinkedArticles articles = Broadcasts.decoded(entities, Entities.class,
              e -> new LinkedArticles(e.list()));
          List<Placed> out = new ArrayList<>();
          docs.forEachRemaining(t -> out.add(new Placed(t._1(), ModelCodec.write(
              linked(t._2()._1(), t._2()._2().orElse(null), articles)))));
          return out.iterator();
        })
        .persist(StorageLevel.DISK_ONLY());
    linked.count();
    names.mentions().unpersist();
    return new Linked(linked, names.entities());
  }

  /** A document's articles linked, {@code mentions} their linked mentions (null: none). */
  private static AnnotatedDocument linked(byte[] document, byte[] mentions,
      LinkedArticles articles) {
    AnnotatedDocument d = ModelCodec.read(document, AnnotatedDocument.class);
    Map<Integer, List<EntityMention>> own = mentions == null ? Map.of()
        : ModelCodec.read(mentions, EntityStages.ArticleMentions.class).byIndex();
    List<AnnotatedArticle> linked = new ArrayList<>(d.articles().size());
    for (int i = 0; i < d.articles().size(); i++) {
      linked.add(articles.link(d.articles().get(i), own.getOrDefault(i, List.of())));
    }
    return d.withArticles(linked);
  }

  /** Whether no two articles of the run share an id (the key the linking stages join on). */
  static boolean uniqueIds(JavaRDD<Placed> documents) {
    JavaRDD<String> ids = documents.flatMap(p -> ModelCodec.read(p.json(),
        AnnotatedDocument.class).articles().stream().map(AnnotatedArticle::id).iterator());
    return ids.count() == ids.distinct().count();
  }

  /** Article id → its date key ({@link TimelineBuilder#dateKey}), on the executors. */
  static JavaPairRDD<String, String> dateKeys(JavaRDD<Placed> documents) {
    return documents.flatMapToPair(p -> ModelCodec.read(p.json(), AnnotatedDocument.class)
        .articles().stream().map(a -> new Tuple2<>(a.id(),
            TimelineBuilder.dateKey(a.article()))).iterator());
  }
}
