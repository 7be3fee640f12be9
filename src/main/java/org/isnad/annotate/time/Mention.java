package org.isnad.annotate.time;

import java.util.Map;

/**
 * A pattern match before resolution: its kind, its span in the normalised text (UTF-16, the
 * clitic excluded) and the named groups that matched.
 */
record Mention(Kind kind, int start, int end, Map<String, String> groups) {
  Mention {
    groups = Map.copyOf(groups);
  }

  String group(String name) {
    return groups.get(name);
  }

  boolean has(String name) {
    return groups.containsKey(name);
  }

  int length() {
    return end - start;
  }

  boolean overlaps(Mention other) {
    return start < other.end && other.start < end;
  }

  /** Marks a day mention as carrying the clock time or part of day of {@code clock}. */
  Mention withClock(Mention clock) {
    java.util.Map<String, String> merged = new java.util.HashMap<>(groups);
    merged.put("clocked", "yes");
    return new Mention(kind, start, end, merged);
  }

  /** This mention stretched to the end of {@code next}, keeping both sets of groups. */
  Mention joinedWith(Mention next, Kind joinedKind) {
    java.util.Map<String, String> merged = new java.util.HashMap<>(next.groups);
    merged.putAll(groups);
    return new Mention(joinedKind, start, next.end, merged);
  }
}
