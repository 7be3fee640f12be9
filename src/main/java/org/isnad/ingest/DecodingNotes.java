package org.isnad.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.Problem;
import org.isnad.model.ProblemCode;
import org.isnad.model.Stage;

/**
 * Collects what the decoder decided and why, as warnings: one {@link Problem} per code, in the
 * order the codes first came up, listing at most {@link #MAX_DETAILS} decisions (a hostile page
 * may have thousands of stretches) and how many more there were.
 *
 * <p>Not thread safe; one per document.
 */
final class DecodingNotes {
  /** Decisions spelled out per code; the rest are counted. */
  static final int MAX_DETAILS = 5;

  private final Map<ProblemCode, List<String>> details = new LinkedHashMap<>();
  private final Map<ProblemCode, Integer> counts = new LinkedHashMap<>();

  void add(ProblemCode code, String detail) {
    int count = counts.merge(code, 1, Integer::sum);
    if (count <= MAX_DETAILS) {
      details.computeIfAbsent(code, c -> new ArrayList<>()).add(detail);
    }
  }

  List<Problem> problems() {
    List<Problem> problems = new ArrayList<>();
    details.forEach((code, list) -> {
      int more = counts.get(code) - list.size();
      String message = String.join("; ", list) + (more > 0 ? "; and " + more + " more" : "");
      problems.add(Problem.warning(Stage.INGEST, code, message));
    });
    return problems;
  }
}
