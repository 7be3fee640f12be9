package org.isnad.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Reads the rows of a query and parses each one's value while the next rows are read: the
 * reading thread hands chunks of rows (the value's bytes, with the row's key) to the common
 * pool's workers and parses a chunk itself whenever they are behind, then helps them finish.
 * Reading back a large case is one sequential scan of the database (one thread) and parsing
 * (any thread): this keeps both cores busy. Rows come back in the query's order; at most a few
 * chunks' bytes are held at once. Not thread safe (one call at a time per result set).
 */
final class ParsedRows<T> {
  /** Rows handed over together. */
  private static final int CHUNK = 128;

  /** One row's key (first column, may be null) and value bytes (second column, or the first). */
  record Row(String key, byte[] value) {}

  /** Parses one row. */
  interface Parser<T> {
    T parse(Row row);
  }

  private record Chunk(int index, List<Row> rows) {}

  private static final Chunk END = new Chunk(-1, List.of());
  private final Parser<T> parser;
  private final Map<Integer, List<T>> done = new ConcurrentHashMap<>();

  private ParsedRows(Parser<T> parser) {
    this.parser = parser;
  }

  /**
   * Each row of {@code rows} parsed, in order; with {@code keyed}, column 1 is the row's key and
   * column 2 its value, else column 1 is its value.
   */
  static <T> List<T> of(ResultSet rows, boolean keyed, Parser<T> parser) throws SQLException {
    return new ParsedRows<>(parser).read(rows, keyed);
  }

  private List<T> read(ResultSet rows, boolean keyed) throws SQLException {
    int workers = Math.max(1, ForkJoinPool.getCommonPoolParallelism());
    BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(workers * 2);
    List<ForkJoinTask<?>> tasks = new ArrayList<>();
    for (int i = 0; i < workers; i++) {
      tasks.add(ForkJoinPool.commonPool().submit(() -> drain(queue)));
    }
    int chunks = 0;
    try {
      List<Row> chunk = new ArrayList<>(CHUNK);
      while (rows.next()) {
        chunk.add(keyed ? new Row(rows.getString(1), rows.getBytes(2))
            : new Row(null, rows.getBytes(1)));
        if (chunk.size() == CHUNK) {
          hand(queue, new Chunk(chunks++, chunk));
          chunk = new ArrayList<>(CHUNK);
        }
      }
      hand(queue, new Chunk(chunks++, chunk));
      for (Chunk c = queue.poll(); c != null; c = queue.poll()) {
        parse(c);
      }
    } finally {
      queue.clear();
      for (int i = 0; i < workers; i++) {
        putEnd(queue);
      }
    }
    tasks.forEach(ForkJoinTask::join);
    List<T> out = new ArrayList<>();
    for (int i = 0; i < chunks; i++) {
      out.addAll(done.get(i));
    }
    return out;
  }

  /** Gives {@code c} to a worker, or parses it here when they all are busy. */
  private void hand(BlockingQueue<Chunk> queue, Chunk c) {
    if (!queue.offer(c)) {
      parse(c);
    }
  }

  private void drain(BlockingQueue<Chunk> queue) {
    try {
      for (Chunk c = queue.take(); c != END; c = queue.take()) {
        parse(c);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the store", e);
    }
  }

  private void parse(Chunk c) {
    List<T> out = new ArrayList<>(c.rows().size());
    for (Row row : c.rows()) {
      out.add(parser.parse(row));
    }
    done.put(c.index(), out);
  }

  private static void putEnd(BlockingQueue<Chunk> queue) {
    while (!queue.offer(END)) {
      Thread.onSpinWait();
    }
  }
}
