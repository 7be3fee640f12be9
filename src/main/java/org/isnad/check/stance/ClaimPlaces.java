package org.isnad.check.stance;

import java.util.List;
import org.isnad.annotate.entity.EntityAnnotator;
import org.isnad.annotate.ner.PerceptronTagger;
import org.isnad.model.Article;

/**
 * The engine's entity annotator, loaded on first use, that finds the places a claim names; and
 * the claim as an article it reads.
 */
final class ClaimPlaces {
  static final EntityAnnotator ANNOTATOR = new EntityAnnotator(PerceptronTagger.bundled());

  private ClaimPlaces() {}

  /** The claim as a bare article (no page, no metadata): offsets are the claim's. */
  static Article article(String claim) {
    return new Article("claim", "claim", null, claim, null, null, null, null, List.of(), "ar",
        null, null, List.of());
  }
}
