package org.isnad.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * The run's copies (copy → original) from the executors' copy verdicts, as the engine's
 * near-duplicate finder joins them: the groups are the connected components of the pairs found
 * to be copies, and each group's original is its first article in the run's order (publication
 * date key, then id); every other member is its copy. Only the pairs found to be copies and their
 * articles' date keys reach the driver: O(copies), never the run's articles.
 */
final class CopyGroups {
  private CopyGroups() {}

  /**
   * Copy → original for the run whose article id → date key ({@code dateKeys}, on the
   * executors) and candidate verdicts ({@code verdicts}) are given.
   */
  static Map<String, String> of(List<CopyChecks.Verdict> verdicts,
      JavaPairRDD<String, String> dateKeys, JavaSparkContext spark) {
    List<CopyChecks.Verdict> copies = verdicts.stream().filter(CopyChecks.Verdict::copies)
        .toList();
    if (copies.isEmpty()) {
      return Map.of();
    }
    Set<String> members = new HashSet<>();
    copies.forEach(v -> {
      members.add(v.first());
      members.add(v.second());
    });
    Broadcast<Set<String>> wanted = spark.broadcast(members);
    Map<String, String> keys = new HashMap<>(dateKeys.filter(t -> wanted.value().contains(t._1()))
        .collectAsMap());
    wanted.destroy();
    return grouped(copies, keys);
  }

  /** The groups of {@code copies} (pairs found to be copies), each member → its original. */
  static Map<String, String> grouped(List<CopyChecks.Verdict> copies,
      Map<String, String> dateKeys) {
    Comparator<String> runOrder = Comparator.comparing((String id) -> dateKeys.get(id))
        .thenComparing(id -> id);
    Map<String, String> parent = new HashMap<>();
    for (CopyChecks.Verdict v : copies) {
      union(parent, v.first(), v.second(), runOrder);
    }
    Map<String, String> out = new TreeMap<>();
    for (String id : new ArrayList<>(parent.keySet())) {
      String root = find(parent, id);
      if (!root.equals(id)) {
        out.put(id, root);
      }
    }
    return out;
  }

  private static String find(Map<String, String> parent, String id) {
    String at = id;
    while (!parent.getOrDefault(at, at).equals(at)) {
      at = parent.get(at);
    }
    return at;
  }

  /** Joins two groups; a group's root is always its first member in the run's order. */
  private static void union(Map<String, String> parent, String a, String b,
      Comparator<String> runOrder) {
    parent.putIfAbsent(a, a);
    parent.putIfAbsent(b, b);
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      boolean aFirst = runOrder.compare(ra, rb) < 0;
      parent.put(aFirst ? rb : ra, aFirst ? ra : rb);
    }
  }
}
