package org.isnad.check.stance;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.annotate.ner.PerceptronTagger;
import org.isnad.text.RuleFile;

/**
 * The comparison keys of country names: the name tagger's one-word country names and
 * {@code country-names.txt}, each with its adjectives' keys (التونسية، الفرنسي، السورية), so a
 * key of this set in a claim or a sentence names a country either way. Exact keys only: one letter
 * apart would take «بفيروس» for Peru. Immutable.
 */
final class CountryKeys {
  static final CountryKeys STANDARD = new CountryKeys();
  private final Set<String> keys;

  private CountryKeys() {
    List<String> adjectives = RuleFile.read(CountryKeys.class, "country-adjectives.txt");
    String dropped = adjectives.get(0);
    List<String> endings = adjectives.subList(1, adjectives.size());
    Set<String> out = new HashSet<>();
    for (String name : RuleFile.read(PerceptronTagger.class, "countries.txt")) {
      add(out, name, dropped, endings);
    }
    for (String name : RuleFile.read(CountryKeys.class, "country-names.txt")) {
      add(out, name, dropped, endings);
    }
    keys = Set.copyOf(out);
  }

  /**
   * Adds the keys of a one-word name and of its adjectives: a final letter of {@code dropped}
   * taken off, each of {@code endings} added.
   */
  private static void add(Set<String> out, String name, String dropped, List<String> endings) {
    if (StanceWords.terms(name).terms().length != 1) {
      return;
    }
    String last = name.substring(name.length() - 1);
    String stem = dropped.contains(last) ? name.substring(0, name.length() - 1) : name;
    out.add(key(name));
    for (String ending : endings) {
      out.add(key(stem + ending));
    }
  }

  private static String key(String word) {
    return StanceWords.STANDARD.key(StanceWords.terms(word).terms()[0]);
  }

  /** The keys of {@code candidates} that name a country or its adjective. */
  Set<String> in(Set<String> candidates) {
    Set<String> out = new HashSet<>(candidates);
    out.retainAll(keys);
    return out;
  }
}
