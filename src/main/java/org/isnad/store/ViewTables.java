package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.Analysis;
import org.isnad.model.AnnotatedDocument;
import org.isnad.model.Event;
import org.isnad.model.Quote;
import org.isnad.model.Report;
import org.isnad.store.CaseView.StatementRef;

/**
 * Writes, inside the caller's transaction, what {@link StoreView} reads instead of whole
 * documents: the event of each event report, every statement with its speaker and the entities
 * it names, each entity's roles, and the audit figures (part {@code view.audit}). The statement
 * tables were emptied by {@link DerivedTables} before and are written whole (their rows are
 * numbered in article order); the event of each report and the roles of each entity are
 * compared with the rows kept and only the changed ones written, the vanished ones deleted.
 */
final class ViewTables {
  private final Connection connection;
  private final RowDigests digests;

  ViewTables(Connection connection, RowDigests digests) {
    this.connection = connection;
    this.digests = digests;
  }

  void write(Analysis analysis) throws SQLException {
    mentions(analysis.timeline().events());
    EntityStatements statements = new EntityStatements(analysis);
    statements(analysis, statements);
    roles(statements.roles);
    try (PreparedStatement p = connection.prepareStatement(
        "INSERT INTO parts (name, json) VALUES ('view.audit', ?)")) {
      p.setString(1, ModelJson.write(AuditCount.of(analysis)));
      p.executeUpdate();
    }
  }

  private void mentions(List<Event> events) throws SQLException {
    Map<String, String> wanted = new HashMap<>();
    for (Event e : events) {
      for (Report r : e.reports()) {
        if (r.mention() != null) {
          wanted.putIfAbsent(r.mention(), e.id());
        }
      }
    }
    changed("event_mentions", "mention_id", "event_id", wanted);
  }

  /**
   * Makes the two-column table {@code table} hold exactly {@code wanted} (key to value),
   * writing only the rows that differ from the kept ones.
   */
  private void changed(String table, String key, String value, Map<String, String> wanted)
      throws SQLException {
    Map<String, String> kept = new StoreQueries(connection).pairs("SELECT " + key + ", " + value
        + " FROM " + table);
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table
        + " WHERE " + key + " = ?");
        PreparedStatement put = connection.prepareStatement("INSERT OR REPLACE INTO " + table
            + " (" + key + ", " + value + ") VALUES (?, ?)")) {
      for (String gone : kept.keySet()) {
        if (!wanted.containsKey(gone)) {
          delete.setString(1, gone);
          delete.addBatch();
        }
      }
      delete.executeBatch();
      for (Map.Entry<String, String> row : wanted.entrySet()) {
        if (!row.getValue().equals(kept.get(row.getKey()))) {
          put.setString(1, row.getKey());
          put.setString(2, row.getValue());
          put.addBatch();
        }
      }
      put.executeBatch();
    }
  }

  /**
   * Makes the statement tables hold exactly the case's statements, each under its key in shown
   * order ({@link ShownOrder#statementKey}), writing only the rows that are new or changed and
   * deleting the gone ones.
   */
  private void statements(Analysis analysis, EntityStatements statements) throws SQLException {
    Map<String, String> shown = statementKeys(analysis);
    Map<String, String[]> wanted = new HashMap<>();
    for (StatementRef s : statements.all) {
      wanted.put(s.id(), new String[] {shown.get(s.id()), s.speakerEntity(),
          digests.statementJson(s)});
    }
    Map<String, String[]> kept = digests.statements();
    if (kept == null) {
      kept = new HashMap<>();
      try (Statement q = connection.createStatement(); ResultSet r = q.executeQuery(
          "SELECT id, shown, speaker_entity, json FROM statements")) {
        while (r.next()) {
          kept.put(r.getString(1), new String[] {r.getString(2), r.getString(3),
              r.getString(4)});
        }
      }
    }
    try (PreparedStatement delete = connection.prepareStatement(
        "DELETE FROM statements WHERE id = ?");
        PreparedStatement put = connection.prepareStatement("INSERT OR REPLACE INTO statements "
            + "(id, shown, speaker_entity, json) VALUES (?, ?, ?, ?)")) {
      for (String gone : kept.keySet()) {
        if (!wanted.containsKey(gone)) {
          delete.setString(1, gone);
          delete.addBatch();
        }
      }
      delete.executeBatch();
      for (Map.Entry<String, String[]> row : wanted.entrySet()) {
        if (!Arrays.equals(row.getValue(), kept.get(row.getKey()))) {
          put.setString(1, row.getKey());
          for (int i = 0; i < 3; i++) {
            put.setString(i + 2, row.getValue()[i]);
          }
          put.addBatch();
        }
      }
      put.executeBatch();
    }
    digests.statementsWritten(wanted, about(statements, shown));
  }

  /** Each statement's key in shown order, by id. */
  private static Map<String, String> statementKeys(Analysis analysis) {
    Map<String, String> keys = new HashMap<>();
    for (AnnotatedDocument d : analysis.annotated()) {
      for (int a = 0; a < d.articles().size(); a++) {
        List<Quote> quotes = d.articles().get(a).quotes();
        for (int q = 0; q < quotes.size(); q++) {
          keys.put(quotes.get(q).id(), ShownOrder.statementKey(d.document().source(),
              d.document().id(), a, q));
        }
      }
    }
    return keys;
  }

  /** The "statements about" rows: each entity a statement names without making it. */
  private Map<List<String>, String> about(EntityStatements statements,
      Map<String, String> shown) throws SQLException {
    Map<List<String>, String> wanted = new HashMap<>();
    statements.about.forEach((entity, refs) -> refs.forEach(s ->
        wanted.put(List.of(entity, s.id()), shown.get(s.id()))));
    Map<List<String>, String> kept = digests.about();
    if (kept == null) {
      kept = new HashMap<>();
      try (Statement q = connection.createStatement(); ResultSet r = q.executeQuery(
          "SELECT entity_id, statement_id, shown FROM statement_about")) {
        while (r.next()) {
          kept.put(List.of(r.getString(1), r.getString(2)), r.getString(3));
        }
      }
    }
    try (PreparedStatement delete = connection.prepareStatement(
        "DELETE FROM statement_about WHERE entity_id = ? AND statement_id = ?");
        PreparedStatement put = connection.prepareStatement("INSERT OR REPLACE INTO "
            + "statement_about (entity_id, statement_id, shown) VALUES (?, ?, ?)")) {
      for (List<String> gone : kept.keySet()) {
        if (!wanted.containsKey(gone)) {
          delete.setString(1, gone.get(0));
          delete.setString(2, gone.get(1));
          delete.addBatch();
        }
      }
      delete.executeBatch();
      for (Map.Entry<List<String>, String> row : wanted.entrySet()) {
        if (!row.getValue().equals(kept.get(row.getKey()))) {
          put.setString(1, row.getKey().get(0));
          put.setString(2, row.getKey().get(1));
          put.setString(3, row.getValue());
          put.addBatch();
        }
      }
      put.executeBatch();
    }
    return wanted;
  }

  private void roles(Map<String, Map<String, Integer>> roles) throws SQLException {
    Map<String, String> wanted = new HashMap<>();
    roles.forEach((entity, counts) -> wanted.put(entity, ModelJson.write(counts)));
    changed("entity_roles", "entity_id", "json", wanted);
  }
}
