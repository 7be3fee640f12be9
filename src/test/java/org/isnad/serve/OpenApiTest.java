package org.isnad.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.isnad.Isnad;
import org.isnad.Serving;
import org.isnad.ProgressListener;
import org.isnad.RunningServer;
import org.isnad.store.AnalysisView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI document is the API: every route it lists answers (with real ids and its
 * required parameters), with a status it documents, the media type it documents for it and a
 * body its schema describes field by field; an unknown id answers a documented 404 problem;
 * every query parameter it lists is taken.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class OpenApiTest {
  private static ApiServer server;
  private static Http http;

  @BeforeAll
  static void start() {
    server = ApiServer.start(new AnalysisView(ServedCase.get()),
        new ServerSettings("127.0.0.1", 0, null));
    http = new Http(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Map<String, String> ids() {
    var analysis = ServedCase.get();
    return Map.of("/api/v1/events/{id}", analysis.timeline().events().get(0).id(),
        "/api/v1/articles/{id}", analysis.articles().get(0).id(),
        "/api/v1/entities/{id}", analysis.entities().get(0).id(),
        "/api/v1/stories/{id}", analysis.timeline().stories().get(0).id());
  }

  @Test
  void everyDocumentedRouteAnswersAsDocumented() {
    JsonNode doc = http.json("/api/v1/openapi.json");
    assertEquals("3.1.0", doc.get("openapi").asText());
    List<String> checked = new ArrayList<>();
    for (Iterator<String> it = doc.get("paths").fieldNames(); it.hasNext(); ) {
      String path = it.next();
      JsonNode get = doc.get("paths").get(path).get("get");
      if (get == null) {
        continue;
      }
      String concrete = path.replace("{id}", ids().getOrDefault(path, ""));
      HttpResponse<String> ok = http.get(concrete + required(get));
      assertEquals(200, ok.statusCode(), concrete + ": " + ok.body());
      assertEquals("application/json", ok.headers().firstValue("Content-Type").orElse(""));
      assertTrue(get.get("responses").has("200"), path);
      JsonNode schema = get.get("responses").get("200").get("content").get("application/json")
          .get("schema");
      assertEquals(List.of(), new SchemaCheck(doc).check(Http.read(ok.body()), schema, path));
      if (path.contains("{id}")) {
        HttpResponse<String> missing = http.get(path.replace("{id}", "no-such-id"));
        assertEquals(404, missing.statusCode());
        assertEquals(List.of(), new SchemaCheck(doc).check(Http.read(missing.body()),
            doc.at("/components/schemas/Problem"), path + " 404"));
        assertTrue(get.get("responses").has("404"), path + " documents its 404");
      }
      for (JsonNode p : get.path("parameters")) {
        if (p.get("in").asText().equals("query") && !p.path("required").asBoolean()) {
          HttpResponse<String> taken = http.get(concrete + required(get)
              + (required(get).isEmpty() ? "?" : "&") + p.get("name").asText() + "=");
          assertEquals(200, taken.statusCode(), path + " takes " + p.get("name"));
        }
      }
      checked.add(path);
    }
    assertEquals(List.of("/api/v1/events", "/api/v1/events/{id}", "/api/v1/articles/{id}",
        "/api/v1/entities", "/api/v1/entities/{id}", "/api/v1/stories", "/api/v1/stories/{id}", "/api/v1/search",
        "/api/v1/audit",
        "/api/v1/openapi.json"), checked);
    assertTrue(doc.get("paths").has("/api/v1/documents"), "the upload route is documented");
  }

  @Test
  void theUploadRouteAnswersAsDocumented(@TempDir Path store) throws Exception {
    JsonNode doc = http.json("/api/v1/openapi.json");
    JsonNode post = doc.at("/paths/~1api~1v1~1documents/post");
    for (String status : List.of("200", "400", "404", "409", "413")) {
      assertTrue(post.get("responses").has(status), "documents its " + status);
    }
    Path page;
    try (var files = Files.list(Path.of("samples/seeds"))) {
      page = files.sorted().findFirst().orElseThrow();
    }
    try (RunningServer server = Serving.serve(Isnad.with(2, ServedCase.FIXED), store,
        "127.0.0.1", 0, null, ProgressListener.NONE)) {
      HttpResponse<String> ok = new Http(server.url()).post("/api/v1/documents?name=a.txt",
          Files.readAllBytes(page), "text/plain");
      assertEquals(200, ok.statusCode(), ok.body());
      assertEquals("application/json", ok.headers().firstValue("Content-Type").orElse(""));
      JsonNode schema = post.at("/responses/200/content/application~1json/schema");
      assertEquals(List.of(), new SchemaCheck(doc).check(Http.read(ok.body()), schema,
          "documents"));
    }
    HttpResponse<String> none = http.post("/api/v1/documents?name=a.txt", new byte[] {1},
        "text/plain");
    assertEquals(404, none.statusCode());
    assertEquals(List.of(), new SchemaCheck(doc).check(Http.read(none.body()),
        doc.at("/components/schemas/Problem"), "documents 404"));
  }

  /** The required query parameters of an operation, with a value. */
  private static String required(JsonNode get) {
    StringBuilder query = new StringBuilder();
    for (JsonNode p : get.path("parameters")) {
      if (p.get("in").asText().equals("query") && p.path("required").asBoolean()) {
        query.append(query.length() == 0 ? "?" : "&").append(p.get("name").asText())
            .append("=").append(Http.encode("الاسد"));
      }
    }
    return query.toString();
  }
}
