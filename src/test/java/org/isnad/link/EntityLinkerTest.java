package org.isnad.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.Entity;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.junit.jupiter.api.Test;

/** Alias resolution: clitics, surnames, letter variants, people who share a surname. */
class EntityLinkerTest {
  private static List<EntityMention> article(String id, EntityType type, String... names) {
    List<EntityMention> mentions = new ArrayList<>();
    int at = 0;
    for (String name : names) {
      mentions.add(new EntityMention(id, at, at + name.length(), name, type, null));
      at += name.length() + 1;
    }
    return mentions;
  }

  private static EntityLinker.Linked link(Map<String, List<EntityMention>> articles) {
    return new EntityLinker().link(articles);
  }

  private static List<String> ids(EntityLinker.Linked linked) {
    return linked.mentions().stream().map(EntityMention::entityId).toList();
  }

  @Test
  void cliticsSurnamesAndFullNamesAreOneActor() {
    var linked = link(Map.of("a1", article("a1", EntityType.PERSON, "بشار الأسد", "الأسد",
        "لبشار الأسد", "للأسد", "بشار")));
    assertEquals(List.of("e1", "e1", "e1", "e1", "e1"), ids(linked));
    Entity e = linked.entities().get(0);
    assertEquals("بشار الأسد", e.name());
    assertEquals(5, e.mentionCount());
  }

  @Test
  void gluedPrepositionIsStrippedOnlyWhenTheShortNameExists() {
    var linked = link(Map.of("a1", article("a1", EntityType.PERSON, "فلاديمير بوتين", "ببوتين",
        "بوتين")));
    assertEquals(List.of("e1", "e1", "e1"), ids(linked));
  }

  @Test
  void persianLettersAndSpellingVariants() {
    var persian = link(Map.of("a1", article("a1", EntityType.ORG, "هيئة تحرير الشام",
        "هیئة تحریر الشام")));
    assertEquals(List.of("e1", "e1"), ids(persian));
    var variant = link(Map.of("a1", article("a1", EntityType.OUTLET, "جيروزاليم بوست",
        "جيروازليم بوست")));
    assertEquals(List.of("e1", "e1"), ids(variant));
  }

  @Test
  void peopleWhoShareASurnameStayApart() {
    var linked = link(Map.of("a1", article("a1", EntityType.PERSON, "بشار الأسد", "ماهر الأسد",
        "الأسد")));
    List<String> ids = ids(linked);
    assertNotEquals(ids.get(0), ids.get(1));
    assertEquals(ids.get(1), ids.get(2), "a surname goes to the one mentioned last");
  }

  @Test
  void typesAreNeverMixed() {
    var linked = link(Map.of("a1", article("a1", EntityType.PLACE, "الرياض"), "a2",
        article("a2", EntityType.OUTLET, "الرياض")));
    assertEquals(2, linked.entities().size());
  }

  @Test
  void acrossArticlesFullNamesMergeAndASurnameJoinsTheOnlyFullerName() {
    Map<String, List<EntityMention>> articles = new LinkedHashMap<>();
    articles.put("a1", article("a1", EntityType.PERSON, "سيرجي لافروف"));
    articles.put("a2", article("a2", EntityType.PERSON, "لافروف"));
    articles.put("a3", article("a3", EntityType.PERSON, "سيرجي لافروف"));
    assertEquals(List.of("e1", "e1", "e1"), ids(link(articles)));
  }

  @Test
  void differentNamesStayDifferent() {
    var linked = link(Map.of("a1", article("a1", EntityType.PERSON, "عباس عراقجي",
        "هادي البحرة")));
    assertEquals(2, linked.entities().size());
  }
}
