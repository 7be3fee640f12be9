package org.isnad.check.stance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A claim as the stance classifier reads it: its content terms' keys (function words dropped,
 * each key once), which of them are numbers, whether the claim is itself negated or a denial.
 */
final class ClaimView {
  final List<String> keys;
  final Set<String> numbers;
  final boolean negated;

  private ClaimView(List<String> keys, Set<String> numbers, boolean negated) {
    this.keys = keys;
    this.numbers = numbers;
    this.negated = negated;
  }

  static ClaimView of(String claim) {
    StanceWords words = StanceWords.STANDARD;
    String[] terms = StanceWords.terms(claim).terms();
    Set<String> seen = new HashSet<>();
    List<String> keys = new ArrayList<>();
    Set<String> numbers = new HashSet<>();
    boolean negated = !words.denial.find(terms).isEmpty();
    for (String term : terms) {
      negated |= words.negation.contains(term);
      if (words.stop.contains(term)) {
        continue;
      }
      String key = words.key(term);
      if (seen.add(key)) {
        keys.add(key);
      }
      if (StanceWords.isNumber(term)) {
        numbers.add(key);
      }
    }
    return new ClaimView(List.copyOf(keys), Set.copyOf(numbers), negated);
  }
}
