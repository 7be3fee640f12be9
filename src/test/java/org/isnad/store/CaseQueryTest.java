package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.isnad.model.Event;
import org.isnad.store.CaseView.SearchHit;
import org.isnad.store.CaseView.Span;
import org.isnad.store.search.SearchEntry;
import org.isnad.store.search.SearchReader;
import org.junit.jupiter.api.Test;

/** The pieces of a case query: day ranges, pages, statuses, and the search both views share. */
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
  void aQueryWithoutHamzaFindsTheNameWithHamzaCliticsAndDiacritics() {
    Page<SearchHit> hits = search("الاسد", "قال بشار الأسد إن", "واجتمع بالأسد أمس",
        "الأَسَد", "الأسود", "انتقال");
    assertEquals(Set.of("a0", "a1", "a2"), ids(hits));
  }

  @Test
  void aWordIsFoundWholeWithItsCliticsNeverInsideALongerWord() {
    assertEquals(Set.of("a0", "a1"), ids(search("قال", "قال الوزير", "وقال الوزير",
        "انتقال السلطة", "المقالات")));
  }

  @Test
  void snippetMarksCoverTheOriginalLettersWithTheirDiacritics() {
    String text = "كلام قبل ثم الأَسَد ثم كلام بعد ثم الأسد أيضا";
    SearchHit hit = search("الاسد", text).items().get(0);
    assertEquals(text, hit.snippet(), "short text: all of it");
    List<Span> marks = hit.highlights();
    assertEquals(2, marks.size());
    int[] cps = text.codePoints().toArray();
    assertEquals("الأَسَد", new String(cps, marks.get(0).start(),
        marks.get(0).end() - marks.get(0).start()));
    assertEquals("الأسد", new String(cps, marks.get(1).start(),
        marks.get(1).end() - marks.get(1).start()));
  }

  @Test
  void anEmptyOrLetterlessQueryIsAMistake() {
    assertThrows(IllegalArgumentException.class, () -> IndexedSearch.check(" "));
    assertThrows(IllegalArgumentException.class, () -> IndexedSearch.check("ـــ..."));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> IndexedSearch.check("..."))
        .getMessage().contains("..."));
    IndexedSearch.check("الاسد");
  }

  /** The articles a0, a1, … holding {@code texts}, searched for {@code query}. */
  private static Page<SearchHit> search(String query, String... texts) {
    List<SearchEntry> entries = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      entries.add(new SearchEntry(SearchEntry.Kind.ARTICLE, "a" + i, "a" + i, null, texts[i],
          null, null));
    }
    try (SearchReader reader = SearchReader.of(entries)) {
      return IndexedSearch.search(reader, NO_PLACES, query, SearchKind.ALL,
          new PageRequest(0, 20));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Set<String> ids(Page<SearchHit> hits) {
    return hits.items().stream().map(SearchHit::id).collect(Collectors.toSet());
  }

  /** A case that knows no titles, statements or events. */
  private static final IndexedSearch.Places NO_PLACES = new IndexedSearch.Places() {
    @Override
    public String articleTitle(String id) {
      return null;
    }

    @Override
    public Map<String, CaseView.StatementRef> statements(List<String> ids) {
      return Map.of();
    }

    @Override
    public Optional<Event> event(String id) {
      return Optional.empty();
    }
  };
}
