package org.isnad.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.model.EventMention;
import org.isnad.text.ArabicNormalizer;

/**
 * The independent source of each report of one event. A sentence that names its channel
 * ("حسب ما نشرت واس", "لوكالة فرانس برس") counts for that channel. Otherwise a report counts for
 * its article's origin: articles whose reports of the event repeat each other's wording (a
 * sentence of {@value #MIN_WORDS} words or more, {@value #MIN_OVERLAP} of the words shared) are
 * one wire story, and a wire story's origin is the first channel any of its sentences names,
 * else the publisher of its earliest article. A copy's article counts as its original.
 */
final class EventSources {
  static final int MIN_WORDS = 8;
  static final double MIN_OVERLAP = 0.6;
  private final SourceResolver resolver;
  private final Map<String, Integer> rank;

  /** @param rank article id → position in (publication date, id) order */
  EventSources(SourceResolver resolver, Map<String, Integer> rank) {
    this.resolver = resolver;
    this.rank = rank;
  }

  /** The source of each mention of {@code cluster}, in cluster order. */
  List<String> sources(List<EventMention> cluster) {
    Map<String, String> parent = new HashMap<>();
    cluster.forEach(m -> parent.put(article(m), article(m)));
    linkSharedWording(cluster, parent);
    Map<String, String> origin = origins(cluster, parent);
    List<String> out = new ArrayList<>();
    for (EventMention m : cluster) {
      String relay = resolver.relay(m);
      out.add(relay != null ? relay : origin.get(find(parent, article(m))));
    }
    return out;
  }

  /** The article a report counts for: the original when its article is a copy. */
  private String article(EventMention m) {
    String original = resolver.originalOf(m.articleId());
    return original != null ? original : m.articleId();
  }

  private void linkSharedWording(List<EventMention> cluster, Map<String, String> parent) {
    List<EventMention> long_ = new ArrayList<>();
    List<Set<String>> words = new ArrayList<>();
    for (EventMention m : cluster) {
      Set<String> w = words(m.sentence());
      if (w.size() >= MIN_WORDS) {
        long_.add(m);
        words.add(w);
      }
    }
    for (int i = 0; i < long_.size(); i++) {
      for (int j = i + 1; j < long_.size(); j++) {
        String a = article(long_.get(i));
        String b = article(long_.get(j));
        if (!find(parent, a).equals(find(parent, b)) && overlap(words.get(i), words.get(j))) {
          parent.put(find(parent, a), find(parent, b));
        }
      }
    }
  }

  /** Each wire story's origin: the first channel named in it, else its earliest publisher. */
  private Map<String, String> origins(List<EventMention> cluster, Map<String, String> parent) {
    List<EventMention> ordered = new ArrayList<>(cluster);
    ordered.sort(Comparator.comparingInt((EventMention m) -> rank.getOrDefault(article(m),
        Integer.MAX_VALUE)).thenComparing(EventMention::articleId)
        .thenComparingInt(EventMention::start));
    Map<String, String> relayed = new HashMap<>();
    Map<String, String> earliest = new HashMap<>();
    for (EventMention m : ordered) {
      String root = find(parent, article(m));
      String relay = resolver.relay(m);
      if (relay != null) {
        relayed.putIfAbsent(root, relay);
      }
      earliest.putIfAbsent(root, resolver.base(m.articleId()));
    }
    Map<String, String> origin = new HashMap<>(earliest);
    origin.putAll(relayed);
    return origin;
  }

  private static boolean overlap(Set<String> a, Set<String> b) {
    int shared = 0;
    for (String w : a) {
      shared += b.contains(w) ? 1 : 0;
    }
    return shared >= MIN_OVERLAP * Math.min(a.size(), b.size());
  }

  static Set<String> words(String sentence) {
    Set<String> words = new HashSet<>();
    for (String w : ArabicNormalizer.standard().normalizeToString(sentence).split("[^\\p{L}]+")) {
      if (w.length() > 2) {
        words.add(w);
      }
    }
    return words;
  }

  private static String find(Map<String, String> parent, String x) {
    String p = parent.get(x);
    while (!p.equals(x)) {
      x = p;
      p = parent.get(x);
    }
    return p;
  }
}
