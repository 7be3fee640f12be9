package org.isnad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The model's records are values: they copy the lists and maps they are given, compare by
 * content, and their helper methods say what their javadoc says.
 */
class RecordBehaviourTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  private static Document document(String id, String duplicateOf, Problem... problems) {
    return new Document(id, id + ".html", "0", Format.HTML, "UTF-8", "<p>نص</p>", null,
        duplicateOf, List.of(problems));
  }

  private static Article article(String id, List<String> tags) {
    return ArticleBuilder.text("افتُتح صباح اليوم معرض الكتاب.").id(id).title("افتتاح معرض الكتاب")
        .outlet("الخبر").tags(tags).published(null).build();
  }

  @Test
  void listsGivenToARecordAreCopiedAndReadOnly() {
    List<String> tags = new ArrayList<>(List.of("ثقافة"));
    Article article = article("d1-a1", tags);
    tags.add("كتب");
    assertEquals(List.of("ثقافة"), article.tags(), "a later change to the caller's list leaks in");
    assertThrows(UnsupportedOperationException.class, () -> article.tags().add("كتب"));

    List<String> aliases = new ArrayList<>(List.of("الأسد"));
    Entity entity = new Entity("e1", EntityType.PERSON, "بشار الأسد", aliases, 2);
    aliases.clear();
    assertEquals(List.of("الأسد"), entity.aliases());
    assertThrows(UnsupportedOperationException.class, () -> entity.aliases().clear());

    Map<String, ArgumentRole> roles = new LinkedHashMap<>(Map.of("e1", ArgumentRole.AGENT));
    EventMention mention = new EventMention("m1", "a1", "MEET", "لقاء", 0, 4, 0, 10,
        "لقاء الوزير", Modality.ASSERTED, null, null, null, List.of(), List.of(), null, null,
        roles);
    roles.put("e2", ArgumentRole.PLACE);
    assertEquals(Map.of("e1", ArgumentRole.AGENT), mention.roles());
    assertThrows(UnsupportedOperationException.class,
        () -> mention.roles().put("e3", ArgumentRole.PATIENT));

    Map<String, String> copies = new LinkedHashMap<>(Map.of("a2", "a1"));
    Timeline timeline = new Timeline(List.of(), List.of(), List.of(), copies, Map.of(), Map.of());
    copies.clear();
    assertEquals(Map.of("a2", "a1"), timeline.copies());
  }

  @Test
  void recordsCompareByContent() {
    assertEquals(article("d1-a1", List.of("ثقافة")), article("d1-a1", new ArrayList<>(
        List.of("ثقافة"))));
    assertEquals(article("d1-a1", List.of()).hashCode(), article("d1-a1", List.of()).hashCode());
    assertNotEquals(article("d1-a1", List.of("ثقافة")), article("d1-a1", List.of("كتب")));
    assertEquals(new Conflict.Value("2024-12-07", List.of("a1")),
        new Conflict.Value("2024-12-07", List.of("a1"), List.of()));
  }

  @Test
  void nullOptionalPartsBecomeTheirEmptyValue() {
    assertSame(Published.unknown(), article("d1-a1", List.of()).published());
    Analysis analysis = new Analysis(NOW, List.of(), List.of(), List.of(), List.of(), List.of(),
        null, null);
    assertSame(Timeline.empty(), analysis.timeline());
    assertEquals(List.of(), analysis.skipped());
  }

  @Test
  void anArticleWithAnotherPublishedDateKeepsEverythingElse() {
    Article article = article("d1-a1", List.of("ثقافة"));
    Published published = Published.fromMetadata("2023-02-20", "article:published_time");
    Article dated = article.withPublished(published);
    assertEquals(published, dated.published());
    assertEquals(article, dated.withPublished(Published.unknown()));
  }

  @Test
  void thePublicationDayIsReadOnlyFromAFullValidDate() {
    assertEquals(Optional.of(LocalDate.of(2024, 12, 13)),
        Published.fromMetadata("2024-12-13T08:30:00+03:00", "og").day());
    assertEquals(Optional.empty(), Published.fromMetadata("2024-12", "og").day());
    assertEquals(Optional.empty(), Published.fromMetadata("2024-02-30", "og").day());
    assertEquals(Optional.empty(), Published.unknown().day());
  }

  @Test
  void anEventMentionListsItsArgumentsByRoleAndHappenedOnlyWhenAsserted() {
    Map<String, ArgumentRole> roles = new LinkedHashMap<>();
    roles.put("e1", ArgumentRole.AGENT);
    roles.put("e2", ArgumentRole.PLACE);
    roles.put("e3", ArgumentRole.AGENT);
    EventMention mention = new EventMention("m1", "a1", "MEET", "التقى", 0, 5, 0, 20,
        "التقى الوزير نظيره في عمّان", Modality.ASSERTED, null, null, null, List.of("e1", "e3"),
        List.of("e2"), null, null, roles);
    assertEquals(List.of("e1", "e3"), mention.withRole(ArgumentRole.AGENT));
    assertEquals(List.of("e2"), mention.withRole(ArgumentRole.PLACE));
    assertEquals(List.of(), mention.withRole(ArgumentRole.PATIENT));
    assertTrue(mention.happened());
    EventMention negated = new EventMention("m2", "a1", "MEET", "التقى", 4, 9, 0, 20,
        "لم يلتقِ الوزير نظيره", Modality.NEGATED, null, null, null, List.of(), List.of(), null,
        null);
    assertFalse(negated.happened());
    assertEquals(Map.of(), negated.roles());
  }

  @Test
  void anEntityMentionLinkedToAnEntityKeepsItsSpan() {
    EntityMention mention = new EntityMention("a1", 4, 10, "الوزير", EntityType.PERSON, null);
    EntityMention linked = mention.withEntity("e7");
    assertEquals("e7", linked.entityId());
    assertEquals(List.of(4, 10, "الوزير"), List.of(linked.start(), linked.end(), linked.text()));
    assertNull(mention.entityId(), "the original is unchanged");
  }

  @Test
  void anEventPutInAStoryKeepsEverythingElse() {
    Event event = new Event("event-1", "MEET", "لقاء", Modality.ASSERTED, "2024-12-07",
        "2024-12-07", "2024-12-07", List.of("e1"), List.of(), List.of(), 1,
        EventStatus.SINGLE_SOURCE, List.of(), null, List.of(), List.of("e1"));
    Event inStory = event.inStory("story-2");
    assertEquals("story-2", inStory.story());
    assertEquals(event, inStory.inStory(null));
  }

  @Test
  void problemsSayWhetherTheyAreFatalAndWhetherTheyOnlyMeanNoArticle() {
    Problem empty = Problem.error(Stage.EXTRACT, ProblemCode.NO_ARTICLE, "لا مقال");
    Problem binary = Problem.error(Stage.INGEST, ProblemCode.BINARY_CONTENT, "ملف ثنائي");
    Problem warning = Problem.warning(Stage.EXTRACT, ProblemCode.NO_ARTICLE, "تنبيه");
    assertTrue(empty.fatal() && empty.noArticle());
    assertTrue(binary.fatal() && !binary.noArticle());
    assertFalse(warning.fatal() || warning.noArticle());
    assertEquals("ingest/binary-content: ملف ثنائي", binary.toString());
  }

  @Test
  void anExtractionsOutcomeFollowsItsArticlesAndFatalProblems() {
    Article article = article("d1-a1", List.of());
    assertEquals(Outcome.ARTICLES, new Extraction(document("d1", null), List.of(article),
        List.of(), List.of(Problem.error(Stage.EXTRACT, ProblemCode.PAGE_TRUNCATED, "y"))).outcome());
    assertEquals(Outcome.NO_ARTICLE, Extraction.skipped(document("d1", null)).outcome());
    assertEquals(Outcome.DUPLICATE, Extraction.skipped(document("d2", "d1")).outcome());
    Problem noArticle = Problem.error(Stage.EXTRACT, ProblemCode.NO_CONTENT, "لا نص");
    Problem binary = Problem.error(Stage.INGEST, ProblemCode.BINARY_CONTENT, "ملف ثنائي");
    Extraction empty = new Extraction(document("d3", null), List.of(), List.of(),
        List.of(noArticle));
    assertEquals(Outcome.NO_ARTICLE, empty.outcome());
    Extraction failed = new Extraction(document("d4", null, binary), List.of(), List.of(),
        List.of(noArticle, noArticle));
    assertEquals(Outcome.FAILED, failed.outcome());
    assertTrue(failed.failed());
    assertEquals(List.of(binary, noArticle), failed.allProblems(), "ingest first, no repeats");
    assertEquals("ingest/binary-content: ملف ثنائي; extract/no-content: لا نص", failed.error());
    assertNull(Extraction.skipped(document("d1", null)).error());
  }

  @Test
  void anAnalysisSelectsByArticleAndByOutcome() {
    Article a1 = article("d1-a1", List.of());
    Article a2 = article("d1-a2", List.of());
    Extraction ok = new Extraction(document("d1", null), List.of(a1, a2), List.of(), List.of());
    Extraction failed = new Extraction(document("d2", null,
        Problem.error(Stage.INGEST, ProblemCode.BINARY_CONTENT, "ملف ثنائي")), List.of(), List.of(),
        List.of());
    Extraction empty = Extraction.skipped(document("d3", null));
    EntityMention m1 = new EntityMention("d1-a1", 0, 4, "افتُتح", EntityType.OTHER, null);
    EntityMention m2 = new EntityMention("d1-a2", 0, 4, "افتُتح", EntityType.OTHER, null);
    Timex t2 = new Timex("t1", "d1-a2", 6, 15, "صباح اليوم", TimexType.DATE, null, null, null,
        null);
    Analysis analysis = new Analysis(NOW, List.of(ok, failed, empty), List.of(t2), List.of(),
        List.of(m1, m2), List.of());
    assertEquals(List.of(a1, a2), analysis.articles());
    assertEquals(List.of(m2), analysis.mentionsOf("d1-a2"));
    assertEquals(List.of(), analysis.timexesOf("d1-a1"));
    assertEquals(List.of(t2), analysis.timexesOf("d1-a2"));
    assertEquals(List.of(), analysis.quotesOf("d1-a1"));
    assertEquals(List.of(failed), analysis.failures());
    assertEquals(List.of(empty), analysis.withoutArticle());
    Skipped hidden = new Skipped("in/.x", "hidden", "ملف مخفي");
    assertEquals(List.of(hidden), analysis.withSkipped(List.of(hidden)).skipped());
    assertEquals(List.of(), analysis.skipped(), "withSkipped makes a new analysis");
  }

  @Test
  void enumCodesAreLowerCaseWithHyphens() {
    assertEquals("read-also", DropReason.READ_ALSO.code());
    assertEquals("no-article", Outcome.NO_ARTICLE.code());
    assertEquals("single-source", EventStatus.SINGLE_SOURCE.label());
    assertEquals("metadata", Basis.METADATA.json());
    assertEquals("patient", ArgumentRole.PATIENT.json());
  }
}
