package org.isnad.spark;

import java.io.Serializable;
import java.util.List;

/**
 * One document extracted and annotated on an executor (the article pass, no linking): the
 * {@link org.isnad.model.AnnotatedDocument} as JSON ({@link ModelCodec}) and, per article in
 * order, the band hashes of its text's near-duplicate signature (read where the text is, so the
 * driver never shingles a text again), and the template lines its extraction refused (what a
 * store keeps to know which documents a later template change touches).
 */
record Annotated(byte[] json, List<long[]> bands, List<String> refused)
    implements Serializable {
  Annotated {
    bands = List.copyOf(bands);
    refused = List.copyOf(refused);
  }
}
