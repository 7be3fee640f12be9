package org.isnad.timeline;

import java.util.LinkedHashMap;
import java.util.Map;
import org.isnad.text.RuleFile;

/**
 * The Arabic name of each event type, as event summaries begin with it: the lines
 * {@code TYPE<TAB>label} of {@code event-types.txt}, in the file's order (lines starting with
 * {@code @} say other things and are left out). One source for the summaries and for the web app,
 * so a type is never named two ways. Immutable; thread safe.
 */
public final class EventTypeLabels {
  private static final Map<String, String> LABELS = read();

  private EventTypeLabels() {
  }

  /** Every event type the engine names, with its Arabic label, in the file's order. */
  public static Map<String, String> arabic() {
    return LABELS;
  }

  private static Map<String, String> read() {
    Map<String, String> labels = new LinkedHashMap<>();
    for (String line : RuleFile.read(EventTypeLabels.class, "event-types.txt")) {
      String[] f = line.split("\t");
      if (f.length >= 2 && !f[0].strip().startsWith("@")) {
        labels.put(f[0].strip(), f[1].strip());
      }
    }
    return java.util.Collections.unmodifiableMap(labels);
  }
}
