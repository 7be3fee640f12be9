package org.isnad.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.isnad.link.NearDuplicateFinder;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.AnnotatedDocument;
import org.isnad.timeline.TimelineBuilder;
import scala.Tuple2;

/**
 * Copy detection's candidate search and checks as Spark stages, so the driver never shingles a
 * text: each article's 25 band keys (from the signature read on the executors)
 * are grouped by key into buckets; each bucket, its articles in the run's order (by
 * {@link TimelineBuilder#dateKey}, then id), gives the candidate pairs of
 * {@link NearDuplicateFinder#bucketPairs}, kept once; each pair is checked on the exact shingle
 * sets ({@link NearDuplicateFinder.Shingles}) by joining the two articles' shingles, read once
 * per article of some pair. Only the verdicts (two ids and a boolean each) reach the driver,
 * where {@link Verdicts} hands them to the linker's finder. The finder still groups the
 * signatures into candidate pairs itself (cheap: no text is read) and joins the copies into
 * groups; for every pair it asks, the verdict is here.
 *
 * <p>Design decision: the pairs are keyed by article ids, which the engine makes unique in a run
 * (document id and article number); when they are not, the job gives no verdicts and the
 * driver checks the pairs itself ({@link SparkAnalysis}).
 */
final class CopyChecks {
  /** What the copies' stages read of one article. */
  record Copyable(String id, String dateKey, String text, long[] bands) implements Serializable {}

  /** One article in a band bucket: the run's order keys. */
  record Member(String dateKey, String id) implements Serializable {}

  /** One checked candidate pair: the ids (earlier first) and whether the texts are copies. */
  record Verdict(String first, String second, boolean copies) implements Serializable {}

  private static final Comparator<Member> RUN_ORDER = Comparator.comparing(Member::dateKey)
      .thenComparing(Member::id);

  private CopyChecks() {}

  /** The verdict on every candidate pair of the run's articles, checked on the executors. */
  static List<Verdict> checked(JavaRDD<Annotated> rows, int partitions) {
    JavaRDD<Copyable> articles = rows.flatMap(row -> copyable(row).iterator())
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      JavaPairRDD<String, String> pairs = candidates(articles, partitions);
      JavaPairRDD<String, NearDuplicateFinder.Shingles> shingles = articles
          .mapToPair(a -> new Tuple2<>(a.id(), a.text()))
          .join(pairs.flatMap(p -> List.of(p._1(), p._2()).iterator()).distinct(partitions)
              .mapToPair(id -> new Tuple2<>(id, Boolean.TRUE)), partitions)
          .mapValues(t -> NearDuplicateFinder.Shingles.of(t._1()));
      return pairs.join(shingles, partitions)
          .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
          .join(shingles, partitions)
          .map(t -> new Verdict(t._2()._1()._1(), t._1(),
              t._2()._1()._2().copies(t._2()._2())))
          .collect();
    } finally {
      articles.unpersist();
    }
  }

  /** Each article of an annotated document with its text's band hashes. */
  private static List<Copyable> copyable(Annotated row) {
    AnnotatedDocument d = ModelCodec.read(row.json(), AnnotatedDocument.class);
    List<Copyable> out = new ArrayList<>();
    for (int i = 0; i < d.articles().size(); i++) {
      AnnotatedArticle a = d.articles().get(i);
      out.add(new Copyable(a.id(), TimelineBuilder.dateKey(a.article()), a.article().text(),
          row.bands().get(i)));
    }
    return out;
  }

  /**
   * The candidate pairs (earlier id, later id), each once: the articles grouped by band key,
   * each bucket of two or more paired by the finder's rule in the run's order.
   */
  static JavaPairRDD<String, String> candidates(JavaRDD<Copyable> articles, int partitions) {
    return articles.filter(a -> a.bands().length > 0)
        .flatMapToPair(a -> {
          List<Tuple2<Tuple2<Integer, Long>, Member>> keys = new ArrayList<>();
          for (int band = 0; band < a.bands().length; band++) {
            keys.add(new Tuple2<>(new Tuple2<>(band, a.bands()[band]),
                new Member(a.dateKey(), a.id())));
          }
          return keys.iterator();
        })
        .groupByKey(partitions)
        .flatMapToPair(bucket -> {
          List<Member> members = new ArrayList<>();
          bucket._2().forEach(members::add);
          List<Tuple2<String, String>> out = new ArrayList<>();
          if (members.size() > 1) {
            members.sort(RUN_ORDER);
            NearDuplicateFinder.bucketPairs(members,
                (first, other) -> out.add(new Tuple2<>(first.id(), other.id())));
          }
          return out.iterator();
        })
        .distinct(partitions);
  }

  /**
   * The verdicts as the linker's finder asks for them, by ids. Counts the pairs asked and those
   * it had no verdict for (the driver then checked them itself): thread safe.
   */
  static final class Verdicts implements NearDuplicateFinder.Verdicts {
    private final Map<Tuple2<String, String>, Boolean> known = new HashMap<>();
    private final AtomicLong asked = new AtomicLong();
    private final AtomicLong missing = new AtomicLong();

    Verdicts(List<Verdict> verdicts) {
      verdicts.forEach(v -> known.put(new Tuple2<>(v.first(), v.second()), v.copies()));
    }

    @Override
    public Boolean of(String first, String second) {
      asked.incrementAndGet();
      Boolean verdict = known.get(new Tuple2<>(first, second));
      if (verdict == null) {
        missing.incrementAndGet();
      }
      return verdict;
    }

    /** How many verdicts the executors gave. */
    int size() {
      return known.size();
    }

    /** How many pairs the linker asked about. */
    long asked() {
      return asked.get();
    }

    /** How many of them had no verdict here, so the driver shingled their texts. */
    long missing() {
      return missing.get();
    }
  }
}
