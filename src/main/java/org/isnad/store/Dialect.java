package org.isnad.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the store's SQL says differently on SQLite and on PostgreSQL; everything else is one
 * text for both. The SQLite forms are the ones the store always used, so an SQLite store runs
 * the very statements it ran before PostgreSQL came.
 *
 * <p>The differences:
 * <ul>
 *   <li>setting up a connection: SQLite's pragmas (write-ahead log, busy wait), none on
 *       PostgreSQL;</li>
 *   <li>a migration statement: on PostgreSQL every {@code TEXT} column is collated {@code "C"}
 *       (bytes, as SQLite's {@code BINARY}, so ids, shown keys and paths sort as on SQLite
 *       whatever the database's locale); {@code INSERT OR IGNORE} becomes
 *       {@code ON CONFLICT DO NOTHING}; an index on {@code type COLLATE NOCASE} is one on
 *       {@code lower(type)}; {@code printf('%010d', x)} is {@code lpad};
 *       {@code WITHOUT ROWID} is dropped, and so are the {@code REFERENCES} clauses (SQLite,
 *       foreign keys off, never enforced them, and the store writes and drops tables in an
 *       order that relies on it);</li>
 *   <li>a row's replacement ({@link #replace}), the key a page of events is picked by
 *       ({@link #rowKey}), a type compared ignoring ASCII case ({@link #caseless}), a JSON
 *       array of texts bound as one value ({@link #jsonTexts}), "differs, nulls included"
 *       ({@link #differs}) and the temporary tables' schema ({@link #temp}).</li>
 * </ul>
 */
public enum Dialect {
  SQLITE,
  POSTGRESQL;

  private static final Pattern TEXT = Pattern.compile("\\bTEXT\\b(?!\\s*\\))");
  private static final Pattern REFERENCES = Pattern.compile(" REFERENCES \\w+ \\(\\w+\\)");
  private static final Pattern PRINTF = Pattern.compile(
      "printf\\('%010d', ([a-z_.]+)\\)");

  /** The dialect of an open connection (by its database product's name). */
  static Dialect of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName();
    return product.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL : SQLITE;
  }

  /** The statements that set up a new connection to a store. */
  List<String> opening() {
    return this == SQLITE
        ? List.of("PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
            "PRAGMA busy_timeout=10000")
        : List.of();
  }

  /** The statements that set up a connection that serves reads ({@link StoreView}). */
  List<String> reading() {
    return this == SQLITE ? List.of("PRAGMA mmap_size=" + (1L << 30)) : List.of();
  }

  /** The statements that refresh the planner's statistics. */
  List<String> planning() {
    return this == SQLITE ? List.of("PRAGMA analysis_limit=1000", "ANALYZE")
        : List.of("ANALYZE");
  }

  /** A statement of a migration (written for SQLite) as this database takes it. */
  String migration(String statement) {
    if (this == SQLITE) {
      return statement;
    }
    String out = TEXT.matcher(statement).replaceAll(Matcher.quoteReplacement("TEXT COLLATE \"C\""))
        .replace("type COLLATE NOCASE", "lower(type)")
        .replace(" WITHOUT ROWID", "");
    out = REFERENCES.matcher(out).replaceAll("");
    out = PRINTF.matcher(out).replaceAll("lpad(CAST($1 AS TEXT), 10, '0')");
    if (out.contains("INSERT OR IGNORE INTO")) {
      out = out.replace("INSERT OR IGNORE INTO", "INSERT INTO").stripTrailing()
          + " ON CONFLICT DO NOTHING";
    }
    if (out.contains("INSERT OR REPLACE INTO")) {
      throw new IllegalStateException("a migration replacing rows needs its PostgreSQL form: "
          + statement);
    }
    return out;
  }

  /**
   * An insert into {@code table} of {@code columns} (one parameter each) that replaces the row
   * of the same {@code key} columns.
   */
  String replace(String table, List<String> key, List<String> columns) {
    String marks = String.join(", ", Collections.nCopies(columns.size(), "?"));
    String insert = " INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
        + marks + ")";
    if (this == SQLITE) {
      return "INSERT OR REPLACE" + insert;
    }
    List<String> values = columns.stream().filter(c -> !key.contains(c))
        .map(c -> c + " = excluded." + c).toList();
    return "INSERT" + insert + " ON CONFLICT (" + String.join(", ", key) + ") DO "
        + (values.isEmpty() ? "NOTHING" : "UPDATE SET " + String.join(", ", values));
  }

  /** The column a query picks rows of {@code events} by (SQLite's rowid: no key lookup). */
  String rowKey() {
    return this == SQLITE ? "rowid" : "id";
  }

  /** {@code column} equal to one parameter, ignoring the case of ASCII letters. */
  String caseless(String column) {
    return this == SQLITE ? column + " = ? COLLATE NOCASE" : "lower(" + column + ") = lower(?)";
  }

  /** A subquery of the texts of a JSON array bound as one parameter. */
  String jsonTexts() {
    return this == SQLITE ? "(SELECT value FROM json_each(?))"
        : "(SELECT json_array_elements_text(CAST(? AS json)))";
  }

  /** {@code a} differs from {@code b}, a null differing from a value and equal to a null. */
  String differs(String a, String b) {
    return this == SQLITE ? a + " IS NOT " + b : a + " IS DISTINCT FROM " + b;
  }

  /** The schema of a connection's temporary tables, as a table name's prefix. */
  String temp() {
    return this == SQLITE ? "temp." : "pg_temp.";
  }
}
