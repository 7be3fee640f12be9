package org.isnad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.isnad.store.PostgresServer;
import org.isnad.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two adds to one PostgreSQL store from two working folders (two people, two machines) at
 * once: the second waits on the database's advisory lock while the first holds it, then runs
 * on what the first wrote; the store ends as one add of everything, and each working folder's
 * search index is brought up to the database at its next add.
 */
@Timeout(240)
class PostgresAddsTest {
  @RegisterExtension
  static final PostgresServer PG = new PostgresServer();

  @Test
  void twoAddsAtOnceRunOneAfterTheOther(@TempDir Path temp) throws Exception {
    List<String> seeds = seeds();
    List<String> first = seeds.subList(0, 2);
    List<String> second = seeds.subList(2, seeds.size());
    String url = PG.newStore(temp.resolve("alice"));
    Path alice = StoreLocation.parse(url).prepared();
    Path bob = StoreLocation.parse(url.replace("alice", "bob")).prepared();
    Isnad engine = StoreCorpus.engine();
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch letGo = new CountDownLatch(1);
    CompletableFuture<StoreAdd.Added> one = CompletableFuture.supplyAsync(() ->
        new StoreAdd(engine, alice, ProgressListener.NONE).afterLinked(() -> {
          holding.countDown();
          await(letGo);
        }).add(first));
    holding.await();
    CompletableFuture<StoreAdd.Added> two = CompletableFuture.supplyAsync(
        () -> engine.add(bob, second, ProgressListener.NONE));
    awaitAWaitingLock();
    assertFalse(two.isDone(), "the second add waits for the first");
    letGo.countDown();
    assertEquals(first.size(), one.get().added());
    StoreAdd.Added after = two.get();
    assertEquals(second.size(), after.added());
    assertEquals(seeds.size(), after.store().documents());
    assertEquals(engine.analyze(seeds, ProgressListener.NONE),
        engine.stored(alice, ProgressListener.NONE));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Returns once a session waits for an advisory lock (the test's timeout bounds the wait). */
  private static void awaitAWaitingLock() throws SQLException, InterruptedException {
    try (Connection c = PG.admin(); Statement s = c.createStatement()) {
      while (true) {
        try (ResultSet r = s.executeQuery(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")) {
          r.next();
          if (r.getInt(1) > 0) {
            return;
          }
        }
        Thread.sleep(50);
      }
    }
  }

  private static List<String> seeds() {
    try (Stream<Path> files = Files.list(Path.of("samples/seeds"))) {
      return files.map(Path::toString).filter(f -> !f.endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
