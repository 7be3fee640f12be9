package org.isnad.annotate.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.Modality;
import org.isnad.text.RuleFile;

/**
 * The event trigger words and modality markers of {@code event-triggers.txt} and
 * {@code event-modality.txt}. Immutable and thread safe.
 */
final class EventLexicon {
  /** A modality phrase: its words, normalised. */
  record Marker(Modality modality, List<String> words) {}

  private final Map<String, String> exact = new HashMap<>();
  private final List<String[]> prefixes = new ArrayList<>();
  private final List<Marker> markers = new ArrayList<>();

  private EventLexicon() {}

  static EventLexicon bundled() {
    EventLexicon lexicon = new EventLexicon();
    for (String line : RuleFile.read(EventLexicon.class, "event-triggers.txt")) {
      String[] f = fields(line, "event-triggers.txt");
      if (f[1].endsWith("*")) {
        lexicon.prefixes.add(new String[] {f[1].substring(0, f[1].length() - 1), f[0]});
      } else {
        lexicon.exact.put(f[1], f[0]);
      }
    }
    for (String line : RuleFile.read(EventLexicon.class, "event-modality.txt")) {
      String[] f = fields(line, "event-modality.txt");
      lexicon.markers.add(new Marker(Modality.valueOf(f[0]), List.of(f[1].split(" "))));
    }
    lexicon.prefixes.sort((a, b) -> b[0].length() - a[0].length());
    return lexicon;
  }

  private static String[] fields(String line, String file) {
    String[] f = line.split("\t");
    if (f.length != 2 || f[1].isBlank()) {
      throw new IllegalStateException(file + ": expected TYPE<TAB>form, got: " + line);
    }
    return new String[] {f[0].strip(), f[1].strip()};
  }

  /** The event type {@code form} triggers, or {@code null}. */
  String type(String form) {
    String type = exact.get(form);
    if (type != null) {
      return type;
    }
    for (String[] prefix : prefixes) {
      if (form.startsWith(prefix[0])) {
        return prefix[1];
      }
    }
    return null;
  }

  List<Marker> markers() {
    return markers;
  }
}
