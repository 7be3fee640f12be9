package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isnad.model.Event;

/** The reading queries of a {@link SqlStore}, and its marks. Not thread safe. */
final class StoreQueries {
  /** The most rows one page may ask for. */
  static final int MAX_LIMIT = 10_000;
  private final Connection connection;
  private final Dialect dialect;

  StoreQueries(Connection connection, Dialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  static void checkPage(int offset, int limit) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": "
          + limit);
    }
  }

  List<String> strings(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  <T> List<T> values(String sql, Class<T> type) throws SQLException {
    List<T> out = new ArrayList<>();
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(ModelJson.read(r.getString(1), type));
      }
    }
    return out;
  }

  /** The first two columns of every row {@code sql} gives, as a map from the first. */
  java.util.Map<String, String> pairs(String sql) throws SQLException {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.put(r.getString(1), r.getString(2));
      }
    }
    return out;
  }

  /** Rows parsed together on the common pool by {@link #parsedValues}. */
  private static final int PARSED_TOGETHER = 256;

  /**
   * As {@link #values}, the JSON parsed on the common pool a few hundred rows at a time (reading
   * back a whole case is mostly parsing; the texts of a chunk only are held at once).
   */
  <T> List<T> parsedValues(String sql, Class<T> type) throws SQLException {
    List<T> out = new ArrayList<>();
    List<String> chunk = new ArrayList<>(PARSED_TOGETHER);
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        chunk.add(r.getString(1));
        if (chunk.size() == PARSED_TOGETHER) {
          out.addAll(parsed(chunk, type));
          chunk.clear();
        }
      }
    }
    out.addAll(parsed(chunk, type));
    return out;
  }

  private static <T> List<T> parsed(List<String> json, Class<T> type) {
    return json.parallelStream().map(j -> ModelJson.read(j, type)).toList();
  }

  int count(String sql) throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getInt(1) : 0;
    }
  }

  long count64(String sql) throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getLong(1) : 0;
    }
  }

  <T> Optional<T> one(String sql, String id, Class<T> type) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(ModelJson.read(r.getString(1), type)) : Optional.empty();
      }
    }
  }

  /**
   * The JSON value {@code sql} (one {@code ?}, the id) reads for each of {@code ids}, parsed as
   * {@code type}, by id; an id without a row is left out. One prepared statement for all.
   */
  <T extends Record> Map<String, T> byIds(String sql, Collection<String> ids, Class<T> type)
      throws SQLException {
    Map<String, T> out = new LinkedHashMap<>();
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      for (String id : ids) {
        p.setString(1, id);
        try (ResultSet r = p.executeQuery()) {
          if (r.next()) {
            out.put(id, ModelJson.read(r.getBytes(1), type));
          }
        }
      }
    }
    return out;
  }

  <T> List<T> page(String sql, int offset, int limit, Class<T> type) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(sql + " LIMIT ? OFFSET ?")) {
      p.setInt(1, limit);
      p.setInt(2, offset);
      return rows(p, type);
    }
  }

  private static <T> List<T> rows(PreparedStatement p, Class<T> type) throws SQLException {
    List<T> out = new ArrayList<>();
    try (ResultSet r = p.executeQuery()) {
      while (r.next()) {
        out.add(ModelJson.read(r.getString(1), type));
      }
    }
    return out;
  }

  /**
   * One page of the events passing {@code filter}, in shown order. The page's rows are picked
   * first by rowid through an index holding shown (migration 4), so only the page's JSON is read
   * and nothing wide is sorted.
   */
  List<Event> events(EventQuery filter, int offset, int limit, boolean scan)
      throws SQLException {
    EventWhere query = scan ? EventWhere.scanning(filter, dialect)
        : EventWhere.of(filter, dialect);
    String key = dialect.rowKey();
    try (PreparedStatement p = connection.prepareStatement("SELECT json FROM events WHERE "
        + key + " IN (SELECT e." + key + " FROM events e" + query.where()
        + " ORDER BY e.shown LIMIT ? OFFSET ?) ORDER BY shown")) {
      int next = query.bind(p);
      p.setInt(next, limit);
      p.setInt(next + 1, offset);
      return rows(p, Event.class);
    }
  }

  int eventCount(EventQuery filter) throws SQLException {
    EventWhere query = EventWhere.of(filter, dialect);
    try (PreparedStatement p = connection.prepareStatement("SELECT COUNT(*) FROM events e"
        + query.where())) {
      query.bind(p);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getInt(1) : 0;
      }
    }
  }

  /** The value of a mark, or null when it is not set. */
  String mark(String name) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(
        "SELECT value FROM marks WHERE name = ?")) {
      p.setString(1, name);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  void setMark(String name, String value) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("INSERT INTO marks (name, value) "
        + "VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
      p.setString(1, name);
      p.setString(2, value);
      p.executeUpdate();
    }
  }

  void clearMark(String name) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("DELETE FROM marks WHERE name = ?")) {
      p.setString(1, name);
      p.executeUpdate();
    }
  }

  /** A part of the timeline stored whole, or null. */
  String part(String name) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(
        "SELECT json FROM parts WHERE name = ?")) {
      p.setString(1, name);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  /** The first column of the first row {@code sql} gives for {@code params}, or null. */
  String text(String sql, String... params) throws SQLException {
    try (PreparedStatement p = bound(sql, params); ResultSet r = p.executeQuery()) {
      return r.next() ? r.getString(1) : null;
    }
  }

  /** The first column of every row {@code sql} gives for {@code params}, in order. */
  List<String> texts(String sql, Object... params) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement p = bound(sql, params); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  /** The first {@code count} columns of every row {@code sql} gives for {@code params}. */
  List<String[]> columns(String sql, int count, Object... params) throws SQLException {
    List<String[]> out = new ArrayList<>();
    try (PreparedStatement p = bound(sql, params); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        String[] row = new String[count];
        for (int c = 0; c < count; c++) {
          row[c] = r.getString(c + 1);
        }
        out.add(row);
      }
    }
    return out;
  }

  /** The first two columns of every row {@code sql} gives for {@code params}, as a map. */
  Map<String, String> pairs(String sql, Object... params) throws SQLException {
    Map<String, String> out = new HashMap<>();
    columns(sql, 2, params).forEach(row -> out.put(row[0], row[1]));
    return out;
  }

  private PreparedStatement bound(String sql, Object... params) throws SQLException {
    PreparedStatement p = connection.prepareStatement(sql);
    for (int i = 0; i < params.length; i++) {
      p.setObject(i + 1, params[i]);
    }
    return p;
  }
}
