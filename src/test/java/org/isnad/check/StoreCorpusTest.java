package org.isnad.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.isnad.Checking;
import org.isnad.Isnad;
import org.isnad.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A claim checked against a store: candidates from its search index, copies and origins read
 * back from it, as against the same articles analysed in memory.
 */
class StoreCorpusTest {
  @Test
  void aStoreGivesTheSameEvidenceAsTheAnalysis(@TempDir Path dir) {
    Isnad.with(1, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
        .add(dir, List.of(ClaimCheckerTest.COPIES), ProgressListener.NONE);
    ClaimRequest request = new ClaimRequest("s", ClaimCheckerTest.CLAIM, List.of());
    StanceJudge judge = FakeJudge.of("الأسد", "بيسكوف");
    ClaimCheck inMemory = Checking.over(ClaimCheckerTest.copies(), judge, 50).check(request);
    try (StoreCorpus store = Checking.store(dir)) {
      List<String> ids = store.candidates(ClaimWords.of(ClaimCheckerTest.CLAIM), Set.of(), 50);
      assertEquals(3, ids.size(), ids.toString());
      assertEquals(2, store.candidates(ClaimWords.of(ClaimCheckerTest.CLAIM), Set.of(), 2)
          .size());
      ClaimCheck stored = new ClaimChecker(judge, store, 50).check(request);
      assertEquals(inMemory.summary().supporting(), stored.summary().supporting());
      assertEquals(inMemory.summary().denying(), stored.summary().denying());
      assertEquals(inMemory.summary().spread(), stored.summary().spread());
      assertEquals(1, new ClaimChecker(judge, store, 50).check(new ClaimRequest("u",
          ClaimCheckerTest.CLAIM, List.of("https://b.example/news/2"))).candidates());
    }
  }

  @Test
  void givenUrlsAreTheCandidatesWhateverWordsTheyShareAndAnUnknownOneIsNamed(@TempDir Path dir) {
    Isnad.with(1, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
        .add(dir, List.of(ClaimCheckerTest.COPIES), ProgressListener.NONE);
    String unrelated = "ضرب زلزال قوي شمال اليابان";
    StanceJudge judge = FakeJudge.of("الأسد", null);
    try (StoreCorpus store = Checking.store(dir)) {
      assertEquals(List.of(), store.candidates(ClaimWords.of(unrelated), Set.of(), 50));
      ClaimCheck c = new ClaimChecker(judge, store, 50).check(new ClaimRequest("u", unrelated,
          List.of("https://c.example/news/3", "https://nowhere.example/x")));
      assertEquals(1, c.candidates());
      assertEquals("https://c.example/news/3", c.articles().get(0).url());
      assertEquals(List.of("no article of the corpus is at https://nowhere.example/x"),
          c.problems());
    }
  }

  @Test
  void aFolderWithoutAStoreIsTheCallersMistake(@TempDir Path dir) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Checking.store(dir));
    assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
  }
}
