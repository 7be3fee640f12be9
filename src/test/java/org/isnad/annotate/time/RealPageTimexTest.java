package org.isnad.annotate.time;

import static org.isnad.annotate.time.TimeAnnotatorTest.found;
import static org.isnad.annotate.time.TimeAnnotatorTest.only;
import static org.isnad.annotate.time.TimeAnnotatorTest.timexes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.model.Timex;
import org.isnad.model.TimexMod;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Rule tests for the time expressions real news pages use and the annotator used to miss (issue
 * 15): bare years, Hijri dates without هـ, weekdays with المقبل, year ranges, fixed names,
 * vague counts and ages, dialect days. Arabic inline, expected TIMEX3 values.
 */
class RealPageTimexTest {
  private static final String FRIDAY_JULY = "2015-07-24";

  @Nested
  class BareYears {
    @Test
    void yearAfterAWordThatAnnouncesOneIsAYearNotADay() {
      assertEquals("1948=1948", only("هاجرت العائلة بعد حرب 1948 إلى لبنان", FRIDAY_JULY));
      assertEquals("2016=2016", only("خلال 2016 تراجعت الصادرات", FRIDAY_JULY));
      assertEquals("2014=2014", only("شارك في انتخابات 2014 الرئاسية", FRIDAY_JULY));
    }

    @Test
    void yearInParenthesesAfterAYearWord() {
      assertEquals("عام ( 1948 )=1948", only("في عام ( 1948 ) هاجر", FRIDAY_JULY));
      assertEquals("2011=2011", only("منذ ( 2011 ) قتل الآلاف", FRIDAY_JULY));
    }

    @Test
    void yearAfterAPrepositionBeforeThatClause() {
      assertEquals("2014=2014", only("أعلنت في 2014 أن الحكومة ستنسحب", FRIDAY_JULY));
    }

    @Test
    void yearAfterAnEdgeWordCarriesItsMod() {
      List<Timex> t = timexes("منذ بداية 2019 قتل المئات", FRIDAY_JULY);
      assertEquals(1, t.size());
      assertEquals("بداية 2019", t.get(0).text());
      assertEquals("2019", t.get(0).value());
      assertEquals(TimexMod.START, t.get(0).mod());
    }

    @Test
    void anEdgeOfTheYearFollowedByAYearIsThatYear() {
      assertEquals(List.of("أواخر العام 2016=2016"),
          found("سيطرت على المدينة أواخر العام 2016 , وبات", FRIDAY_JULY));
    }

    @Test
    void aNumberThatCountsSomethingIsNotAYear() {
      assertTrue(found("قتل في الحرب 1948 شخصا", FRIDAY_JULY).isEmpty(), "accusative count");
      assertTrue(found("كلفت الحرب 2014 دولار للفرد", FRIDAY_JULY).isEmpty(), "currency");
      assertTrue(found("وصل منذ 2014 5555 لاجئ", FRIDAY_JULY).isEmpty(), "another number");
      assertTrue(found("خلال 2015 ألف متظاهر", FRIDAY_JULY).isEmpty(), "a counted noun");
    }
  }

  @Nested
  class Ranges {
    @Test
    void yearRangeIsTwoYears() {
      assertEquals(List.of("1936=1936", "1939=1939"),
          found("اندلعت الثورة 1936 - 1939 في فلسطين", FRIDAY_JULY));
    }

    @Test
    void betweenTwoYearsIsTwoYearsWhateverFollows() {
      assertEquals(List.of("1936=1936", "1939=1939"),
          found("بين 1936 و1939 اندلعت الثورة", FRIDAY_JULY));
    }

    @Test
    void aRangeEndingInASmallNumberIsNoYear() {
      assertTrue(found("سجل خلال 2014 - 5 أهداف", FRIDAY_JULY).isEmpty());
    }
  }

  @Nested
  class Hijri {
    @Test
    void hijriDayMonthYearWithoutEraMark() {
      assertEquals("15 رمضان 1436=2015-07-02", only("صدر القرار في 15 رمضان 1436 بعد", null));
    }

    @Test
    void hijriYearWithHijriWordIsFoundButSpansTwoGregorianYears() {
      assertEquals("1348هجري=null", only("توفي ( 1348هجري ) في مكة", null));
    }
  }

