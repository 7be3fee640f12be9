package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.isnad.model.Analysis;
import org.isnad.store.CaseView.ConflictView;
import org.isnad.store.CaseView.EventDetail;
import org.isnad.store.CaseView.ReportDetail;
import org.junit.jupiter.api.Test;

/**
 * An analysis made by hand, with a contested event told by two outlets: the event page carries
 * the conflict's values side by side with their outlets, each report's sentence in its
 * paragraph with its chain's roles, and the lines why the reports were merged; the article
 * page carries the page's dropped lines; the entity page its roles and statements.
 */
class AnalysisViewTest {
  private static Analysis analysis() {
    return ContestedCase.build();
  }

  @Test
  void aDuplicateNamesTheInputItRepeatsNotAnId() {
    org.isnad.model.Document first = new org.isnad.model.Document("d0a1", "crawl/a.txt", "00",
        org.isnad.model.Format.TEXT, "UTF-8", "نص", null, null, List.of());
    org.isnad.model.Document again = new org.isnad.model.Document("d0b2", "crawl/b.txt", "00",
        org.isnad.model.Format.TEXT, "UTF-8", "", null, "d0a1", List.of());
    AnalysisView view = new AnalysisView(Analysis.unannotated(java.time.Instant.EPOCH, List.of(
        org.isnad.model.Extraction.skipped(first), org.isnad.model.Extraction.skipped(again))));
    assertTrue(view.audit().unread().contains(new CaseView.Unread("crawl/b.txt", "duplicate",
        List.of("duplicate"), "crawl/a.txt", "same bytes as crawl/a.txt")), view.audit().unread().toString());
  }

  @Test
  void aContestedEventShowsItsValuesSideBySideWithTheirOutlets() {
    EventDetail e = new AnalysisView(analysis()).event("ev1").orElseThrow();
    assertEquals("contested", e.event().status());
    ConflictView conflict = e.conflicts().get(0);
    assertEquals("date", conflict.field());
    assertEquals(List.of("2024-12-08", "2024-12-09"), conflict.values().stream()
        .map(CaseView.ConflictValue::value).toList());
    assertEquals("الوكالة الأولى", conflict.values().get(0).articles().get(0).outlet());
    assertEquals("الصحيفة الثانية", conflict.values().get(1).articles().get(0).outlet());
    assertEquals(List.of("same place and type across articles"), e.basis());
    assertEquals(List.of("الوكالة الأولى", "الصحيفة الثانية"), e.origins());
  }

  @Test
  void aReportSitsInItsParagraphWithItsChainsRoles() {
    ReportDetail r = new AnalysisView(analysis()).event("ev1").orElseThrow().reports().get(0);
    assertEquals("قال الوزير إن الجيش دخل المدينة يوم 8 ديسمبر.", r.paragraph());
    assertEquals(ContestedCase.FIRST.indexOf("قال"), r.paragraphStart());
    assertEquals(List.of("publisher", "speaker"), r.chain().stream()
        .map(CaseView.ChainStep::role).toList());
    assertEquals("https://example.org/1", r.url());
    assertEquals("الوكالة الأولى", r.origin());
  }

  @Test
  void anArticleCarriesItsPagesDroppedLinesAndItsMarks() {
    CaseView.ArticleDetail a = new AnalysisView(analysis()).article("d1-a1").orElseThrow();
    assertEquals("read-also", a.dropped().get(0).reason());
    assertEquals("e-army", a.names().get(0).ref());
    assertEquals("الوزير", a.statements().get(0).label());
    assertEquals("https://example.org/1", a.url());
    assertEquals("d1.txt", a.source());
  }

  @Test
  void anEntityCountsItsRolesAndItsStatements() {
    AnalysisView view = new AnalysisView(analysis());
    CaseView.EntityDetail army = view.entity("e-army", PageRequest.first()).orElseThrow();
    assertEquals(Map.of("agent", 1), army.roles());
    assertEquals(1, army.events());
    assertEquals(1, army.statementsAbout().total(), "named inside the minister's statement");
    CaseView.EntityDetail minister = view.entity("e-minister", PageRequest.first())
        .orElseThrow();
    assertEquals(1, minister.statementsBy().total());
    assertEquals(Map.of("place", 1), view.entity("e-city", PageRequest.first()).orElseThrow()
        .roles());
    assertTrue(view.entity("nobody", PageRequest.first()).isEmpty());
  }

  @Test
  void filtersOnOutletOriginStatusAndDays() {
    AnalysisView view = new AnalysisView(analysis());
    PageRequest page = PageRequest.first();
    assertEquals(1, view.events(query(null, null, "الصحيفة الثانية", null, null), page).total());
    assertEquals(0, view.events(query(null, null, "غيرها", null, null), page).total());
    assertEquals(1, view.events(query(null, null, null, "الوكالة الأولى", null), page).total());
    assertEquals(1, view.events(query(null, null, null, null, StatusFilter.CONTESTED), page)
        .total());
    assertEquals(0, view.events(query(null, null, null, null, StatusFilter.SINGLE), page)
        .total());
    assertEquals(1, view.events(query("2024-12-09", "2024-12-20", null, null, null), page)
        .total(), "its window meets the range");
    assertEquals(0, view.events(query("2024-12-10", null, null, null, null), page).total());
  }

  private static EventQuery query(String from, String to, String outlet, String origin,
      StatusFilter status) {
    return new EventQuery(from == null ? null : java.time.LocalDate.parse(from),
        to == null ? null : java.time.LocalDate.parse(to), null, null, null, outlet, origin,
        status, null);
  }
}
