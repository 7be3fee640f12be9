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
 * The rows a derived table keeps, by id, with the digest each was written from: tells which of
 * a linking's rows are new or changed (to write) and which kept rows it no longer has (to
 * delete), inside the caller's transaction. Not thread safe.
 */
final class ChangedRows {
  private final Connection connection;
  private final String table;
  private final Map<String, String> kept;
  /** The rows met so far, with the digest the table holds for each once they are written. */
  private final Map<String, String> now = new HashMap<>();

  /**
   * The rows of {@code table} (columns {@code id} and {@code digest}) as they are now:
   * {@code known} (id to digest) when the caller knows them (what the last linking left,
   * {@link RowDigests#table}), else read from the table.
   */
  ChangedRows(Connection connection, String table, Map<String, String> known)
      throws SQLException {
    this.connection = connection;
    this.table = table;
    if (known != null) {
      kept = known;
      return;
    }
    kept = new HashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT id, digest FROM " + table)) {
      while (r.next()) {
        kept.put(r.getString(1), r.getString(2));
      }
    }
  }

  /** Whether the row {@code id} is new or was written from other content; notes it as met. */
  boolean changed(String id, String digest) {
    if (digest.equals(kept.get(id))) {
      now.putIfAbsent(id, digest);
      return false;
    }
    now.put(id, digest);
    return true;
  }

  /** Whether the table held a row {@code id} before this linking. */
  boolean held(String id) {
    return kept.containsKey(id);
  }

  /** The rows held before and not met since: gone from the case. */
  List<String> gone() {
    List<String> out = new ArrayList<>();
    for (String id : kept.keySet()) {
      if (!now.containsKey(id)) {
        out.add(id);
      }
    }
    return out;
  }

  /** Deletes the rows {@code ids} of {@code table} (column {@code column}). */
  void delete(String table, String column, List<String> ids) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("DELETE FROM " + table + " WHERE "
        + column + " = ?")) {
      for (String id : ids) {
        p.setString(1, id);
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  /**
   * The rows the table holds once the changed ones are written and the gone ones deleted (id to
   * digest): what a next {@link #ChangedRows(Connection, String, Map)} may be given.
   */
  Map<String, String> now() {
    return now;
  }

  /** Deletes the gone rows of this table. */
  void deleteGone() throws SQLException {
    delete(table, "id", gone());
  }
}
