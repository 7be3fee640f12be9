package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.model.Document;
import org.isnad.model.Skipped;

/**
 * New documents taken into a {@link SqlStore} in one transaction ({@link Store.Intake}):
 * each stored pending as soon as it is added, so a batch need not be held in memory, and none
 * visible to another connection (nor left after a kill) until {@link #commit}.
 */
final class SqlIntake implements Store.Intake {
  private final SqlStore store;
  private final Connection connection;
  private final PreparedStatement insert;
  private final String addedAt = Instant.now().toString();
  private int added;
  private boolean open = true;

  SqlIntake(SqlStore store) {
    this.store = store;
    this.connection = store.connection();
    this.insert = store.call(() -> {
      connection.setAutoCommit(false);
      return connection.prepareStatement("INSERT INTO documents (id, source, sha256, "
          + "duplicate_of, added_at, state, page) VALUES (?, ?, ?, ?, ?, 'pending', ?)");
    });
  }

  @Override
  public void add(Document document) {
    store.call(() -> {
      insert.setString(1, document.id());
      insert.setString(2, document.source());
      insert.setString(3, document.sha256());
      insert.setString(4, document.duplicateOf());
      insert.setString(5, addedAt);
      insert.setString(6, ModelJson.write(document));
      return insert.executeUpdate();
    });
    added++;
  }

  @Override
  public void commit(Map<String, Integer> counts, Set<String> joined, List<Skipped> skipped) {
    store.call(() -> {
      counted(counts);
      stale(joined);
      int changed = skipped(skipped);
      if (added > 0 || changed > 0) {
        store.queries().setMark("needs_linking", addedAt);
      }
      connection.commit();
      open = false;
      return null;
    });
    close();
  }

  private void counted(Map<String, Integer> counts) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("INSERT INTO template_lines (line, "
        + "pages) VALUES (?, ?) ON CONFLICT (line) DO UPDATE SET pages = excluded.pages")) {
      for (Map.Entry<String, Integer> count : counts.entrySet()) {
        p.setString(1, count.getKey());
        p.setInt(2, count.getValue());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private void stale(Set<String> joined) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("UPDATE documents SET state = 'stale'"
        + " WHERE state = 'annotated' AND id IN (SELECT document_id FROM refused_lines"
        + " WHERE line = ?)")) {
      for (String line : joined) {
        p.setString(1, line);
        p.executeUpdate();
      }
    }
  }

  /** Records the skipped paths; how many were new or changed. */
  private int skipped(List<Skipped> skipped) throws SQLException {
    int changed = 0;
    try (PreparedStatement p = connection.prepareStatement("INSERT INTO skipped (path, code, "
        + "reason) VALUES (?, ?, ?) ON CONFLICT (path) DO UPDATE SET code = excluded.code, "
        + "reason = excluded.reason WHERE skipped.code <> excluded.code "
        + "OR skipped.reason <> excluded.reason")) {
      for (Skipped s : skipped) {
        p.setString(1, s.path());
        p.setString(2, s.code());
        p.setString(3, s.reason());
        changed += p.executeUpdate();
      }
    }
    return changed;
  }

  @Override
  public void close() {
    store.call(() -> {
      try {
        if (open) {
          connection.rollback();
          open = false;
        }
        insert.close();
      } finally {
        connection.setAutoCommit(true);
      }
      return null;
    });
  }
}
