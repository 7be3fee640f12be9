package org.isnad.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.broadcast.Broadcast;

/**
 * A run-level table broadcast as JSON, decoded once per executor JVM rather than once per task
 * or row: a table the size of the run's entities or articles decoded by each of many partitions
 * made the cost grow with the table times the partitions (the 10× run). Keeps the last
 * {@value #KEPT} decoded tables, by broadcast id. Thread safe.
 */
final class Broadcasts {
  static final int KEPT = 8;
  private static final Map<Long, Object> DECODED = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, Object> eldest) {
      return size() > KEPT;
    }
  };

  private Broadcasts() {}

  /** The broadcast JSON decoded as {@code type}, then made into what {@code made} gives. */
  @SuppressWarnings("unchecked")
  static <T, R> R decoded(Broadcast<byte[]> table, Class<T> type, Function<T, R> made) {
    synchronized (DECODED) {
      Object known = DECODED.get(table.id());
      if (known == null) {
        known = made.apply(ModelCodec.read(table.value(), type));
        DECODED.put(table.id(), known);
      }
      return (R) known;
    }
  }
}
