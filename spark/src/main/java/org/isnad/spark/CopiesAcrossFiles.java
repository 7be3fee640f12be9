package org.isnad.spark;

import java.io.Serializable;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.isnad.ingest.Ingestor;
import org.isnad.model.Document;
import scala.Tuple2;

/**
 * Exact copies across files, as a Spark stage: each file is read by its own ingestor, which marks
 * copies within the file only; here the documents are keyed by the hash of their bytes, the
 * first reading of each hash in the run's reading order is found by a reduce, and every later
 * reading becomes its copy ({@link Ingestor#sameBytesAs}), as one ingestor reading the whole run
 * would have made it. The join is the shuffle that spreads the documents over the partitions the
 * annotation runs in; only (hash, order, id, source) rows are reduced.
 */
final class CopiesAcrossFiles {
  /** The first reading of some bytes: where in the reading order, its id and source. */
  record First(long order, String id, String source) implements Serializable {}

  private CopiesAcrossFiles() {}

  /** The documents, spread over {@code partitions}, each later reading of bytes made a copy. */
  static JavaRDD<Ingested> marked(JavaRDD<Ingested> documents, int partitions) {
    JavaPairRDD<String, Ingested> keyed = documents.mapToPair(r -> new Tuple2<>(key(r), r));
    JavaPairRDD<String, First> firsts = keyed
        .filter(t -> !t._1().startsWith("#"))
        .mapValues(CopiesAcrossFiles::first)
        .reduceByKey((a, b) -> a.order() <= b.order() ? a : b);
    return keyed.leftOuterJoin(firsts, partitions).values().map(t -> {
      Ingested row = t._1();
      if (!t._2().isPresent() || t._2().get().order() == row.order()) {
        return row;
      }
      First first = t._2().get();
      Document copy = Ingestor.sameBytesAs(ModelCodec.read(row.json(), Document.class),
          first.id(), first.source());
      return new Ingested(row.file(), row.seq(), false, ModelCodec.write(copy));
    });
  }

  /** The hash of the bytes for a first reading; a key of its own for anything else. */
  private static String key(Ingested row) {
    Document d = ModelCodec.read(row.json(), Document.class);
    return Ingestor.firstOfItsBytes(d) ? d.sha256() : "#" + row.order();
  }

  private static First first(Ingested row) {
    Document d = ModelCodec.read(row.json(), Document.class);
    return new First(row.order(), d.id(), d.source());
  }
}
