package org.isnad.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.model.Article;
import org.isnad.model.ArticleBuilder;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.isnad.model.Published;
import org.junit.jupiter.api.Test;

/** Stories stay bounded: in time, through undated articles, and in the strength of their links. */
class StoryGrouperTest {
  private static Article article(String id, String day, String site) {
    return ArticleBuilder.text("نص " + id).id(id).document("d-" + id)
        .url("https://" + site + "/news/" + id)
        .published(day == null ? Published.unknown() : Published.fromMetadata(day, "test")).build();
  }

  private static Article article(String id, String day, String site, String title,
      String lead) {
    return ArticleBuilder.text(lead).id(id).document("d-" + id).title(title)
        .url("https://" + site + "/news/" + id).published(Published.fromMetadata(day, "test"))
        .build();
  }

  /** Entities named as their ids: {@code people} are persons, {@code others} places. */
  private static Map<String, Entity> entities(Set<String> people, Set<String> others) {
    Map<String, Entity> entities = new HashMap<>();
    people.forEach(p -> entities.put(p, new Entity(p, EntityType.PERSON, p, List.of(), 1)));
    others.forEach(p -> entities.put(p, new Entity(p, EntityType.PLACE, p, List.of(), 1)));
    return entities;
  }

  private static Set<String> all(Map<String, Set<String>> names) {
    Set<String> all = new java.util.HashSet<>();
    names.values().forEach(all::addAll);
    return all;
  }

  /** Every name counts as a person's here: these tests are about the other bounds. */
  private static Map<String, Integer> group(List<Article> articles,
      Map<String, Set<String>> names) {
    Set<String> people = new java.util.HashSet<>();
    names.values().forEach(people::addAll);
    return new StoryGrouper().group(articles, names, entities(people, Set.of()), Map.of());
  }

  @Test
  void articlesSharingTwoRareNamesWithinTenDaysAreOneStory() {
    List<Article> a = List.of(article("a", "2017-12-04", "one.com"),
        article("b", "2017-12-05", "two.com"));
    Map<String, Integer> s = group(a, Map.of("a", Set.of("jamraya", "scientific-centre"),
        "b", Set.of("jamraya", "scientific-centre")));
    assertEquals(s.get("a"), s.get("b"));
  }

  @Test
  void aChainOfDailyLinksDoesNotStretchAcrossMonths() {
    List<Article> a = new ArrayList<>();
    Map<String, Set<String>> names = new HashMap<>();
    for (int i = 0; i < 40; i++) {
      String id = "a" + i;
      a.add(article(id, java.time.LocalDate.of(2017, 1, 1).plusDays(i).toString(),
          "site" + i + ".com"));
      names.put(id, Set.of("k" + i, "k" + (i + 1), "x" + i, "x" + (i + 1)));
    }
    Map<String, Integer> s = group(a, names);
    assertNotEquals(s.get("a0"), s.get("a39"), "day 1 and day 40 are not one story");
  }

  @Test
  void anUndatedArticleNeverBridgesTwoStories() {
    List<Article> a = List.of(article("a", "2015-08-06", "one.com"),
        article("u", null, "two.com"), article("b", "2016-03-01", "three.com"));
    Map<String, Integer> s = group(a, Map.of("a", Set.of("p", "q", "r"),
        "u", Set.of("p", "q", "r", "s", "t", "v"), "b", Set.of("s", "t", "v")));
    assertNotEquals(s.get("a"), s.get("b"));
  }

  @Test
  void twoArticlesOfOneSiteNeedTwiceTheEvidence() {
    List<Article> a = List.of(article("a", "2017-12-04", "same.com"),
        article("b", "2017-12-04", "same.com"));
    Map<String, Integer> s = group(a, Map.of("a", Set.of("menu1", "menu2"),
        "b", Set.of("menu1", "menu2")));
    assertNotEquals(s.get("a"), s.get("b"), "a site's menu is not a story");
  }

