package org.isnad.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.model.Article;
import org.isnad.model.Published;
import org.junit.jupiter.api.Test;

/** Stories stay bounded: in time, through undated articles, and in the strength of their links. */
class StoryGrouperTest {
  private static Article article(String id, String day, String site) {
    return new Article(id, "d-" + id, null, "نص " + id, null, null, null, null, List.of(), "ar",
        "https://" + site + "/news/" + id, day == null ? Published.unknown()
            : Published.fromMetadata(day, "test"), List.of());
  }

  private static Map<String, Integer> group(List<Article> articles,
      Map<String, Set<String>> names) {
    return new StoryGrouper().group(articles, names, Map.of());
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
}
