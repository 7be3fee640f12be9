package org.isnad.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.isnad.model.Analysis;
import org.isnad.store.AnalysisView;
import org.isnad.store.CaseView;
import org.isnad.store.EventQuery;
import org.isnad.store.Page;
import org.isnad.store.PageRequest;
import org.isnad.store.SearchKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * When the case view fails, the caller gets a 500 problem without the failure's message or a
 * stack trace; a port already taken is a caller's mistake naming the address.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FailuresTest {
  private static final String SECRET = "secret-internal-state";

  /** A view whose every call fails. */
  private static final class Broken implements CaseView {
    private static RuntimeException fail() {
      return new IllegalStateException(SECRET);
    }

    @Override
    public Page<EventItem> events(EventQuery filter, PageRequest page) {
      throw fail();
    }

    @Override
    public Optional<EventDetail> event(String id) {
      throw fail();
    }

    @Override
    public Optional<ArticleDetail> article(String id) {
      throw fail();
    }

    @Override
    public Optional<EntityDetail> entity(String id, PageRequest statements) {
      throw fail();
    }

    @Override
    public Page<EntityHit> entities(String query, org.isnad.model.EntityType kind,
        PageRequest page) {
      throw fail();
    }

    @Override
    public Page<StoryItem> stories(PageRequest page) {
      throw fail();
    }

    @Override
    public Optional<StoryDetail> story(String id, PageRequest page) {
      throw fail();
    }

    @Override
    public Page<SearchHit> search(String query, SearchKind kind, PageRequest page) {
      throw fail();
    }

    @Override
    public AuditFigures audit() {
      throw fail();
    }
  }

  @Test
  void aFailingViewIsAnInternalProblemThatTellsNothing() {
    try (ApiServer server = ApiServer.start(new Broken(),
        new ServerSettings("127.0.0.1", 0, null))) {
      Http http = new Http(server.url());
      for (String path : new String[] {"/api/v1/events", "/api/v1/events/x", "/api/v1/audit",
          "/api/v1/search?q=word"}) {
        HttpResponse<String> response = http.get(path);
        assertEquals(500, response.statusCode(), path);
        assertEquals("application/problem+json",
            response.headers().firstValue("Content-Type").orElse(""));
        assertFalse(response.body().contains(SECRET), response.body());
        assertFalse(response.body().contains("at org."), response.body());
        assertTrue(Http.read(response.body()).get("detail").asText().length() > 0);
      }
    }
  }

  @Test
  void aPortAlreadyTakenIsAMistakeNamingIt() {
    Analysis empty = Analysis.unannotated(ServedCase.FIXED.instant(), java.util.List.of());
    try (ApiServer first = ApiServer.start(new AnalysisView(empty),
        new ServerSettings("127.0.0.1", 0, null))) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ApiServer.start(new AnalysisView(empty),
              new ServerSettings("127.0.0.1", first.port(), null)));
      assertTrue(e.getMessage().contains("127.0.0.1:" + first.port()), e.getMessage());
    }
  }
}
