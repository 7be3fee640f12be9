package org.isnad.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.isnad.model.Analysis;
import org.isnad.store.AnalysisView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A server with a token answers the API only to requests that carry it. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TokenTest {
  private static final String TOKEN = "a-token-of-enough-length-123";

  @Test
  void withATokenEveryApiRequestNeedsIt() {
    Analysis empty = Analysis.unannotated(ServedCase.FIXED.instant(), java.util.List.of());
    try (ApiServer server = ApiServer.start(new AnalysisView(empty),
        new ServerSettings("127.0.0.1", 0, TOKEN))) {
      Http http = new Http(server.url());
      HttpResponse<String> none = http.get("/api/v1/audit");
      assertEquals(401, none.statusCode());
      assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElse(""));
      assertEquals("application/problem+json",
          none.headers().firstValue("Content-Type").orElse(""));
      assertEquals(401, http.get("/api/v1/openapi.json").statusCode());
      assertEquals(401, http.get("/api/v1/audit", "Authorization", "Bearer wrong").statusCode());
      assertEquals(401, http.get("/api/v1/audit", "Authorization", TOKEN).statusCode());
      assertEquals(200, http.get("/api/v1/audit", "Authorization", "Bearer " + TOKEN)
          .statusCode());
      assertEquals(200, http.get("/").statusCode(), "the app itself asks for the token");
    }
  }

  @Test
  void withoutATokenOnlyLoopbackMayBeBound() {
    assertThrows(IllegalArgumentException.class, () -> new ServerSettings("0.0.0.0", 0, null));
    assertThrows(IllegalArgumentException.class, () -> new ServerSettings("10.1.2.3", 0, null));
    new ServerSettings("0.0.0.0", 0, TOKEN);
    new ServerSettings("localhost", 0, null);
    assertThrows(IllegalArgumentException.class, () -> new ServerSettings("::1", 70_000, null));
    assertThrows(IllegalArgumentException.class, () -> new ServerSettings("127.0.0.1", 0,
        "short"));
    assertEquals(43, ServerSettings.newToken().length());
  }
}
