package org.isnad.eval.audit;

import java.util.List;
import java.util.Objects;

/**
 * What {@code isnad audit} finds in one analysis. Counts are whole numbers; shares are computed
 * by the accessors without {@code get} below, so the record holds no rounding.
 *
 * @param articles articles in the analysis
 * @param stories stories
 * @param largestStory the story with the most articles, or {@code null} when there is none
 * @param biggestEvent the event with the most reports, or {@code null} when there is none
 * @param events events
 * @param multiSource events whose independent count is 2 or more
 * @param sourceExcesses events whose independent count exceeds their distinct publishers
 * @param corroborated events with status {@code corroborated}
 * @param datedAsserted asserted events with a date (value, earliest or latest)
 * @param corroboratedDatedAsserted of those, the corroborated ones
 * @param dates published dates checked against URL days, all bases together
 * @param datesByBasis the same per basis: metadata, content, corpus (then any other basis seen)
 * @param undated articles whose published basis is {@code none}
 * @param undatedWithUrlDay of those, the ones whose URL states a day
 * @param dateContradictions every article whose published date contradicts its URL day
 * @param eventsWithConflicts events with at least one conflict
 * @param reports event reports
 * @param reportsFromPublisher reports whose source is their own article's publisher
 */
public record AuditResult(int articles, int stories, Story largestStory, BigEvent biggestEvent,
    int events, int multiSource, List<SourceExcess> sourceExcesses, int corroborated,
    int datedAsserted, int corroboratedDatedAsserted, DateCheck dates, List<DateCheck> datesByBasis,
    int undated, int undatedWithUrlDay, List<DateContradiction> dateContradictions,
    int eventsWithConflicts, int reports, int reportsFromPublisher) {
  public AuditResult {
    sourceExcesses = List.copyOf(sourceExcesses);
    Objects.requireNonNull(dates, "dates");
    datesByBasis = List.copyOf(datesByBasis);
    dateContradictions = List.copyOf(dateContradictions);
  }

  /** The largest story's share of all articles, 0 without stories. */
  public double largestStoryShare() {
    return largestStory == null ? 0 : ratio(largestStory.articles(), articles);
  }

  /** Whether the largest story holds at most {@link Audit#MAX_STORY_SHARE} of the articles. */
  public boolean storyOk() {
    return largestStoryShare() <= Audit.MAX_STORY_SHARE;
  }

  /** Whether no event counts more independent sources than it has publishers. */
  public boolean sourcesOk() {
    return sourceExcesses.isEmpty();
  }

  /** The same result with at most {@code n} examples in each list of failures. */
  public AuditResult withExamples(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("examples must be 0 or more: " + n);
    }
    return new AuditResult(articles, stories, largestStory, biggestEvent, events, multiSource,
        sourceExcesses.subList(0, Math.min(n, sourceExcesses.size())), corroborated,
        datedAsserted, corroboratedDatedAsserted, dates, datesByBasis, undated, undatedWithUrlDay,
        dateContradictions.subList(0, Math.min(n, dateContradictions.size())),
        eventsWithConflicts, reports, reportsFromPublisher);
  }

  static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  /** A story: id, title, article count, and its first article ids. */
  public record Story(String id, String title, int articles, List<String> firstArticles) {
    public Story {
      firstArticles = List.copyOf(firstArticles);
    }
  }

  /** An event with its report count and the distinct articles those reports come from. */
  public record BigEvent(String id, String summary, int reports, int articles) {}

  /** An event claiming more independent sources than it has distinct publishers. */
  public record SourceExcess(String id, String summary, int independent, List<String> outlets) {
    public SourceExcess {
      outlets = List.copyOf(outlets);
    }
  }

  /**
   * Published dates checked against URL days for one basis ({@code all} for every basis).
   *
   * @param basis the published basis, or {@code all}
   * @param checkable articles with a URL day and a published value, earliest or latest
   * @param contradicting of those, the ones whose date excludes the URL day
   */
  public record DateCheck(String basis, int checkable, int contradicting) {
    /** Contradicting share of the checkable, 0 when nothing is checkable. */
    public double rate() {
      return ratio(contradicting, checkable);
    }

    /** Whether at most {@link Audit#MAX_DATE_CONTRADICTIONS} of the checkable contradict. */
    public boolean ok() {
      return rate() <= Audit.MAX_DATE_CONTRADICTIONS;
    }
  }

  /** An article whose published date contradicts the day its URL states. */
  public record DateContradiction(String article, String url, String urlDay, String value,
      String earliest, String latest, String basis, String evidence) {}
}
