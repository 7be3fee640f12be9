package org.isnad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The rows of a store's tables as sorted lines of text, to compare two stores (tests). */
public final class TableRows {
  private TableRows() { }

  /** The rows {@code query} reads from the store in {@code dir}, each as one line, sorted. */
  public static List<String> of(Path dir, String query) throws SQLException {
    try (Connection c = open(dir); Statement s = c.createStatement()) {
      return rows(s, query);
    }
  }

  /** Every table of the store in {@code dir} but {@code skipped}, with its rows, sorted. */
  public static Map<String, List<String>> all(Path dir, List<String> skipped)
      throws SQLException {
    Map<String, List<String>> out = new TreeMap<>();
    try (Connection c = open(dir); Statement s = c.createStatement()) {
      for (String name : rows(s, "SELECT name FROM sqlite_master WHERE type = 'table'")) {
        String table = name.substring(0, name.length() - 1); // each value ends with a bar
        if (!skipped.contains(table)) {
          out.put(table, rows(s, "SELECT * FROM " + table));
        }
      }
    }
    return out;
  }

  private static Connection open(Path dir) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqlStore.FILE));
  }

  private static List<String> rows(Statement s, String query) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (ResultSet r = s.executeQuery(query)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          row.append(r.getString(i)).append('|');
        }
        rows.add(row.toString());
      }
    }
    Collections.sort(rows);
    return rows;
  }
}
