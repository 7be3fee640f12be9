package org.isnad.timeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.isnad.model.ArgumentRole;
import org.isnad.model.EventMention;
import org.isnad.model.WhenBasis;

/**
 * Reports merged so far into one event (an article's chain, or an event across articles): their
 * names by role, days, rare clause words and articles, and why they were joined. Mutable; used by
 * one thread while {@link EventMerger} runs.
 */
final class ReportCluster {
  final List<EventMention> mentions = new ArrayList<>();
  final List<String> basis = new ArrayList<>();
  final Set<String> args = new LinkedHashSet<>();
  final Set<String> places = new HashSet<>();
  final Set<String> agents = new LinkedHashSet<>();
  final Set<String> patients = new LinkedHashSet<>();
  final Set<String> words = new TreeSet<>();
  final Set<String> days = new TreeSet<>();
  final Set<String> articles = new LinkedHashSet<>();
  boolean otherTime;
  /**
   * Whether a report's only time was refused as not the event's (basis {@code untied}): such a
   * chain is continued by no later report of its article, since the refused time was the only
   * thing that set it apart (two far agreements of August and December 1971).
   */
  boolean untied;
  /** The stories of the articles whose first report of this kind is in the cluster. */
  final Set<Integer> leadStories = new TreeSet<>();

  void add(EventMention m) {
    mentions.add(m);
    args.addAll(m.actors());
    args.addAll(m.places());
    places.addAll(m.places());
    agents.addAll(m.withRole(ArgumentRole.AGENT));
    patients.addAll(m.withRole(ArgumentRole.PATIENT));
    if (m.when() != null) {
      days.add(m.when());
    }
    otherTime |= elsewhere(m);
    untied |= m.whenBasis() == WhenBasis.UNTIED;
    articles.add(m.articleId());
  }

  void addAll(ReportCluster other) {
    other.mentions.forEach(this::add);
    basis.addAll(other.basis);
    words.addAll(other.words);
    leadStories.addAll(other.leadStories);
  }

  boolean dated() {
    return !days.isEmpty();
  }

  /** The article of its first report. */
  String firstArticle() {
    return mentions.get(0).articleId();
  }

  /**
   * A report set at another time than the article's news: a past reference ("قبل سنوات"), a
   * year, an event named as told elsewhere ("محاكمة المتهمين في تفجير"), or one whose only time
   * is tied to something else or far in the past ("مواليد 1986").
   */
  static boolean elsewhere(EventMention m) {
    return m.whenBasis() == WhenBasis.OTHER_TIME || m.whenBasis() == WhenBasis.REFERENCE
        || m.whenBasis() == WhenBasis.UNTIED
        || (m.when() != null && m.when().length() == 4);
  }

  /** Whether both name someone and nobody is named by both. */
  static boolean disjoint(java.util.Collection<String> a, java.util.Collection<String> b) {
    return !a.isEmpty() && !b.isEmpty() && a.stream().noneMatch(b::contains);
  }
}
