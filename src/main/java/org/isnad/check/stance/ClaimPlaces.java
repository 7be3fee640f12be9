package org.isnad.check.stance;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.annotate.entity.EntityAnnotator;
import org.isnad.annotate.ner.PerceptronTagger;
import org.isnad.model.Article;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;

/**
 * The places a claim names, as comparison keys: the places the engine's entity annotator (loaded
 * on first use) finds in it; when it finds none, the countries the claim names by name or
 * adjective ({@link CountryKeys}: «وزارة الداخلية السعودية»). Not both: in «استقبل … الرئيس
 * الفرنسي … في الرياض» the country says who the guest is, the city where it happened.
 */
final class ClaimPlaces {
  static final EntityAnnotator ANNOTATOR = new EntityAnnotator(PerceptronTagger.bundled());

  private ClaimPlaces() {}

  /** The place keys of {@code claim}, whose terms are {@code read}. */
  static Set<String> of(String claim, StanceWords.Terms read) {
    Set<String> places = new HashSet<>();
    for (EntityMention m : ANNOTATOR.annotate(article(claim))) {
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

  /** The claim as a bare article (no page, no metadata): offsets are the claim's. */
  static Article article(String claim) {
    return new Article("claim", "claim", null, claim, null, null, null, null, List.of(), "ar",
        null, null, List.of());
  }
}
