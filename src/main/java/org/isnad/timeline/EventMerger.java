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
 * only inside a block (same story, type and modality), in two steps.
 *
 * <p><b>In an article</b>, a report continues the article's latest chain of its block unless
 * the dates are incompatible or both name places and none is shared: "the attack" three
 * sentences on is the attack of the lead.
 *
 * <p><b>Across articles</b>, a chain joins a cluster (looked up through an index of names and
 * days, so the work stays near linear) when
 * <ul>
 *   <li>the dates are compatible (equal, one a prefix of the other, or missing) and they share
 *       two persons, organisations or places, or one when both give a day or month, or one
 *       place when no other cluster of the block shares any name (a story's protagonist alone
 *       ties nothing: "طلب الأسد" is many requests);</li>
 *   <li>the chain names nobody and nowhere, its dates are compatible and the block holds only
 *       that one cluster, or the chain gives a day and the cluster is the only one of that day
 *       whose places do not contradict it: nothing else it could be; or</li>
 *   <li>their days differ by at most {@value #MAX_DAYS} days, the chain's article is not yet in
 *       the cluster, and they share two names: the same event told with another date, which the
 *       conflict finder then shows.</li>
 * </ul>
 * A copy's chain joins the event its original's report of the same sentence is in.
 * Deterministic for a given input order.
 */
final class EventMerger {
  static final int MAX_DAYS = 7;

  /** Reports merged so far: their names and days. */
  private static final class Cluster {
    final List<EventMention> mentions = new ArrayList<>();
    final Set<String> args = new HashSet<>();
    final Set<String> places = new HashSet<>();
    final Set<String> days = new HashSet<>();
    final Set<String> articles = new HashSet<>();

    void add(EventMention m) {
      mentions.add(m);
      args.addAll(arguments(m));
      places.addAll(m.places());
      if (m.when() != null) {
        days.add(m.when());
      }
      articles.add(m.articleId());
    }

    void addAll(Cluster other) {
      other.mentions.forEach(this::add);
    }

    boolean precise() {
      return days.stream().anyMatch(EventMerger::precise);
    }
  }

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
      new Block().merge(chains(block), copies).forEach(c -> clusters.add(c.mentions));
    }
    return clusters;
  }

  /** Step one: each article's reports of one block, cut where dates or places disagree. */
  private static List<Cluster> chains(List<EventMention> block) {
    List<Cluster> chains = new ArrayList<>();
    Map<String, Cluster> latest = new HashMap<>();
    for (EventMention m : block) {
      Cluster chain = latest.get(m.articleId());
      if (chain == null || !continues(chain, m)) {
        chain = new Cluster();
        chains.add(chain);
        latest.put(m.articleId(), chain);
      }
      chain.add(m);
    }
    return chains;
  }

  private static boolean continues(Cluster chain, EventMention m) {
    if (m.when() != null && !compatible(chain.days, Set.of(m.when()))) {
      return false;
    }
    return m.places().isEmpty() || chain.places.isEmpty() || m.places().stream()
        .anyMatch(chain.places::contains);
  }

  /** Step two, for one block: chains joined across articles. */
  private static final class Block {
    final List<Cluster> clusters = new ArrayList<>();
    final Map<String, Integer> bySentence = new HashMap<>();
    final Map<String, List<Integer>> byArgument = new HashMap<>();
    final Map<String, List<Integer>> byDay = new HashMap<>();

    List<Cluster> merge(List<Cluster> chains, Map<String, String> copies) {
      for (Cluster chain : chains) {
        Integer target = copyTarget(chain, copies);
        if (target == null) {
          target = choose(chain);
        }
        if (target == null) {
          target = clusters.size();
          clusters.add(new Cluster());
        }
        clusters.get(target).addAll(chain);
        index(chain, target);
      }
      return clusters;
    }

    private Integer copyTarget(Cluster chain, Map<String, String> copies) {
      for (EventMention m : chain.mentions) {
        String original = copies.get(m.articleId());
        Integer target = original == null ? null : bySentence.get(original + "|" + m.sentence());
        if (target != null) {
          return target;
        }
      }
      return null;
    }

    private Integer choose(Cluster chain) {
      List<Integer> sharing = candidates(chain);
      for (int c : sharing) {
        if (joins(chain, clusters.get(c), sharing.size() == 1)) {
          return c;
        }
      }
      if (chain.args.isEmpty() && clusters.size() == 1
          && compatible(chain.days, clusters.get(0).days)) {
        return 0;
      }
      return chain.precise() ? onlyOneThatDay(chain) : null;
    }

    /** The one cluster of the chain's day whose places do not contradict it, if only one. */
    private Integer onlyOneThatDay(Cluster chain) {
      Set<Integer> fitting = new HashSet<>();
      for (String day : chain.days) {
        for (int c : byDay.getOrDefault(day, List.of())) {
          Cluster other = clusters.get(c);
          boolean placesAgree = chain.places.isEmpty() || other.places.isEmpty()
              || chain.places.stream().anyMatch(other.places::contains);
          if (placesAgree && compatible(chain.days, other.days)) {
            fitting.add(c);
          }
        }
      }
      return fitting.size() == 1 ? fitting.iterator().next() : null;
    }

    private List<Integer> candidates(Cluster chain) {
      Set<Integer> seen = new HashSet<>();
      List<Integer> out = new ArrayList<>();
      for (String arg : chain.args) {
        for (int c : byArgument.getOrDefault(arg, List.of())) {
          if (seen.add(c)) {
            out.add(c);
          }
        }
      }
      if (chain.args.isEmpty()) {
        for (String day : chain.days) {
          for (int c : byDay.getOrDefault(day, List.of())) {
            if (seen.add(c) && clusters.get(c).args.isEmpty()) {
              out.add(c);
            }
          }
        }
      }
      out.sort(Integer::compare);
      return out;
    }

    private void index(Cluster chain, int target) {
      for (EventMention m : chain.mentions) {
        bySentence.putIfAbsent(m.articleId() + "|" + m.sentence(), target);
      }
      for (String arg : chain.args) {
        List<Integer> list = byArgument.computeIfAbsent(arg, k -> new ArrayList<>());
        if (!list.contains(target)) {
          list.add(target);
        }
      }
      for (String day : chain.days) {
        List<Integer> list = byDay.computeIfAbsent(day, k -> new ArrayList<>());
        if (!list.contains(target)) {
          list.add(target);
        }
      }
    }
  }

  private static boolean joins(Cluster chain, Cluster cluster, boolean onlyCandidate) {
    int shared = 0;
    for (String a : chain.args) {
      shared += cluster.args.contains(a) ? 1 : 0;
    }
    boolean bothEmpty = chain.args.isEmpty() && cluster.args.isEmpty();
    if (compatible(chain.days, cluster.days)) {
      boolean dated = chain.precise() && cluster.precise();
      boolean placeOnlyHere = onlyCandidate
          && chain.places.stream().anyMatch(cluster.places::contains);
      return shared >= 2 || (shared >= 1 && (dated || placeOnlyHere)) || (bothEmpty && dated);
    }
    boolean newArticle = chain.articles.stream().noneMatch(cluster.articles::contains);
    return newArticle && close(chain.days, cluster.days) && shared >= 2;
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

  private static boolean compatible(Set<String> a, Set<String> b) {
    for (String x : a) {
      for (String y : b) {
        if (!compatible(x, y)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean close(Set<String> a, Set<String> b) {
    for (String x : a) {
      for (String y : b) {
        LocalDate dx = StoryGrouper.day(x);
        LocalDate dy = StoryGrouper.day(y);
        boolean near = dx == null || dy == null ? compatible(x, y)
            : Math.abs(dx.toEpochDay() - dy.toEpochDay()) <= MAX_DAYS;
        if (!near) {
          return false;
        }
      }
    }
    return true;
  }
}
