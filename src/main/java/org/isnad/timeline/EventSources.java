package org.isnad.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.model.EventMention;
import org.isnad.text.ArabicNormalizer;

/**
 * The independent sources of one event, counted conservatively: the count can never exceed the
 * distinct chain origins nor the distinct sites the reports were published on.
 *
 * <p>Each report has an <b>origin</b>: the channel its sentence names as the root of its chain
 * ("وفق ما أفادت وكالة رويترز", "بحسب تقرير شبكة إن بي سي نيوز": the innermost relay), else the
 * origin of its article's wire story: the first channel any of its articles names in a sentence
 * or in its lead ("كشف تقرير لوكالة رويترز"), else the publisher of its earliest article (source
 * line, outlet, or the site of its URL). A copy's article counts as its original.
 *
 * <p>Reports are then put in one <b>independent group</b> when they share an origin, were
 * published on the same site (a copy's site and its original's both count), or their articles
 * repeat each other's wording (a sentence of {@value #MIN_WORDS} words or more with
 * {@value #MIN_OVERLAP} of its words shared, or of {@value #MIN_SAME} words or more word for word:
 * a wire story rewritten or copied). The event's independent sources are these groups; each report counts for its
 * group, named by the first origin its earliest article gives. One outlet citing two agencies
 * is one independent line here: we would rather under-count than call an event corroborated on
 * one site's word.
 */
final class EventSources {
  static final int MIN_WORDS = 8;
  /** A sentence this short is one wire story with another only when its words are the same. */
  static final int MIN_SAME = 4;
  static final double MIN_OVERLAP = 0.6;
  /** Reports compared word by word per event, at most (the rest are grouped by origin only). */
  private static final int MAX_COMPARED = 300;
  private final SourceResolver resolver;
  private final Map<String, Integer> rank;
  private final TimelineRecall recall;

  /**
   * @param rank article id → position in (publication date, id) order
   * @param recall where sentences' words are recalled from
   */
  EventSources(SourceResolver resolver, Map<String, Integer> rank, TimelineRecall recall) {
    this.resolver = resolver;
    this.rank = rank;
    this.recall = java.util.Objects.requireNonNull(recall, "recall");
  }

  /** The independent group each report counts for, named by the group's first origin. */
  record Counted(List<String> groups) {
    int independent() {
      return new HashSet<>(groups).size();
    }
  }

  /** The group of each mention of {@code cluster}, in cluster order. */
  Counted sources(List<EventMention> cluster) {
    List<EventMention> ordered = new ArrayList<>(cluster);
    ordered.sort(Comparator.comparingInt((EventMention m) -> rank.getOrDefault(article(m),
        Integer.MAX_VALUE)).thenComparing(EventMention::articleId)
        .thenComparingInt(EventMention::start));
    // by identity: a report's record would hash its sentence and lists on every look-up
    Map<EventMention, String> relays = new IdentityHashMap<>();
    ordered.forEach(m -> relays.put(m, resolver.relay(m)));
    Map<String, String> wire = wireStories(ordered, relays);
    Map<EventMention, String> origin = new IdentityHashMap<>();
    Map<EventMention, String> key = new IdentityHashMap<>();
    Groups groups = new Groups();
    for (EventMention m : ordered) {
      String relay = relays.get(m);
      origin.put(m, relay != null ? relay : wire.get(article(m)));
      key.put(m, "origin:" + resolver.keyOf(origin.get(m)));
      groups.join(key.get(m), "site:" + resolver.keyOf(resolver.site(article(m))),
          "site:" + resolver.keyOf(resolver.site(m.articleId())));
    }
    Map<String, String> label = new HashMap<>();
    for (EventMention m : ordered) {
      label.putIfAbsent(groups.find(key.get(m)), origin.get(m));
    }
    List<String> counted = new ArrayList<>();
    for (EventMention m : cluster) {
      counted.add(label.get(groups.find(key.get(m))));
    }
    return new Counted(counted);
  }

