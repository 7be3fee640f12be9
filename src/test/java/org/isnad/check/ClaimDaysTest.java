package org.isnad.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The days a claim names, and when two days are the same. */
class ClaimDaysTest {
  @Test
  void aDayWithoutAYearKeepsItUnknown() {
    assertEquals(List.of("XXXX-11-28"), ClaimDays.of("زار الأسد موسكو في 28 نوفمبر"));
  }

  @Test
  void aDayWithItsYear() {
    assertEquals(List.of("2024-12-08"), ClaimDays.of("غادر الأسد دمشق في 8 ديسمبر 2024"));
  }

  @Test
  void aClaimWithoutADayNamesNone() {
    assertEquals(List.of(), ClaimDays.of("غادر الأسد دمشق"));
  }

  @Test
  void monthAndDayAreComparedWhenAYearIsUnknown() {
    assertTrue(ClaimDays.sameDay(Set.of("XXXX-11-28"), "2024-11-28"));
    assertTrue(ClaimDays.sameDay(Set.of("2024-11-28"), "XXXX-11-28"));
    assertFalse(ClaimDays.sameDay(Set.of("2024-11-28"), "2023-11-28"));
    assertFalse(ClaimDays.sameDay(Set.of("XXXX-11-28"), "2024-11-27"));
  }
}
