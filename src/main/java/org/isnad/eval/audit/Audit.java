package org.isnad.eval.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.isnad.Datasets;
import org.isnad.eval.audit.AnalysisFacts.ArticleFacts;
import org.isnad.eval.audit.AnalysisFacts.EventFacts;
import org.isnad.eval.audit.AnalysisFacts.ReportFacts;
import org.isnad.eval.audit.AnalysisFacts.StoryFacts;
import org.isnad.eval.audit.AuditResult.BigEvent;
import org.isnad.eval.audit.AuditResult.DateCheck;
import org.isnad.eval.audit.AuditResult.DateContradiction;
import org.isnad.eval.audit.AuditResult.SourceExcess;
import org.isnad.eval.audit.AuditResult.Story;

/**
 * Warning signs in an analysis JSON that need no gold:
 * <ul>
 *   <li>the largest story's share of all articles (target at most {@value #MAX_STORY_SHARE}):
 *       a story that swallows the corpus means the grouping chains unrelated articles;</li>
 *   <li>the event with the most reports, and the distinct articles they come from;</li>
 *   <li>events whose independent count ({@code sources.independent}) exceeds their distinct
 *       publishers (target none): an article's publisher is its {@code outlet}, else its URL's
 *       site ({@link Datasets#urlOutlet}), else the article id;</li>
 *   <li>the share of events called corroborated, among all events and among asserted events
 *       with a date (an event without {@code modality} counts as asserted);</li>
 *   <li>published dates against the day the URL states ({@link Datasets#urlDay}): a date contradicts
 *       when the URL day lies more than {@value #DAY_SLACK} day outside the days it allows (see
 *       {@link DayRange}; target at most {@value #MAX_DATE_CONTRADICTIONS} of the checkable),
 *       overall and per basis; articles without a date, and how many of them have a URL day;</li>
 *   <li>events with conflicts, and reports whose {@code source} is their own article's
 *       publisher ({@code outlet}, URL site, or {@code "article <id>"}).</li>
 * </ul>
 * Thread safe.
 */
public final class Audit {
  /** Largest story's share of all articles at which the audit still passes. */
  public static final double MAX_STORY_SHARE = 0.10;
  /** Share of checkable published dates that may contradict the URL day. */
  public static final double MAX_DATE_CONTRADICTIONS = 0.01;
  /** Days a URL day may lie outside a published date without contradicting it. */
  public static final int DAY_SLACK = 1;
  private static final List<String> BASES = List.of("metadata", "content", "corpus");
  private static final int STORY_SAMPLE = 5;

  private Audit() {}

  /** Audits the analysis JSON in {@code file}; see {@link #read(InputStream)}. */
  public static AuditResult read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Audits an analysis JSON. Throws {@link IllegalArgumentException} when it is JSON but lacks
   * the {@code articles}, {@code events} or {@code stories} arrays, and an {@link IOException}
   * (a {@link com.fasterxml.jackson.core.JsonProcessingException} for bad JSON) otherwise.
   */
  public static AuditResult read(InputStream in) throws IOException {
    return of(AnalysisFacts.read(in));
  }

  static AuditResult of(AnalysisFacts facts) {
    Map<String, ArticleFacts> byId = new HashMap<>();
    facts.articles().forEach(a -> byId.putIfAbsent(a.id(), a));
    List<EventFacts> events = facts.events();
    List<SourceExcess> excesses = events.stream()
        .map(e -> excess(e, byId)).flatMap(Optional::stream).toList();
    List<EventFacts> datedAsserted = events.stream().filter(e -> e.asserted() && e.dated()).toList();
    DateAudit dates = DateAudit.of(facts.articles());
    int reports = events.stream().mapToInt(e -> e.reports().size()).sum();
    int fromPublisher = (int) events.stream().flatMap(e -> e.reports().stream())
        .filter(r -> fromPublisher(r, byId.get(r.article()))).count();
    return new AuditResult(facts.articles().size(), facts.stories().size(),
        largestStory(facts.stories()), biggestEvent(events), events.size(),
        (int) events.stream().filter(e -> e.independent() >= 2).count(), excesses,
        corroborated(events), datedAsserted.size(), corroborated(datedAsserted), dates.all(),
        dates.byBasis(), dates.undated(), dates.undatedWithUrlDay(), dates.contradictions(),
        (int) events.stream().filter(EventFacts::conflicts).count(), reports, fromPublisher);
  }

