package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.isnad.Isnad;
import org.isnad.ProgressListener;
import org.isnad.model.Analysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} during {@code isnad add}: a real {@code java} process adding a few hundred
 * articles is killed once it has stored annotations, the same command is run again, and the
 * store then equals one built without the kill.
 */
class AddKillTest {
  private static final int ARTICLES = 300;

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void aKilledAddIsCompletedByRunningItAgain(@TempDir Path dir) throws Exception {
    Path corpus = corpus(dir.resolve("corpus.jsonl"));
    Path killed = dir.resolve("killed");
    Process first = add(corpus, killed, dir.resolve("first.log"));
    boolean alive = waitForAnnotations(killed.resolve("isnad.db"), first);
    assertTrue(alive, "the add ended before it could be killed: "
        + Files.readString(dir.resolve("first.log")));
    first.destroyForcibly();
    assertTrue(first.waitFor(30, TimeUnit.SECONDS));
    assertTrue(unfinished(killed.resolve("isnad.db")), "the kill came after the add was done");
    Process again = add(corpus, killed, dir.resolve("again.log"));
    assertTrue(again.waitFor(240, TimeUnit.SECONDS), "the second add did not end");
    assertEquals(0, again.exitValue(), Files.readString(dir.resolve("again.log")));
    assertTrue(Files.readString(dir.resolve("again.log")).contains("0 added"),
        Files.readString(dir.resolve("again.log")));

    Isnad engine = Isnad.with(2, Clock.systemUTC());
    Path clean = dir.resolve("clean");
    engine.add(clean, List.of(corpus.toString()), ProgressListener.NONE);
    assertEquals(timeless(engine.stored(clean, ProgressListener.NONE)),
        timeless(engine.stored(killed, ProgressListener.NONE)));
    assertEquals(ARTICLES, engine.stored(killed, ProgressListener.NONE).annotated().size());
  }

  private static Analysis timeless(Analysis a) {
    return new Analysis(Instant.EPOCH, a.annotated(), a.entities(), a.timeline(), a.skipped());
  }

  /** {@code isnad add} in its own JVM, output to {@code log}. */
  private static Process add(Path corpus, Path store, Path log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "add", corpus.toString(), "--store", store.toString(),
        "--no-progress", "--threads", "2").redirectErrorStream(true).redirectOutput(log.toFile())
        .start();
  }

  /** Waits until the store holds an annotated document; whether the process still ran then. */
  private static boolean waitForAnnotations(Path db, Process process) throws Exception {
    while (process.isAlive()) {
      if (Files.exists(db) && count(db, "SELECT COUNT(*) FROM documents "
          + "WHERE state = 'annotated'") > 0) {
        return process.isAlive();
      }
      Thread.sleep(20);
    }
    return false;
  }

  /** True when the store holds documents not yet annotated or is marked as needing linking. */
  private static boolean unfinished(Path db) throws SQLException {
    return count(db, "SELECT COUNT(*) FROM documents WHERE state <> 'annotated'") > 0
        || count(db, "SELECT COUNT(*) FROM marks WHERE name = 'needs_linking'") > 0;
  }

  private static int count(Path db, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + db + "?mode=ro");
        Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getInt(1) : 0;
    } catch (SQLException e) {
      if (e.getMessage().contains("no such table")) {
        return 0;
      }
      throw e;
    }
  }

  /** A JSONL file of distinct articles made of the sample pages' paragraphs. */
  private static Path corpus(Path file) throws IOException {
    List<String> paragraphs = new ArrayList<>();
    try (Stream<Path> pages = Files.list(Path.of("samples/seeds"))) {
      for (Path page : pages.sorted().toList()) {
        for (String p : Files.readString(page, StandardCharsets.UTF_8).split("\n\\s*\n")) {
          if (p.strip().length() > 80) {
            paragraphs.add(p.strip());
          }
        }
      }
    }
    ObjectMapper json = new ObjectMapper();
    StringBuilder out = new StringBuilder();
    int n = paragraphs.size();
    for (int i = 0; i < ARTICLES; i++) {
      Map<String, String> record = new LinkedHashMap<>();
      record.put("url", "https://news.example/" + i);
      record.put("text", paragraphs.get(i % n) + "\n\n" + paragraphs.get((i * 7 + 3) % n)
          + "\n\n" + paragraphs.get((i * 13 + 5) % n));
      out.append(json.writeValueAsString(record)).append('\n');
    }
    return Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
  }
}
