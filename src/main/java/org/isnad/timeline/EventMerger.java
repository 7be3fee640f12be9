package org.isnad.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.model.EventMention;

/**
 * Event coreference: reports of the same real event become one cluster. Reports are compared
 * only inside a block (same story, type and modality), and inside a block only with clusters
 * that share a person, organisation or place with them (an index), so the work stays near
 * linear. A report joins a cluster when
 * <ul>
 *   <li>both give a month or day, the dates are compatible (equal, or one a prefix of the other)
 *       and they share an actor or a place, or neither names any;</li>
 *   <li>the dates are compatible but one is missing or only a year, and they share at least
 *       two actors or places; or</li>
 *   <li>their days differ by at most {@value #MAX_DAYS} days, the report comes from an article
 *       not yet in the cluster, and they share at least two actors or places: the same event,
 *       told with another date, which the conflict finder then shows.</li>
 * </ul>
 * Two dates given by one article are two events. A copy's report joins the event its original's
 * report of the same sentence is in. Deterministic for a given input order.
 */
final class EventMerger {
  static final int MAX_DAYS = 7;

  /** The clusters, each a list of mentions in input order. */
  List<List<EventMention>> merge(List<EventMention> mentions, Map<String, Integer> storyOf,
      Map<String, String> copies) {
    Map<String, List<EventMention>> blocks = new LinkedHashMap<>();
    for (EventMention m : mentions) {
      String key = storyOf.getOrDefault(m.articleId(), -1) + "|" + m.type() + "|" + m.modality();
      blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
    }
    List<List<EventMention>> clusters = new ArrayList<>();
    for (List<EventMention> block : blocks.values()) {
      clusters.addAll(mergeBlock(block, copies));
    }
    return clusters;
  }

  private List<List<EventMention>> mergeBlock(List<EventMention> block,
      Map<String, String> copies) {
    List<List<EventMention>> clusters = new ArrayList<>();
    Map<String, Integer> bySentence = new HashMap<>();
    Map<String, List<Integer>> byArgument = new HashMap<>();
    Map<String, List<Integer>> byDay = new HashMap<>();
    for (EventMention m : block) {
      String original = copies.get(m.articleId());
      Integer target = original == null ? null : bySentence.get(original + "|" + m.sentence());
      for (int c : target != null ? List.<Integer>of() : candidates(m, byArgument, byDay)) {
        if (joins(m, clusters.get(c))) {
          target = c;
          break;
        }
      }
      if (target == null) {
        target = clusters.size();
        clusters.add(new ArrayList<>());
      }
      clusters.get(target).add(m);
      bySentence.putIfAbsent(m.articleId() + "|" + m.sentence(), target);
      for (String arg : arguments(m)) {
        List<Integer> list = byArgument.computeIfAbsent(arg, k -> new ArrayList<>());
        if (!list.contains(target)) {
          list.add(target);
        }
      }
      if (m.when() != null) {
        byDay.computeIfAbsent(m.when(), k -> new ArrayList<>()).add(target);
      }
    }
    return clusters;
  }

  private static List<Integer> candidates(EventMention m, Map<String, List<Integer>> byArgument,
      Map<String, List<Integer>> byDay) {
    Set<Integer> seen = new HashSet<>();
    List<Integer> out = new ArrayList<>();
    for (String arg : arguments(m)) {
      for (int c : byArgument.getOrDefault(arg, List.of())) {
        if (seen.add(c)) {
          out.add(c);
        }
      }
    }
    if (arguments(m).isEmpty() && m.when() != null) {
      for (int c : byDay.getOrDefault(m.when(), List.of())) {
        if (seen.add(c)) {
          out.add(c);
        }
      }
    }
    out.sort(Integer::compare);
    return out;
  }

  private static boolean joins(EventMention m, List<EventMention> cluster) {
    int shared = 0;
    boolean compatible = true;
    boolean differentArticle = true;
    boolean close = true;
    Set<String> args = new HashSet<>(arguments(m));
    Set<String> clusterArgs = new HashSet<>();
    for (EventMention other : cluster) {
      clusterArgs.addAll(arguments(other));
      compatible &= compatible(m.when(), other.when());
      close &= close(m.when(), other.when());
      differentArticle &= !other.articleId().equals(m.articleId());
    }
    for (String a : args) {
      shared += clusterArgs.contains(a) ? 1 : 0;
    }
    if (compatible && precise(m.when()) && cluster.stream().anyMatch(o -> precise(o.when()))) {
      return shared >= 1 || (args.isEmpty() && clusterArgs.isEmpty());
    }
    if (compatible) {
      return shared >= 2;
    }
    return differentArticle && close && shared >= 2;
  }

  /** A date to the month or day: a year alone says too little to tie two reports. */
  private static boolean precise(String when) {
    return when != null && when.length() >= 7;
  }

  static List<String> arguments(EventMention m) {
    List<String> all = new ArrayList<>(m.actors());
    all.addAll(m.places());
    return all;
  }

  static boolean compatible(String a, String b) {
    return a == null || b == null || a.startsWith(b) || b.startsWith(a);
  }

  private static boolean close(String a, String b) {
    LocalDate da = StoryGrouper.day(a);
    LocalDate db = StoryGrouper.day(b);
    if (da == null || db == null) {
      return compatible(a, b);
    }
    return Math.abs(da.toEpochDay() - db.toEpochDay()) <= MAX_DAYS;
  }
}
