package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.isnad.store.CaseView.Span;
import org.junit.jupiter.api.Test;

/** The pieces of a case query: day ranges, pages, statuses, and the normalised text match. */
class CaseQueryTest {
  private static EventQuery days(String from, String to) {
    return new EventQuery(from == null ? null : LocalDate.parse(from),
        to == null ? null : LocalDate.parse(to), null, null, null, null, null, null, null);
  }

  @Test
  void aDayRangeMeetsEventsWhoseDaysOverlapIt() {
    EventQuery december7 = days("2024-12-07", "2024-12-07");
    assertTrue(december7.meetsDays("2024-12-07", "2024-12-07"));
    assertTrue(december7.meetsDays("2024-12-05", "2024-12-08"), "a window holding the day");
    assertTrue(december7.meetsDays("2024-12", "2024-12"), "a month holding the day");
    assertFalse(december7.meetsDays("2024-12-08", "2024-12-08"));
    assertFalse(december7.meetsDays("2024-11", "2024-11"));
    assertTrue(days("2024-12-07", null).meetsDays("2024-12-09", "2024-12-09"));
    assertFalse(days(null, "2024-12-06").meetsDays("2024-12-07", "2024-12-07"));
  }

  @Test
  void undatedEventsAndUnknownYearsNeverMeetADayRange() {
    assertFalse(days("2024-01-01", "2024-12-31").meetsDays(null, null));
    assertFalse(days("2024-01-01", "2024-12-31").meetsDays("XXXX-12-09", "XXXX-12-09"));
    assertTrue(EventQuery.ALL.meetsDays(null, null), "no range: every event");
  }

  @Test
  void aRangeEndingBeforeItStartsIsAMistake() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> days("2024-12-09", "2024-12-01"));
    assertTrue(e.getMessage().contains("2024-12-01"), e.getMessage());
  }

  @Test
  void pagesAreBoundedAndNameTheBadValue() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, 201))
        .getMessage().contains("201"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new PageRequest(-3, 10))
        .getMessage().contains("-3"));
    assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, 0));
  }

  @Property(tries = 200, seed = "17")
  void pagesSliceTheWholeListWithItsTotal(@ForAll @IntRange(max = 60) int size,
      @ForAll @IntRange(max = 80) int offset, @ForAll @IntRange(min = 1, max = 200) int limit) {
    List<Integer> all = java.util.stream.IntStream.range(0, size).boxed().toList();
    Page<Integer> page = Page.of(all, new PageRequest(offset, limit));
    assertEquals(size, page.total());
    assertEquals(Math.max(0, Math.min(limit, size - offset)), page.items().size());
    if (!page.items().isEmpty()) {
      assertEquals(offset, page.items().get(0));
    }
  }

  @Test
  void statusesAreSpeltAsClientsSpellThem() {
    assertEquals(StatusFilter.SINGLE, StatusFilter.parse("Single"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> StatusFilter.parse("likely"))
        .getMessage().contains("likely"));
    assertEquals(SearchKind.ALL, SearchKind.parse(null));
  }

  @Test
  void aQueryWithoutHamzaFindsTheNameWithHamzaAndClitics() {
    String q = TextMatch.query("الاسد");
    assertTrue(new TextMatch("قال بشار الأسد إن").holds(q));
    assertTrue(new TextMatch("واجتمع بالأسد أمس").holds(q));
    assertTrue(new TextMatch("الأَسَد").holds(q), "diacritics");
    assertFalse(new TextMatch("الأسود").holds(q));
  }

  @Test
  void snippetMarksCoverTheOriginalLettersWithTheirDiacritics() {
    String text = "كلام قبل ثم الأَسَد ثم كلام بعد ثم الأسد أيضا";
    TextMatch.Snippet snippet = new TextMatch(text).snippet(TextMatch.query("الاسد"));
    assertEquals(text, snippet.text(), "short text: all of it");
    List<Span> marks = snippet.highlights();
    assertEquals(2, marks.size());
    int[] cps = text.codePoints().toArray();
    assertEquals("الأَسَد", new String(cps, marks.get(0).start(),
        marks.get(0).end() - marks.get(0).start()));
    assertEquals("الأسد", new String(cps, marks.get(1).start(),
        marks.get(1).end() - marks.get(1).start()));
  }

  @Test
  void anEmptyOrLetterlessQueryIsAMistake() {
    assertThrows(IllegalArgumentException.class, () -> TextMatch.query(" "));
    assertThrows(IllegalArgumentException.class, () -> TextMatch.query("ـــ..."));
  }
}