  @Nested
  class Weekdays {
    @Test
    void weekdayWithNextWordAndNoYawmIsResolved() {
      assertEquals("الأحد المقبل=2015-07-26", only("يصل الوزير الأحد المقبل إلى دمشق", FRIDAY_JULY));
      assertEquals("الخميس القادم=2015-07-30", only("الخميس القادم تعقد الجلسة", FRIDAY_JULY));
    }
  }

  @Nested
  class FixedNames {
    @Test
    void aNameThatStartsWithASeasonIsNoSeason() {
      assertTrue(found("انطلق الربيع الأمازيغي في الجزائر", FRIDAY_JULY).isEmpty());
      assertTrue(found("سقطت أنظمة في ثورات الربيع العربي", FRIDAY_JULY).isEmpty());
    }
  }

  @Nested
  class DurationsAndAges {
    @Test
    void vagueCountOfUnitsIsADurationWithUnknownCount() {
      assertEquals("عدة أيام=PXD", only("استمر القصف لعدة أيام", FRIDAY_JULY));
      assertEquals("بضعة أشهر=PXM", only("غاب بضعة أشهر", FRIDAY_JULY));
    }

    @Test
    void agesAsOrdinalsOrNumbersAfterSinn() {
      assertEquals("سن الرابعة عشرة=P14Y", only("اعتقل في سن الرابعة عشرة", FRIDAY_JULY));
      assertEquals("سن الـ18=P18Y", only("من هم دون سن الـ18", FRIDAY_JULY));
      assertEquals("عمر الخامسة والثلاثين=P35Y", only("بلغ عمر الخامسة والثلاثين", FRIDAY_JULY),
          "a compound ordinal is the sum of its words, not its first word");
    }
  }

  @Nested
  class Dialect {
    @Test
    void levantineTomorrow() {
      assertEquals("بكرا=2015-07-25", only("بكرا منروح على الشام", FRIDAY_JULY));
    }
  }

  @Nested
  class WeekdayFormsHijriYearsAndSprings {
    private static final String TUESDAY_DEC = "2017-12-05";

    @Test
    void aWeekdayTakesEveryPastOrNextRelationWordAlsoFeminine() {
      assertEquals("الجمعة الماضية=2017-12-01", only("قتل الجمعة الماضية ثلاثة", TUESDAY_DEC));
      assertEquals("الجمعة المقبلة=2017-12-08", only("تعقد الجلسة الجمعة المقبلة", TUESDAY_DEC));
      assertEquals("الأربعاء الفائت=2017-11-29", only("عقدت الجلسة الأربعاء الفائت",
          TUESDAY_DEC));
      assertEquals("الخميس المنصرم=2017-11-30", only("وصل الخميس المنصرم", TUESDAY_DEC));
    }

    @Test
    void aCurrentRelationWordDoesNotMakeAWeekdayOfASurname() {
      assertTrue(found("قال الجمعة الحالي رئيس النادي", TUESDAY_DEC).isEmpty());
    }

    @Test
    void theOldSpellingOfTuesday() {
      assertEquals("الثلثاء الماضي=2017-11-28", only("وصل الثلثاء الماضي", TUESDAY_DEC));
    }

    @Test
    void aHijriYearInsideOneGregorianYearIsThatYear() {
      assertEquals("عام 1429 هـ=2008", only("ميزانية عام 1429 هـ", null));
      List<Timex> t = timexes("ولد عام 1324 هـ في مكة", null);
      assertEquals(1, t.size());
      assertEquals(null, t.get(0).value(), "1324 AH runs from 1906 into 1907");
    }

    @Test
    void springBeforeARelationalAdjectiveIsAMovementNotTheSeason() {
      assertTrue(found("منذ انطلاق الربيع السوري قتل الآلاف", TUESDAY_DEC).isEmpty());
      assertTrue(found("وقعت أحداث الربيع المصري", TUESDAY_DEC).isEmpty());
      assertEquals("الربيع الماضي=2016-SP", only("في الربيع الماضي زار المدينة", TUESDAY_DEC));
    }
  }

  @Nested
  class BalyPages {
    private static final String TUESDAY_OCT = "2017-10-31";

