package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.isnad.model.Analysis;
import org.isnad.model.Article;
import org.isnad.model.ArticleBuilder;
import org.isnad.model.ChainLink;
import org.isnad.model.ChainRole;
import org.isnad.model.Conflict;
import org.isnad.model.ConflictField;
import org.isnad.model.Document;
import org.isnad.model.DropReason;
import org.isnad.model.Dropped;
import org.isnad.model.Entity;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.model.Event;
import org.isnad.model.EventStatus;
import org.isnad.model.Extraction;
import org.isnad.model.Format;
import org.isnad.model.Modality;
import org.isnad.model.Quote;
import org.isnad.model.Report;
import org.isnad.model.Speaker;
import org.isnad.model.Story;
import org.isnad.model.Timeline;
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
  private static final String FIRST = "مقدمة الخبر.\n\nقال الوزير إن الجيش دخل المدينة يوم 8 ديسمبر.";
  private static final String SECOND = "دخل الجيش المدينة يوم 9 ديسمبر بحسب مصادر.";

  private static Analysis analysis() {
    Article a1 = ArticleBuilder.text(FIRST).id("d1-a1").document("d1").title("خبر أول")
        .outlet("الوكالة الأولى").url("https://example.org/1").build();
    Article a2 = ArticleBuilder.text(SECOND).id("d2-a1").document("d2").title("خبر ثان")
        .outlet("الصحيفة الثانية").build();
    int sentence = FIRST.indexOf("قال");
    int end = FIRST.length();
    Report r1 = new Report("m1", "d1-a1", sentence, end, FIRST.substring(sentence), "2024-12-08",
        List.of("الوكالة الأولى", "الوزير"), "الوكالة الأولى");
    Report r2 = new Report("m2", "d2-a1", 0, SECOND.length(), SECOND, "2024-12-09",
        List.of("الصحيفة الثانية"), "الصحيفة الثانية");
    Conflict date = new Conflict(ConflictField.DATE, "يومان مختلفان", List.of(
        new Conflict.Value("2024-12-08", List.of("d1-a1"), List.of("الوكالة الأولى")),
        new Conflict.Value("2024-12-09", List.of("d2-a1"), List.of("الصحيفة الثانية"))));
    Event event = new Event("ev1", "CAPTURE", "سيطرة — المدينة", Modality.ASSERTED,
        "2024-12-08/2024-12-09", "2024-12-08", "2024-12-09", List.of("e-army"),
        List.of("e-city"), List.of(r1, r2), 2, EventStatus.CONTESTED, List.of(date), "s1",
        List.of("same place and type across articles"), List.of("e-army"));
    Quote quote = new Quote("q1", "d1-a1", FIRST.indexOf("الجيش"), end, "الجيش دخل المدينة",
        "قال", sentence, false, new Speaker("الوزير", sentence + 4, sentence + 10, "e-minister"),
        List.of(new ChainLink("الوكالة الأولى", null, ChainRole.PUBLISHER),
            new ChainLink("الوزير", "e-minister", ChainRole.SPEAKER)));
    int army = FIRST.indexOf("الجيش");
    EntityMention mention = new EntityMention("d1-a1", army, army + 5, "الجيش", EntityType.ORG,
        "e-army");
    Extraction d1 = new Extraction(page("d1"), List.of(a1),
        List.of(new Dropped(1, "اقرأ أيضا", DropReason.READ_ALSO)), List.of());
    Extraction d2 = new Extraction(page("d2"), List.of(a2), List.of(), List.of());
    List<Entity> entities = List.of(new Entity("e-army", EntityType.ORG, "الجيش", List.of(), 1),
        new Entity("e-city", EntityType.PLACE, "المدينة", List.of(), 1),
        new Entity("e-minister", EntityType.PERSON, "الوزير", List.of(), 1));
    Timeline timeline = new Timeline(List.of(), List.of(event), List.of(new Story("s1",
        "خبر أول", List.of("d1-a1", "d2-a1"), List.of("ev1"))), Map.of(), Map.of(), Map.of());
    return new Analysis(Instant.EPOCH, List.of(d1, d2), List.of(), entities, List.of(mention),
        List.of(quote), timeline);
  }

  private static Document page(String id) {
    return new Document(id, id + ".txt", "00", Format.TEXT, "UTF-8", "", null, null, List.of());
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
    assertEquals(FIRST.indexOf("قال"), r.paragraphStart());
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
