package org.isnad.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every record of the model that refuses a bad value refuses it, and accepts the edge values. */
class RecordValidationTest {
  private static final String TEXT = "قال الوزير إن الاجتماع انتهى";

  private static void refused(String expectedMessagePart, Executable construction) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction);
    assertTrue(e.getMessage().contains(expectedMessagePart), e.getMessage());
  }

  private static Article article(String id) {
    return ArticleBuilder.text(TEXT).id(id).title("عنوان").published(null).build();
  }

  @Test
  void anArticleNeedsAnId() {
    refused("article id", () -> article(null));
    refused("article id", () -> article(" "));
    assertDoesNotThrow(() -> article("d1-a1"));
  }

  @Test
  void aDocumentNeedsAnId() {
    refused("document id", () -> new Document("", "a.html", "0", Format.HTML, "UTF-8", TEXT,
        null, null, List.of()));
    assertEquals(SourceHints.none(), new Document("d1", "a.html", "0", Format.HTML, "UTF-8",
        TEXT, null, null, List.of()).hints(), "no hints means none, not null");
  }

  @Test
  void aChainLinkNeedsAName() {
    refused("chain link name", () -> new ChainLink("", null, ChainRole.SOURCE));
    refused("chain link name", () -> new ChainLink(null, null, ChainRole.SOURCE));
    assertEquals("رويترز", new ChainLink("رويترز", null, ChainRole.SOURCE).name());
  }

  @Test
  void aDroppedLineIsOneBasedOrUnknown() {
    refused("1-based", () -> new Dropped(0, "اقرأ أيضاً", DropReason.READ_ALSO));
    assertDoesNotThrow(() -> new Dropped(1, "اقرأ أيضاً", DropReason.READ_ALSO));
    assertDoesNotThrow(() -> new Dropped(null, "اقرأ أيضاً", DropReason.READ_ALSO));
  }

  @Test
  void anEntityNeedsAName() {
    refused("entity name", () -> new Entity("e1", EntityType.PERSON, "  ", List.of(), 1));
    refused("entity name", () -> new Entity("e1", EntityType.PERSON, null, List.of(), 1));
  }

  @Test
  void anEntityMentionCoversAtLeastOneCharacterFromZero() {
    refused("bad mention span", () -> new EntityMention("a1", -1, 3, "وزير", EntityType.PERSON,
        null));
    refused("bad mention span", () -> new EntityMention("a1", 4, 4, "وزير", EntityType.PERSON,
        null));
    refused("bad mention span", () -> new EntityMention("a1", 5, 4, "وزير", EntityType.PERSON,
        null));
    assertDoesNotThrow(() -> new EntityMention("a1", 0, 1, "و", EntityType.PERSON, null));
  }

  @Test
  void anEventMentionsTriggerLiesInsideItsSentence() {
    refused("outside sentence", () -> eventMention(0, 5, 2, 10));
    refused("outside sentence", () -> eventMention(4, 12, 2, 10));
    refused("outside sentence", () -> eventMention(4, 4, 2, 10));
    assertDoesNotThrow(() -> eventMention(2, 10, 2, 10));
  }

  private static EventMention eventMention(int triggerStart, int triggerEnd, int start,
      int end) {
    return new EventMention("m1", "a1", "MEET", "الاجتماع", triggerStart, triggerEnd, start, end,
        TEXT, Modality.ASSERTED, null, null, null, List.of(), List.of(), null, null, Map.of());
  }

  @Test
  void aProblemNeedsACode() {
    assertThrows(NullPointerException.class, () -> Problem.warning(Stage.EXTRACT, null, "رسالة"));
    refused("unknown problem code: odd", () -> ProblemCode.of("odd"));
    assertEquals(ProblemCode.NO_ARTICLE, ProblemCode.of("no-article"));
  }

  @Test
  void aPublishedDateWithABasisNeedsAValueOrABound() {
    refused("needs a value", () -> new Published(null, null, null, Basis.METADATA, "og"));
    refused("needs a value", () -> Published.fromMetadata(null, "og"));
    assertDoesNotThrow(() -> new Published(null, "2024-12-01", null, Basis.CONTENT, "أمس"));
    assertDoesNotThrow(() -> new Published(null, null, "2024-12-31", Basis.CONTENT, "أمس"));
    assertDoesNotThrow(() -> new Published(null, null, null, Basis.NONE, null));
  }

  @Test
  void aQuoteCoversAtLeastOneCharacter() {
    Speaker speaker = new Speaker("الوزير", 4, 10, null);
    refused("bad quote span", () -> new Quote("q1", "a1", -1, 5, "الاجتماع انتهى", "قال", 0,
        false, speaker, List.of()));
    refused("bad quote span", () -> new Quote("q1", "a1", 9, 9, "الاجتماع انتهى", "قال", 0,
        false, speaker, List.of()));
  }

  @Test
  void aSegmentHasOrderedNonNegativeSpans() {
    refused("bad article span", () -> new Segment(-1, 4, 0, 4));
    refused("bad article span", () -> new Segment(5, 4, 0, 4));
    refused("bad source span", () -> new Segment(0, 4, -1, 4));
    refused("bad source span", () -> new Segment(0, 4, 6, 4));
    assertDoesNotThrow(() -> new Segment(3, 3, 7, 7), "an empty segment is allowed");
  }

  @Test
  void aSkippedPathNeedsACode() {
    refused("skipped code", () -> new Skipped("a/.hidden", "", "hidden"));
    refused("unknown skipped code: mystery", () -> new Skipped("a", "mystery", "why"));
  }

  @Test
  void aSpeakerHasTextAndEitherASpanOrNone() {
    refused("speaker text", () -> new Speaker(" ", 0, 3, null));
    refused("bad speaker span", () -> new Speaker("الوزير", -1, 6, null));
    refused("bad speaker span", () -> new Speaker("الوزير", 0, -1, null));
    refused("bad speaker span", () -> new Speaker("الوزير", 6, 6, null));
    assertTrue(new Speaker("الوزير", -1, -1, null).carried(), "no span: carried over");
    assertTrue(!new Speaker("الوزير", 0, 6, null).carried());
  }

  @Test
  void aTimexCoversAtLeastOneCharacter() {
    refused("bad timex span", () -> new Timex("t1", "a1", -2, 3, "أمس", TimexType.DATE, null,
        null, null, null));
    refused("bad timex span", () -> new Timex("t1", "a1", 3, 3, "أمس", TimexType.DATE, null,
        null, null, null));
  }
}
