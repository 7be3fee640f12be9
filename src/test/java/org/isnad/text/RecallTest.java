package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecallTest {
  @Test
  void aKeyAskedInTheLastLinkingIsNotComputedAgain() {
    Recall<String, Integer> recall = Recall.kept();
    List<String> computed = new ArrayList<>();
    recall.get("الأسد", k -> { computed.add(k); return k.length(); });
    recall.turn();
    assertEquals(5, recall.get(new String("الأسد"), k -> { computed.add(k); return -1; }));
    assertEquals(List.of("الأسد"), computed);
  }

  @Test
  void aKeyNotAskedForAWholeLinkingIsForgotten() {
    Recall<String, Integer> recall = Recall.kept();
    recall.get("دمشق", String::length);
    recall.turn();
    recall.turn();
    assertEquals(0, recall.size());
    assertEquals(-1, recall.get("دمشق", k -> -1));
  }

  /** Settling a linking forgets at once what it did not ask; what it asked stays recalled. */
  @Test
  void settlingKeepsOnlyWhatTheLinkingAsked() {
    Recall<String, Integer> recall = Recall.kept();
    recall.get("حلب", String::length);
    recall.get("دمشق", String::length);
    recall.turn();
    recall.get("حلب", k -> -1);
    recall.settle();
    assertEquals(1, recall.size());
    assertEquals(3, recall.get("حلب", k -> -1));
    recall.turn();
    assertEquals(3, recall.get("حلب", k -> -1), "kept into the next linking");
  }

  @Test
  void noneComputesEveryTime() {
    Recall<String, Integer> recall = Recall.none();
    recall.get("حلب", String::length);
    assertEquals(-1, recall.get("حلب", k -> -1));
    assertEquals(0, recall.size());
  }
}