  /** An article's publisher: its outlet, else its URL's site, else its id. */
  static String publisher(String articleId, ArticleFacts article) {
    if (article == null) {
      return articleId;
    }
    if (article.outlet() != null) {
      return article.outlet();
    }
    return Datasets.urlOutlet(article.url()).orElse(article.id());
  }

  private static Story largestStory(List<StoryFacts> stories) {
    StoryFacts largest = null;
    for (StoryFacts s : stories) {
      if (largest == null || s.articles().size() > largest.articles().size()) {
        largest = s;
      }
    }
    return largest == null ? null : new Story(largest.id(), largest.title(),
        largest.articles().size(), largest.articles().subList(0, Math.min(STORY_SAMPLE,
            largest.articles().size())));
  }

  private static BigEvent biggestEvent(List<EventFacts> events) {
    EventFacts biggest = null;
    for (EventFacts e : events) {
      if (biggest == null || e.reports().size() > biggest.reports().size()) {
        biggest = e;
      }
    }
    if (biggest == null) {
      return null;
    }
    long articles = biggest.reports().stream().map(ReportFacts::article).distinct().count();
    return new BigEvent(biggest.id(), biggest.summary(), biggest.reports().size(), (int) articles);
  }

  private static Optional<SourceExcess> excess(EventFacts e, Map<String, ArticleFacts> byId) {
    Set<String> outlets = new LinkedHashSet<>();
    e.reports().forEach(r -> outlets.add(publisher(r.article(), byId.get(r.article()))));
    return e.independent() > outlets.size()
        ? Optional.of(new SourceExcess(e.id(), e.summary(), e.independent(), List.copyOf(outlets)))
        : Optional.empty();
  }

  private static int corroborated(List<EventFacts> events) {
    return (int) events.stream().filter(e -> "corroborated".equals(e.status())).count();
  }

  private static boolean fromPublisher(ReportFacts r, ArticleFacts article) {
    if (r.source() == null) {
      return false;
    }
    return r.source().equals("article " + r.article())
        || r.source().equals(publisher(r.article(), article))
        || article != null && r.source().equals(article.outlet());
  }

  /** Published dates against URL days, counted per basis in one pass over the articles. */
  private record DateAudit(DateCheck all, List<DateCheck> byBasis, int undated,
      int undatedWithUrlDay, List<DateContradiction> contradictions) {
    static DateAudit of(List<ArticleFacts> articles) {
      Map<String, int[]> counts = new LinkedHashMap<>();
      BASES.forEach(b -> counts.put(b, new int[2]));
      int[] all = new int[2];
      int undated = 0;
      int undatedWithUrlDay = 0;
      List<DateContradiction> contradictions = new ArrayList<>();
      for (ArticleFacts a : articles) {
        Optional<LocalDate> urlDay = Datasets.urlDay(a.url());
        if ("none".equals(a.basis())) {
          undated++;
          undatedWithUrlDay += urlDay.isPresent() ? 1 : 0;
        }
        Optional<DayRange> range = DayRange.of(a.value(), a.earliest(), a.latest());
        if (urlDay.isEmpty() || range.isEmpty()) {
          continue;
        }
        boolean contradicts = range.get().excludes(urlDay.get(), DAY_SLACK);
        for (int[] c : List.of(all, counts.computeIfAbsent(a.basis(), b -> new int[2]))) {
          c[0]++;
          c[1] += contradicts ? 1 : 0;
        }
        if (contradicts) {
          contradictions.add(new DateContradiction(a.id(), a.url(), urlDay.get().toString(),
              a.value(), a.earliest(), a.latest(), a.basis(), a.evidence()));
        }
      }
      List<DateCheck> byBasis = counts.entrySet().stream()
          .map(e -> new DateCheck(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
      return new DateAudit(new DateCheck("all", all[0], all[1]), byBasis, undated,
          undatedWithUrlDay, contradictions);
    }
  }
}
