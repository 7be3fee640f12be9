package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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

  /** Writes the view tables of {@code analysis}, whose audit figures' JSON is {@code audit}. */
  void write(Analysis analysis, String audit) throws SQLException {
    mentions(analysis.timeline().events());
    EntityStatements statements = new EntityStatements(analysis);
    statements(analysis, statements);
    roles(statements.roles);
    try (PreparedStatement p = connection.prepareStatement(
        "INSERT INTO parts (name, json) VALUES ('view.audit', ?)")) {
      p.setString(1, audit);
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
    Map<List<String>, List<String>> rows = new HashMap<>();
    wanted.forEach((k, v) -> rows.put(List.of(k), List.of(v)));
    reconcile(new KeyedRows(connection, table, List.of(key), List.of(value)), rows);
  }

  /**
   * Makes {@code table} hold exactly {@code wanted}, compared with the rows the last linking left
   * when the case knows them (else read), and tells the case what it holds now.
   */
  private void reconcile(KeyedRows table, Map<List<String>, List<String>> wanted)
      throws SQLException {
    table.reconcile(wanted, digests.keyed(table.name()));
    digests.keyedWritten(table.name(), wanted);
  }

  /**
   * Makes the statement tables hold exactly the case's statements, each under its key in shown
   * order ({@link ShownOrder#statementKey}), writing only the rows that are new or changed and
   * deleting the gone ones.
   */
  private void statements(Analysis analysis, EntityStatements statements) throws SQLException {
    Map<String, String> shown = statementKeys(analysis);
    Map<List<String>, List<String>> wanted = new HashMap<>();
    for (StatementRef s : statements.all) {
      wanted.put(List.of(s.id()), Arrays.asList(shown.get(s.id()), s.speakerEntity(),
          digests.statementJson(s)));
    }
    reconcile(new KeyedRows(connection, "statements", List.of("id"),
        List.of("shown", "speaker_entity", "json")), wanted);
    about(statements, shown);
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
  private void about(EntityStatements statements, Map<String, String> shown)
      throws SQLException {
    Map<List<String>, List<String>> wanted = new HashMap<>();
    statements.about.forEach((entity, refs) -> refs.forEach(s ->
        wanted.put(List.of(entity, s.id()), List.of(shown.get(s.id())))));
    reconcile(new KeyedRows(connection, "statement_about", List.of("entity_id", "statement_id"),
        List.of("shown")), wanted);
  }

  private void roles(Map<String, Map<String, Integer>> roles) throws SQLException {
    Map<String, String> wanted = new HashMap<>();
    roles.forEach((entity, counts) -> wanted.put(entity, ModelJson.write(counts)));
    changed("entity_roles", "entity_id", "json", wanted);
  }
}
