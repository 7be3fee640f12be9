package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The table {@code event_pass}: each article's {@link Store.KeptEvents}, by article id. Writes
 * only the results given (the ones a linking computed), inside the caller's transaction, and
 * drops the rows of articles the {@code articles} table no longer lists, so it never holds more
 * than the case's articles.
 */
final class KeptEventsTable {
  private final Connection connection;

  KeptEventsTable(Connection connection) {
    this.connection = connection;
  }

  /** Every kept result, by article id (one scan; the JSON parsed as it is read). */
  Map<String, Store.KeptEvents> read() throws SQLException {
    Map<String, Store.KeptEvents> kept = new HashMap<>();
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
        "SELECT article_id, json FROM event_pass")) {
      for (Map.Entry<String, Store.KeptEvents> e : ParsedRows.of(r, true,
          row -> Map.entry(row.key(), ModelJson.read(row.value(), Store.KeptEvents.class)))) {
        kept.put(e.getKey(), e.getValue());
      }
    }
    return kept;
  }

  /** The kept results of the articles {@code ids}, by article id (ids without one left out). */
  Map<String, Store.KeptEvents> read(Collection<String> ids) throws SQLException {
    return new StoreQueries(connection, Dialect.of(connection)).byIds(
        "SELECT json FROM event_pass WHERE article_id = ?",
        ids, Store.KeptEvents.class);
  }

  /** Keeps {@code computed} over the rows of the same articles; forgets gone articles. */
  void keep(Map<String, Store.KeptEvents> computed) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("INSERT INTO event_pass "
        + "(article_id, input_key, json) VALUES (?, ?, ?) ON CONFLICT (article_id) DO UPDATE "
        + "SET input_key = excluded.input_key, json = excluded.json")) {
      for (Map.Entry<String, Store.KeptEvents> e : computed.entrySet()) {
        p.setString(1, e.getKey());
        p.setString(2, e.getValue().key());
        p.setString(3, ModelJson.write(e.getValue()));
        p.addBatch();
      }
      p.executeBatch();
    }
    try (Statement s = connection.createStatement()) {
      s.executeUpdate("DELETE FROM event_pass WHERE article_id NOT IN (SELECT id FROM articles)");
    }
  }
}
