package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A derived table made to hold exactly the rows wanted, inside the caller's transaction: rows
 * are keyed by some columns and carry others; a row whose values equal the kept ones is not
 * touched, a new or changed one is put, a kept one not wanted is deleted. Rows are lists of
 * column values (text), in the order the columns are named.
 */
final class KeyedRows {
  private final Connection connection;
  private final String table;
  private final List<String> keys;
  private final List<String> values;

  KeyedRows(Connection connection, String table, List<String> keys, List<String> values) {
    this.connection = connection;
    this.table = table;
    this.keys = List.copyOf(keys);
    this.values = List.copyOf(values);
  }

  /** The table's name. */
  String name() {
    return table;
  }

  /** The rows the table holds now, key columns to value columns. */
  Map<List<String>, List<String>> read() throws SQLException {
    Map<List<String>, List<String>> rows = new HashMap<>();
    List<String> columns = new ArrayList<>(keys);
    columns.addAll(values);
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
        "SELECT " + String.join(", ", columns) + " FROM " + table)) {
      while (r.next()) {
        rows.put(texts(r, 1, keys.size()), texts(r, keys.size() + 1, values.size()));
      }
    }
    return rows;
  }

  /**
   * Makes the table hold exactly {@code wanted}, given the rows it holds now ({@code kept},
   * or null to read them).
   */
  void reconcile(Map<List<String>, List<String>> wanted, Map<List<String>, List<String>> kept)
      throws SQLException {
    Map<List<String>, List<String>> now = kept == null ? read() : kept;
    List<String> columns = new ArrayList<>(keys);
    columns.addAll(values);
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table
        + " WHERE " + String.join(" = ? AND ", keys) + " = ?");
        PreparedStatement put = connection.prepareStatement(
            Dialect.of(connection).replace(table, keys, columns))) {
      for (List<String> gone : now.keySet()) {
        if (!wanted.containsKey(gone)) {
          bind(delete, 1, gone);
          delete.addBatch();
        }
      }
      delete.executeBatch();
      for (Map.Entry<List<String>, List<String>> row : wanted.entrySet()) {
        if (!row.getValue().equals(now.get(row.getKey()))) {
          bind(put, bind(put, 1, row.getKey()), row.getValue());
          put.addBatch();
        }
      }
      put.executeBatch();
    }
  }

  /** Binds {@code texts} from parameter {@code from} on; returns the next parameter. */
  private static int bind(PreparedStatement p, int from, List<String> texts)
      throws SQLException {
    for (int i = 0; i < texts.size(); i++) {
      p.setString(from + i, texts.get(i));
    }
    return from + texts.size();
  }

  private static List<String> texts(ResultSet r, int from, int count) throws SQLException {
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(r.getString(from + i));
    }
    // a list that holds nulls (a statement without a speaker) compares as List.of would
    return Collections.unmodifiableList(out);
  }
}
