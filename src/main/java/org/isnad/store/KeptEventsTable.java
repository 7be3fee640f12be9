package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

  /** Every kept result, by article id. */
  Map<String, Store.KeptEvents> read() throws SQLException {
    Map<String, Store.KeptEvents> kept = new HashMap<>();
    List<String> ids = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT article_id FROM event_pass ORDER BY article_id")) {
      while (r.next()) {
        ids.add(r.getString(1));
      }
    }
    List<Store.KeptEvents> values = new StoreQueries(connection).parsedValues(
        "SELECT json FROM event_pass ORDER BY article_id", Store.KeptEvents.class);
    for (int i = 0; i < ids.size(); i++) {
      kept.put(ids.get(i), values.get(i));
    }
    return kept;
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
