package org.isnad.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.isnad.store.search.SearchEntry.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The search index on a temporary directory: Arabic matching, ranking, paging, snippets. */
@Timeout(60)
class SearchIndexTest {
  @TempDir
  Path dir;
  private SearchIndex index;

  @BeforeEach
  void open() throws IOException {
    index = SearchIndex.open(dir.resolve("index"));
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private static SearchEntry article(String id, String text) {
    return new SearchEntry(Kind.ARTICLE, id, id, "", text, null, null);
  }

  private void put(SearchEntry... entries) throws IOException {
    index.putAll(List.of(entries));
    index.commit();
  }

  private List<String> ids(String query) throws IOException {
    return ids(index.search(SearchQuery.of(query)));
  }

  private static List<String> ids(SearchResults results) {
    return results.hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void theBareNameFindsItWithHamzaAndCliticsAttached() throws IOException {
    put(article("a1", "التقى الوفد بالأسد في دمشق"), article("a2", "وقال والأسد يستمع"),
        article("a3", "رسالة للأسد من موسكو"), article("a4", "صورة الأسد في القصر"),
        article("a5", "لا ذكر له هنا"));
    assertEquals(List.of("a1", "a2", "a3", "a4"), sorted(ids("الاسد")));
    assertEquals(List.of("a1", "a2", "a3", "a4"), sorted(ids("الأسد")));
  }

  @Test
  void aNameFindsItAfterAPreposition() throws IOException {
    put(article("a1", "قال مصدر لبوتين إن الاتفاق قريب"), article("a2", "لا شيء هنا"));
    assertEquals(List.of("a1"), ids("بوتين"));
  }

  @Test
  void diacriticsTatweelMaksuraAndPersianLettersDoNotHideAWord() throws IOException {
    put(article("a1", "قال مُحَمَّدٌ"), article("a2", "الرئيـــس"), article("a3", "مصطفى"),
        article("a4", "کریم"), article("a5", "المسئول"), article("a6", "عام ٢٠١٥"));
    assertEquals(List.of("a1"), ids("محمد"));
    assertEquals(List.of("a2"), ids("الرئيس"));
    assertEquals(List.of("a3"), ids("مصطفي"));
    assertEquals(List.of("a4"), ids("كريم"));
    assertEquals(List.of("a5"), ids("المسؤول"));
    assertEquals(List.of("a6"), ids("2015"));
  }

  @Test
  void theExactFormRanksAboveTheStemmedOne() throws IOException {
    put(article("a1", "أسد وأسد وأسد في حديقة الحيوان"), article("a2", "شوهد الأسد في حديقة القصر"),
        article("a3", "شوهدت أسود في حديقة الحيوان"));
    List<String> found = ids("الاسد");
    assertEquals("a2", found.get(0), found.toString());
    assertTrue(found.contains("a1"), "the stemmed form still finds أسد: " + found);
  }

  @Test
  void everyWordMustMatch() throws IOException {
    put(article("a1", "الأسد في دمشق"), article("a2", "الأسد في موسكو"));
    assertEquals(List.of("a1"), ids("الاسد دمشق"));
  }

  @Test
  void aQuotedPhraseMatchesOnlyTheWordsTogether() throws IOException {
    put(article("a1", "قال بشار الأسد"), article("a2", "قال بشار إن الأسد"));
    assertEquals(List.of("a1"), ids("\"بشار الأسد\""));
    assertEquals(List.of("a1"), ids("«بشار الأسد»"));
    assertEquals(List.of("a1", "a2"), sorted(ids("بشار الأسد")));
  }

  @Test
  void pagesSplitTheHitsWithAnExactTotal() throws IOException {
    List<String> all = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      String id = String.format("a%02d", i);
      all.add(id);
      index.put(article(id, "خبر عن دمشق " + "كلمة ".repeat(i)));
    }
    index.commit();
    List<String> paged = new ArrayList<>();
    for (int offset = 0; offset < 30; offset += 10) {
      SearchResults page = index.search(SearchQuery.of("دمشق").page(offset, 10));
      assertEquals(25, page.total());
      assertEquals(offset, page.offset());
      paged.addAll(ids(page));
    }
    assertEquals(ids(index.search(SearchQuery.of("دمشق").page(0, 100))), paged);
    assertEquals(all, sorted(paged));
    SearchResults beyond = index.search(SearchQuery.of("دمشق").page(100, 10));
    assertEquals(25, beyond.total());
    assertEquals(List.of(), beyond.hits());
  }

  @Test
  void snippetMarksPointAtTheMatchedWordsAsWritten() throws IOException {
    String text = "قال مصدر إن الرئيس التقى بالأسد في دمشق. ثم عاد الوفد إلى موسكو مساء.";
    put(new SearchEntry(Kind.ARTICLE, "a1", "a1", "لقاء الأسد والوفد", text, null, null));
    SearchHit hit = index.search(SearchQuery.of("الاسد")).hits().get(0);
    assertEquals(List.of("الأسد"), hit.title().marked());
    assertEquals("لقاء الأسد والوفد", hit.title().text());
    Snippet snippet = hit.text().get(0);
    assertEquals(List.of("بالأسد"), snippet.marked());
    Snippet.Mark mark = snippet.marks().get(0);
    int start = snippet.start() + mark.start();
    assertEquals("بالأسد", text.substring(start, snippet.start() + mark.end()));
    assertEquals(text.indexOf("بالأسد"), start);
  }

  @Test
  void aLongTextIsCutAroundItsMatchAndTheMarkStillPointsAtIt() throws IOException {
    String text = "كلام عام بلا نقطة ".repeat(60) + "ثم التقى الوفد بالأسد "
        + "وكلام آخر ".repeat(60);
    put(article("a1", text));
    Snippet snippet = index.search(SearchQuery.of("الاسد")).hits().get(0).text().get(0);
    assertTrue(snippet.text().length() <= SnippetFormatter.MAX_CHARS, snippet.text());
    assertEquals(List.of("بالأسد"), snippet.marked());
    int start = snippet.start() + snippet.marks().get(0).start();
    assertEquals(text.indexOf("بالأسد"), start);
    assertEquals(snippet.text(), text.substring(snippet.start(),
        snippet.start() + snippet.text().length()));
  }

  @Test
  void aWordMatchedByTwoQueryWordsIsMarkedOnce() throws IOException {
    put(article("a1", "التقى الوفد بالأسد"));
    Snippet snippet = index.search(SearchQuery.of("الاسد بالأسد \"الوفد بالأسد\""))
        .hits().get(0).text().get(0);
    assertEquals(List.of("الوفد بالأسد"), snippet.marked());
  }

  @Test
  void aMatchFarIntoALongArticleIsStillMarked() throws IOException {
    String text = "كلام عام بلا ذكر\n".repeat(2_000) + "ثم التقى الوفد بالأسد";
    put(article("a1", text));
    Snippet snippet = index.search(SearchQuery.of("الاسد")).hits().get(0).text().get(0);
    assertEquals(List.of("بالأسد"), snippet.marked());
    assertEquals(text.indexOf("بالأسد"), snippet.start() + snippet.marks().get(0).start());
  }

  @Test
  void aHitOnTheTitleAloneShowsTheOpeningOfTheText() throws IOException {
    put(new SearchEntry(Kind.EVENT, "e1", "a1", "لقاء الأسد", "جرى اللقاء أمس.", null, null));
    SearchHit hit = index.search(SearchQuery.of("الاسد")).hits().get(0);
    assertEquals(List.of("الأسد"), hit.title().marked());
    assertEquals("جرى اللقاء أمس.", hit.text().get(0).text());
    assertEquals(List.of(), hit.text().get(0).marks());
  }

  @Test
  void aHitOnTheTextAloneShowsTheWholeTitleUnmarked() throws IOException {
    put(new SearchEntry(Kind.ARTICLE, "a1", "a1", "لقاء في دمشق", "التقى الوفد بالأسد", null,
        null));
    SearchHit hit = index.search(SearchQuery.of("الاسد")).hits().get(0);
    assertEquals(new Snippet("لقاء في دمشق", 0, List.of()), hit.title());
  }

  @Test
  void oddQueriesNeverThrow() throws IOException {
    put(article("a1", "الأسد في دمشق"));
    for (String odd : List.of("\"(", "*", "\"", ")(", "AND OR NOT", "+-:~^", "   ", "",
        "\"الأسد", "الأسد\"", "\uD83D", "ـــ", "?*", "a:b", "[1 TO 5]", "\\")) {
      SearchResults results = index.search(SearchQuery.of(odd));
      assertTrue(results.total() <= 1, odd);
    }
    assertEquals(List.of("a1"), ids("\"الأسد"));
    assertEquals(List.of("a1"), ids("(الأسد)"));
    assertEquals(List.of(), ids("*"));
  }

  @Test
  void aVeryLongQueryIsReadUpToItsFirstWords() throws IOException {
    put(article("a1", "الأسد في دمشق"));
    assertEquals(List.of("a1"), ids("الأسد ".repeat(1_000)));
    assertEquals(List.of("a1"), ids("\"" + "الأسد ".repeat(1_000) + "\""), "a cut phrase");
    StringBuilder noise = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      noise.append((char) ('\u0600' + (i * 7919) % 256)).append(i % 13 == 0 ? "\" (" : "");
    }
    index.search(SearchQuery.of(noise.toString()));
    index.search(SearchQuery.of("أ,".repeat(2_500)));
  }

