package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one list of month names (months.txt) and what each stage reads of it, Arabic inline. */
class MonthNamesTest {
  private static List<String> names(MonthNames.Use use) {
    return MonthNames.of(use).stream().map(MonthNames.Entry::name).toList();
  }

  @Test
  void theOldCopiesAreGone() {
    for (String old : List.of("/org/isnad/text/month-names.txt",
        "/org/isnad/annotate/time/months.txt", "/org/isnad/annotate/time/hijri-months.txt",
        "/org/isnad/extract/stamp-months.txt")) {
      assertThrows(IllegalStateException.class, () -> RuleFile.read(RuleFile.class, old), old);
    }
  }

  @Test
  void eachUseReadsItsMonths() {
    assertTrue(names(MonthNames.Use.TIME).containsAll(List.of("ديسمبر", "كانون 1", "December",
        "ذي الحجة")));
    assertTrue(names(MonthNames.Use.STAMP).containsAll(List.of("ديسمبر", "كانون الثاني",
        "دجنبر")));
    assertFalse(names(MonthNames.Use.STAMP).contains("December"), "no English stamp month");
    assertFalse(names(MonthNames.Use.STAMP).contains("رمضان"), "no Hijri stamp month");
    assertTrue(names(MonthNames.Use.GLUED).containsAll(List.of("نوفمبر", "رمضان")));
    assertFalse(names(MonthNames.Use.GLUED).contains("كانون 1"));
  }

  @Test
  void numbersAndCalendars() {
    MonthNames.Entry kanun = MonthNames.of(MonthNames.Calendar.GREGORIAN, MonthNames.Use.TIME)
        .stream().filter(e -> e.name().equals("كانون الثاني")).findFirst().orElseThrow();
    assertEquals(1, kanun.number());
    MonthNames.Entry shawwal = MonthNames.of(MonthNames.Calendar.HIJRI, MonthNames.Use.TIME)
        .stream().filter(e -> e.name().equals("شوال")).findFirst().orElseThrow();
    assertEquals(10, shawwal.number());
    assertTrue(MonthNames.all().stream().allMatch(e -> e.number() >= 1 && e.number() <= 12));
  }

  @Test
  void everyGluedMonthIsSplitFromTheWordAfterIt() {
    for (String month : names(MonthNames.Use.GLUED)) {
      String last = month.substring(month.lastIndexOf(' ') + 1);
      String glued = ArabicNormalizer.standard().normalizeToString(last + "الماضي");
      assertEquals(glued.length() - "الماضي".length(),
          GluedWordSplitter.bundled().splitPoint(glued), month);
    }
  }
}
