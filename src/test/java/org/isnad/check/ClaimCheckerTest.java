package org.isnad.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.isnad.Checking;
import org.isnad.Isnad;
import org.isnad.ProgressListener;
import org.isnad.model.Analysis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A claim checked against a tiny corpus of fixture files (src/test/resources/org/isnad/check):
 * an original, its copy on another site, and an independent article, with fake judges.
 */
class ClaimCheckerTest {
  static final String CLAIM = "وصل بشار الأسد إلى موسكو بعد سقوط دمشق";
  static final String COPIES = "src/test/resources/org/isnad/check/copies";
  private static Analysis analysis;

  @BeforeAll
  static void analyse() {
    analysis = copies();
  }

  static Analysis copies() {
    return Isnad.with(1, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
        .analyze(List.of(COPIES), ProgressListener.NONE);
  }

  private static String idAt(String url) {
    return analysis.articles().stream().filter(a -> url.equals(a.url())).findFirst()
        .orElseThrow().id();
  }

  private static ClaimCheck check(StanceJudge judge, List<String> urls) {
    return Checking.over(analysis, judge, 50).check(new ClaimRequest("c1", CLAIM, urls));
  }

  @Test
  void aCopyAndItsOriginalAreOneOriginTheIndependentArticleAnother() {
    ClaimCheck c = check(FakeJudge.of("الأسد", null), List.of());
    String original = idAt("https://a.example/news/1");
    String copy = idAt("https://b.example/news/2");
    String other = idAt("https://c.example/news/3");
    assertEquals(3, c.articles().size(), c.articles().toString());
    assertEquals(2, c.summary().supporting().size(), c.summary().supporting().toString());
    assertEquals(new OriginGroup("وكالة ألف", List.of(copy, original).stream().sorted().toList()),
        c.summary().supporting().get(0));
    assertEquals(List.of(other), c.summary().supporting().get(1).articles());
    assertEquals(List.of(), c.summary().denying());
    ArticleEvidence ofCopy = c.articles().stream().filter(a -> a.article().equals(copy))
        .findFirst().orElseThrow();
    assertEquals(original, ofCopy.duplicateOf());
    assertTrue(ofCopy.originBasis().startsWith("a copy of article " + original),
        ofCopy.originBasis());
    assertTrue(c.summary().spread().contains(new Relay("copy", original, "2024-12-08", copy,
        "2024-12-09")), c.summary().spread().toString());
    assertNotNull(c.summary().earliest());
    assertEquals(original, c.summary().earliest().article());
  }

  @Test
  void aDenyingArticleIsItsOwnSide() {
    ClaimCheck c = check(FakeJudge.of("الأسد", "بيسكوف"), List.of());
    assertEquals(1, c.summary().supporting().size());
    assertEquals(1, c.summary().denying().size());
    assertEquals("صحيفة جيم", c.summary().denying().get(0).origin());
    assertEquals("disagree", c.articles().get(c.articles().size() - 1).stance());
  }

  @Test
  void rationaleOffsetsPointIntoTheArticleText() {
    ClaimCheck c = check(FakeJudge.of("الأسد", null), List.of());
    for (ArticleEvidence e : c.articles()) {
      String text = analysis.articles().stream().filter(a -> a.id().equals(e.article()))
          .findFirst().orElseThrow().text();
      for (Rationale r : e.rationale()) {
        int from = text.offsetByCodePoints(0, r.start());
        int to = text.offsetByCodePoints(0, r.end());
        assertEquals(r.sentence(), text.substring(from, to));
      }
    }
  }

  @Test
  void urlsRestrictTheCandidates() {
    ClaimCheck c = check(FakeJudge.of("الأسد", null), List.of("https://c.example/news/3"));
    assertEquals(1, c.candidates());
    assertEquals(List.of(idAt("https://c.example/news/3")),
        c.articles().stream().map(ArticleEvidence::article).toList());
    ClaimCheck none = check(FakeJudge.of("الأسد", null), List.of("https://nowhere.example/"));
    assertEquals(0, none.candidates());
    assertEquals(1, none.problems().size());
  }

  @Test
  void aJudgeThatFailsOnOneArticleIsAProblemNotACrash() {
    StanceJudge flaky = (claim, article) -> {
      if (article.article().text().contains("بيسكوف")) {
        throw new IllegalStateException("boom");
      }
      return FakeJudge.of("الأسد", null).judge(claim, article);
    };
    ClaimCheck c = check(flaky, List.of());
    assertEquals(2, c.articles().stream().filter(a -> a.stance().equals("agree")).count());
    assertTrue(c.problems().stream().anyMatch(p -> p.contains("boom")), c.problems().toString());
  }

  @Test
  void unrelatedArticlesAreNoSideAndGiveNoRationale() {
    ClaimCheck c = check(FakeJudge.of("لا توجد هذه الكلمة", null), List.of());
    assertEquals(3, c.articles().size());
    assertTrue(c.articles().stream().allMatch(a -> a.stance().equals("unrelated")
        && a.rationale().isEmpty()));
    assertEquals(List.of(), c.summary().supporting());
    assertEquals(null, c.summary().earliest());
  }

  @Test
  void daysTheClaimDoesNotGiveAreConflictingDetails() {
    ClaimCheck c = Checking.over(analysis, FakeJudge.of("الأسد", null), 50)
        .check(new ClaimRequest(null, "وصل الأسد إلى موسكو يوم 7 ديسمبر", List.of()));
    DetailConflict days = c.summary().conflicts().stream()
        .filter(d -> d.field().equals("date")).findFirst().orElseThrow();
    assertEquals(new DetailConflict.Value("XXXX-12-07", List.of("claim")), days.values().get(0));
    assertTrue(days.values().stream().anyMatch(v -> v.value().equals("2024-12-08")
        && v.articles().contains(idAt("https://a.example/news/1"))), days.values().toString());
    ClaimCheck same = Checking.over(analysis, FakeJudge.of("الأسد", null), 50)
        .check(new ClaimRequest(null, "وصل الأسد إلى موسكو يوم 8 ديسمبر",
            List.of("https://a.example/news/1")));
    assertTrue(same.summary().conflicts().stream().noneMatch(d -> d.field().equals("date")),
        same.summary().conflicts().toString());
  }

  @Test
  void numbersTheClaimDoesNotGiveAreConflictingDetails() {
    ClaimCheck c = Checking.over(analysis, FakeJudge.of("الأسد", null), 50)
        .check(new ClaimRequest(null, "رافقت 4 طائرات الأسد إلى موسكو في 8 ديسمبر", List.of()));
    DetailConflict numbers = c.summary().conflicts().stream()
        .filter(d -> d.field().equals("number")).findFirst().orElseThrow();
    assertEquals(List.of(new DetailConflict.Value("4", List.of("claim")),
        new DetailConflict.Value("3", List.of(idAt("https://b.example/news/2"),
            idAt("https://a.example/news/1")).stream().sorted().toList())), numbers.values(),
        "the digits of dates are not numbers of the matter");
  }
}
