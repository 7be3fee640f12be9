package org.isnad.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  /** One article's mentions of {@code names}, one after another (also for LinkRecallTest). */
  static List<EntityMention> article(String id, EntityType type, String... names) {
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

  /** Each mention's entity, named e1, e2 … in the order entities first appear (ids are hashes). */
  private static List<String> ids(EntityLinker.Linked linked) {
    Map<String, String> names = new LinkedHashMap<>();
    return linked.mentions().stream().map(m -> names.computeIfAbsent(m.entityId(),
        id -> "e" + (names.size() + 1))).toList();
  }

  /**
   * Articles are linked each alone and gathered in article order: the mentions come out in that
   * order, each entity is listed by its first mention and counts its mentions in every article.
   */
  @Test
  void articlesLinkedAloneAreGatheredInArticleOrder() {
    Map<String, List<EntityMention>> articles = new LinkedHashMap<>();
    articles.put("a1", article("a1", EntityType.PERSON, "عبد الله الثاني",
        "الملك عبد الله الثاني"));
    articles.put("a2", article("a2", EntityType.PERSON, "محمود عباس", "عبد الله الثاني", "عباس"));
    articles.put("a3", article("a3", EntityType.PERSON, "محمود عباس"));
    var linked = link(articles);
    assertEquals(List.of("a1", "a1", "a2", "a2", "a2", "a3"),
        linked.mentions().stream().map(EntityMention::articleId).toList());
    assertEquals(List.of("e1", "e2", "e3", "e1", "e3", "e3"), ids(linked));
    assertEquals(List.of("عبد الله الثاني", "الملك عبد الله الثاني", "محمود عباس"),
        linked.entities().stream().map(Entity::name).toList());
    assertEquals(List.of(2, 1, 3), linked.entities().stream().map(Entity::mentionCount)
        .toList());
  }

  /** A mention listed under two articles is linked once, where it is first listed. */
  @Test
  void aMentionListedUnderTwoArticlesIsLinkedOnce() {
    List<EntityMention> first = article("a1", EntityType.PERSON, "محمود عباس", "عباس");
    Map<String, List<EntityMention>> articles = new LinkedHashMap<>();
    articles.put("a1", first);
    articles.put("a2", List.of(first.get(1)));
    var linked = link(articles);
    assertEquals(2, linked.mentions().size());
    assertEquals(List.of("e1", "e1"), ids(linked));
    assertEquals(2, linked.entities().get(0).mentionCount());
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
  void aPlaceIsNotTheAirportOrCountrysideNamedAfterIt() {
    Map<String, List<EntityMention>> articles = new LinkedHashMap<>();
    articles.put("a1", article("a1", EntityType.PLACE, "مطار القاهرة"));
    articles.put("a2", article("a2", EntityType.PLACE, "القاهرة"));
    articles.put("a3", article("a3", EntityType.PLACE, "ريف حلب"));
    articles.put("a4", article("a4", EntityType.PLACE, "حلب"));
    var linked = link(articles);
    assertEquals(4, linked.entities().size(), "«القاهرة» is not «مطار القاهرة»: "
        + linked.entities());
  }

  @Test
  void aPlaceStillJoinsItsOnlyFullerName() {
    Map<String, List<EntityMention>> articles = new LinkedHashMap<>();
    articles.put("a1", article("a1", EntityType.PLACE, "دير الزور"));
    articles.put("a2", article("a2", EntityType.PLACE, "الزور"));
    assertEquals(List.of("e1", "e1"), ids(link(articles)));
  }

  @Test
  void differentNamesStayDifferent() {
    var linked = link(Map.of("a1", article("a1", EntityType.PERSON, "عباس عراقجي",
        "هادي البحرة")));
    assertEquals(2, linked.entities().size());
  }

  /** Mentions of one article at their positions in {@code text}, each "TYPE:name". */
  private static List<EntityMention> placed(String text, String... typed) {
    List<EntityMention> mentions = new ArrayList<>();
    int from = 0;
    for (String t : typed) {
      String name = t.substring(t.indexOf(':') + 1);
      int start = text.indexOf(name, from);
      mentions.add(new EntityMention("a1", start, start + name.length(), name,
          EntityType.valueOf(t.substring(0, t.indexOf(':'))), null));
      from = start + name.length();
    }
    return mentions;
  }

  @Test
  void aTitleNextToANameDescribesThatPersonLater() {
    String text = "وقال مستشار قائد فيلق القدس الإيراني حسن فلارك إن الأسد قرر. وأضاف المستشار"
        + " الإيراني أن القرار قديم. وقال الأخير إن ذلك معروف.";
    var linked = link(Map.of("a1", placed(text, "ROLE:مستشار قائد فيلق القدس الإيراني",
        "PERSON:حسن فلارك", "PERSON:الأسد", "ROLE:المستشار الإيراني", "PERSON:الأخير")));
    List<String> ids = ids(linked);
    assertEquals(ids.get(1), ids.get(0));
    assertEquals(ids.get(1), ids.get(3));
    assertNotEquals(ids.get(1), ids.get(2));
    assertEquals(ids.get(2), ids.get(4));  // "الأخير": the person mentioned last
    Entity advisor = linked.entities().stream().filter(e -> e.id().equals(linked.mentions()
        .get(1).entityId())).findFirst().orElseThrow();
    assertEquals("حسن فلارك", advisor.name());
    assertEquals(List.of("مستشار قائد فيلق القدس الإيراني", "المستشار الإيراني"),
        advisor.aliases());
  }

  @Test
  void aTitleOfNobodyInTheTextStaysARole() {
    String text = "وقال المستشار الإيراني إن الأسد قرر.";
    var linked = link(Map.of("a1", placed(text, "ROLE:المستشار الإيراني", "PERSON:الأسد")));
    assertEquals(EntityType.ROLE, linked.entities().get(0).type());
    assertNotEquals(ids(linked).get(0), ids(linked).get(1));
  }

  @Test
  void anAppositionAfterTheNameDescribesIt() {
    String text = "هادي البحرة، رئيس المعارضة السورية قال إن … ثم قال رئيس المعارضة السورية إن";
    var linked = link(Map.of("a1", placed(text, "PERSON:هادي البحرة",
        "ROLE:رئيس المعارضة السورية", "ROLE:رئيس المعارضة السورية")));
    assertEquals(List.of("e1", "e1", "e1"), ids(linked));
    String object = "التقى بوتين رئيس الوزراء التركي";
    var met = link(Map.of("a1", placed(object, "PERSON:بوتين", "ROLE:رئيس الوزراء التركي")));
    assertEquals(List.of("e1", "e2"), ids(met));
  }

  /**
   * A long article repeats its few names thousands of times: every repetition must cost the same,
   * so twice the article is twice the comparisons (before, each mention was compared with every
   * earlier mention of the same entity: four times the work).
   */
  @Test
  void aRepeatedNameIsComparedOnceNotOncePerMention() {
    long once = comparisons(500);
    long twice = comparisons(1000);
    assertTrue(twice <= 2 * once + 100, once + " comparisons, then " + twice);
  }

  private static long comparisons(int repetitions) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < repetitions; i++) {
      names.addAll(List.of("بشار الأسد", "الأسد", "فلاديمير بوتين", "بوتين", "لبوتين",
          "سيرغي لافروف", "لافروف"));
    }
    EntityLinker linker = new EntityLinker();
    var linked = linker.link(Map.of("a1", article("a1", EntityType.PERSON,
        names.toArray(String[]::new))));
    assertEquals(3, linked.entities().size());
    return linker.comparisons();
  }

  /**
   * A long article of many different people: a mention is compared only with the clusters that
   * can match it, so twice the people cost twice the comparisons (comparing with every cluster of
   * the article costs four times).
   */
  @Test
  void aNewNameIsNotComparedWithEveryOtherNameOfTheArticle() {
    long once = distinctComparisons(300);
    long twice = distinctComparisons(600);
    assertTrue(twice <= 2 * once + 100, once + " comparisons, then " + twice);
  }

  private static long distinctComparisons(int people) {
    java.util.Random random = new java.util.Random(people);
    String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
    List<String> names = new ArrayList<>();
    for (int p = 0; p < people; p++) {
      StringBuilder first = new StringBuilder();
      StringBuilder last = new StringBuilder();
      for (int k = 0; k < 7; k++) {
        first.append(letters.charAt(random.nextInt(letters.length())));
        last.append(letters.charAt(random.nextInt(letters.length())));
      }
      names.add(first + " " + last);
      names.add(last.toString());
    }
    EntityLinker linker = new EntityLinker();
    var linked = linker.link(Map.of("a1", article("a1", EntityType.PERSON,
        names.toArray(String[]::new))));
    assertTrue(linked.entities().size() >= people * 9 / 10, linked.entities().size() + "");
    return linker.comparisons();
  }

  @Test
  void aClubIsNotTheCurrencyOfAnotherArticle() {
    Map<String, List<EntityMention>> articles = new LinkedHashMap<>();
    articles.put("a1", article("a1", EntityType.ORG, "ريال مدريد"));
    articles.put("a2", article("a2", EntityType.ORG, "ريال"));
    assertEquals(List.of("e1", "e2"), ids(link(articles)));
  }

  @Test
  void aDifferentHeadWordIsADifferentBody() {
    Map<String, List<EntityMention>> articles = new LinkedHashMap<>();
    articles.put("a1", article("a1", EntityType.ORG, "جريدة الجزيرة", "بنك الجزيرة"));
    articles.put("a2", article("a2", EntityType.ORG, "الجزيرة"));
    assertEquals(List.of("e1", "e2", "e3"), ids(link(articles)));
  }

  @Test
  void aBareTitleNamesNobodyAcrossArticles() {
    Map<String, List<EntityMention>> articles = new LinkedHashMap<>();
    articles.put("a1", article("a1", EntityType.PERSON, "الملك سلمان", "الملك"));
    articles.put("a2", article("a2", EntityType.PERSON, "الملك"));
    articles.put("a3", article("a3", EntityType.PERSON, "الملك"));
    var linked = link(articles);
    assertEquals(List.of("e1", "e1", "e2", "e3"), ids(linked));
    assertTrue(linked.entities().stream().noneMatch(e -> e.aliases().contains("الملك")),
        linked.entities().toString());
  }

  @Test
  void aTitleBetweenTwoQuotedNamesDescribesTheFirst() {
    // «"حسن فلارك" مستشار قائد فيلق القدس الإيراني السابق "قاسم سليماني"، … وأكد المستشار الإيراني»
    List<EntityMention> mentions = List.of(
        new EntityMention("a1", 5, 14, "حسن فلارك", EntityType.PERSON, null),
        new EntityMention("a1", 16, 53, "مستشار قائد فيلق القدس الإيراني السابق", EntityType.ROLE,
            null),
        new EntityMention("a1", 55, 66, "قاسم سليماني", EntityType.PERSON, null),
        new EntityMention("a1", 120, 137, "المستشار الإيراني", EntityType.ROLE, null));
    var linked = link(Map.of("a1", mentions));
    assertEquals(List.of("e1", "e1", "e2", "e1"), ids(linked));
  }

  @Test
  void aBodyEveryCountryHasIsLinkedOnlyInsideItsArticle() {
    Map<String, List<EntityMention>> articles = new LinkedHashMap<>();
    articles.put("a1", article("a1", EntityType.ORG, "وزارة الخارجية", "وزارة الخارجية"));
    articles.put("a2", article("a2", EntityType.ORG, "وزارة الخارجية", "مجلس الوزراء"));
    articles.put("a3", article("a3", EntityType.ORG, "مجلس الوزراء", "وزارة الخارجية الروسية"));
    articles.put("a4", article("a4", EntityType.ORG, "وزارة الخارجية الروسية"));
    assertEquals(List.of("e1", "e1", "e2", "e3", "e4", "e5", "e5"), ids(link(articles)));
  }

  private static String idOf(EntityLinker.Linked linked, String articleId, String text) {
    return linked.mentions().stream().filter(m -> m.articleId().equals(articleId)
        && m.text().equals(text)).findFirst().orElseThrow().entityId();
  }

  @Test
  void idsComeFromNamesNotFromPositionsInTheRun() {
    Map<String, List<EntityMention>> two = new LinkedHashMap<>();
    two.put("b1", article("b1", EntityType.PERSON, "هادي البحرة"));
    two.put("c1", article("c1", EntityType.PLACE, "دمشق"));
    Map<String, List<EntityMention>> three = new LinkedHashMap<>();
    three.put("a1", article("a1", EntityType.PERSON, "سيرغي لافروف"));
    three.putAll(two);
    var before = link(two);
    var after = link(three);
    assertEquals(idOf(before, "b1", "هادي البحرة"), idOf(after, "b1", "هادي البحرة"));
    assertEquals(idOf(before, "c1", "دمشق"), idOf(after, "c1", "دمشق"));
    assertTrue(idOf(after, "c1", "دمشق").matches("e[0-9a-f]{12}"), idOf(after, "c1", "دمشق"));
  }

  @Test
  void aSurnameThatJoinsAFullerNameThroughANewArticleIsRecordedAsMerged() {
    Map<String, List<EntityMention>> alone = new LinkedHashMap<>();
    alone.put("b1", article("b1", EntityType.PERSON, "الأسد"));
    String surname = idOf(link(alone), "b1", "الأسد");
    Map<String, List<EntityMention>> joined = new LinkedHashMap<>(alone);
    joined.put("a1", article("a1", EntityType.PERSON, "بشار الأسد"));
    var linked = link(joined);
    Map<String, List<EntityMention>> full = Map.of("a1", article("a1", EntityType.PERSON,
        "بشار الأسد"));
    String bashar = idOf(link(full), "a1", "بشار الأسد");
    assertEquals(bashar, idOf(linked, "b1", "الأسد"), "the surname joins the fuller name");
    assertEquals(List.of(surname), linked.entities().get(0).merged());
  }

  @Test
  void aBodyEveryCountryHasIsOneEntityPerArticleWithAnIdOfItsOwn() {
    Map<String, List<EntityMention>> one = Map.of("b1", article("b1", EntityType.ORG,
        "وزارة الخارجية"));
    Map<String, List<EntityMention>> two = new LinkedHashMap<>(one);
    two.put("a1", article("a1", EntityType.ORG, "وزارة الخارجية"));
    var linked = link(two);
    assertNotEquals(idOf(linked, "a1", "وزارة الخارجية"), idOf(linked, "b1", "وزارة الخارجية"));
    assertEquals(idOf(link(one), "b1", "وزارة الخارجية"), idOf(linked, "b1", "وزارة الخارجية"));
  }
}
