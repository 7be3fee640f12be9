package org.isnad.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.model.EventMention;
import org.isnad.model.Modality;
import org.junit.jupiter.api.Test;

/** The bounds that keep event merging near linear in the number of reports. */
class EventMergerTest {
  /**
   * Blocks are taken largest first, but their results are listed in the blocks' order, whatever
   * the threads' timing.
   */
  @Test
  void blocksTakenLargestFirstAreListedInTheirOrder() {
    List<List<EventMention>> blocks = new ArrayList<>();
    for (int size : new int[] {1, 3, 0, 5, 2, 3}) {
      List<EventMention> block = new ArrayList<>();
      for (int k = 0; k < size; k++) {
        block.add(null);
      }
      blocks.add(block);
    }
    for (int run = 0; run < 20; run++) {
      assertEquals(List.of(1, 3, 0, 5, 2, 3), EventMerger.largestFirst(blocks, List::size));
    }
  }

  private static final String SENTENCE = "وقع هجوم في المدينة";

  private static EventMention attack(String article, String day) {
    return new EventMention(article + "-e1", article, "ATTACK", "هجوم", 4, 8, 0,
        SENTENCE.length(), SENTENCE, Modality.ASSERTED, day, null, null, List.of("e-x"),
        List.of(), null, null);
  }

  /**
   * One story whose lead attacks fall on more days than {@code MAX_POSTINGS}: a later lead
   * attack of the first day is no longer tested against every earlier one (the index of the
   * story's leads is too long to read), so it stays apart instead of costing a test per
   * earlier report.
   */
  @Test
  void aLeadStoryInMoreClustersThanTheCapTiesNothingMore() {
    assertEquals(202, mergeOneStory(201));
  }

  /** Below the cap, the first report of its kind in two articles of one story still joins. */
  @Test
  void aLeadStoryOfFewClustersStillJoinsTheSameDay() {
    assertEquals(5, mergeOneStory(5));
  }

  /**
   * The number of events merged from one story of {@code days + 1} articles, each with a lead
   * attack: one a day for {@code days} days, then one more on the first day.
   */
  private static int mergeOneStory(int days) {
    List<EventMention> mentions = new ArrayList<>();
    Map<String, Integer> story = new HashMap<>();
    LocalDate first = LocalDate.of(2024, 1, 1);
    for (int i = 0; i <= days; i++) {
      String article = String.format("a%03d", i);
      story.put(article, 0);
      mentions.add(attack(article, (i < days ? first.plusDays(i) : first).toString()));
    }
    EventMerger.Context context = new EventMerger.Context(story, Map.of(), Map.of(),
        (s, id) -> false, id -> false, id -> Set.of());
    return new EventMerger().merge(mentions, context).size();
  }
}
