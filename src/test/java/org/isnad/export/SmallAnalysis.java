package org.isnad.export;

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
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.isnad.model.Event;
import org.isnad.model.EventStatus;
import org.isnad.model.Extraction;
import org.isnad.model.Format;
import org.isnad.model.Modality;
import org.isnad.model.Quote;
import org.isnad.model.Report;
import org.isnad.model.Speaker;
import org.isnad.model.Timeline;

/**
 * A small hand-built analysis whose every export is known in advance: two articles, four
 * entities (a person, an outlet, an organisation, a place), four quotes whose chains make three
 * who-cites-whom edges (one of weight 2) and one self-citation, and four events: a dated
 * corroborated meeting whose sentences hold a comma, quotation marks and a line break, a visit
 * dated to a range of months with a conflict, a denied attack and an undated statement whose
 * sentence holds a line break alone.
 */
final class SmallAnalysis {
  static final String TRICKY = "قال \"بيسكوف\"، إن الاجتماع, انتهى\nأمس";
  static final String PLAIN = "التقى الرئيسان في موسكو أمس";

  private SmallAnalysis() {}

  static Analysis build() {
    Document document = new Document("d1", "in/a.html", "0", Format.HTML, "UTF-8", "<p>نص</p>",
        null, null, List.of());
    List<Article> articles = List.of(article("d1-a1"), article("d1-a2"));
    List<Entity> entities = List.of(
        new Entity("e1", EntityType.PERSON, "دميتري بيسكوف", List.of("بيسكوف"), 3),
        new Entity("e2", EntityType.OUTLET, "رويترز", List.of(), 4),
        new Entity("e3", EntityType.PLACE, "دمشق", List.of(), 2),
        new Entity("e4", EntityType.ORG, "الكرملين", List.of(), 1));
    ChainLink reuters = new ChainLink("رويترز", "e2", ChainRole.PUBLISHER);
    ChainLink peskov = new ChainLink("بيسكوف", "e1", ChainRole.SPEAKER);
    List<Quote> quotes = List.of(
        quote("q1", List.of(reuters, peskov)),
        quote("q2", List.of(reuters, peskov)),
        quote("q3", List.of(new ChainLink("طيف بوست", null, ChainRole.PUBLISHER),
            new ChainLink("رويترز", "e2", ChainRole.RELAY),
            new ChainLink("مصادر", null, ChainRole.SOURCE))),
        quote("q4", List.of(reuters, new ChainLink("وكالة رويترز", "e2", ChainRole.RELAY))));
    List<Event> events = List.of(
        event("event-1", "MEET", "لقاء: بوتين مع الأسد", Modality.ASSERTED, "2024-12-07",
            "2024-12-07", "2024-12-07", 2, EventStatus.CORROBORATED, List.of(),
            List.of(report("d1-a1", TRICKY, "2024-12-07", List.of("رويترز", "بيسكوف")),
                report("d1-a2", PLAIN, null, List.of("طيف بوست")))),
        event("event-2", "VISIT", "زيارة — موسكو", Modality.ASSERTED, null, "2024-11",
            "2024-12", 1, EventStatus.CONTESTED,
            List.of(new Conflict(ConflictField.DATE, "reports disagree", List.of(
                new Conflict.Value("2024-11", List.of("d1-a1")),
                new Conflict.Value("2024-12", List.of("d1-a2"))))),
            List.of(report("d1-a1", "زار الأسد موسكو", "2024-11", List.of("رويترز")))),
        event("event-3", "ATTACK", "لم يحدث: هجوم", Modality.NEGATED, "2024-12-08",
            "2024-12-08", "2024-12-08", 1, EventStatus.SINGLE_SOURCE, List.of(),
            List.of(report("d1-a2", "نفى الجيش أي هجوم", "2024-12-08", List.of("مصادر")))),
        event("event-4", "STATEMENT", "بيان", Modality.ASSERTED, null, null, null, 1,
            EventStatus.UNDATED, List.of(),
            List.of(report("d1-a2", "وقال بيان إن\nالوضع هادئ", null, List.of("طيف بوست")))));
    return new Analysis(Instant.parse("2026-01-01T00:00:00Z"),
        List.of(new Extraction(document, articles, List.of(), List.of())), List.of(), entities,
        List.of(), quotes, new Timeline(List.of(), events, List.of(), Map.of(), Map.of(),
            Map.of()));
  }

  private static Article article(String id) {
    return ArticleBuilder.text(PLAIN).id(id).title("عنوان").outlet("رويترز").published(null)
        .build();
  }

  private static Quote quote(String id, List<ChainLink> chain) {
    return new Quote(id, "d1-a1", 0, 10, "الاجتماع انتهى", "قال", 0, false,
        new Speaker("بيسكوف", 4, 10, "e1"), chain);
  }

  private static Report report(String article, String sentence, String when,
      List<String> chain) {
    return new Report(article + "-m", article, 0, sentence.length(), sentence, when, chain,
        chain.get(chain.size() - 1));
  }

  private static Event event(String id, String type, String summary, Modality modality,
      String when, String earliest, String latest, int independent, EventStatus status,
      List<Conflict> conflicts, List<Report> reports) {
    return new Event(id, type, summary, modality, when, earliest, latest, List.of(), List.of(),
        reports, independent, status, conflicts, null, List.of(), List.of());
  }
}
