package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A derived table's rows, read from the table or given as the last linking left them: the rows
 * to write, the rows gone, and what the table holds after.
 */
class ChangedRowsTest {
  private static Connection table() throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE events (id TEXT PRIMARY KEY, digest TEXT NOT NULL)");
      s.execute("INSERT INTO events VALUES ('e1', 'd1'), ('e2', 'd2'), ('e3', 'd3')");
    }
    return c;
  }

  @Test
  void readFromTheTableOrGivenTheSameRowsChangeAlike() throws SQLException {
    try (Connection c = table()) {
      for (ChangedRows rows : List.of(new ChangedRows(c, "events", null),
          new ChangedRows(c, "events", Map.of("e1", "d1", "e2", "d2", "e3", "d3")))) {
        assertFalse(rows.changed("e1", "d1"));
        assertTrue(rows.changed("e2", "d2-new"));
        assertTrue(rows.changed("e4", "d4"));
        assertTrue(rows.held("e3"));
        assertFalse(rows.held("e4"));
        assertEquals(List.of("e3"), rows.gone());
        assertEquals(Map.of("e1", "d1", "e2", "d2-new", "e4", "d4"), rows.now());
      }
    }
  }

  @Test
  void givenRowsAreNotReadAgain() throws SQLException {
    try (Connection c = table()) {
      ChangedRows rows = new ChangedRows(c, "events", Map.of("e9", "d9"));
      assertFalse(rows.changed("e9", "d9"));
      assertTrue(rows.changed("e1", "d1"));
      assertEquals(List.of(), rows.gone());
    }
  }

  /** A row met twice: the table keeps what was written first, and now() says so. */
  @Test
  void aRowMetTwiceKeepsTheDigestTheTableHolds() throws SQLException {
    try (Connection c = table()) {
      ChangedRows rows = new ChangedRows(c, "events", null);
      assertTrue(rows.changed("e1", "d1-new"));
      assertFalse(rows.changed("e1", "d1"));
      assertEquals("d1-new", rows.now().get("e1"));
    }
  }

  @Test
  void theLastLinkingsRowsAreKeptOnlyByAServerAndForgottenOnClear() {
    Map<String, String> rows = Map.of("e1", "d1");
    RowDigests kept = RowDigests.kept();
    assertNull(kept.table("events"));
    kept.tableWritten("events", rows);
    assertSame(rows, kept.table("events"));
    kept.clear();
    assertNull(kept.table("events"));
    RowDigests none = RowDigests.none();
    none.tableWritten("events", rows);
    assertNull(none.table("events"));
  }
}
