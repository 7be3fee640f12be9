package org.isnad.check.stance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;

/**
 * A claim as the stance classifier reads it: its content terms' keys (function words dropped,
 * each key once), which of them are numbers, whether the claim is itself negated or a denial.
 */
final class ClaimView {
  /** The claim as given. */
  final String text;
  final List<String> keys;
  final Set<String> numbers;
  final boolean negated;
  /**
   * The keys of the places the claim names: the engine's entity annotator's places; when it
   * finds none, the countries the claim names by name or adjective ({@link CountryKeys}: «وزارة
   * الداخلية السعودية»). Not both: in «استقبل … الرئيس الفرنسي … في الرياض» the country says who
   * the guest is, the city where it happened.
   */
  final Set<String> places;

  private ClaimView(String text, List<String> keys, Set<String> numbers, boolean negated,
      Set<String> places) {
    this.text = text;
    this.keys = keys;
    this.numbers = numbers;
    this.negated = negated;
    this.places = places;
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
    return new ClaimView(claim, List.copyOf(keys), Set.copyOf(numbers), negated,
        places(claim, read));
  }

  /** The keys of the claim's terms inside a place the entity annotator finds, else its countries. */
  private static Set<String> places(String claim, StanceWords.Terms read) {
    Set<String> places = new HashSet<>();
    for (EntityMention m : ClaimPlaces.ANNOTATOR.annotate(ClaimPlaces.article(claim))) {
      if (m.type() != EntityType.PLACE) {
        continue;
      }
      int from = claim.offsetByCodePoints(0, m.start());
      int to = claim.offsetByCodePoints(0, m.end());
      for (int k = 0; k < read.starts().length; k++) {
        if (read.starts()[k] >= from && read.starts()[k] < to) {
          places.add(StanceWords.STANDARD.key(read.terms()[k]));
        }
      }
    }
    if (places.isEmpty()) {
      Set<String> keys = new HashSet<>();
      for (String term : read.terms()) {
        keys.add(StanceWords.STANDARD.key(term));
      }
      places.addAll(CountryKeys.STANDARD.in(keys));
    }
    return Set.copyOf(places);
  }
}
