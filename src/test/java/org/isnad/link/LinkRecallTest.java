package org.isnad.link;

import static org.isnad.link.EntityLinkerTest.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * What the link stage recalls between linkings: a recalled result equals the computed one, and
 * an input changed in anything the step reads is computed again. Recalled articles compare no
 * names ({@link EntityLinker#comparisons()}), so the counts tell recalled from computed.
 */
class LinkRecallTest {

  private static Map<String, List<EntityMention>> corpus() {
    Map<String, List<EntityMention>> articles = new TreeMap<>();
    articles.put("a1", article("a1", EntityType.PERSON, "بشار الأسد", "الأسد", "لبشار الأسد"));
    articles.put("a2", article("a2", EntityType.PERSON, "الأسد", "فلاديمير بوتين", "بوتين"));
    articles.put("a3", article("a3", EntityType.PERSON, "سيرغي لافروف", "لافروف", "الأسد"));
    return articles;
  }

  /** Links with the recall and checks the result is the one computed without it. */
  private static long linkedComparing(LinkRecall recall, Map<String, List<EntityMention>> in) {
    EntityLinker linker = new EntityLinker(recall);
    assertEquals(new EntityLinker().link(in), linker.link(in));
    return linker.comparisons();
  }

  @Test
  void aRelinkedCaseIsRecalledAndEqualsTheComputedOne() {
    LinkRecall recall = LinkRecall.kept();
    assertTrue(linkedComparing(recall, corpus()) > 0);
    assertEquals(0, linkedComparing(recall, corpus()));
    assertEquals(0, linkedComparing(recall, corpus()));
  }

  @Test
  void oneMoreMentionIsComputedAgain() {
    LinkRecall recall = LinkRecall.kept();
    linkedComparing(recall, corpus());
    Map<String, List<EntityMention>> more = corpus();
    more.put("a2", article("a2", EntityType.PERSON, "الأسد", "فلاديمير بوتين", "بوتين",
        "ماهر الأسد"));
    long again = linkedComparing(recall, more);
    assertTrue(again > 0, "a2 must be linked again");
    // only a2: the other two articles compare nothing
    EntityLinker alone = new EntityLinker();
    alone.link(Map.of("a2", more.get("a2")));
    assertEquals(alone.comparisons(), again);
  }

  @Test
  void aChangedNameTypeOrPlaceIsComputedAgain() {
    List<Map<String, List<EntityMention>>> changed = List.of(
        with("a1", article("a1", EntityType.PERSON, "بشار الأسد", "الأسد", "لماهر الأسد")),
        with("a1", article("a1", EntityType.PERSON, "بشار الأسد", "الأسد", "لبشار الاسد")),
        with("a1", article("a1", EntityType.ORG, "بشار الأسد", "الأسد", "لبشار الأسد")),
        with("a1", shifted(corpus().get("a1"), 1)),
        with("a1", renamed(corpus().get("a1"), "a4")));
    for (Map<String, List<EntityMention>> in : changed) {
      LinkRecall recall = LinkRecall.kept();
      linkedComparing(recall, corpus());
      assertTrue(linkedComparing(recall, in) > 0, in.get("a1").toString());
    }
  }

  /** The entity ids an earlier linking wrote on the mentions are not read: recalled. */
  @Test
  void mentionsThatOnlyCarryOtherEntityIdsAreRecalled() {
    LinkRecall recall = LinkRecall.kept();
    linkedComparing(recall, corpus());
    Map<String, List<EntityMention>> carried = new TreeMap<>();
    corpus().forEach((a, ms) -> carried.put(a, ms.stream().map(m -> m.withEntity("old-" + a))
        .toList()));
    assertEquals(0, linkedComparing(recall, carried));
  }

  /**
   * Two mentions of one span in one list are two mentions to the linking when their ids differ
   * and one when they are equal: then the ids are part of the key.
   */
  @Test
  void twoMentionsOfOneSpanAreRecalledOnlyWithTheirIds() {
    EntityMention m = new EntityMention("a1", 0, 5, "الأسد", EntityType.PERSON, null);
    Map<String, List<EntityMention>> equalIds = Map.of("a1", List.of(m, m.withEntity(null)));
    Map<String, List<EntityMention>> otherIds = Map.of("a1", List.of(m.withEntity("x"),
        m.withEntity("y")));
    LinkRecall recall = LinkRecall.kept();
    linkedComparing(recall, equalIds);
    assertEquals(0, linkedComparing(recall, equalIds));
    assertTrue(linkedComparing(recall, otherIds) > 0);
    assertEquals(0, linkedComparing(recall, otherIds));
  }

  /**
   * The step across articles joins and counts on clusters: a recalled article's clusters are
   * fresh in each linking, so a later linking that joins them otherwise ("ماهر الأسد" beside
   * "بشار الأسد" leaves "الأسد" alone) still equals the computed one, and so does the one after.
   */
  @Test
  void joiningAcrossArticlesNeverChangesWhatIsRecalled() {
    LinkRecall recall = LinkRecall.kept();
    linkedComparing(recall, corpus());
    Map<String, List<EntityMention>> more = corpus();
    more.put("a4", article("a4", EntityType.PERSON, "ماهر الأسد"));
    linkedComparing(recall, more);
    assertEquals(0, linkedComparing(recall, corpus()));
    assertEquals(0, linkedComparing(recall, more));
  }

  @Test
  void whatTwoLinkingsDidNotAskIsForgotten() {
    LinkRecall recall = LinkRecall.kept();
    linkedComparing(recall, corpus());
    assertTrue(recall.size() > 0);
    linkedComparing(recall, Map.of());
    linkedComparing(recall, Map.of());
    assertEquals(0, recall.size());
    assertTrue(linkedComparing(recall, corpus()) > 0);
  }

  @Test
  void aNameKeyIsRecalledByTheName() {
    LinkRecall recall = LinkRecall.kept();
    NameKey first = recall.key("للأسد");
    assertEquals(NameKey.of("للأسد"), first);
    assertSame(first, recall.key("للأسد"));
    NameKey other = recall.key("لبشار الأسد");
    assertEquals(NameKey.of("لبشار الأسد"), other);
    assertNotSame(first, recall.key("بالأسد"));
    assertEquals(NameKey.of("بالأسد"), recall.key("بالأسد"));
  }

  @Test
  void anEntitysOwnIdIsRecalledByItsTypeAndName() {
    LinkRecall recall = LinkRecall.kept();
    String id = recall.plainId(EntityType.PERSON, "بشار الاسد");
    assertEquals(org.isnad.model.ContentId.of("e", "PERSON", "بشار الاسد"), id);
    assertSame(id, recall.plainId(EntityType.PERSON, "بشار الاسد"));
    assertEquals(org.isnad.model.ContentId.of("e", "ORG", "بشار الاسد"),
        recall.plainId(EntityType.ORG, "بشار الاسد"));
    assertEquals(org.isnad.model.ContentId.of("e", "PERSON", "ماهر الاسد"),
        recall.plainId(EntityType.PERSON, "ماهر الاسد"));
  }

  @Test
  void nothingIsKeptWithoutRecall() {
    LinkRecall none = LinkRecall.none();
    NameKey key = none.key("للأسد");
    assertNotSame(key, none.key("للأسد"));
    long first = linkedComparing(none, corpus());
    assertEquals(first, linkedComparing(none, corpus()));
    assertEquals(0, none.size());
  }

  @Test
  void speakersLinkedWithRecalledNameKeysAreTheComputedOnes() {
    LinkRecall recall = LinkRecall.kept();
    EntityLinker.Linked linked = new EntityLinker(recall).link(corpus());
    Map<String, org.isnad.model.Entity> entities = new LinkedHashMap<>();
    linked.entities().forEach(e -> entities.put(e.id(), e));
    String text = "قال بشار الأسد إن الوضع صعب.";
    org.isnad.model.Quote quote = new org.isnad.model.Quote("q1", "a1", 15, 28, "الوضع صعب",
        "قال", 0, false, new org.isnad.model.Speaker("بشار الأسد", 4, 14, null),
        List.of(new org.isnad.model.ChainLink("الأسد", null, org.isnad.model.ChainRole.SOURCE),
            new org.isnad.model.ChainLink("بشار الأسد", null,
                org.isnad.model.ChainRole.SPEAKER)));
    List<EntityMention> own = List.of(new EntityMention("a1", 4, 14, "بشار الأسد",
        EntityType.PERSON, linked.mentions().get(0).entityId()));
    for (int round = 0; round < 2; round++) {
      assertEquals(new SpeakerLinker(entities).link(List.of(quote), own, text),
          new SpeakerLinker(entities, recall).link(List.of(quote), own, text));
    }
  }

  private static Map<String, List<EntityMention>> with(String id, List<EntityMention> mentions) {
    Map<String, List<EntityMention>> in = corpus();
    in.put(id, mentions);
    return in;
  }

  private static List<EntityMention> shifted(List<EntityMention> mentions, int by) {
    return mentions.stream().map(m -> new EntityMention(m.articleId(), m.start() + by,
        m.end() + by, m.text(), m.type(), m.entityId())).toList();
  }

  private static List<EntityMention> renamed(List<EntityMention> mentions, String article) {
    return mentions.stream().map(m -> new EntityMention(article, m.start(), m.end(), m.text(),
        m.type(), m.entityId())).toList();
  }
}
