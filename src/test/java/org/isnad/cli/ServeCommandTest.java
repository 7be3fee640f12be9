package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code isnad serve}: options are checked before any analysis (usage errors, exit 2); a good
 * call prints the URL once the server listens on loopback, serves, and stops when told.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ServeCommandTest {
  @Test
  void mistakesAreUsageErrorsNamingTheValue() {
    CliRun noInput = new CliRun();
    assertEquals(2, noInput.run("serve", "--port", "0"));
    assertTrue(noInput.err.toString().contains("no inputs"), noInput.err.toString());
    CliRun port = new CliRun();
    assertEquals(2, port.run("serve", "samples/seeds", "--port", "70000"));
    assertTrue(port.err.toString().contains("70000"), port.err.toString());
    CliRun token = new CliRun();
    assertEquals(2, token.run("serve", "samples/seeds", "--port", "0", "--token", "short"));
    assertTrue(token.err.toString().contains("token"), token.err.toString());
    CliRun both = new CliRun();
    assertEquals(2, both.run("serve", "samples/seeds", "--store", "case", "--port", "0"));
    assertTrue(both.err.toString().contains("not both"), both.err.toString());
  }

  @Test
  void itServesAStoreThatAddGrew(@TempDir Path store) throws Exception {
    assertEquals(0, new CliRun().run("add", "samples/seeds", "--store", store.toString(),
        "--threads", "2", "--no-progress"));
    String url = servesTheSeeds("--store", store.toString());
    assertTrue(url.startsWith("http://127.0.0.1:"), url);
  }

  @Test
  void itPrintsTheUrlServesAndStops() throws Exception {
    String url = servesTheSeeds("samples/seeds");
    assertTrue(url.matches("http://127\\.0\\.0\\.1:\\d+/"), url);
  }

  /**
   * Runs {@code isnad serve WHAT… --port 0} until it prints its URL, checks the audit counts the
   * five sample pages, stops it and checks it exits 0; returns the URL.
   */
  private static String servesTheSeeds(String... what) throws Exception {
    ServedInJvm served = ServedInJvm.start(new StringWriter(), what);
    String url = served.url();
    HttpResponse<String> audit = HttpClient.newHttpClient().send(HttpRequest
        .newBuilder(URI.create(url + "api/v1/audit")).timeout(Duration.ofSeconds(20)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, audit.statusCode());
    assertTrue(audit.body().contains("\"documents\":5"), audit.body());
    served.stop();
    return url;
  }

  /** The first line {@code out} gets (the URL serve prints), within 90 s. */
  static String awaitLine(StringWriter out) throws InterruptedException {
    for (int i = 0; i < 900; i++) {
      String text = out.toString();
      if (text.contains("\n")) {
        return text.substring(0, text.indexOf('\n')).strip();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no URL printed: " + out);
  }
}
