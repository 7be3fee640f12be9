package org.isnad.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;

/**
 * Property: what a search returns (ids, scores, snippets, totals, every page) does not depend on
 * the order entries were put in nor on where the commits fell. Entries are drawn from a few words
 * so that many tie; fixed seed, bounded tries.
 */
class SearchOrderPropertiesTest {
  private static final List<String> WORDS = List.of("الأسد", "بالأسد", "أسد", "دمشق", "لبوتين",
      "بوتين", "الحكومة", "حكومتهم", "قال", "في");
  private static final List<String> QUERIES = List.of("الاسد", "بوتين", "حكومة", "قال",
      "\"قال الأسد\"", "دمشق الاسد");

  @Property(tries = 12, seed = "20261207", shrinking = ShrinkingMode.OFF)
  void hitsDoNotDependOnInsertionOrder(@ForAll long seed, @ForAll @IntRange(min = 5, max = 40)
      int count) throws IOException {
    Random random = new Random(seed);
    List<SearchEntry> entries = entries(count, random);
    List<SearchEntry> shuffled = new ArrayList<>(entries);
    Collections.shuffle(shuffled, random);
    assertEquals(results(entries, -1), results(shuffled, 1 + random.nextInt(count)));
  }

  private static List<SearchEntry> entries(int count, Random random) {
    List<SearchEntry> entries = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = random.nextInt(4); w >= 0; w--) {
        text.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
      }
      SearchEntry.Kind kind = SearchEntry.Kind.values()[random.nextInt(3)];
      entries.add(new SearchEntry(kind, "e" + i, "a" + i % 7, "", text.toString().strip(),
          null, null));
    }
    return entries;
  }

  /** Every page of size 3 of every query, after putting {@code entries}, committing every n. */
  private static List<SearchResults> results(List<SearchEntry> entries, int commitEvery)
      throws IOException {
    Path dir = Files.createTempDirectory("isnad-search");
    try (SearchIndex index = SearchIndex.open(dir)) {
      for (int i = 0; i < entries.size(); i++) {
        index.put(entries.get(i));
        if (commitEvery > 0 && i % commitEvery == 0) {
          index.commit();
        }
      }
      index.commit();
      List<SearchResults> all = new ArrayList<>();
      for (String query : QUERIES) {
        for (int offset = 0; offset < entries.size(); offset += 3) {
          all.add(index.search(SearchQuery.of(query).page(offset, 3)));
        }
      }
      return all;
    } finally {
      delete(dir);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
