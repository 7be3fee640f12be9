package org.isnad.annotate.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.isnad.model.TimexMod;
import org.junit.jupiter.api.Test;

/** The mods of the rule files are TIMEX3 mods, and an unknown one is refused by name. */
class TimexModTest {
  @Test
  void everyModOfTheRuleFilesIsATimex3Mod() {
    TimeLexicon lexicon = TimeLexicon.bundled();
    Stream.concat(lexicon.edges.values().stream(), lexicon.quantifiers.values().stream())
        .forEach(code -> assertNotNull(TimexMod.of(code), code));
    assertTrue(lexicon.quantifiers.containsValue("MORE_THAN"));
  }

  @Test
  void blankIsNoModAndAnUnknownOneIsNamed() {
    assertNull(TimexMod.of(null));
    assertNull(TimexMod.of(" "));
    assertEquals(TimexMod.APPROX, TimexMod.of("APPROX"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TimexMod.of("ABOUT"));
    assertTrue(e.getMessage().contains("ABOUT"), e.getMessage());
  }

  @Test
  void theAnnotatorGivesTheEnum() {
    assertEquals(TimexMod.MORE_THAN, TimeAnnotatorTest.timexes("وبعد أكثر من 24 ساعة على الهجوم",
        "2017-12-21").get(0).mod());
  }
}
