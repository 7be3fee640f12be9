package org.isnad.check;

import java.util.List;
import java.util.Map;

/**
 * What the candidate articles say of a claim, side by side: never a verdict.
 *
 * @param supporting the independent origins of the articles that agree, each counted once
 * @param denying the independent origins of the articles that disagree
 * @param discussing the independent origins of the articles that discuss it without a side
 * @param earliest the first report published, or {@code null} when no relevant article has a
 *     known publication day
 * @param undated the relevant articles whose publication date is unknown, by id (never placed
 *     on a guessed date)
 * @param spread who relayed whom: copies and credited agencies, by date then article
 * @param conflicts details the relevant articles give differently
 * @param basis what each count and list counts, in a sentence each
 */
public record EvidenceSummary(List<OriginGroup> supporting, List<OriginGroup> denying,
    List<OriginGroup> discussing, EarliestReport earliest, List<String> undated,
    List<Relay> spread, List<DetailConflict> conflicts, Map<String, String> basis) {
  public EvidenceSummary {
    supporting = List.copyOf(supporting);
    denying = List.copyOf(denying);
    discussing = List.copyOf(discussing);
    undated = List.copyOf(undated);
    spread = List.copyOf(spread);
    conflicts = List.copyOf(conflicts);
    basis = new java.util.TreeMap<>(basis);
  }

  /** No evidence (a claim that could not be read). */
  static EvidenceSummary none() {
    return new EvidenceSummary(List.of(), List.of(), List.of(), null, List.of(), List.of(),
        List.of(), Map.of());
  }
}
