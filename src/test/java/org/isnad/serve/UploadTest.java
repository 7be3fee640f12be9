package org.isnad.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.isnad.Isnad;
import org.isnad.Serving;
import org.isnad.ProgressListener;
import org.isnad.RunningServer;
import org.isnad.model.AddOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/v1/documents} on {@code isnad serve --store DIR}: a page uploaded is added
 * and shows at once in the timeline, search and audit; the same bytes again are held; a page
 * without article says why; an unknown format is a 400 naming {@code name}; a second upload
 * while one is being added is a 409; without a store the route is a 404.
 */
@Timeout(180)
class UploadTest {
  @Test
  void anUploadedPageIsAddedAndShowsAtOnce(@TempDir Path store) throws Exception {
    try (RunningServer server = Serving.serve(Isnad.with(2, ServedCase.FIXED), store,
        "127.0.0.1", 0, null, ProgressListener.NONE)) {
      Http http = new Http(server.url());
      assertEquals(0, http.json("/api/v1/audit").get("documents").asInt());
      byte[] page = Files.readAllBytes(seed());
      JsonNode added = Http.read(http.post("/api/v1/documents?name=seed.txt", page,
          "application/octet-stream").body());
      JsonNode first = added.get("documents").get(0);
      assertEquals("added", first.get("outcome").asText(), added.toString());
      String article = first.get("articles").get(0).asText();
      assertEquals(200, http.get("/api/v1/articles/" + article).statusCode());
      assertEquals(1, http.json("/api/v1/audit").get("documents").asInt());
      assertTrue(http.json("/api/v1/events").get("total").asInt() > 0);
      JsonNode again = Http.read(http.post("/api/v1/documents", page, "text/plain").body());
      assertEquals("held", again.get("documents").get(0).get("outcome").asText(),
          again.toString());
      JsonNode empty = Http.read(http.post("/api/v1/documents?name=empty.html",
          "<html><body><p>x</p></body></html>".getBytes(StandardCharsets.UTF_8),
          "text/html").body());
      JsonNode none = empty.get("documents").get(0);
      assertEquals(AddOutcome.NO_ARTICLE, none.get("outcome").asText(), empty.toString());
      assertTrue(!none.get("reason").asText().isEmpty(), empty.toString());
    }
  }

  @Test
  void mistakesAndABusyStoreAreProblems(@TempDir Path store) throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Uploads slow = (name, body) -> {
      inside.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return List.of();
    };
    try (ApiServer server = ApiServer.start(new org.isnad.store.AnalysisView(ServedCase.get()),
        new ServerSettings("127.0.0.1", 0, null), slow)) {
      Http http = new Http(server.url());
      var unknown = http.post("/api/v1/documents", new byte[] {1}, "image/png");
      assertEquals(400, unknown.statusCode());
      assertEquals("name", Http.read(unknown.body()).get("parameter").asText());
      assertEquals(400, http.post("/api/v1/documents?name=x.pdf", new byte[] {1},
          "text/plain").statusCode());
      List<Thread> threads = new ArrayList<>();
      Thread first = new Thread(() -> http.post("/api/v1/documents?name=a.txt", new byte[] {1},
          "text/plain"));
      threads.add(first);
      first.start();
      assertTrue(inside.await(30, TimeUnit.SECONDS));
      var busy = http.post("/api/v1/documents?name=b.txt", new byte[] {1}, "text/plain");
      assertEquals(409, busy.statusCode(), busy.body());
      assertTrue(busy.headers().firstValue("Content-Type").orElse("")
          .startsWith("application/problem+json"));
      release.countDown();
      first.join(30_000);
    }
    try (ApiServer plain = ApiServer.start(new org.isnad.store.AnalysisView(ServedCase.get()),
        new ServerSettings("127.0.0.1", 0, null))) {
      assertEquals(404, new Http(plain.url()).post("/api/v1/documents?name=a.txt",
          new byte[] {1}, "text/plain").statusCode());
    }
  }

  private static Path seed() throws Exception {
    try (var files = Files.list(Path.of("samples/seeds"))) {
      return files.sorted().findFirst().orElseThrow();
    }
  }
}
