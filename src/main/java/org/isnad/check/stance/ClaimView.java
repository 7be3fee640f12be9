package org.isnad.check.stance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A claim as the stance classifier reads it: its content terms' keys (function words dropped,
 * each key once), which of them are numbers, whether the claim is itself negated or a denial,
 * and (on demand) the places it names. Thread safe.
 */
final class ClaimView {
  /** The claim as given. */
  final String text;
  final List<String> keys;
  final Set<String> numbers;
  final boolean negated;
  private final StanceWords.Terms terms;
  /** {@link #places()}, read on first use (only an agreement needs it). */
  private volatile Set<String> places;

  private ClaimView(String text, StanceWords.Terms terms, List<String> keys,
      Set<String> numbers, boolean negated) {
    this.text = text;
    this.terms = terms;
    this.keys = keys;
    this.numbers = numbers;
    this.negated = negated;
  }

  /**
   * The keys of the places the claim names ({@link ClaimPlaces#of}), read the first time they
   * are asked for: the features never need them, only the judge's check of an agreement.
   */
  Set<String> places() {
    Set<String> read = places;
    if (read == null) {
      read = ClaimPlaces.of(text, terms);
      places = read;
    }
    return read;
  }

  static ClaimView of(String claim) {
    StanceWords words = StanceWords.STANDARD;
    StanceWords.Terms read = StanceWords.terms(claim);
    String[] terms = read.terms();
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
    return new ClaimView(claim, read, List.copyOf(keys), Set.copyOf(numbers), negated);
  }
}
