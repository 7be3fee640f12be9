package org.isnad.export;

import java.util.ArrayList;
import java.util.List;
import org.isnad.model.Conflict;

/**
 * An event's conflicts in one short CSV cell, the same on each of the event's rows: per field, the
 * first {@value #VALUES_SHOWN} competing values with how many articles give each, then how many
 * more values there are ({@code date: 2017-08-20 ×5 | 2017-08-21 ×2; dead: 10 ×3 | 12 ×1 | +2
 * more}). Article lists are left to the analysis JSON: repeated on every row they made a 60 MB
 * corpus's CSV 3 GB. The cell never exceeds {@value #MAX_CHARS} characters. Stateless.
 */
final class ConflictCell {
  static final int VALUES_SHOWN = 3;
  static final int MAX_CHARS = 1_000;
  private static final int MAX_VALUE_CHARS = 60;

  private ConflictCell() {}

  static String of(List<Conflict> conflicts) {
    List<String> fields = new ArrayList<>();
    for (Conflict c : conflicts) {
      List<String> values = new ArrayList<>();
      for (Conflict.Value v : c.values().subList(0, Math.min(VALUES_SHOWN, c.values().size()))) {
        values.add(CsvCell.capped(v.value(), MAX_VALUE_CHARS) + " ×" + v.articles().size());
      }
      int more = c.values().size() - values.size();
      if (more > 0) {
        values.add("+" + more + " more");
      }
      fields.add(CsvCell.capped(c.field().label(), MAX_VALUE_CHARS) + ": " + String.join(" | ", values));
    }
    return CsvCell.capped(String.join("; ", fields), MAX_CHARS);
  }
}
