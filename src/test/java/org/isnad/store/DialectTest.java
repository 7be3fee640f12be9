package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What each dialect makes of the store's SQL: SQLite's unchanged, PostgreSQL's rewritten. */
class DialectTest {
  @Test
  void sqliteRunsTheMigrationsAsWritten() {
    String v2 = "INSERT OR IGNORE INTO marks (name, value) SELECT 'needs_linking', 'schema 2'";
    assertEquals(v2, Dialect.SQLITE.migration(v2));
  }

  @Test
  void postgresqlCollatesTextColumnsAsBytesAndDropsForeignKeys() {
    assertEquals("CREATE TABLE a (id TEXT COLLATE \"C\" PRIMARY KEY, "
        + "d TEXT COLLATE \"C\" NOT NULL)",
        Dialect.POSTGRESQL.migration(
            "CREATE TABLE a (id TEXT PRIMARY KEY, d TEXT NOT NULL REFERENCES documents (id))"));
    assertEquals("SELECT lpad(CAST(position AS TEXT), 10, '0') FROM s",
        Dialect.POSTGRESQL.migration("SELECT printf('%010d', position) FROM s"));
  }

  @Test
  void postgresqlIgnoresConflictsAndIndexesTypesInLowerCase() {
    assertEquals("INSERT INTO marks (name, value) SELECT 'a', 'b' ON CONFLICT DO NOTHING",
        Dialect.POSTGRESQL.migration("INSERT OR IGNORE INTO marks (name, value) SELECT 'a', 'b'"));
    assertEquals("CREATE INDEX t ON events (lower(type), shown)",
        Dialect.POSTGRESQL.migration("CREATE INDEX t ON events (type COLLATE NOCASE, shown)"));
    assertThrows(IllegalStateException.class,
        () -> Dialect.POSTGRESQL.migration("INSERT OR REPLACE INTO a SELECT * FROM b"));
  }

  @Test
  void aRowIsReplacedByItsKey() {
    List<String> columns = List.of("id", "json", "digest");
    assertEquals("INSERT OR REPLACE INTO t (id, json, digest) VALUES (?, ?, ?)",
        Dialect.SQLITE.replace("t", List.of("id"), columns));
    assertEquals("INSERT INTO t (id, json, digest) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE "
        + "SET json = excluded.json, digest = excluded.digest",
        Dialect.POSTGRESQL.replace("t", List.of("id"), columns));
    assertEquals("INSERT INTO k (a, b) VALUES (?, ?) ON CONFLICT (a, b) DO NOTHING",
        Dialect.POSTGRESQL.replace("k", List.of("a", "b"), List.of("a", "b")));
  }

  @Test
  void theSmallDifferences() {
    assertEquals("e.type = ? COLLATE NOCASE", Dialect.SQLITE.caseless("e.type"));
    assertEquals("lower(e.type) = lower(?)", Dialect.POSTGRESQL.caseless("e.type"));
    assertEquals("b.d IS NOT e.d", Dialect.SQLITE.differs("b.d", "e.d"));
    assertEquals("b.d IS DISTINCT FROM e.d", Dialect.POSTGRESQL.differs("b.d", "e.d"));
    assertEquals("rowid", Dialect.SQLITE.rowKey());
    assertEquals("id", Dialect.POSTGRESQL.rowKey());
    assertEquals(List.of(), Dialect.POSTGRESQL.opening());
  }
}
