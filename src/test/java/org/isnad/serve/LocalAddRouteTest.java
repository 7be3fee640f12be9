package org.isnad.serve;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.isnad.Isnad;
import org.isnad.ProgressListener;
import org.isnad.RunningServer;
import org.isnad.Serving;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/v1/store/adds}, where {@code isnad add} hands its add to the server serving
 * the store: only with the local token of {@code DIR/serving.json} (401 without it, with a wrong
 * one, or with the server's {@code --token}); 400 for a relative path or a body that is no list
 * of paths; 200 with the add's report as documented. {@code serving.json} is its owner's only
 * and goes when the server closes.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LocalAddRouteTest {
  private static final String ROUTE = "/api/v1/store/adds";
  private static final String SERVER_TOKEN = "server-token-0123456789";

  @Test
  void onlyTheLocalTokenAddsAndOnlyAbsolutePaths(@TempDir Path store) throws Exception {
    Path page = firstSeed().toAbsolutePath();
    try (RunningServer server = Serving.serve(Isnad.with(2, ServedCase.FIXED), store,
        "127.0.0.1", 0, SERVER_TOKEN, ProgressListener.NONE)) {
      Http http = new Http(server.url());
      JsonNode note = Http.read(Files.readString(store.resolve("serving.json")));
      assertEquals(server.url(), note.get("url").asText());
      assertEquals(ProcessHandle.current().pid(), note.get("pid").asLong());
      assertEquals(store.toRealPath().toString(), note.get("store").asText());
      String local = note.get("token").asText();
      assertTrue(local.length() >= ServerSettings.MIN_TOKEN, local);
      byte[] body = paths(page.toString());
      assertProblem(401, http.post(ROUTE, body, "application/json"));
      assertProblem(401, http.post(ROUTE, body, "application/json", "Authorization",
          "Bearer " + local + "x"));
      assertProblem(401, http.post(ROUTE, body, "application/json", "Authorization",
          "Bearer " + SERVER_TOKEN));
      String bearer = "Bearer " + local;
      assertProblem(400, http.post(ROUTE, paths("samples/seeds"), "application/json",
          "Authorization", bearer));
      assertProblem(400, http.post(ROUTE, "not json".getBytes(StandardCharsets.UTF_8),
          "application/json", "Authorization", bearer));
      assertProblem(400, http.post(ROUTE, "{\"paths\": []}".getBytes(StandardCharsets.UTF_8),
          "application/json", "Authorization", bearer));
      HttpResponse<String> ok = http.post(ROUTE, body, "application/json", "Authorization",
          bearer);
      assertEquals(200, ok.statusCode(), ok.body());
      JsonNode doc = Http.read(new String(new WebAssets().openApi(), StandardCharsets.UTF_8));
      JsonNode schema = doc.at("/paths/~1api~1v1~1store~1adds/post/responses/200/content/"
          + "application~1json/schema");
      assertFalse(schema.isMissingNode(), "the route is documented");
      assertEquals(List.of(), new SchemaCheck(doc).check(Http.read(ok.body()), schema, "adds"));
      JsonNode report = Http.read(ok.body());
      assertEquals(1, report.get("added").asInt(), ok.body());
      assertEquals(page.toString(), report.at("/documents/0/source").asText());
      for (String status : List.of("200", "400", "401", "404", "409", "500")) {
        assertTrue(doc.at("/paths/~1api~1v1~1store~1adds/post/responses").has(status), status);
      }
    }
  }

  @Test
  void theNoteIsItsOwnersOnlyAndGoesWithTheServer(@TempDir Path store) {
    Path note = store.resolve("serving.json");
    try (RunningServer server = Serving.serve(Isnad.with(2, ServedCase.FIXED), store,
        "127.0.0.1", 0, null, ProgressListener.NONE)) {
      assertTrue(Files.isRegularFile(note));
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        assertEquals("rw-------", PosixFilePermissions.toString(
            assertDoesNotThrow(() -> Files.getPosixFilePermissions(note))));
      }
      assertTrue(server.port() > 0);
    }
    assertFalse(Files.exists(note), "deleted when the server closed");
  }

  @Test
  void aServerOfAnAnalysisTakesNoAdds() {
    ApiServer server = ApiServer.start(new org.isnad.store.AnalysisView(ServedCase.get()),
        new ServerSettings("127.0.0.1", 0, null));
    try {
      HttpResponse<String> none = new Http(server.url()).post(ROUTE, paths("/x"),
          "application/json", "Authorization", "Bearer anything-at-all-here");
      assertProblem(404, none);
    } finally {
      server.close();
    }
  }

  @Test
  void oneAddAtATime() throws Exception {
    AddGuard guard = new AddGuard();
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> guard.run("busy",
        () -> {
          running.countDown();
          await(release);
          return "first";
        }));
    assertTrue(running.await(20, TimeUnit.SECONDS));
    ProblemException busy = assertThrows(ProblemException.class,
        () -> guard.run("busy now", () -> "second"));
    assertEquals(409, busy.problem().status());
    assertEquals("busy now", busy.problem().detail());
    release.countDown();
    assertEquals("first", first.get(20, TimeUnit.SECONDS));
    assertEquals("third", guard.run("busy", () -> "third"));
    ProblemException locked = assertThrows(ProblemException.class, () -> guard.run("busy",
        () -> {
          throw new IllegalArgumentException("another isnad add is writing to the store s");
        }));
    assertEquals(409, locked.problem().status());
    assertTrue(locked.problem().detail().contains("another isnad add"));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void assertProblem(int status, HttpResponse<String> answer) {
    assertEquals(status, answer.statusCode(), answer.body());
    assertEquals(Problem.MEDIA_TYPE, answer.headers().firstValue("Content-Type").orElse(""));
    assertEquals(status, Http.read(answer.body()).get("status").asInt(), answer.body());
  }

  private static byte[] paths(String path) {
    return ("{\"paths\": [\"" + path + "\"]}").getBytes(StandardCharsets.UTF_8);
  }

  private static Path firstSeed() throws Exception {
    try (var files = Files.list(Path.of("samples/seeds"))) {
      return files.sorted().findFirst().orElseThrow();
    }
  }
}
