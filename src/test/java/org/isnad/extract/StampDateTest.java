package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test per stamp rule, Arabic inline. */
class StampDateTest {
  private static Optional<LocalDate> stampLine(String text) {
    return StampDate.ofStampLine(Line.of(1, text, 0));
  }

  private static Optional<LocalDate> topLine(String text) {
    return StampDate.ofTopLine(Line.of(1, text, 0));
  }

  private static Optional<LocalDate> day(String iso) {
    return Optional.of(LocalDate.parse(iso));
  }

  @Test
  void aWeekdayDateAndGreenwichTimeIsAStamp() {
    assertEquals(day("2017-12-24"), stampLine("الأحد 24 ديسمبر 2017 - 02 : 27 بتوقيت غرينتش"));
  }

  @Test
  void isoAndDayFirstDigitStamps() {
    assertEquals(day("2017-12-24"), stampLine("2017-12-24"));
    assertEquals(day("2017-12-24"), stampLine("24/12/2017"));
    assertEquals(day("2017-10-24"), stampLine("24 . 10 . 2017"));
    assertEquals(day("2017-12-24"), stampLine("٢٤/١٢/٢٠١٧"));
  }

  @Test
  void aPublicationLabelIsPartOfTheStamp() {
    assertEquals(day("2016-03-12"), stampLine("نشر في : 12 مارس 2016"));
  }

  @Test
  void levantineAndMaghrebMonths() {
    assertEquals(day("2018-01-09"), stampLine("9 كانون الثاني / يناير 2018"));
    assertEquals(day("2018-01-21"), stampLine("الأحد 21 / جانفي / 2018"));
  }

  @Test
  void aDateWithoutAYearIsNoStamp() {
    assertEquals(Optional.empty(), stampLine("الأحد 24 ديسمبر"));
    assertEquals(Optional.empty(), stampLine("31/02/2017"));
  }

  @Test
  void aWeekdayStampInTheTitleAreaCounts() {
    assertEquals(day("2017-12-10"), topLine("قصة عشرات الاعتداءات على سورية الأحد 10 / 12 / 2017 م "
        + "( آخر تحديث ) الساعة 07 : 09 بتوقيت القدس"));
  }

  @Test
  void aDateFollowedByAClockTimeCounts() {
    assertEquals(day("2017-12-03"), topLine("حجم الخط 3 ديسمبر 2017 12 : 56 مساء"));
    assertEquals(day("2017-10-24"), topLine("مقتل جنود 24 . 10 . 2017 ( محدثة 11 : 46 )"));
  }

  @Test
  void aDateRightAfterAClockTimeCounts() {
    assertEquals(day("2017-12-19"), topLine("Stephanie Keith23 : 26 19 . 12 . 2017 صرحت السفيرة"));
    assertEquals(day("2017-04-15"), topLine("AMMAR ABDULLAH15 : 23 15 . 04 . 2017 ( محدثة 22 : 38"
        + " 16 . 04 . 2017 ) هز انفجار كبير"), "the update's day is not a second stamp");
    assertEquals(Optional.empty(), topLine("بدأ الاجتماع الساعة 10 : 30 يوم 12 / 3 / 2017 في جنيف"));
  }

  @Test
  void aDateInsideABodySentenceIsNotTaken() {
    assertEquals(Optional.empty(), topLine("وقع الهجوم في 12 مارس 2016 في وسط المدينة"));
    assertEquals(Optional.empty(), topLine("وقع الهجوم يوم الأحد 12 مارس 2016 في وسط المدينة"));
    assertEquals(Optional.empty(), topLine("أحداث 25 يناير 2011 , عندما اكتشفت الحكومة الأمر"));
  }

  @Test
  void aWeekdayAndDateInAHeaderWithoutATimeIsNotTaken() {
    assertEquals(Optional.empty(), topLine("بوابة الوسط الأحد 21 يناير 2018 الصفحة الرئيسية"));
  }

  @Test
  void aToldWeekdayWithAClockTimeIsNotTaken() {
    assertEquals(Optional.empty(), topLine("وقع الهجوم يوم الأحد 12 مارس 2016 الساعة 10 : 30"));
  }

  @Test
  void stampsOfTwoDaysInTheTitleAreaGiveNothing() {
    assertEquals(Optional.empty(), topLine("أخبار وطنية الأحد , 21 جانفي 2018 - 08 : 34 "
        + "السبت , 20 جانفي 2018 - 07 : 31 الخبر الأول"));
  }

  @Test
  void onlyTheTitleAreaOfALongLineIsRead() {
    String longLine = "ك".repeat(StampDate.TOP_CHARS) + " الأحد 10 / 12 / 2017";
    assertEquals(Optional.empty(), topLine(longLine));
  }

  @Test
  void aMastheadInBothCalendarsIsAStamp() {
    assertEquals(day("2017-09-11"), topLine("بعد كسر حصار دير الزور . . . السكان ينتظرون الخضراوات "
        + "الاثنين - 20 ذو الحجة 1438 هـ - 11 سبتمبر 2017 مـ رقم العدد [ 14167 ] سكان مدينة"));
  }

  @Test
  void aHijriDateTheSentenceEquatesIsNoStamp() {
    assertEquals(Optional.empty(), topLine("وقعت المعركة في 20 ذو الحجة 1438 هـ الموافق 11 "
        + "سبتمبر 2017 م قرب المدينة"));
    assertEquals(Optional.empty(), topLine("خبر وتعليق نشر موقع ( أورينت , السبت 22 صفر 1439 ه - "
        + ", 2017 / 11 / 11 م ) خبرا جاء فيه"));
  }

  @Test
  void aPublicationLabelBeforeAWeekdayCounts() {
    assertEquals(day("2012-11-26"), topLine("منطقة معان التنموية . . أحلام مؤجلة تم نشره في "
        + "الاثنين 26 تشرين الثاني / نوفمبر 2012 ."));
    assertEquals(Optional.empty(), topLine("منطقة معان التنموية أحلام مؤجلة منذ الاثنين 26 "
        + "تشرين الثاني / نوفمبر 2012 ."));
  }
}
