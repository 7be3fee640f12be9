package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.isnad.Isnad;
import org.isnad.ProgressListener;
import org.isnad.RunningServer;
import org.isnad.Serving;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code isnad add} while {@code isnad serve --store DIR} serves the store: the add is handed to
 * the server (said on stderr, seen by the server at once) and the store is then what a local add
 * of the same paths makes; {@code --here} adds locally; a stale {@code serving.json} (dead
 * process, or nobody listening) or a server refusing the token leaves the add local; a server
 * busy with another add is asked again a bounded number of times, then the add is a usage
 * error; a server failing on the add is an internal failure.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class AddHandoffTest {
  private static final String HANDED = "the add was done by the server at ";

  @Test
  void anAddWhileServingIsHandedToTheServerAndMakesTheSameStore(@TempDir Path dir)
      throws Exception {
    List<Path> seeds = seeds();
    String first = seeds.get(0).toAbsolutePath().toString();
    String second = seeds.get(1).toAbsolutePath().toString();
    Path served = dir.resolve("served");
    try (RunningServer server = Serving.serve(Isnad.with(2, Clock.systemUTC()), served,
        "127.0.0.1", 0, null, ProgressListener.NONE)) {
      CliRun add = new CliRun();
      assertEquals(0, add.run("add", first, "--store", served.toString(), "--no-progress",
          "--timings"), add.err.toString());
      String err = add.err.toString();
      assertTrue(err.startsWith(HANDED + server.url() + "\n"), err);
      assertTrue(err.contains("timings (wall): total "), err);
      assertTrue(err.contains("1 added, 0 already in the store, 0 extracted again; the store: 1 "
          + "documents"), err);
      assertTrue(audit(server.url()).contains("\"documents\":1"), "the server sees it at once");
      CliRun again = new CliRun();
      assertEquals(0, again.run("add", first, second, "--store", served.toString(),
          "--no-progress"), again.err.toString());
      assertTrue(again.err.toString().contains(HANDED), again.err.toString());
      assertTrue(again.err.toString().contains("1 added, 1 already in the store"),
          again.err.toString());
      CliRun here = new CliRun();
      assertEquals(0, here.run("add", first, "--store", served.toString(), "--here",
          "--no-progress", "--threads", "2"), here.err.toString());
      assertFalse(here.err.toString().contains(HANDED), here.err.toString());
      assertTrue(here.err.toString().contains("0 added, 1 already in the store"),
          here.err.toString());
    }
    assertFalse(Files.exists(served.resolve("serving.json")), "the server's note is gone");
    Path local = dir.resolve("local");
    for (String path : List.of(first, second)) {
      CliRun add = new CliRun();
      assertEquals(0, add.run("add", path, "--store", local.toString(), "--no-progress",
          "--threads", "2"), add.err.toString());
      assertFalse(add.err.toString().contains(HANDED), add.err.toString());
    }
    assertEquals(export(local, dir.resolve("local.json")),
        export(served, dir.resolve("served.json")));
  }

  @Test
  void aStaleNoteLeavesTheAddLocal(@TempDir Path dir) throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor(20, TimeUnit.SECONDS);
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path store = dir.resolve("store");
    Files.createDirectories(store);
    String seed = seeds().get(0).toString();
    // a dead process, then a live one (this test's) where nobody listens
    for (long pid : List.of(gone.pid(), ProcessHandle.current().pid())) {
      note(store, port, pid);
      CliRun add = new CliRun();
      assertEquals(0, add.run("add", seed, "--store", store.toString(), "--no-progress",
          "--threads", "2"), add.err.toString());
      assertFalse(add.err.toString().contains(HANDED), add.err.toString());
      assertTrue(add.err.toString().contains("the store: 1 documents"), add.err.toString());
    }
  }

  @Test
  void aBusyServerIsAskedAgainThenTheAddIsAUsageErrorAndAFailedOneInternal(@TempDir Path dir)
      throws Exception {
    AtomicInteger asked = new AtomicInteger();
    AtomicInteger status = new AtomicInteger(409);
    HttpServer fake = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    fake.createContext("/api/v1/store/adds", exchange -> {
      asked.incrementAndGet();
      byte[] problem = ("{\"type\":\"urn:isnad:problem:x\",\"title\":\"x\",\"status\":"
          + status.get() + ",\"detail\":\"another add is writing to the store\"}")
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
      exchange.sendResponseHeaders(status.get(), problem.length);
      exchange.getResponseBody().write(problem);
      exchange.close();
    });
    fake.start();
    try {
      Path store = dir.resolve("store");
      Files.createDirectories(store);
      note(store, fake.getAddress().getPort(), ProcessHandle.current().pid());
      String seed = seeds().get(0).toString();
      CliRun busy = new CliRun();
      assertEquals(2, busy.run("add", seed, "--store", store.toString(), "--no-progress"));
      assertTrue(busy.err.toString().contains("another add is writing to the store"),
          busy.err.toString());
      assertTrue(asked.get() > 1 && asked.get() <= 20, "asked " + asked.get() + " times");
      status.set(500);
      CliRun failed = new CliRun();
      assertEquals(3, failed.run("add", seed, "--store", store.toString(), "--no-progress"));
      assertTrue(failed.err.toString().contains("failed on the add (HTTP 500)"),
          failed.err.toString());
      status.set(401);
      CliRun refused = new CliRun();
      assertEquals(0, refused.run("add", seed, "--store", store.toString(), "--no-progress",
          "--threads", "2"), refused.err.toString());
      assertFalse(refused.err.toString().contains(HANDED), refused.err.toString());
      assertTrue(refused.err.toString().contains("1 added"), refused.err.toString());
    } finally {
      fake.stop(0);
    }
  }

  /** Writes a {@code serving.json} for {@code store} naming {@code port} and {@code pid}. */
  private static void note(Path store, int port, long pid) throws Exception {
    Files.writeString(store.resolve("serving.json"), "{\"url\":\"http://127.0.0.1:" + port
        + "/\",\"pid\":" + pid + ",\"token\":\"aaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"store\":"
        + "\"" + store.toRealPath() + "\"}");
  }

  @Test
  void aCopyOfAServedFolderIsAnotherStore(@TempDir Path dir) throws Exception {
    List<Path> seeds = seeds();
    Path served = dir.resolve("served");
    Path copy = dir.resolve("copy");
    try (RunningServer server = Serving.serve(Isnad.with(2, Clock.systemUTC()), served,
        "127.0.0.1", 0, null, ProgressListener.NONE)) {
      Files.createDirectories(copy);
      Files.copy(served.resolve("serving.json"), copy.resolve("serving.json"));
      CliRun add = new CliRun();
      assertEquals(0, add.run("add", seeds.get(0).toAbsolutePath().toString(), "--store",
          copy.toString(), "--no-progress", "--threads", "2"), add.err.toString());
      assertFalse(add.err.toString().contains(HANDED), add.err.toString());
      assertTrue(add.err.toString().contains("the store: 1 documents"), add.err.toString());
      assertTrue(audit(server.url()).contains("\"documents\":0"), "the served store is as it was");
    }
  }

  private static String audit(String url) throws Exception {
    HttpResponse<String> audit = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(url + "api/v1/audit")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, audit.statusCode(), audit.body());
    return audit.body();
  }

  /** The store's export with its time masked. */
  private static String export(Path store, Path json) throws Exception {
    CliRun export = new CliRun();
    assertEquals(0, export.run("export", "--store", store.toString(), "-o", json.toString(),
        "--no-progress", "--threads", "2"), export.err.toString());
    return Files.readString(json).replaceAll("\"generatedAt\" *: *\"[^\"]*\"", "");
  }

  private static List<Path> seeds() throws Exception {
    try (var files = Files.list(Path.of("samples/seeds"))) {
      return files.sorted().toList();
    }
  }
}
