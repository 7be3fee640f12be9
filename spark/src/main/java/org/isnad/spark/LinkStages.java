package org.isnad.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.isnad.LinkedArticles;
import org.isnad.link.EntityLinker;
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
 *   <li>entities: every article's entity mentions, and nothing else of it, are read on the
 *       driver in the run's order and linked there by the engine's {@link EntityLinker}
 *       ({@link LinkedArticles#names}); each document's linked mentions go back to its
 *       partition;
 *   <li>each article is linked on the executors ({@link LinkedArticles#link}: its linked
 *       mentions, its statements' speakers, its events) against the run's entities, broadcast.
 * </ol>
 * <p>Design decision: the entity linking of step 2 still reads every mention on the driver
 * (about a tenth of an annotated article: no text, tokens, statements or events): the engine's
 * linker joins names across the whole run, in the run's order, and splitting it by name keys
 * is not done yet (docs/SCALE.md).
 */
final class LinkStages {
  private LinkStages() {}

  /** One annotated document (JSON, {@link ModelCodec}) at its place in the run's order. */
  record Placed(long order, byte[] json) implements Serializable {}

  /** One document's articles' linked mentions, in its articles' order. */
  record DocumentMentions(List<List<EntityMention>> articles) {
    DocumentMentions {
      articles = articles.stream().map(List::copyOf).toList();
    }
  }

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
    Map<String, List<EntityMention>> byArticle = new LinkedHashMap<>();
    List<Long> orders = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    Iterator<Placed> rows = placed.sortBy(Placed::order, true, partitions).toLocalIterator();
    while (rows.hasNext()) {
      Placed p = rows.next();
      AnnotatedDocument d = ModelCodec.read(p.json(), AnnotatedDocument.class);
      d.articles().forEach(a -> byArticle.put(a.id(), a.mentions()));
      orders.add(p.order());
      sizes.add(d.articles().size());
    }
    EntityLinker.Linked names = LinkedArticles.names(byArticle);
    List<String> ids = List.copyOf(byArticle.keySet());
    byArticle.clear();
    Broadcast<byte[]> entities = spark.broadcast(ModelCodec.write(new Entities(names.entities())));
    JavaPairRDD<Long, byte[]> mentions = spark.parallelizePairs(
        own(orders, sizes, ids, names.mentions()), partitions);
    JavaRDD<Placed> linked = placed.mapToPair(p -> new Tuple2<>(p.order(), p.json()))
        .join(mentions, partitions)
        .mapPartitions(docs -> {
          LinkedArticles articles = new LinkedArticles(
              ModelCodec.read(entities.value(), Entities.class).list());
          List<Placed> out = new ArrayList<>();
          docs.forEachRemaining(t -> out.add(new Placed(t._1(),
              ModelCodec.write(linked(t._2()._1(), t._2()._2(), articles)))));
          return out.iterator();
        })
        .persist(StorageLevel.DISK_ONLY());
    linked.count();
    return new Linked(linked, names.entities());
  }

  /**
   * Each document's linked mentions, by its number: documents {@code orders} with
   * {@code sizes} articles each, whose ids {@code ids} lists in the run's order; {@code all}
   * lists every article's linked mentions together, articles in the run's order.
   */
  private static List<Tuple2<Long, byte[]>> own(List<Long> orders, List<Integer> sizes,
      List<String> ids, List<EntityMention> all) {
    List<Tuple2<Long, byte[]>> out = new ArrayList<>(orders.size());
    int next = 0;
    int article = 0;
    for (int doc = 0; doc < orders.size(); doc++) {
      List<List<EntityMention>> articles = new ArrayList<>();
      for (int i = 0; i < sizes.get(doc); i++, article++) {
        int from = next;
        while (next < all.size() && all.get(next).articleId().equals(ids.get(article))) {
          next++;
        }
        articles.add(all.subList(from, next));
      }
      out.add(new Tuple2<>(orders.get(doc), ModelCodec.write(new DocumentMentions(articles))));
    }
    return out;
  }

  private static AnnotatedDocument linked(byte[] document, byte[] mentions,
      LinkedArticles articles) {
    AnnotatedDocument d = ModelCodec.read(document, AnnotatedDocument.class);
    List<List<EntityMention>> own = ModelCodec.read(mentions, DocumentMentions.class).articles();
    List<AnnotatedArticle> linked = new ArrayList<>(d.articles().size());
    for (int i = 0; i < d.articles().size(); i++) {
      linked.add(articles.link(d.articles().get(i), own.get(i)));
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
