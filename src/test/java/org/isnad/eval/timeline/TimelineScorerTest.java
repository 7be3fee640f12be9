package org.isnad.eval.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.isnad.model.Modality;
import org.junit.jupiter.api.Test;

/** The timeline scorer on a hand-made gold and run. */
class TimelineScorerTest {
  private static final TimelineGold.Article A = new TimelineGold.Article("a", "s1", "f", 0, "0",
      "outlet-a");
  private static final TimelineGold.Article B = new TimelineGold.Article("b", "s1", "f", 1, "0",
      "outlet-b");

  private static TimelineGold.Report gold(String event, String type, String article, int at) {
    return new TimelineGold.Report(event, type, article, at, at + 4, "word", Modality.ASSERTED,
        article.equals("a") ? "outlet-a" : "outlet-b");
  }

  private static SystemRun.Mention found(String article, int at, String type, String event) {
    return new SystemRun.Mention(article, at, at + 4, at - 2, at + 20, type, Modality.ASSERTED,
        event, "word", null);
  }

  private static final TimelineGold GOLD = new TimelineGold(List.of(A, B), List.of(
      new TimelineGold.Event("g1", "ATTACK", "2015-07-20"),
      new TimelineGold.Event("g2", "KILLED", null)), List.of(
      gold("g1", "ATTACK", "a", 10), gold("g1", "ATTACK", "a", 50), gold("g1", "ATTACK", "b", 10),
      gold("g2", "KILLED", "b", 50)));

  @Test
  void reportsNeedTheTypeAndTheSentence() {
    SystemRun run = new SystemRun(List.of(found("a", 10, "ATTACK", "e1"),
        found("a", 50, "KILLED", "e2"), found("b", 11, "ATTACK", "e1"),
        found("b", 50, "KILLED", "e2"), found("b", 90, "MEET", "e3")),
        Map.of("e1", new SystemRun.Event("e1", 2, "2015-07-20"),
            "e2", new SystemRun.Event("e2", 1, null), "e3", new SystemRun.Event("e3", 1, null)),
        Map.of("a", "story-1", "b", "story-1"));
    TimelineScores s = new TimelineScorer().score(GOLD, run);
    assertEquals(3.0 / 5, s.reports().precision(), 1e-9);
    assertEquals(3.0 / 4, s.reports().recall(), 1e-9);
    assertEquals(2, s.sourcesRight(), "g1: two outlets, g2: one");
    assertEquals(1, s.datesRight());
    assertEquals(1.0, s.stories().f1(), 1e-9);
  }

  @Test
  void coreferenceCountsSplitEvents() {
    SystemRun run = new SystemRun(List.of(found("a", 10, "ATTACK", "e1"),
        found("a", 50, "ATTACK", "e1"), found("b", 10, "ATTACK", "e2"),
        found("b", 50, "KILLED", "e3")),
        Map.of("e1", new SystemRun.Event("e1", 1, null), "e2", new SystemRun.Event("e2", 1, null),
            "e3", new SystemRun.Event("e3", 1, null)), Map.of("a", "story-1", "b", "story-2"));
    TimelineScores s = new TimelineScorer().score(GOLD, run);
    assertEquals(1.0, s.bcubed().precision(), 1e-9);
    // g1's three reports in e1 (2) and e2 (1): recalls 2/3, 2/3, 1/3; g2's one report: 1.
    assertEquals((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1) / 4, s.bcubed().recall(), 1e-9);
    assertEquals(1.0 / 3, s.pairwise().recall(), 1e-9);
    assertEquals(0.0, s.stories().recall(), 1e-9);
    assertEquals(0, s.datesRight(), "g1's event gives no day");
  }

  @Test
  void foundEventsAndCountsTooHighAreCountedApart() {
    SystemRun run = new SystemRun(List.of(found("a", 10, "ATTACK", "e1"),
        found("a", 50, "ATTACK", "e1"), found("b", 10, "ATTACK", "e1")),
        Map.of("e1", new SystemRun.Event("e1", 3, null)), Map.of("a", "story-1", "b", "story-1"));
    TimelineScores s = new TimelineScorer().score(GOLD, run);
    assertEquals(1, s.foundEvents(), "g2's report is missed");
    assertEquals(1, s.sourcesHigh(), "g1 has two outlets, isnad counts three");
    assertEquals(0, s.sourcesRight());
  }

  @Test
  void aGoldEventSplitEvenlyIsScoredOnTheSystemEventEarlierInTheTimelineNotTheSmallerId() {
    // g1's reports split 1:1 between two events; ids are hashes, so their spelling means nothing
    SystemRun run = new SystemRun(List.of(found("a", 10, "ATTACK", "ev2"),
        found("b", 10, "ATTACK", "ev1"),
        found("b", 50, "KILLED", "ev3")),
        Map.of("ev2", new SystemRun.Event("ev2", 1, "2015-07-20", 0),
            "ev1", new SystemRun.Event("ev1", 1, null, 1),
            "ev3", new SystemRun.Event("ev3", 1, null, 2)), Map.of("a", "s1", "b", "s1"));
    TimelineScores s = new TimelineScorer().score(GOLD, run);
    assertEquals(1, s.datesRight(), "g1 is scored on ev2, first in the timeline: its day is right");
  }
}
