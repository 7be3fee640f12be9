package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One writer at a time on a PostgreSQL store, whichever machine it runs on: a session advisory
 * lock on the database, held on a connection of its own while an add runs. Taking it waits for
 * the writer that holds it, so two adds to one case run one after the other and never
 * interleave; the server lets go of it when the connection ends, so a killed add never leaves
 * the case locked.
 */
public final class DatabaseLock implements AutoCloseable {
  /** The advisory lock key of adds ("isnad_ad"). */
  static final long ADDING = 0x69736e61645f6164L;
  private final Connection connection;

  private DatabaseLock(Connection connection) {
    this.connection = connection;
  }

  /**
   * Takes the add lock of the PostgreSQL store at {@code location}, waiting while another add
   * holds it.
   *
   * @throws IllegalArgumentException when {@code location} is not a database
   * @throws IllegalStateException when the database cannot be reached
   */
  public static DatabaseLock take(StoreLocation location) {
    if (!location.isDatabase()) {
      throw new IllegalArgumentException("not a PostgreSQL store: " + location);
    }
    Connection connection = null;
    try {
      connection = location.connect();
      try (PreparedStatement p = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
        p.setLong(1, ADDING);
        p.execute();
      }
      return new DatabaseLock(connection);
    } catch (SQLException e) {
      close(connection);
      throw new IllegalStateException("cannot lock the store " + location + ": "
          + e.getMessage(), e);
    }
  }

  private static void close(Connection connection) {
    try {
      if (connection != null) {
        connection.close();
      }
    } catch (SQLException e) {
      // the lock failed already, or ends with the session: nothing more to do
    }
  }

  /** Lets go of the lock (the session's end releases it). */
  @Override
  public void close() {
    close(connection);
  }
}