  /**
   * Three matters of one week that share only organisations and places pair by pair: friendly
   * fire in Afghanistan and a Turkish raid on the PKK (NATO, the Turkish army), the raid and
   * fighting in Syria (the Turkish army, Qandil, then Idlib and Hayat Tahrir al-Sham), the
   * fighting and a strike near Idlib. Single-link joins chained them into one story.
   */
  @Test
  void organisationsAndPlacesSharedPairByPairDoNotChainThreeMatters() {
    List<Article> a = List.of(
        article("af1", "2016-10-28", "one.com", "مقتل جنود أفغان بنيران صديقة في هلمند",
            "قتل ثمانية جنود أفغان بغارة جوية خاطئة لقوات حلف الناتو في ولاية هلمند"),
        article("af2", "2016-10-28", "two.com", "غارة خاطئة تقتل جنودا أفغانا",
            "أعلن حلف الناتو فتح تحقيق في الغارة التي أصابت موقعا للجيش الأفغاني في هلمند "
                + "بينما يقاتل الجيش التركي في الشمال"),
        article("pk1", "2016-10-29", "three.com", "مقاتلات تركية تقصف مواقع العمال الكردستاني",
            "قصف الجيش التركي مواقع حزب العمال الكردستاني في جبال قنديل بدعم من حلف الناتو"),
        article("pk2", "2016-10-30", "four.com", "أنقرة: تدمير مخابئ للحزب في قنديل",
            "قال الجيش التركي إن طائراته دمرت مخابئ لحزب العمال الكردستاني في قنديل "
                + "ويقول إن هيئة تحرير الشام تقاتل في إدلب"),
        article("sy1", "2016-10-31", "five.com", "معارك عنيفة في ريف إدلب",
            "تدور معارك بين هيئة تحرير الشام وقوات النظام في ريف إدلب الجنوبي"),
        article("sy2", "2016-11-01", "six.com", "قصف يطال قرى جنوب إدلب",
            "استهدف قصف مدفعي قرى تسيطر عليها هيئة تحرير الشام جنوب إدلب"));
    Map<String, Set<String>> names = Map.of(
        "af1", Set.of("هلمند", "حلف الناتو"),
        "af2", Set.of("هلمند", "حلف الناتو", "الجيش التركي"),
        "pk1", Set.of("الجيش التركي", "حلف الناتو", "حزب العمال الكردستاني", "قنديل"),
        "pk2", Set.of("الجيش التركي", "حزب العمال الكردستاني", "قنديل", "هيئة تحرير الشام",
            "إدلب"),
        "sy1", Set.of("هيئة تحرير الشام", "إدلب"),
        "sy2", Set.of("هيئة تحرير الشام", "إدلب"));
    Map<String, Integer> s = new StoryGrouper().group(a, names, entities(Set.of(), all(names)),
        Map.of());
    assertNotEquals(s.get("af1"), s.get("pk1"), "friendly fire is not the raid on the PKK");
    assertNotEquals(s.get("pk1"), s.get("sy1"), "the raid is not the fighting in Idlib");
    assertNotEquals(s.get("af1"), s.get("sy2"));
  }

  /**
   * One happening told by three outlets in their own words: the bombing of a mosque in Abha,
   * the spokesman named by all, the place and a rare word of the lead shared.
   */
  @Test
  void oneHappeningToldByThreeOutletsInOtherWordsIsOneStory() {
    List<Article> a = List.of(
        article("m1", "2015-08-06", "one.com", "انتحاري يفجر نفسه في مسجد بأبها",
            "فجر انتحاري نفسه داخل مسجد قوات الطوارئ في أبها وقال اللواء منصور التركي إن "
                + "الحصيلة خمسة عشر قتيلا"),
        article("m2", "2015-08-06", "two.com", "تفجير مسجد الطوارئ: 15 قتيلا",
            "أعلن المتحدث الأمني اللواء منصور التركي مقتل خمسة عشر شخصا في تفجير مسجد "
                + "قوات الطوارئ بمنطقة عسير"),
        article("m3", "2015-08-07", "three.com", "الداخلية تكشف هوية منفذ هجوم أبها",
            "كشف اللواء منصور التركي هوية الانتحاري الذي استهدف المصلين في مسجد قوات "
                + "الطوارئ في أبها أمس"));
    Map<String, Set<String>> names = Map.of(
        "m1", Set.of("مسجد قوات الطوارئ", "أبها", "منصور التركي"),
        "m2", Set.of("مسجد قوات الطوارئ", "عسير", "منصور التركي"),
        "m3", Set.of("مسجد قوات الطوارئ", "أبها", "منصور التركي"));
    Set<String> places = new java.util.HashSet<>(all(names));
    places.remove("منصور التركي");
    Map<String, Integer> s = new StoryGrouper().group(a, names,
        entities(Set.of("منصور التركي"), places), Map.of());
    assertEquals(s.get("m1"), s.get("m2"));
    assertEquals(s.get("m1"), s.get("m3"));
  }

