package org.isnad.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.isnad.Checking;
import org.isnad.check.ClaimChecker;
import org.isnad.check.FakeJudge;
import org.isnad.store.AnalysisView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code POST /api/v1/check}: 503 saying how to build a model when the server has none; with a
 * judge, one claim of {@code isnad check}'s JSON as openapi.json describes it; a bad body is a
 * 400 naming what is wrong.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CheckRouteTest {
  private static final String CLAIM = "{\"claim\": \"وصل بشار الأسد إلى موسكو\"}";

  private static HttpResponse<String> post(Http http, String body) {
    return http.post("/api/v1/check", body.getBytes(StandardCharsets.UTF_8),
        "application/json");
  }

  @Test
  void withoutAModelItAnswers503SayingHowToBuildOne() {
    try (ApiServer server = ApiServer.start(new AnalysisView(ServedCase.get()),
        new ServerSettings("127.0.0.1", 0, null))) {
      Http http = new Http(server.url());
      HttpResponse<String> answer = post(http, CLAIM);
      assertEquals(503, answer.statusCode());
      assertEquals(Problem.MEDIA_TYPE, answer.headers().firstValue("Content-Type").orElse(""));
      assertTrue(answer.body().contains("isnad train stance"), answer.body());
      JsonNode doc = http.json("/api/v1/openapi.json");
      assertEquals(List.of(), new SchemaCheck(doc).check(Http.read(answer.body()),
          doc.at("/components/schemas/Problem"), "check 503"));
    }
  }

  @Test
  void withAJudgeItAnswersTheClaimAsDocumented() {
    ClaimChecker checker = Checking.over(ServedCase.get(), FakeJudge.of("موسكو", null), 50);
    try (ApiServer server = ApiServer.start(new AnalysisView(ServedCase.get()),
        new ServerSettings("127.0.0.1", 0, null), null, null, null, checker)) {
      Http http = new Http(server.url());
      HttpResponse<String> answer = post(http, CLAIM);
      assertEquals(200, answer.statusCode(), answer.body());
      assertEquals("application/json", answer.headers().firstValue("Content-Type").orElse(""));
      JsonNode doc = http.json("/api/v1/openapi.json");
      JsonNode schema = doc.at("/paths/~1api~1v1~1check/post/responses/200/content/"
          + "application~1json/schema");
      JsonNode json = Http.read(answer.body());
      assertEquals(List.of(), new SchemaCheck(doc).check(json, schema, "check"));
      assertTrue(json.get("candidates").asInt() > 0, answer.body());
      assertTrue(json.at("/summary/supporting").size() > 0, answer.body());
      // the sample pages have no URL: a document's source stands for it
      String url = ServedCase.get().annotated().stream().filter(d -> d.articles().size() == 1)
          .findFirst().orElseThrow().document().source().replace("\\", "\\\\");
      JsonNode one = Http.read(post(http, "{\"claim\": \"الأسد\", \"urls\": [\"" + url
          + "\"]}").body());
      assertEquals(1, one.get("candidates").asInt(), one.toString());
      for (String bad : List.of("not json", "[1]", "{\"claim\": \"\"}", "{\"urls\": []}",
          "{\"claim\": \"x\", \"urls\": \"u\"}")) {
        HttpResponse<String> refused = post(http, bad);
        assertEquals(400, refused.statusCode(), bad + ": " + refused.body());
        assertEquals(List.of(), new SchemaCheck(doc).check(Http.read(refused.body()),
            doc.at("/components/schemas/Problem"), "check 400"));
      }
    }
  }
}
