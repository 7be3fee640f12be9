package org.isnad.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The store's schema, versioned: migration {@code N} is the resource
 * {@code migrations/VN__name.sql} listed in {@code migrations/index.txt}, applied in order,
 * each in its own transaction together with its row in {@code schema_version}, so a store is
 * always at one version. A store at a version this code does not know is refused with a message
 * saying both versions.
 *
 * <p>The same migrations, with the same version numbers, make a PostgreSQL store: each
 * statement as {@link Dialect#migration} writes it there, and a migration whose SQLite form
 * PostgreSQL cannot take at all (SQLite's JSON functions, a replacing copy) has its PostgreSQL
 * form in {@code migrations/postgresql/} under the same name. On PostgreSQL the migrations run
 * under an advisory lock, so two processes opening a new database at once migrate it once.
 *
 * <p>Design decision: an index file rather than a scan of the classpath, because a shaded jar
 * cannot list a resource folder portably.
 */
final class Migrations {
  private static final String FOLDER = "migrations/";
  /** The advisory lock key migrations of a PostgreSQL store run under ("isnad migrate"). */
  private static final long MIGRATING = 0x69736e61645f6d31L;

  private Migrations() {}

  /** The migrations this code knows, in order (index 0 is version 1). */
  static List<String> known() {
    List<String> names = new ArrayList<>();
    for (String line : resource("index.txt").split("\n")) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#")) {
        names.add(name);
      }
    }
    for (int i = 0; i < names.size(); i++) {
      if (!names.get(i).startsWith("V" + (i + 1) + "__")) {
        throw new IllegalStateException("migration " + (i + 1) + " is named " + names.get(i));
      }
    }
    return names;
  }

  /**
   * Brings the store at {@code file} to the newest version.
   *
   * @throws IllegalArgumentException when the store is newer than this code
   */
  static void apply(Connection connection, String file) throws SQLException {
    Dialect dialect = Dialect.of(connection);
    if (dialect == Dialect.POSTGRESQL) {
      locked(connection, MIGRATING, () -> {
        apply(connection, dialect, file);
        return null;
      });
    } else {
      apply(connection, dialect, file);
    }
  }

  private static void apply(Connection connection, Dialect dialect, String file)
      throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(dialect.migration("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER "
          + "PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
    }
    List<String> known = known();
    int current = current(connection);
    if (current > known.size()) {
      throw new IllegalArgumentException("the store " + file + " has schema version " + current
          + " but this isnad knows versions up to " + known.size() + "; use a newer isnad");
    }
    for (int v = current + 1; v <= known.size(); v++) {
      migrate(connection, dialect, v, known.get(v - 1));
    }
  }

  /** Runs {@code work} holding the PostgreSQL session advisory lock {@code key}. */
  static void locked(Connection connection, long key, SqlStore.Sql<Void> work)
      throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
      lock.setLong(1, key);
      lock.execute();
    }
    try {
      work.run();
    } finally {
      try (PreparedStatement unlock = connection.prepareStatement(
          "SELECT pg_advisory_unlock(?)")) {
        unlock.setLong(1, key);
        unlock.execute();
      }
    }
  }

  static int current(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
      return r.next() ? r.getInt(1) : 0;
    }
  }

  private static void migrate(Connection connection, Dialect dialect, int version, String name)
      throws SQLException {
    connection.setAutoCommit(false);
    try (Statement s = connection.createStatement()) {
      for (String statement : statements(migration(dialect, name))) {
        s.execute(dialect.migration(statement));
      }
      try (PreparedStatement p = connection.prepareStatement(
          "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)")) {
        p.setInt(1, version);
        p.setString(2, name);
        p.setString(3, Instant.now().toString());
        p.executeUpdate();
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /** The statements of a migration: comment lines dropped, split at a semicolon ending a line. */
  static List<String> statements(String sql) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : sql.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        out.add(current.substring(0, current.lastIndexOf(";")));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString());
    }
    return out;
  }

  /** The text of migration {@code name} for {@code dialect}: its own form, else the shared one. */
  static String migration(Dialect dialect, String name) {
    String own = dialect.name().toLowerCase(java.util.Locale.ROOT) + "/" + name;
    return dialect != Dialect.SQLITE && Migrations.class.getResource(FOLDER + own) != null
        ? resource(own) : resource(name);
  }

  private static String resource(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("missing store migration resource " + FOLDER + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
