package org.isnad.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.isnad.model.Document;
import org.isnad.model.Problem;
import org.isnad.model.ProblemCode;
import org.isnad.model.Stage;

/**
 * Holds the documents of the web-archive record being read and the warnings the WARC reader
 * gives while it reads past that record (jwarc reports a record's invalid trailer only when it
 * moves to the next one), and gives each document on with those warnings as one
 * {@code warc-warning} problem ("invalid record trailer ×2"). Warnings met while no document is
 * held (a skipped image record) are dropped with that record. Not thread safe: one per file.
 */
final class RecordWarnings {
  /** Distinct warning texts kept per record; a hostile archive could repeat thousands. */
  static final int MAX_DISTINCT = 10;
  private final Consumer<Document> sink;
  private final List<Document> held = new ArrayList<>();
  private final Map<String, Integer> warnings = new LinkedHashMap<>();

  RecordWarnings(Consumer<Document> sink) {
    this.sink = sink;
  }

  void hold(Document document) {
    held.add(document);
  }

  void warn(String message) {
    if (warnings.containsKey(message) || warnings.size() < MAX_DISTINCT) {
      warnings.merge(message, 1, Integer::sum);
    }
  }

  /** Gives every held document on, with the warnings gathered since it was read. */
  void release() {
    for (Document document : held) {
      sink.accept(warnings.isEmpty() ? document : warned(document));
    }
    held.clear();
    warnings.clear();
  }

  private Document warned(Document d) {
    List<String> parts = new ArrayList<>();
    warnings.forEach((message, count) -> parts.add(count == 1 ? message : message + " ×" + count));
    List<Problem> problems = new ArrayList<>(d.problems());
    problems.add(Problem.warning(Stage.INGEST, ProblemCode.WARC_WARNING,
        "the web archive reader warned about this record: " + String.join("; ", parts)));
    return new Document(d.id(), d.source(), d.sha256(), d.format(), d.charset(), d.content(),
        d.hints(), d.duplicateOf(), problems);
  }
}
