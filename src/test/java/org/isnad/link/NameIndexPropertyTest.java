package org.isnad.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.isnad.model.EntityType;

/**
 * The index finds, by hashes of forms, every cluster whose first word shares a form with the
 * name's (the word or the word without one letter), of the same type and word count, in the
 * order the clusters were indexed, each once.
 */
class NameIndexPropertyTest {
  @Property(tries = 2000, seed = "20261207")
  void everyClusterSharingAFormIsFound(@ForAll("words") List<String> indexed,
      @ForAll("words") List<String> asked) {
    NameIndex<Integer> index = new NameIndex<>();
    for (int i = 0; i < indexed.size(); i++) {
      index.add(i % 3, EntityType.PERSON, new NameKey(List.of(indexed.get(i), "x")));
      index.add(i % 3, EntityType.PLACE, new NameKey(List.of(indexed.get(i))));
    }
    for (String word : asked) {
      List<Integer> found = index.sameOrVariant(EntityType.PERSON, new NameKey(List.of(word,
          "y")));
      // clusters 0, 1, 2 were indexed in that order
      assertEquals(found.stream().distinct().sorted().toList(), found, "in order, once");
      for (int i = 0; i < indexed.size(); i++) {
        Set<String> shared = new HashSet<>(NameIndex.forms(indexed.get(i)));
        shared.retainAll(NameIndex.forms(word));
        if (!shared.isEmpty()) {
          assertTrue(found.contains(i % 3), word + " finds " + indexed.get(i));
        }
      }
      assertTrue(index.sameOrVariant(EntityType.PERSON, new NameKey(List.of(word))).isEmpty(),
          "another word count finds nothing");
    }
  }

  @Provide
  Arbitrary<List<String>> words() {
    return Arbitraries.strings().withChars("\u0627\u0644\u0628\u0633\u062f\u0645")
        .ofMinLength(1).ofMaxLength(7).list().ofMinSize(1).ofMaxSize(8);
  }
}