  @Test
  void theStoriesDoNotDependOnTheOrderOfTheArticles() {
    List<Article> a = new ArrayList<>();
    Map<String, Set<String>> names = new HashMap<>();
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 60; i++) {
      String id = "a" + i;
      a.add(article(id, java.time.LocalDate.of(2017, 1, 1).plusDays(i % 9).toString(),
          "site" + (i % 7) + ".com"));
      Set<String> keys = new java.util.HashSet<>();
      for (int k = 0; k < 4; k++) {
        keys.add("k" + random.nextInt(25));
      }
      names.put(id, keys);
    }
    Set<Set<String>> expected = partition(group(a, names));
    for (int round = 0; round < 5; round++) {
      List<Article> shuffled = new ArrayList<>(a);
      java.util.Collections.shuffle(shuffled, random);
      assertEquals(expected, partition(group(shuffled, names)));
    }
  }

  private static Set<Set<String>> partition(Map<String, Integer> stories) {
    Map<Integer, Set<String>> members = new HashMap<>();
    stories.forEach((id, n) -> members.computeIfAbsent(n, k -> new java.util.HashSet<>()).add(id));
    return Set.copyOf(members.values());
  }

  /**
   * An army and a region named in two articles of one day, with the words of those names in
   * their leads, tie a strike and a protest march no more than the names alone: no person and no
   * other rare word is shared. The same names with the commander who announced the strike tie
   * two reports of it.
   */
  @Test
  void anArmyAndARegionAloneDoNotMakeAStory() {
    List<Article> a = List.of(
        article("s1", "2016-11-02", "one.com", "غارة على موقع شمال القطاع",
            "أغارت طائرات الجيش الإسرائيلي فجرا على موقع للفصائل شمال قطاع غزة"),
        article("p1", "2016-11-02", "two.com", "مسيرة للصيادين في الميناء",
            "خرج الصيادون في مسيرة احتجاجية على تقليص مساحة الصيد قبالة قطاع غزة وطالبوا "
                + "الجيش الإسرائيلي برفع القيود"),
        article("s2", "2016-11-02", "three.com", "الجيش: استهدفنا مخزن أسلحة",
            "قال أفيخاي أدرعي إن الجيش الإسرائيلي استهدف مخزن أسلحة في قطاع غزة"),
        article("s3", "2016-11-02", "four.com", "أدرعي: الضربة ردا على صاروخ",
            "أعلن أفيخاي أدرعي أن ضربة الجيش الإسرائيلي في قطاع غزة جاءت ردا على صاروخ"));
    Map<String, Set<String>> names = Map.of(
        "s1", Set.of("الجيش الإسرائيلي", "قطاع غزة"),
        "p1", Set.of("الجيش الإسرائيلي", "قطاع غزة"),
        "s2", Set.of("الجيش الإسرائيلي", "قطاع غزة", "أفيخاي أدرعي"),
        "s3", Set.of("الجيش الإسرائيلي", "قطاع غزة", "أفيخاي أدرعي"));
    Map<String, Integer> s = new StoryGrouper().group(a, names,
        entities(Set.of("أفيخاي أدرعي"), Set.of("الجيش الإسرائيلي", "قطاع غزة")), Map.of());
    assertNotEquals(s.get("s1"), s.get("p1"), "a strike is not a march");
    assertEquals(s.get("s2"), s.get("s3"), "the spokesman ties two reports of the strike");
  }
}
