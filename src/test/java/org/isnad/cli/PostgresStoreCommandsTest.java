package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.isnad.Isnad;
import org.isnad.ProgressListener;
import org.isnad.model.Analysis;
import org.isnad.store.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --store postgresql://…}: {@code isnad add} of the sample pages into a PostgreSQL
 * database, then {@code isnad serve} of it answers the API (timeline pages and filters, every
 * event, article, entity and story, searches, the audit) with the very JSON the SQLite store
 * of the same pages answers; export writes the same analysis; a bad value is a usage error.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class PostgresStoreCommandsTest {
  @RegisterExtension
  static final PostgresServer PG = new PostgresServer();

  @Test
  void theApiAnswersTheSameJsonFromBothStores(@TempDir Path temp) throws Exception {
    String database = PG.newStore(temp.resolve("work"));
    String sqlite = temp.resolve("sqlite").toString();
    for (String store : List.of(database, sqlite)) {
      CliRun add = new CliRun();
      assertEquals(0, add.run("add", "samples/seeds", "--store", store, "--threads", "2",
          "--no-progress"), add.err.toString());
      assertTrue((add.out + "" + add.err).contains("5 added"), add.err.toString());
    }
    Analysis seeds = Isnad.with(2, java.time.Clock.systemUTC()).stored(Path.of(sqlite),
        ProgressListener.NONE);
    List<String> paths = paths(seeds);
    Served fromDatabase = Served.start(database);
    try {
      Served fromFile = Served.start(sqlite);
      try {
        for (String path : paths) {
          String expected = fromFile.get(path);
          assertEquals(expected, fromDatabase.get(path), path);
        }
      } finally {
        fromFile.stop();
      }
    } finally {
      fromDatabase.stop();
    }
  }

  @Test
  void exportOfTheDatabaseWritesTheFilesAnalysis(@TempDir Path temp) {
    String database = PG.newStore(temp.resolve("work"));
    assertEquals(0, new CliRun().run("add", "samples/seeds", "--store", database, "--threads",
        "2", "--no-progress"));
    assertEquals(0, new CliRun().run("add", "samples/seeds", "--store",
        temp.resolve("sqlite").toString(), "--threads", "2", "--no-progress"));
    Path a = temp.resolve("a.json");
    Path b = temp.resolve("b.json");
    assertEquals(0, new CliRun().run("export", "--store", database, "-o", a.toString()));
    assertEquals(0, new CliRun().run("export", "--store", temp.resolve("sqlite").toString(),
        "-o", b.toString()));
    assertEquals(withoutTime(b), withoutTime(a));
  }

  /**
   * {@code isnad check --store} on the database through a new working folder (no search index:
   * rebuilt from the database) answers as on the SQLite store of the same pages.
   */
  @Test
  void checkingAClaimAnswersAsOnTheFile(@TempDir Path temp) throws Exception {
    String copies = "src/test/resources/org/isnad/check/copies";
    String database = PG.newStore(temp.resolve("work"));
    String sqlite = temp.resolve("sqlite").toString();
    for (String store : List.of(database, sqlite)) {
      assertEquals(0, new CliRun().run("add", copies, "--store", store, "--threads", "2",
          "--no-progress"));
    }
    String elsewhere = database.replace("%2Fwork", "%2Felsewhere");
    CheckCommand.judges = model -> org.isnad.check.FakeJudge.of("الأسد", "بيسكوف");
    try {
      CliRun onFile = new CliRun();
      assertEquals(0, onFile.run("check", "وصل الأسد إلى موسكو", "--store", sqlite,
          "--no-progress", "--threads", "1"), onFile.err.toString());
      CliRun onDatabase = new CliRun();
      assertEquals(0, onDatabase.run("check", "وصل الأسد إلى موسكو", "--store", elsewhere,
          "--no-progress", "--threads", "1"), onDatabase.err.toString());
      assertTrue(Files.isDirectory(temp.resolve("elsewhere").resolve("index")));
      String answer = onFile.out.toString();
      assertTrue(answer.contains("\"claims\""), answer);
      assertEquals(answer, onDatabase.out.toString());
    } finally {
      CheckCommand.judges = org.isnad.Checking::judge;
    }
  }

  @Test
  void aBadStoreValueIsAUsageErrorNamingItWithoutThePassword() {
    for (String bad : List.of("mysql://h/db", "postgresql:///db?password=secret",
        "postgresql://h/?password=secret")) {
      CliRun run = new CliRun();
      assertEquals(2, run.run("add", "samples/seeds", "--store", bad), bad);
      String err = run.err.toString();
      assertTrue(err.contains(bad.replace("secret", "***")), err);
      assertFalse(err.contains("secret"), err);
    }
  }

  private static String withoutTime(Path file) {
    try {
      return Files.readString(file).replaceAll("\"generatedAt\":\"[^\"]*\"", "");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The API paths asked of both stores: pages, filters, and each thing of the case by id. */
  private static List<String> paths(Analysis seeds) {
    String api = "api/v1/";
    List<String> out = new ArrayList<>(List.of(api + "events?limit=200", api + "events?limit=7"
        + "&offset=14", api + "stories", api + "entities?limit=200", api + "audit"));
    for (String q : List.of("الاسد", "قال", "دمشق")) {
      out.add(api + "search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&limit=100");
    }
    seeds.timeline().events().forEach(e -> {
      out.add(api + "events/" + e.id());
      out.add(api + "events?type=" + e.type() + "&limit=200");
    });
    seeds.timeline().stories().forEach(s -> out.add(api + "stories/" + s.id()));
    seeds.entities().forEach(e -> out.add(api + "entities/" + e.id()));
    seeds.articles().forEach(a -> out.add(api + "articles/" + a.id()));
    return out;
  }

  /** An {@code isnad serve --store S} running in this JVM. */
  private record Served(ServedInJvm served) {
    static Served start(String store) throws InterruptedException {
      return new Served(ServedInJvm.start(new StringWriter(), "--store", store));
    }

    String get(String path) throws Exception {
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create(served.url() + path)).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode(), path + ": " + r.body());
      return r.body();
    }

    void stop() throws Exception {
      served.stop();
    }
  }
}
