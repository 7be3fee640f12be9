package org.isnad.timeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which names are too broad to tie reports or articles. */
class BroadNamesTest {
  @Test
  void aKindOfPlaceWithItsCliticsIsBroad() {
    assertTrue(BroadNames.broad("بالريف الشرقي"), "«بالريف الشرقي» of which province?");
    assertTrue(BroadNames.broad("بريف"));
    assertTrue(BroadNames.broad("وسوريا"));
  }

  @Test
  void aNamedPlaceIsNot() {
    assertFalse(BroadNames.broad("اللطامنة"));
    assertFalse(BroadNames.broad("بعسير"));
  }
}
