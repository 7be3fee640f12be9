package org.isnad.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.ChainLink;
import org.isnad.model.ChainRole;
import org.isnad.model.Entity;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.model.Quote;
import org.isnad.model.Speaker;
import org.junit.jupiter.api.Test;

/** Speakers tied to the entities of their article; chains name people by their fullest name. */
class SpeakerLinkerTest {
  private static final String TEXT = "وقال الفريق عثمان بن ناصر المحرج إن الوضع مطمئن. "
      + "وقال المتحدث باسم الوزارة، أحمد سالم، إن الطرق مفتوحة. "
      + "وقال مصدر أمني مصري إن عشرة أصيبوا. وأضاف المصدر أن القوات مشطت المنطقة. "
      + "وقال المحرج إن الفرق تعمل.";

  private static int at(String part) {
    return TEXT.indexOf(part);
  }

  private static EntityMention person(String name, int occurrence) {
    int start = -1;
    for (int i = 0; i < occurrence; i++) {
      start = TEXT.indexOf(name, start + 1);
    }
    return new EntityMention("a1", start, start + name.length(), name, EntityType.PERSON, null);
  }

  private static Quote quote(int n, String speaker, int occurrence, String cue) {
    int start = -1;
    for (int i = 0; i < occurrence; i++) {
      start = TEXT.indexOf(speaker, start + 1);
    }
    Speaker s = new Speaker(speaker, start, start + speaker.length(), null);
    return new Quote("a1-q" + n, "a1", start + speaker.length() + 4, start + speaker.length() + 9,
        "مضمون", cue, at(cue), false, s, List.of(new ChainLink("اليوم", null, ChainRole.PUBLISHER),
            new ChainLink(speaker, null, ChainRole.SPEAKER)));
  }

  private static List<Quote> linked(List<Quote> quotes) {
    List<EntityMention> mentions = new ArrayList<>(List.of(person("عثمان بن ناصر المحرج", 1),
        person("أحمد سالم", 1), person("المحرج", 2)));
    EntityLinker.Linked linked = new EntityLinker().link(Map.of("a1", mentions));
    Map<String, Entity> entities = new LinkedHashMap<>();
    linked.entities().forEach(e -> entities.put(e.id(), e));
    return new SpeakerLinker(entities).link(quotes, linked.mentions(), TEXT);
  }

  private static String chainSpeaker(Quote q) {
    return q.chain().stream().filter(l -> l.role() == ChainRole.SPEAKER).findFirst().orElseThrow()
        .name();
  }

  @Test
  void theChainNamesAPersonByTheFullestName() {
    List<Quote> out = linked(List.of(quote(1, "الفريق عثمان بن ناصر المحرج", 1, "قال"),
        quote(2, "المحرج", 2, "قال")));
    assertEquals("عثمان بن ناصر المحرج", chainSpeaker(out.get(1)));
    assertEquals(out.get(0).speaker().entity(), out.get(1).speaker().entity());
    assertEquals("المحرج", out.get(1).speaker().text());
  }

  @Test
  void aNameInAppositionAfterACommaLinksTheSpeakerButTheChainNamesTheRoleAsWritten() {
    Quote q = linked(List.of(quote(1, "المتحدث باسم الوزارة", 1, "قال"))).get(0);
    assertEquals("المتحدث باسم الوزارة", chainSpeaker(q));
    org.junit.jupiter.api.Assertions.assertNotNull(q.speaker().entity());
  }

  @Test
  void aFullerNameFromElsewhereInTheArticleDoesNotReplaceTheSpeakerAsWritten() {
    String text = "وصل بشار الأسد إلى موسكو. وقال الرئيس الأسد إن الحرب انتهت.";
    int name = text.indexOf("بشار الأسد");
    int short1 = text.indexOf("الأسد", name + 6);
    int role = text.indexOf("الرئيس الأسد");
    List<EntityMention> mentions = List.of(
        new EntityMention("a1", name, name + 10, "بشار الأسد", EntityType.PERSON, null),
        new EntityMention("a1", short1, short1 + 5, "الأسد", EntityType.PERSON, null));
    EntityLinker.Linked linked = new EntityLinker().link(Map.of("a1", mentions));
    Map<String, Entity> entities = new LinkedHashMap<>();
    linked.entities().forEach(e -> entities.put(e.id(), e));
    Speaker s = new Speaker("الرئيس الأسد", role, role + 12, null);
    Quote q = new Quote("a1-q1", "a1", role + 16, role + 27, "الحرب انتهت", "قال",
        role - 4, false, s, List.of(new ChainLink("اليوم", null, ChainRole.PUBLISHER),
            new ChainLink("الرئيس الأسد", null, ChainRole.SPEAKER)));
    Quote out = new SpeakerLinker(entities).link(List.of(q), linked.mentions(), text).get(0);
    assertEquals("الرئيس الأسد", chainSpeaker(out));
    org.junit.jupiter.api.Assertions.assertNotNull(out.speaker().entity());
  }

  @Test
  void aRepeatedDescriptionIsTheEarlierSource() {
    List<Quote> out = linked(List.of(quote(1, "مصدر أمني مصري", 1, "قال"),
        quote(2, "المصدر", 1, "أضاف")));
    assertEquals("مصدر أمني مصري", chainSpeaker(out.get(1)));
    assertNull(out.get(1).speaker().entity());
  }

  @Test
  void aDescriptionThatFitsNoEarlierSpeakerStaysAsWritten() {
    Quote q = linked(List.of(quote(1, "المصدر", 1, "أضاف"))).get(0);
    assertEquals("المصدر", chainSpeaker(q));
  }

  @Test
  void aRelayNamingTheLinkedSpeakerIsDropped() {
    Quote q = quote(5, "المحرج", 2, "وقال المحرج");
    Quote relayed = new Quote(q.id(), q.articleId(), q.start(), q.end(), q.content(), q.cue(),
        q.cueStart(), q.direct(), q.speaker(), List.of(
            new ChainLink("اليوم", null, ChainRole.PUBLISHER),
            new ChainLink("عثمان بن ناصر المحرج", null, ChainRole.RELAY),
            new ChainLink("المحرج", null, ChainRole.SPEAKER)));
    Quote out = linked(List.of(quote(1, "الفريق عثمان بن ناصر المحرج", 1, "وقال الفريق"), relayed))
        .get(1);
    assertEquals(List.of(ChainRole.PUBLISHER, ChainRole.SPEAKER),
        out.chain().stream().map(ChainLink::role).toList());
  }

  @Test
  void aCanonicalNameMissingAWordOfTheSpanIsNotShown() {
    assertEquals("حسن فلارك", SpeakerLinker.chainName("حسن", "حسن فلارك"));
  }

  @Test
  void aCanonicalNameHoldingTheSpanIsShown() {
    assertEquals("عثمان بن ناصر المحرج", SpeakerLinker.chainName("عثمان بن ناصر المحرج", "المحرج"));
  }

  @Test
  void aVerbOfSayingReadIntoTheNameIsDropped() {
    assertEquals("صقر", SpeakerLinker.chainName("وروى صقر", "وروى صقر"));
  }

  @Test
  void aRoleTakesThePersonsName() {
    assertEquals("وانغ يي", SpeakerLinker.chainName("وانغ يي", "وزير الخارجية الصيني"));
  }
}
