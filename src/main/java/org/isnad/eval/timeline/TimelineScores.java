package org.isnad.eval.timeline;

import java.util.List;

/**
 * What {@code isnad eval timeline} prints.
 *
 * @param goldReports gold reports
 * @param systemMentions isnad's event mentions in the content of the gold articles
 * @param reports typed reports (type and sentence)
 * @param triggers trigger words (overlap, any type)
 * @param bcubed B-cubed coreference over the matched reports
 * @param pairwise pairwise coreference over the matched reports
 * @param goldEvents gold events
 * @param sourcesRight gold events whose isnad event counts as many independent sources
 * @param sourcesError mean absolute difference of the counts (events isnad found)
 * @param foundEvents gold events isnad has an event for
 * @param sourcesHigh of those, the ones isnad counts more independent sources for than the gold
 * @param datedEvents gold events with a day
 * @param datesRight of those, the ones isnad's event gives the same day
 * @param modalityRight matched reports with the gold modality
 * @param matched matched reports
 * @param stories pairwise story grouping of the articles
 * @param errors one line per miss, false alarm or wrong count or day
 */
public record TimelineScores(int goldReports, int systemMentions, Prf reports, Prf triggers,
    Prf bcubed, Prf pairwise, int goldEvents, int sourcesRight, double sourcesError,
    int foundEvents, int sourcesHigh, int datedEvents, int datesRight, int modalityRight, int matched, Prf stories,
    List<String> errors) {
  public TimelineScores {
    errors = List.copyOf(errors);
  }
}
