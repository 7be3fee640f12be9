package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.isnad.Checking;
import org.isnad.check.FakeJudge;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code isnad serve --stance-model FILE}: without the file the server still serves, says so on
 * stderr, and {@code POST /api/v1/check} answers 503; with a model (a fake judge here) a store
 * served is checked through its search index.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ServeCheckTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CLAIM = "{\"claim\": \"زار بشار الأسد موسكو\"}";

  @AfterEach
  void realJudge() {
    CheckCommand.judges = Checking::judge;
  }

  @Test
  void withoutAModelTheCheckRouteAnswers503(@TempDir Path dir) throws Exception {
    Path model = dir.resolve("none.model");
    StringWriter err = new StringWriter();
    HttpResponse<String> answer = served(err, "samples/seeds", "--stance-model",
        model.toString());
    assertEquals(503, answer.statusCode(), answer.body());
    assertTrue(answer.body().contains("isnad train stance"), answer.body());
    assertTrue(err.toString().contains(model.toString()), err.toString());
  }

  @Test
  void aStoreIsCheckedThroughItsIndex(@TempDir Path store, @TempDir Path dir) throws Exception {
    assertEquals(0, new CliRun().run("add", "samples/seeds", "--store", store.toString(),
        "--threads", "2", "--no-progress"));
    Path model = Files.writeString(dir.resolve("fake.model"), "fake");
    CheckCommand.judges = m -> FakeJudge.of("موسكو", null);
    HttpResponse<String> answer = served(new StringWriter(), "--store", store.toString(),
        "--stance-model", model.toString());
    assertEquals(200, answer.statusCode(), answer.body());
    JsonNode json = JSON.readTree(answer.body());
    assertTrue(json.get("candidates").asInt() > 0, answer.body());
    assertTrue(json.at("/summary/supporting").size() > 0, answer.body());
  }

  /** Serves WHAT… on a free port, posts the claim, stops the server; the check's answer. */
  private static HttpResponse<String> served(StringWriter err, String... what)
      throws Exception {
    ServedInJvm served = ServedInJvm.start(err, what);
    String url = served.url();
    HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest
        .newBuilder(URI.create(url + "api/v1/check")).timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(CLAIM)).build(),
        HttpResponse.BodyHandlers.ofString());
    served.stop();
    return answer;
  }


}