  @Test
  void badParametersAreIllegalArguments() throws IOException {
    SearchQuery query = SearchQuery.of("الأسد");
    assertThrows(IllegalArgumentException.class, () -> query.page(-1, 10));
    assertThrows(IllegalArgumentException.class, () -> query.page(0, 0));
    assertThrows(IllegalArgumentException.class, () -> query.page(0, 101));
    assertThrows(IllegalArgumentException.class, () -> query.page(10_001, 10));
    assertThrows(IllegalArgumentException.class, () -> SearchQuery.of(null));
    assertThrows(IllegalArgumentException.class, () -> query.withKinds(null));
    java.util.Set<Kind> withNull = new java.util.HashSet<>();
    withNull.add(null);
    assertThrows(IllegalArgumentException.class, () -> query.withKinds(withNull));
    assertThrows(IllegalArgumentException.class,
        () -> query.withDays(LocalDate.of(2015, 2, 1), LocalDate.of(2015, 1, 1)));
    assertThrows(IllegalArgumentException.class, () -> index.search(null));
    assertThrows(IllegalArgumentException.class, () -> index.put(null));
    assertThrows(IllegalArgumentException.class, () -> index.delete(" "));
    assertThrows(IllegalArgumentException.class, () -> article(" ", "x"));
    assertThrows(IllegalArgumentException.class,
        () -> new SearchEntry(null, "a1", null, null, null, null, null));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> query.page(0, 500));
    assertTrue(e.getMessage().contains("500"), e.getMessage());
  }

  @Test
  void puttingAnIdAgainReplacesTheEntry() throws IOException {
    put(article("a1", "الأسد في دمشق"));
    put(article("a1", "بوتين في موسكو"));
    assertEquals(1, index.size());
    assertEquals(List.of(), ids("الاسد"));
    assertEquals(List.of("a1"), ids("بوتين"));
    assertEquals("بوتين في موسكو", index.get("a1").text());
  }

  @Test
  void deletedEntriesAreGone() throws IOException {
    put(article("a1", "الأسد"), new SearchEntry(Kind.STATEMENT, "a1-q1", "a1", "", "الأسد",
        null, null), article("a2", "الأسد"));
    index.delete("a2");
    index.commit();
    assertEquals(List.of("a1", "a1-q1"), sorted(ids("الأسد")));
    index.deleteArticle("a1");
    index.commit();
    assertEquals(List.of(), ids("الأسد"));
    assertNull(index.get("a1"));
  }

  @Test
  void changesAreSeenAfterCommitAndKeptAcrossOpens() throws IOException {
    index.put(article("a1", "الأسد"));
    assertEquals(List.of(), ids("الأسد"), "not committed yet");
    index.commit();
    index.put(article("a2", "الأسد"));
    index.close();
    index = SearchIndex.open(dir.resolve("index"));
    assertEquals(List.of("a1"), ids("الأسد"), "committed kept, uncommitted dropped");
    assertTrue(!index.wasReset());
  }

  @Test
  void anIndexOfAnotherAnalysisVersionIsEmptiedOnOpen() throws IOException {
    put(article("a1", "الأسد"));
    index.close();
    try (FSDirectory directory = FSDirectory.open(dir.resolve("index"));
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      writer.setLiveCommitData(Map.of("isnad.search.analysis", "0").entrySet());
      writer.commit();
    }
    index = SearchIndex.open(dir.resolve("index"));
    assertTrue(index.wasReset());
    assertEquals(0, index.size());
    index.close();
    index = SearchIndex.open(dir.resolve("index"));
    assertTrue(!index.wasReset(), "the emptied index carries the current version");
  }

  @Test
  void aCheckpointIsCommittedWithTheChangesAndReadBackOnOpen() throws IOException {
    assertEquals("", index.checkpoint());
    index.put(article("a1", "الأسد"));
    index.commit("batch-1");
    index.put(article("a2", "الأسد"));
    index.commit();
    assertEquals("batch-1", index.checkpoint(), "a plain commit keeps the checkpoint");
    index.put(article("a3", "الأسد"));
    index.close();
    index = SearchIndex.open(dir.resolve("index"));
    assertEquals("batch-1", index.checkpoint());
    assertEquals(List.of("a1", "a2"), sorted(ids("الأسد")));
    index.commit("batch-2");
    index.close();
    index = SearchIndex.open(dir.resolve("index"));
    assertEquals("batch-2", index.checkpoint());
    assertThrows(IllegalArgumentException.class, () -> index.commit(null));
  }

  @Test
  void aSecondOpenOfTheSameDirectoryFails() {
    assertThrows(LockObtainFailedException.class, () -> SearchIndex.open(dir.resolve("index")));
    assertThrows(IllegalArgumentException.class, () -> SearchIndex.open(null));
  }

  @Test
  void filtersLimitKindOutletAndDays() throws IOException {
    put(new SearchEntry(Kind.ARTICLE, "a1", "a1", "", "الأسد", "sana", LocalDate.of(2015, 1, 5)),
        new SearchEntry(Kind.STATEMENT, "a1-q1", "a1", "", "الأسد", "sana",
            LocalDate.of(2015, 1, 5)),
        new SearchEntry(Kind.EVENT, "e1", "a2", "", "الأسد", null, LocalDate.of(2015, 3, 1)),
        new SearchEntry(Kind.ARTICLE, "a2", "a2", "", "الأسد", "bbc", null));
    SearchQuery query = SearchQuery.of("الأسد");
    assertEquals(List.of("a1", "a2"), sorted(ids(index.search(
        query.withKinds(Set.of(Kind.ARTICLE))))));
    assertEquals(List.of("a1-q1", "e1"), sorted(ids(index.search(
        query.withKinds(Set.of(Kind.STATEMENT, Kind.EVENT))))));
    assertEquals(List.of("a2"), ids(index.search(query.withOutlet("bbc"))));
    assertEquals(List.of("a1", "a1-q1"), sorted(ids(index.search(
        query.withDays(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 1, 31))))));
    assertEquals(List.of("e1"), ids(index.search(query.withDays(LocalDate.of(2015, 2, 1), null))));
    SearchHit hit = index.search(query.withOutlet("sana").withKinds(Set.of(Kind.ARTICLE)))
        .hits().get(0);
    assertEquals(new SearchHit(Kind.ARTICLE, "a1", "a1", "sana", LocalDate.of(2015, 1, 5),
        hit.score(), hit.title(), hit.text()), hit);
  }

  private static List<String> sorted(List<String> ids) {
    return ids.stream().sorted().toList();
  }
}
