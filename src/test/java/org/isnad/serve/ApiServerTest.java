package org.isnad.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.isnad.Datasets;
import org.isnad.store.AnalysisView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The HTTP API over the sample corpus (and a page carrying script payloads), on a free loopback
 * port: each route, the filters and paging, problem details, the security headers.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ApiServerTest {
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

  private static List<JsonNode> allEvents(String filter) {
    List<JsonNode> all = new ArrayList<>();
    for (int offset = 0; ; offset += 20) {
      JsonNode page = http.json("/api/v1/events?limit=20&offset=" + offset + filter);
      page.get("items").forEach(all::add);
      if (offset + 20 >= page.get("total").asInt()) {
        assertEquals(all.size(), page.get("total").asInt());
        return all;
      }
    }
  }

  @Test
  void eventsArePagedWithTheirTotalAndEachComesOnce() {
    JsonNode first = http.json("/api/v1/events?limit=5");
    int total = first.get("total").asInt();
    assertEquals(ServedCase.get().timeline().events().size(), total);
    assertEquals(5, first.get("items").size());
    assertEquals(5, first.get("limit").asInt());
    List<JsonNode> all = allEvents("");
    Set<String> ids = new HashSet<>();
    all.forEach(e -> ids.add(e.get("id").asText()));
    assertEquals(total, ids.size(), "every event once");
    JsonNode beyond = http.json("/api/v1/events?offset=" + (total + 10));
    assertEquals(0, beyond.get("items").size());
    assertEquals(total, beyond.get("total").asInt());
  }

  @Test
  void happenedEventsComeFirstByDayThenUndatedThenTheRest() {
    List<JsonNode> all = allEvents("");
    String last = "";
    int group = 0;
    for (JsonNode e : all) {
      boolean happened = e.get("modality").asText().equals("asserted");
      boolean dated = !e.get("earliest").isNull();
      int now = (happened ? 0 : 2) + (dated ? 0 : 1);
      assertTrue(now >= group, "out of order: " + e);
      if (now != group) {
        last = "";
      }
      group = now;
      if (dated) {
        assertTrue(last.compareTo(e.get("earliest").asText()) <= 0, e.toString());
        last = e.get("earliest").asText();
      }
    }
    assertTrue(group >= 2, "the sample holds events that did not happen");
  }

  @Test
  void anActorFilterKeepsExactlyTheEventsOfThatActor() {
    List<JsonNode> all = allEvents("");
    String actor = all.stream().filter(e -> e.get("actors").size() > 0).findFirst()
        .orElseThrow().get("actors").get(0).get("id").asText();
    List<JsonNode> filtered = allEvents("&actor=" + actor);
    long expected = all.stream().filter(e -> hasId(e.get("actors"), actor)).count();
    assertEquals(expected, filtered.size());
    assertTrue(filtered.size() < all.size());
    filtered.forEach(e -> assertTrue(hasId(e.get("actors"), actor), e.toString()));
  }

  private static boolean hasId(JsonNode refs, String id) {
    for (JsonNode r : refs) {
      if (r.get("id").asText().equals(id)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void eachFilterKeepsOnlyWhatItNames() {
    List<JsonNode> all = allEvents("");
    JsonNode place = all.stream().filter(e -> e.get("places").size() > 0).findFirst()
        .orElseThrow();
    String placeId = place.get("places").get(0).get("id").asText();
    allEvents("&place=" + placeId).forEach(e -> assertTrue(hasId(e.get("places"), placeId)));
    String outlet = place.get("outlets").get(0).asText();
    List<JsonNode> byOutlet = allEvents("&outlet=" + Http.encode(outlet));
    assertFalse(byOutlet.isEmpty());
    byOutlet.forEach(e -> assertTrue(e.get("outlets").toString().contains(outlet)));
    String type = place.get("type").asText();
    allEvents("&type=" + type).forEach(e -> assertEquals(type, e.get("type").asText()));
    List<JsonNode> single = allEvents("&status=single");
    assertFalse(single.isEmpty());
    single.forEach(e -> assertEquals("single-source", e.get("status").asText()));
    List<JsonNode> negated = allEvents("&modality=negated");
    assertEquals(all.stream().filter(e -> e.get("modality").asText().equals("negated"))
        .count(), negated.size());
    String day = place.get("earliest").asText();
    List<JsonNode> onDay = allEvents("&from=" + day + "&to=" + day);
    assertFalse(onDay.isEmpty());
    onDay.forEach(e -> assertTrue(e.get("earliest").asText().compareTo(day) <= 0
        && (e.get("latest").asText() + "~").compareTo(day) >= 0, e.toString()));
    String origin = http.json("/api/v1/events/" + place.get("id").asText()).get("origins")
        .get(0).asText();
    assertFalse(allEvents("&origin=" + Http.encode(origin)).isEmpty());
  }

  @Test
  void badParametersAreProblemsNamingThem() {
    assertBad("/api/v1/events?limit=500", "limit");
    assertBad("/api/v1/events?limit=abc", "limit");
    assertBad("/api/v1/events?offset=-1", "offset");
    assertBad("/api/v1/events?status=likely", "status");
    assertBad("/api/v1/events?modality=maybe", "modality");
    assertBad("/api/v1/events?from=yesterday", "from");
    assertBad("/api/v1/events?from=2024-12-09&to=2024-12-01", "to");
    assertBad("/api/v1/events?acter=x", "acter");
    assertBad("/api/v1/events?type=A&type=B", "type");
    assertBad("/api/v1/search", "q");
    assertBad("/api/v1/search?q=" + Http.encode("..."), "q");
    assertBad("/api/v1/search?q=x&kind=pictures", "kind");
    assertBad("/api/v1/search?q=x&limit=101", "limit");
    assertBad("/api/v1/search?q=x&offset=10001", "offset");
    assertBad("/api/v1/stories?limit=0", "limit");
    assertBad("/api/v1/entities?kind=planet", "kind");
    assertBad("/api/v1/entities?q=" + Http.encode("..."), "q");
    assertBad("/api/v1/entities?limit=201", "limit");
  }

  private static void assertBad(String path, String parameter) {
    HttpResponse<String> response = http.get(path);
    assertEquals(400, response.statusCode(), path + " " + response.body());
    JsonNode problem = assertProblem(response);
    assertEquals(parameter, problem.get("parameter").asText(), path);
    assertTrue(problem.get("detail").asText().contains(parameter), problem.toString());
  }

  private static JsonNode assertProblem(HttpResponse<String> response) {
    assertEquals("application/problem+json",
        response.headers().firstValue("Content-Type").orElse(""));
    JsonNode problem = Http.read(response.body());
    for (String field : List.of("type", "title", "status", "detail")) {
      assertNotNull(problem.get(field), field + " in " + response.body());
    }
    assertEquals(response.statusCode(), problem.get("status").asInt());
    assertFalse(response.body().contains("at org."), "no stack trace: " + response.body());
    return problem;
  }

  @Test
  void unknownIdsAndRoutesAreNotFoundProblems() {
    for (String path : List.of("/api/v1/events/nope", "/api/v1/articles/nope",
        "/api/v1/entities/nope", "/api/v1/nothing", "/app/secret.properties")) {
      HttpResponse<String> response = http.get(path);
      assertEquals(404, response.statusCode(), path);
      assertProblem(response);
    }
  }

  @Test
  void anOversizedBodyIsRefusedBeforeItIsRead() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
          + (ApiServer.MAX_BODY + 1) + "\r\nContent-Type: application/json\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
          StandardCharsets.US_ASCII));
      assertTrue(in.readLine().startsWith("HTTP/1.1 413"));
    }
  }

  @Test
  void anEventComesWithItsReportsInTheirParagraphs() {
    String id = allEvents("").stream().filter(e -> e.get("reports").asInt() > 0)
        .findFirst().orElseThrow().get("id").asText();
    JsonNode event = http.json("/api/v1/events/" + id);
    assertEquals(id, event.get("event").get("id").asText());
    for (JsonNode r : event.get("reports")) {
      String paragraph = r.get("paragraph").asText();
      int from = r.get("start").asInt() - r.get("paragraphStart").asInt();
      int to = r.get("end").asInt() - r.get("paragraphStart").asInt();
      int[] cps = paragraph.codePoints().toArray();
      assertTrue(from >= 0 && to <= cps.length, r.toString());
      JsonNode article = http.json("/api/v1/articles/" + r.get("article").asText());
      int[] text = article.get("text").asText().codePoints().toArray();
      assertEquals(new String(text, r.get("start").asInt(), to - from),
          new String(cps, from, to - from), "the sentence sits in its paragraph");
      assertEquals("publisher", r.get("chain").get(0).get("role").asText());
      assertFalse(r.get("origin").asText().isBlank());
    }
    assertTrue(event.has("conflicts") && event.has("basis") && event.has("origins"));
  }

  /**
   * Each report says where its date comes from as the engine's mention does (its
   * {@code WhenBasis}, spelt as {@code label()}), or null where the engine says nothing; the
   * sample case has reports dated from their own sentence.
   */
  @Test
  void eachReportSaysWhereItsDateComesFromAsTheEngineDoes() {
    var analysis = ServedCase.get();
    java.util.Map<String, org.isnad.model.EventMention> mentions = new java.util.HashMap<>();
    analysis.timeline().mentions().forEach(m -> mentions.put(m.id(), m));
    Set<String> seen = new HashSet<>();
    for (var e : analysis.timeline().events()) {
      JsonNode reports = http.json("/api/v1/events/" + e.id()).get("reports");
      assertEquals(e.reports().size(), reports.size(), e.id());
      for (int i = 0; i < reports.size(); i++) {
        var basis = mentions.get(e.reports().get(i).mention()).whenBasis();
        JsonNode given = reports.get(i).get("whenBasis");
        assertEquals(basis == null ? null : basis.label(), given.isNull() ? null
            : given.asText(), e.id() + " report " + i);
        seen.add(given.asText());
      }
    }
    assertTrue(seen.contains("sentence"), seen.toString());
  }

  @Test
  void anArticleComesWithItsMarksInsideItsText() {
    String id = ServedCase.get().articles().get(0).id();
    JsonNode a = http.json("/api/v1/articles/" + id);
    int length = a.get("text").asText().codePointCount(0, a.get("text").asText().length());
    int marks = 0;
    for (String kind : List.of("names", "times", "statements", "events")) {
      for (JsonNode span : a.get(kind)) {
        assertTrue(span.get("start").asInt() >= 0 && span.get("end").asInt() <= length);
        marks++;
      }
    }
    assertTrue(marks > 0);
    assertTrue(a.get("names").size() > 0 && a.get("statements").size() > 0);
    assertTrue(a.has("dropped") && a.has("url") && a.has("published"));
    boolean anyDropped = ServedCase.get().articles().stream().anyMatch(x -> http.json(
        "/api/v1/articles/" + x.id()).get("dropped").size() > 0);
    assertTrue(anyDropped, "dropped page lines are served with their reasons");
  }

  @Test
  void anEntityComesWithItsRolesAndStatements() {
    String speaker = ServedCase.get().quotes().stream().map(q -> q.speaker().entity())
        .filter(e -> e != null).findFirst().orElseThrow();
    JsonNode e = http.json("/api/v1/entities/" + speaker + "?limit=2");
    assertEquals(speaker, e.get("id").asText());
    assertTrue(e.get("roles").get("speaker").asInt() > 0);
    JsonNode by = e.get("statementsBy");
    assertTrue(by.get("total").asInt() > 0 && by.get("items").size() <= 2);
    by.get("items").forEach(s -> assertEquals(speaker, s.get("speakerEntity").asText()));
    assertTrue(e.has("statementsAbout") && e.has("aliases") && e.has("events"));
  }

  @Test
  void entitiesAreFoundByAnyHamzaFormOfTheirNamesBestMatchFirst() {
    JsonNode found = http.json("/api/v1/entities?q=" + Http.encode("الاسد") + "&limit=200");
    assertTrue(found.get("total").asInt() > 0, found.toString());
    JsonNode first = found.get("items").get(0);
    String matched = first.get("alias").isNull() ? first.get("name").asText()
        : first.get("alias").asText();
    assertTrue(Datasets.normalized(matched).contains("الاسد"), first.toString());
    assertTrue(matched.contains("الأسد"), "«الأسد» is found by الاسد: " + first);
    for (JsonNode e : found.get("items")) {
      JsonNode detail = http.json("/api/v1/entities/" + e.get("id").asText() + "?limit=1");
      List<String> names = new ArrayList<>(List.of(detail.get("name").asText()));
      detail.get("aliases").forEach(a -> names.add(a.asText()));
      assertTrue(names.stream().anyMatch(n -> Datasets.normalized(n).contains("الاسد")),
          names.toString());
    }
    JsonNode places = http.json("/api/v1/entities?kind=place&limit=200");
    assertEquals(ServedCase.get().entities().stream()
        .filter(e -> e.type() == org.isnad.model.EntityType.PLACE).count(),
        places.get("total").asLong());
    places.get("items").forEach(e -> assertEquals("place", e.get("type").asText()));
    assertEquals(0, http.json("/api/v1/entities?q=zzzqqq").get("total").asInt());
  }

  @Test
  void storiesArePagedLargestFirst() {
    JsonNode all = http.json("/api/v1/stories?limit=200");
    int total = all.get("total").asInt();
    assertEquals(ServedCase.get().timeline().stories().size(), total);
    int previous = Integer.MAX_VALUE;
    for (JsonNode s : all.get("items")) {
      assertTrue(s.get("articles").asInt() <= previous);
      previous = s.get("articles").asInt();
    }
    assertEquals(Math.min(1, total), http.json("/api/v1/stories?limit=1").get("items").size());
  }

  /** A search page holds 20 hits unless asked for more; other lists 50. */
  @Test
  void aSearchPageHolds20HitsByDefault() {
    JsonNode hits = http.json("/api/v1/search?q=" + Http.encode("الاسد"));
    assertEquals(20, hits.get("limit").asInt());
    assertEquals(Math.min(20, hits.get("total").asInt()), hits.get("items").size());
    assertEquals(50, http.json("/api/v1/events").get("limit").asInt());
  }

  @Test
  void searchFindsHamzaFormsAndMarksThem() {
    JsonNode hits = http.json("/api/v1/search?q=" + Http.encode("الاسد") + "&limit=100");
    assertTrue(hits.get("total").asInt() > 0);
    boolean hamza = false;
    boolean clitic = false;
    for (JsonNode h : hits.get("items")) {
      int[] snippet = h.get("snippet").asText().codePoints().toArray();
      assertTrue(h.get("highlights").size() > 0, h.toString());
      for (JsonNode m : h.get("highlights")) {
        String marked = new String(snippet, m.get("start").asInt(),
            m.get("end").asInt() - m.get("start").asInt());
        // a mark covers the word as written, with its clitics («بالأسد», «للأسد»)
        assertTrue(Datasets.normalized(marked).matches("[وفبلك]*ا?لاسد"), marked);
        hamza |= marked.contains("أ");
        clitic |= !Datasets.normalized(marked).startsWith("ال");
      }
    }
    assertTrue(hamza, "«الأسد» is found by الاسد");
    assertTrue(clitic, "«بالأسد» is found by الاسد");
    JsonNode statements = http.json("/api/v1/search?q=" + Http.encode("الاسد")
        + "&kind=statements");
    statements.get("items").forEach(h -> assertEquals("statement", h.get("kind").asText()));
  }

  @Test
  void theAuditCountsTheCase() {
    JsonNode audit = http.json("/api/v1/audit");
    assertEquals(ServedCase.get().annotated().size(), audit.get("documents").asInt());
    assertEquals(ServedCase.get().articles().size(), audit.get("articles").asInt());
    assertEquals(ServedCase.get().timeline().events().size(), audit.get("events").asInt());
  }

  @Test
  void theAuditPagesItsUnreadInputsOnTheServer() {
    int total = new org.isnad.store.AnalysisView(ServedCase.get()).audit().unread().size();
    JsonNode one = http.json("/api/v1/audit?limit=1&offset=1").get("unread");
    assertEquals(total, one.get("total").asInt());
    assertEquals(Math.min(1, Math.max(0, total - 1)), one.get("items").size());
    assertEquals(1, one.get("offset").asInt());
    assertEquals(400, http.get("/api/v1/audit?limit=0").statusCode());
    assertEquals(400, http.get("/api/v1/audit?page=2").statusCode());
  }

  @Test
  void aStoryListsItsArticlesAndEventsPaged() {
    org.isnad.model.Story story = ServedCase.get().timeline().stories().get(0);
    JsonNode s = http.json("/api/v1/stories/" + story.id() + "?limit=1");
    assertEquals(story.title(), s.get("title").asText());
    assertEquals(story.articles().size(), s.get("articles").get("total").asInt());
    assertEquals(story.events().size(), s.get("events").get("total").asInt());
    assertTrue(s.get("articles").get("items").size() <= 1);
    assertTrue(story.articles().contains(s.get("articles").get("items").get(0).get("id")
        .asText()));
    assertEquals(404, http.get("/api/v1/stories/no-such-story").statusCode());
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() {
    for (String path : List.of("/", "/app/app.js", "/api/v1/events", "/api/v1/nothing")) {
      HttpResponse<String> response = http.get(path);
      String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("script-src 'self'"), path + ": " + csp);
      assertFalse(csp.contains("unsafe-inline"), csp);
      assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options")
          .orElse(""), path);
    }
  }

  @Test
  void scriptInAPageIsServedAsPlainData() {
    String id = ServedCase.get().articles().stream()
        .filter(a -> a.text().contains(ServedCase.SCRIPT)).findFirst().orElseThrow().id();
    HttpResponse<String> response = http.get("/api/v1/articles/" + id);
    assertEquals("application/json", response.headers().firstValue("Content-Type")
        .orElse(""));
    String text = Http.read(response.body()).get("text").asText();
    assertTrue(text.contains(ServedCase.SCRIPT) && text.contains(ServedCase.ONERROR), text);
    JsonNode hits = http.json("/api/v1/search?q=" + Http.encode("alert(1)"));
    assertTrue(hits.get("items").get(0).get("snippet").asText().contains("alert(1)"));
  }

  @Test
  void theWebAppIsRightToLeftAndLoadsNoInlineScript() {
    HttpResponse<String> page = http.get("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<html lang=\"ar\" dir=\"rtl\">"));
    assertTrue(page.body().contains("<script type=\"module\" src=\"/app/app.js\"></script>"));
    assertFalse(page.body().matches("(?s).*<script>.*|.*\\son[a-z]+=.*"), "no inline script");
    for (String module : WebAssets.MODULES) {
      HttpResponse<String> js = http.get("/app/" + module);
      assertEquals(200, js.statusCode(), module);
      assertTrue(js.headers().firstValue("Content-Type").orElse("")
          .startsWith("text/javascript"), module);
      String app = js.body();
      assertFalse(app.contains("innerHTML") || app.contains("insertAdjacentHTML")
          || app.contains("document.write") || app.contains("eval("),
          module + ": page content is rendered as text");
      for (String imported : importsOf(app)) {
        assertTrue(WebAssets.MODULES.contains(imported), module + " imports " + imported
            + ", which is not served");
      }
    }
    for (String lang : List.of("ar", "en")) {
      JsonNode labels = http.json("/app/labels-" + lang + ".json");
      assertEquals(12, labels.get("months").size());
      assertEquals(7, labels.get("weekdays").size());
    }
  }

  /** The modules a module imports ({@code import … from './NAME';}). */
  private static List<String> importsOf(String module) {
    return java.util.regex.Pattern.compile("(?m)^import [^;]* from '\\./([^']+)';")
        .matcher(module).results().map(m -> m.group(1)).toList();
  }
}
