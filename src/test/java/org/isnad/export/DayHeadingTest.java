package org.isnad.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DayHeadingTest {
  @Test
  void aFullDayReadsWithItsWeekdayAndMonthName() {
    assertEquals("الأربعاء 27 نوفمبر 2024", DayHeading.text("2024-11-27"));
    assertEquals("الأحد 8 ديسمبر 2024", DayHeading.text("2024-12-08"));
  }

  @Test
  void aDayWithoutItsYearSaysTheYearIsUnknown() {
    assertEquals("28 نوفمبر (السنة غير معروفة)", DayHeading.text("XXXX-11-28"));
    assertEquals("نوفمبر (السنة غير معروفة)", DayHeading.text("XXXX-11"));
  }

  @Test
  void aMonthReadsWithItsYear() {
    assertEquals("مارس 2015", DayHeading.text("2015-03"));
  }

  @Test
  void whatIsNotADayIsShownAsItIs() {
    assertEquals("2024-W48", DayHeading.text("2024-W48"));
    assertEquals("2023-02-30", DayHeading.text("2023-02-30"));
    assertEquals("2024-13", DayHeading.text("2024-13"));
    assertEquals("2024", DayHeading.text("2024"));
    assertEquals("XXXX-02-32", DayHeading.text("XXXX-02-32"));
  }
}
