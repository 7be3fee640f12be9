package org.isnad.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.isnad.model.ArgumentRole;
import org.isnad.model.EventMention;
import org.isnad.model.Modality;
import org.junit.jupiter.api.Test;

/** How an event's names are ranked for its summary. */
class EventSummaryTest {
  private static final String SENTENCE = "غادر الأسد سوريا ودمشق إلى موسكو";

  private static EventMention depart(String article, List<String> places) {
    return new EventMention(article + "-e1", article, "DEPART", "غادر", 0, 4, 0, SENTENCE.length(),
        SENTENCE, Modality.ASSERTED, null, null, null, List.of(), places, null, null);
  }

  @Test
  void namesGivenEquallyOftenKeepTheOrderTheReportsGiveThemNotTheOrderOfTheirIds() {
    // ids are hashes: «سوريا» before «دمشق» in the sentence, whatever their ids spell
    List<EventMention> reports = List.of(depart("a", List.of("e9f", "e1a", "e5c")));
    assertEquals(List.of("e9f", "e1a", "e5c"), EventSummary.ranked(reports, ArgumentRole.PLACE));
  }

  @Test
  void theNameGivenMostOftenComesFirst() {
    List<EventMention> reports = List.of(depart("a", List.of("e9f", "e1a")),
        depart("b", List.of("e1a")));
    assertEquals(List.of("e1a", "e9f"), EventSummary.ranked(reports, ArgumentRole.PLACE));
  }
}