    @Test
    void phrasesThatNameNoTimeHaveNoExpression() {
      assertTrue(found("هذا الذي حصل في مثل هذا اليوم , كنت نكتب", TUESDAY_OCT).isEmpty());
      assertTrue(found("فما أشبه اليوم بالبارحة وطلبات رئيس", TUESDAY_OCT).isEmpty());
      assertTrue(found("في صور : حلب بين الأمس واليوم شيدت", TUESDAY_OCT).isEmpty());
      assertTrue(found("وكل سنة ضوئية تساوي 9", TUESDAY_OCT).isEmpty());
    }

    @Test
    void aMovementNamedByADayIsNoDateUnlessAYearFollows() {
      assertTrue(found("أن فريق 14 آذار لم يتعامل", TUESDAY_OCT).isEmpty());
      assertTrue(found("شارك في ثورة 25 يناير ضد النظام", TUESDAY_OCT).isEmpty());
      assertEquals("25 يناير 2011=2011-01-25", only("اندلعت ثورة 25 يناير 2011 في مصر",
          TUESDAY_OCT));
      assertEquals("25 يناير / كانون الثاني 2011=2011-01-25",
          only("في أعقاب ثورة 25 يناير / كانون الثاني 2011 .", TUESDAY_OCT));
    }

    @Test
    void clockMinutesAfterSpacedColon() {
      assertEquals("الساعة 10 : 19=XXXX-XX-XXT10:19", only("الساعة 10 : 19 ( مكة المكرمة )",
          null));
    }

    @Test
    void todayNamedAsAWeekdayFarFromTheReferenceHasNoValue() {
      assertEquals("اليوم الخميس=null", only("يعد اليوم الخميس ذكرى تولي", TUESDAY_OCT),
          "two days after the reference");
      assertEquals("اليوم الجمعة=null", only("يعد اليوم الجمعة ذكرى تولي", TUESDAY_OCT),
          "three days after or four before the reference");
      assertEquals("اليوم الأحد=2017-10-29", only("يعد اليوم الأحد ذكرى تولي", TUESDAY_OCT),
          "a reference that lags publication by two days");
      assertEquals("صباح اليوم الثلاثاء=2017-10-31TMO", only("صباح اليوم الثلاثاء بسقوط سيارة",
          TUESDAY_OCT));
      assertEquals("أمس الأحد=2017-10-29", only("وصل أمس الأحد إلى دمشق", TUESDAY_OCT),
          "a day off: the reference is a day late");
    }

    @Test
    void aHijriDayWhoseWeekdayDisprovesTheInferredYearHasNoValue() {
      assertEquals("يوم الأحد 25 ربيع الثاني=null", only("ملخص يوم الأحد 25 ربيع الثاني",
          "2011-04-01"));
      assertEquals("يوم الأحد 25 ربيع الثاني=2012-03-18", only("ملخص يوم الأحد 25 ربيع الثاني",
          "2012-03-20"));
    }
  }

  @Test
  void aBareUnitOnlyAfterAWholeWordThatMakesItAPeriod() {
    assertTrue(found("لم يتعامل يوما مع هذه الأرض", FRIDAY_JULY).isEmpty(), "يوما = ever");
    assertEquals("سنوات=PXY", only("ومنذ سنوات يعيش في المدينة", FRIDAY_JULY));
  }

  @Test
  void thatDayLeansOnlyOnADayTheStoryHasNotMovedAwayFrom() {
    List<Timex> moved = timexes("وقع الانقلاب في 11 سبتمبر 1968 . حتى أتت أحداث نيويورك في عام"
        + " 2001 , في ذلك اليوم الذي وقعت فيه اعتداءات", null);
    assertEquals("ذلك اليوم", moved.get(2).text());
    assertEquals(null, moved.get(2).value(), "1968-09-11 is not in 2001");
    List<Timex> same = timexes("وقعت الاعتداءات في 11 سبتمبر 2001 . وفي عام 2001 نفسه , في"
        + " ذلك اليوم قتل الآلاف", null);
    assertEquals("ذلك اليوم=2001-09-11", same.get(2).text() + "=" + same.get(2).value());
  }
}
