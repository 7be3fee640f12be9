package org.isnad.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.isnad.model.Analysis;
import org.isnad.model.Event;
import org.isnad.model.Report;

/**
 * One row per event report (RFC 4180, UTF-8): the event, its status and sources, then the
 * report's article, date, independent source, chain and sentence.
 *
 * <p>Safe to open in a spreadsheet whatever the text holds ({@link CsvCell}): no cell is read as
 * a formula, no cell exceeds Excel's 32,767 characters, no invalid character is written. The
 * {@code conflicts} column is a short summary ({@link ConflictCell}), not the full detail, since
 * it repeats on every row of its event; the analysis JSON has the articles of each value.
 * Stateless.
 */
public final class CsvExport {
  private static final List<String> HEADER = List.of("event", "type", "summary", "modality",
      "status", "event_when", "reports", "independent", "conflicts", "article", "report_when",
      "source", "chain", "start", "end", "sentence");

  /** Writes {@code analysis}'s event reports; does not close {@code out}. */
  public void write(Analysis analysis, Writer out) throws IOException {
    row(out, HEADER);
    for (Event e : analysis.timeline().events()) {
      String conflicts = ConflictCell.of(e.conflicts());
      for (Report r : e.reports()) {
        row(out, List.of(e.id(), e.type(), e.summary(), e.modality().name().toLowerCase(java.util.Locale.ROOT),
            e.status().label(), e.when() == null ? "" : e.when(),
            String.valueOf(e.reports().size()), String.valueOf(e.independent()), conflicts,
            r.articleId(), r.when() == null ? "" : r.when(), r.source(),
            String.join(" ← ", r.chain()), String.valueOf(r.start()), String.valueOf(r.end()),
            r.sentence()));
      }
    }
  }

  private static void row(Writer out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(CsvCell.of(cells.get(i)));
    }
    out.write("\r\n");
  }
}
