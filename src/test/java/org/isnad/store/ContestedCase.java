package org.isnad.store;

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

/**
 * A case made by hand for the view and browser tests: one contested event (the army entering
 * the city on 8 or 9 December) told by two outlets, a minister's statement naming the army, and
 * a dropped "read also" line.
 */
public final class ContestedCase {
  private ContestedCase() { }

  static final String FIRST = "مقدمة الخبر.\n\nقال الوزير إن الجيش دخل المدينة يوم 8 ديسمبر.";
  static final String SECOND = "دخل الجيش المدينة يوم 9 ديسمبر بحسب مصادر.";

  /** The case. */
  public static Analysis build() {
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

}
