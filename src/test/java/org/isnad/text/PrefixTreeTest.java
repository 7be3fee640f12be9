package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Look-ups by the keys that begin a text, Arabic inline. */
class PrefixTreeTest {
  private static PrefixTree<String> tree() {
    PrefixTree<String> tree = new PrefixTree<>();
    tree.put("قتل", "KILLED");
    tree.put("قتلى", "KILLED-PLURAL");
    tree.put("اعتقل", "ARREST");
    tree.put("قتل", "SECOND");
    return tree;
  }

  @Test
  void theLongestKeyThatBeginsTheWordWinsAndTheFirstValueOfAKeyStays() {
    assertEquals("KILLED-PLURAL", tree().longest("قتلى", 0, 4));
    assertEquals("KILLED", tree().longest("قتلهم", 0, 5));
    assertEquals("ARREST", tree().longest("واعتقلت", 1, 7));
    assertNull(tree().longest("مقتل", 0, 4));
    assertEquals(3, tree().size());
  }

  @Test
  void aKeyMustEndByTheLimit() {
    assertEquals("KILLED", tree().longest("قتلى", 0, 3));
    assertNull(tree().longest("قتلى", 0, 2));
    assertFalse(tree().anyPrefix("قتل", 0, 2));
    assertTrue(tree().anyPrefix("قتل", 0, 3));
  }

  @Test
  void everyKeyThatBeginsTheTextShortestFirst() {
    List<String> seen = new ArrayList<>();
    tree().eachPrefix("قتلى اليوم", 0, 10, seen::add);
    assertEquals(List.of("KILLED", "KILLED-PLURAL"), seen);
  }
}