  /** The article a report counts for: the original when its article is a copy. */
  private String article(EventMention m) {
    String original = resolver.originalOf(m.articleId());
    return original != null ? original : m.articleId();
  }

  /**
   * Each article's wire-story origin: articles whose reports share wording are one story, whose
   * origin is the first channel any of them names, else the publisher of its earliest article.
   */
  private Map<String, String> wireStories(List<EventMention> ordered,
      Map<EventMention, String> relays) {
    Groups stories = new Groups();
    ordered.forEach(m -> stories.join(article(m)));
    List<EventMention> long_ = new ArrayList<>();
    List<Set<String>> words = new ArrayList<>();
    // a sentence with several reports is cut once; none is cut once the list is full
    Map<String, Set<String>> cut = new HashMap<>();
    for (EventMention m : ordered) {
      if (long_.size() >= MAX_COMPARED) {
        break;
      }
      Set<String> w = cut.computeIfAbsent(m.sentence(),
          s -> recall.sentenceWords.get(s, k -> words(k, recall::word)));
      if (w.size() >= MIN_SAME) {
        long_.add(m);
        words.add(w);
      }
    }
    for (int i = 0; i < long_.size(); i++) {
      for (int j = i + 1; j < long_.size(); j++) {
        if (overlap(words.get(i), words.get(j))) {
          stories.join(article(long_.get(i)), article(long_.get(j)));
        }
      }
    }
    Map<String, String> relayed = new HashMap<>();
    Map<String, String> earliest = new HashMap<>();
    for (EventMention m : ordered) {
      String root = stories.find(article(m));
      String relay = relays.get(m);
      if (relay != null) {
        relayed.putIfAbsent(root, relay);
      }
      String channel = resolver.channel(article(m));
      if (channel != null) {
        relayed.putIfAbsent(root, channel);
      }
      earliest.putIfAbsent(root, resolver.base(m.articleId()));
    }
    Map<String, String> out = new HashMap<>();
    for (EventMention m : ordered) {
      String root = stories.find(article(m));
      out.put(article(m), relayed.getOrDefault(root, earliest.get(root)));
    }
    return out;
  }

  private static boolean overlap(Set<String> a, Set<String> b) {
    if (a.size() >= MIN_SAME && a.equals(b)) {
      return true;  // one short sentence copied word for word ("سيلتقي بوتين مع بلاتر")
    }
    if (a.size() < MIN_WORDS || b.size() < MIN_WORDS) {
      return false;
    }
    int shared = 0;
    for (String w : a) {
      shared += b.contains(w) ? 1 : 0;
    }
    return shared >= MIN_OVERLAP * Math.min(a.size(), b.size());
  }

  /** The words of a sentence compared for wording, unmodifiable. */
  static Set<String> words(String sentence) {
    return words(sentence, java.util.function.UnaryOperator.identity());
  }

  /** {@link #words(String)}, each word as {@code pool} gives it. */
  static Set<String> words(String sentence, java.util.function.UnaryOperator<String> pool) {
    Set<String> words = new HashSet<>();
    for (String w : LetterRuns.split(ArabicNormalizer.standard().normalizeToString(sentence))) {
      if (w.length() > 2) {
        words.add(pool.apply(w));
      }
    }
    return TimelineRecall.fixed(words);
  }

  /** Disjoint sets of string keys; the first key of a set stays its root. */
  private static final class Groups {
    private final Map<String, String> parent = new HashMap<>();

    /** Puts all {@code keys} in one set. */
    void join(String... keys) {
      for (String k : keys) {
        parent.putIfAbsent(k, k);
      }
      for (int i = 1; i < keys.length; i++) {
        String a = find(keys[0]);
        String b = find(keys[i]);
        if (!a.equals(b)) {
          parent.put(b, a);
        }
      }
    }

    String find(String x) {
      String p = parent.get(x);
      while (!p.equals(x)) {
        x = p;
        p = parent.get(x);
      }
      return p;
    }
  }
}
