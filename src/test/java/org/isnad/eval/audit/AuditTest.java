package org.isnad.eval.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.isnad.eval.audit.AuditResult.DateCheck;
import org.isnad.eval.audit.AuditResult.DateContradiction;
import org.isnad.eval.audit.AuditResult.SourceExcess;
import org.junit.jupiter.api.Test;

class AuditTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A small analysis JSON: articles, events and stories only, as the audit reads them. */
  static final class Fixture {
    final ObjectNode root = MAPPER.createObjectNode().put("isnad", "1");
    final ArrayNode articles = root.putArray("articles");
    final ArrayNode events = root.putArray("events");
    final ArrayNode stories = root.putArray("stories");

    Fixture article(String id, String outlet, String url, String value, String earliest,
        String latest, String basis) {
      ObjectNode a = articles.addObject().put("id", id).put("text", "نص").put("outlet", outlet)
          .put("url", url);
      a.putObject("published").put("value", value).put("earliest", earliest)
          .put("latest", latest).put("basis", basis).put("evidence", "دليل " + id);
      return this;
    }

    Fixture plain(String id) {
      return article(id, null, null, null, null, null, "none");
    }

    Fixture event(String id, String status, String modality, String when, int independent,
        boolean conflict, String... reportArticlesAndSources) {
      ObjectNode e = events.addObject().put("id", id).put("type", "ATTACK")
          .put("summary", "هجوم " + id).put("modality", modality).put("status", status);
      if (when == null) {
        e.putNull("when");
      } else {
        e.putObject("when").put("value", when).put("earliest", when).put("latest", when);
      }
      ArrayNode reports = e.putArray("reports");
      for (int i = 0; i < reportArticlesAndSources.length; i += 2) {
        reports.addObject().put("article", reportArticlesAndSources[i]).put("start", 0)
            .put("end", 1).put("source", reportArticlesAndSources[i + 1]);
      }
      e.putObject("sources").put("reports", reports.size()).put("independent", independent);
      ArrayNode conflicts = e.putArray("conflicts");
      if (conflict) {
        conflicts.addObject().put("field", "when").putArray("values");
      }
      return this;
    }

    Fixture story(String id, String... articleIds) {
      ArrayNode ids = stories.addObject().put("id", id).put("title", "قصة " + id).putArray("articles");
      for (String a : articleIds) {
        ids.add(a);
      }
      return this;
    }

    AuditResult audit() throws IOException {
      return Audit.read(new ByteArrayInputStream(MAPPER.writeValueAsBytes(root)));
    }
  }

  private static Fixture tenArticles() {
    Fixture f = new Fixture();
    for (int i = 0; i < 10; i++) {
      f.plain("a" + i);
    }
    return f;
  }

  @Test
  void largestStoryShareIsItsArticlesOverAllArticles() throws IOException {
    AuditResult r = tenArticles().story("s1", "a0").story("s2", "a1", "a2").audit();
    assertEquals(10, r.articles());
    assertEquals(2, r.stories());
    assertEquals("s2", r.largestStory().id());
    assertEquals(2, r.largestStory().articles());
    assertEquals(0.2, r.largestStoryShare(), 1e-9);
    assertFalse(r.storyOk());
  }

  @Test
  void aStoryOfAtMostTenPercentPasses() throws IOException {
    AuditResult r = tenArticles().story("s1", "a0").audit();
    assertEquals(0.1, r.largestStoryShare(), 1e-9);
    assertTrue(r.storyOk());
  }

  @Test
  void noStoriesNoLargestStory() throws IOException {
    AuditResult r = tenArticles().audit();
    assertNull(r.largestStory());
    assertTrue(r.storyOk());
  }

  @Test
  void biggestEventCountsReportsAndDistinctArticles() throws IOException {
    AuditResult r = tenArticles()
        .event("e1", "single-source", "asserted", null, 1, false, "a0", "x", "a1", "x")
        .event("e2", "corroborated", "asserted", null, 2, false,
            "a0", "x", "a0", "x", "a2", "y")
        .audit();
    assertEquals("e2", r.biggestEvent().id());
    assertEquals("هجوم e2", r.biggestEvent().summary());
    assertEquals(3, r.biggestEvent().reports());
    assertEquals(2, r.biggestEvent().articles());
  }

  @Test
  void anEventCountingMoreSourcesThanPublishersIsFlagged() throws IOException {
    AuditResult r = new Fixture()
        .article("a1", "الجزيرة", "https://www.aljazeera.net/news/1", null, null, null, "none")
        .article("a2", "الجزيرة", "https://www.aljazeera.net/news/2", null, null, null, "none")
        .article("a3", "", "https://www.bbc.com/arabic/3", null, null, null, "none")
        .article("a4", null, "https://bbc.com/arabic/4", null, null, null, "none")
        .plain("a5")
        // publishers: الجزيرة (a1, a2) and bbc.com (a3 and a4 by their URL site): 2
        .event("over", "corroborated", "asserted", null, 3, false,
            "a1", "x", "a2", "y", "a3", "z", "a4", "z")
        // publishers: الجزيرة and a5 (no outlet, no URL: the article id): 2
        .event("fine", "corroborated", "asserted", null, 2, false, "a1", "x", "a5", "y")
        .event("one", "single-source", "asserted", null, 1, false, "a2", "x")
        .audit();
    assertEquals(List.of(new SourceExcess("over", "هجوم over", 3, List.of("الجزيرة", "bbc.com"))),
        r.sourceExcesses());
    assertFalse(r.sourcesOk());
    assertEquals(2, r.multiSource());
  }

  @Test
  void publisherFallsBackToUrlSiteThenArticleId() {
    var withOutlet = new AnalysisFacts.ArticleFacts("a", "واس", "https://www.spa.gov.sa/1", null,
        null, null, "none", null);
    var withUrl = new AnalysisFacts.ArticleFacts("b", null, "https://www.spa.gov.sa/1", null,
        null, null, "none", null);
    var bare = new AnalysisFacts.ArticleFacts("c", null, null, null, null, null, "none", null);
    assertEquals("واس", Audit.publisher("a", withOutlet));
    assertEquals("spa.gov.sa", Audit.publisher("b", withUrl));
    assertEquals("c", Audit.publisher("c", bare));
    assertEquals("missing", Audit.publisher("missing", null));
  }

  @Test
  void corroboratedSharesAmongAllAndAmongDatedAssertedEvents() throws IOException {
    AuditResult r = tenArticles()
        .event("e1", "corroborated", "asserted", "2017-08-23", 2, false, "a0", "x", "a1", "y")
        .event("e2", "single-source", "asserted", "2017-08", 1, false, "a0", "x")
        .event("e3", "corroborated", "asserted", null, 2, false, "a0", "x", "a1", "y")
        .event("e4", "corroborated", "negated", "2017-08-23", 2, false, "a0", "x", "a1", "y")
        .event("e5", "contested", "asserted", "2017-08-20", 2, true, "a0", "x", "a1", "y")
        .audit();
    assertEquals(5, r.events());
    assertEquals(3, r.corroborated());
    assertEquals(3, r.datedAsserted(), "e1, e2, e5");
    assertEquals(1, r.corroboratedDatedAsserted(), "e1");
    assertEquals(1, r.eventsWithConflicts());
  }

  @Test
  void publishedDatesAgainstUrlDays() throws IOException {
    String url = "https://www.example.com/news/2017/08/23/story";
    AuditResult r = new Fixture()
        // contradict: a day 2 days off, a month without the day, a window ending 2 days early,
        // a corpus earliest 3 days after the URL day
        .article("dayOff", null, url, "2017-08-21", null, null, "content")
        .article("monthOff", null, url, "2017-06", "2017-06-01", "2017-06-30", "metadata")
        .article("windowOff", null, url, null, "2017-08-01", "2017-08-21", "content")
        .article("corpusOff", null, url, null, "2017-08-26", null, "corpus")
        // agree: a day 1 day off, the month, a window containing the day, a corpus earliest
        // before it, a year, a month ending the day before (1 day slack)
        .article("dayNear", null, url, "2017-08-22", null, null, "metadata")
        .article("month", null, url, "2017-08", null, null, "content")
        .article("window", null, url, null, "2017-08-20", "2017-08-25", "content")
        .article("corpus", null, url, null, "2017-08-01", null, "corpus")
        .article("year", null, url, "2017", null, null, "content")
        .article("monthBefore", null, "https://example.com/20170901-x", "2017-08", null, null,
            "content")
        // not checkable: no URL day, or no date
        .article("noUrlDay", null, "https://example.com/news/123", "1999-01-01", null, null,
            "metadata")
        .article("undated", null, url, null, null, null, "none")
        .article("undatedNoUrl", null, null, null, null, null, "none")
        .audit();
    assertEquals(new DateCheck("all", 10, 4), r.dates());
    assertEquals(0.4, r.dates().rate(), 1e-9);
    assertFalse(r.dates().ok());
    assertEquals(List.of(new DateCheck("metadata", 2, 1), new DateCheck("content", 6, 2),
        new DateCheck("corpus", 2, 1)), r.datesByBasis());
    assertEquals(List.of("dayOff", "monthOff", "windowOff", "corpusOff"),
        r.dateContradictions().stream().map(DateContradiction::article).toList());
    DateContradiction first = r.dateContradictions().get(0);
    assertEquals("2017-08-23", first.urlDay());
    assertEquals("2017-08-21", first.value());
    assertEquals("content", first.basis());
    assertEquals("دليل dayOff", first.evidence());
    assertEquals(2, r.undated());
    assertEquals(1, r.undatedWithUrlDay());
  }

  @Test
  void noContradictionPasses() throws IOException {
    AuditResult r = new Fixture()
        .article("a", null, "https://example.com/2017/08/23/x", "2017-08-23", null, null, "metadata")
        .audit();
    assertEquals(new DateCheck("all", 1, 0), r.dates());
    assertTrue(r.dates().ok());
  }

  @Test
  void reportsCreditedToTheirOwnPublisher() throws IOException {
    AuditResult r = new Fixture()
        .article("a1", "الجزيرة", null, null, null, null, "none")
        .article("a2", null, "https://www.bbc.com/arabic/2", null, null, null, "none")
        .plain("a3")
        .event("e1", "corroborated", "asserted", null, 3, false,
            "a1", "الجزيرة", "a2", "bbc.com", "a3", "article a3", "a3", "رويترز")
        .audit();
    assertEquals(4, r.reports());
    assertEquals(3, r.reportsFromPublisher());
  }

  @Test
  void withExamplesCapsTheFailureLists() throws IOException {
    String url = "https://example.com/2017/08/23/x";
    AuditResult r = new Fixture()
        .article("a", null, url, "2016", null, null, "content")
        .article("b", null, url, "2015", null, null, "content")
        .audit();
    assertEquals(2, r.dateContradictions().size());
    assertEquals(1, r.withExamples(1).dateContradictions().size());
    assertEquals(r.dates(), r.withExamples(0).dates());
    assertThrows(IllegalArgumentException.class, () -> r.withExamples(-1));
  }

  @Test
  void notJsonIsAJsonError() {
    byte[] bad = "{\"articles\": [".getBytes(StandardCharsets.UTF_8);
    assertThrows(JsonProcessingException.class, () -> Audit.read(new ByteArrayInputStream(bad)));
  }

  @Test
  void jsonWithoutTheArraysIsNotAnAnalysis() {
    byte[] other = "{\"articles\": [], \"events\": []}".getBytes(StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Audit.read(new ByteArrayInputStream(other)));
    assertTrue(e.getMessage().contains("stories"), e.getMessage());
  }

  @Test
  void dayRanges() {
    assertEquals(new DayRange(LocalDate.of(2017, 8, 23), LocalDate.of(2017, 8, 23)),
        DayRange.parse("2017-08-23T18:58").orElseThrow());
    assertEquals(new DayRange(LocalDate.of(2016, 2, 1), LocalDate.of(2016, 2, 29)),
        DayRange.parse("2016-02").orElseThrow());
    assertEquals(new DayRange(LocalDate.of(2017, 8, 1), LocalDate.of(2017, 12, 31)),
        DayRange.of(null, "2017-08", "2017").orElseThrow());
    assertTrue(DayRange.parse("XXXX-08-23").isEmpty());
    assertTrue(DayRange.parse("2017-02-30").isEmpty());
    assertTrue(DayRange.of(null, null, null).isEmpty());
  }
}
