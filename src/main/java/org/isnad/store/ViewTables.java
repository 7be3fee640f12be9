package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.Analysis;
import org.isnad.model.Event;
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

  ViewTables(Connection connection) {
    this.connection = connection;
  }

  void write(Analysis analysis) throws SQLException {
    mentions(analysis.timeline().events());
    EntityStatements statements = new EntityStatements(analysis);
    statements(statements);
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

  private void statements(EntityStatements statements) throws SQLException {
    Map<StatementRef, Integer> position = new IdentityHashMap<>();
    try (PreparedStatement p = connection.prepareStatement("INSERT INTO statements (position, "
        + "id, speaker_entity, json) VALUES (?, ?, ?, ?)")) {
      for (StatementRef s : statements.all) {
        int at = position.size();
        position.put(s, at);
        p.setInt(1, at);
        p.setString(2, s.id());
        p.setString(3, s.speakerEntity());
        p.setString(4, ModelJson.write(s));
        p.addBatch();
      }
      p.executeBatch();
    }
    try (PreparedStatement p = connection.prepareStatement(
        "INSERT OR IGNORE INTO statement_about (entity_id, position) VALUES (?, ?)")) {
      for (var about : statements.about.entrySet()) {
        for (StatementRef s : about.getValue()) {
          p.setString(1, about.getKey());
          p.setInt(2, position.get(s));
          p.addBatch();
        }
      }
      p.executeBatch();
    }
  }

  private void roles(Map<String, Map<String, Integer>> roles) throws SQLException {
    Map<String, String> wanted = new HashMap<>();
    roles.forEach((entity, counts) -> wanted.put(entity, ModelJson.write(counts)));
    changed("entity_roles", "entity_id", "json", wanted);
  }
}
