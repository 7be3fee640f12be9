package org.isnad.annotate.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.model.Article;
import org.isnad.model.ArticleBuilder;
import org.isnad.model.Basis;
import org.isnad.model.Published;
import org.isnad.model.Timex;
import org.isnad.model.TimexMod;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One rule test per family of time expressions, Arabic inline, expected TIMEX3 values. */
class TimeAnnotatorTest {
  private static final String TUESDAY = "2024-12-10";

  static List<Timex> timexes(String text, String published) {
    Published p = published == null ? Published.unknown()
        : Published.fromMetadata(published, "test");
    Article article = ArticleBuilder.text(text).published(p).build();
    return TimeAnnotator.standard().annotate(article).timexes();
  }

  /** "text=value" for every expression, in text order. */
  static List<String> found(String text, String published) {
    return timexes(text, published).stream().map(t -> t.text() + "=" + t.value()).toList();
  }

  static String only(String text, String published) {
    List<String> all = found(text, published);
    assertEquals(1, all.size(), () -> "expected one expression in " + text + ": " + all);
    return all.get(0);
  }

  @Nested
  class GregorianDates {
    @Test
    void dayMonthYear() {
      assertEquals("7 ديسمبر 2024=2024-12-07", only("وصل يوم 7 ديسمبر 2024 إلى دمشق", null)
          .replace("يوم ", ""));
    }

    @Test
    void levantineMaghrebAndMoroccanMonthNames() {
      assertEquals("8 كانون الأول 2024=2024-12-08", only("في 8 كانون الأول 2024 سقط النظام", null));
      assertEquals("15 جويلية 2015=2015-07-15", only("انعقد الاجتماع في 15 جويلية 2015", null));
      assertEquals("3 غشت 2015=2015-08-03", only("صدر القرار يوم 3 غشت 2015", null)
          .replace("يوم ", ""));
      assertEquals("شتنبر 2015=2015-09", only("خلال شتنبر 2015 تراجعت الأسعار", null));
    }

    @Test
    void pairedMonthNamesAreOneExpression() {
      assertEquals("8 كانون الأول/ديسمبر 2024=2024-12-08",
          only("في 8 كانون الأول/ديسمبر 2024", null));
      assertEquals("8 ديسمبر/ كانون الأول 2024=2024-12-08",
          only("في 8 ديسمبر/ كانون الأول 2024", null));
    }

    @Test
    void arabicIndicDigitsKeepTheirOffsets() {
      List<Timex> t = timexes("في ٧ ديسمبر ٢٠٢٤ غادر", null);
      assertEquals(1, t.size());
      assertEquals("2024-12-07", t.get(0).value());
      assertEquals("٧ ديسمبر ٢٠٢٤", t.get(0).text());
      assertEquals(3, t.get(0).start());
    }

    @Test
    void ordinalDayWordsAndMonthOfYear() {
      assertEquals("الثامن من ديسمبر الجاري=2024-12-08",
          only("وأنهت حكمه في الثامن من ديسمبر الجاري", TUESDAY));
      assertEquals("الثاني من ديسمبر=2024-12-02", only("في الثاني من ديسمبر التقى الوزير", TUESDAY));
      assertEquals("28 من شهر نوفمبر 2024=2024-11-28", only("في 28 من شهر نوفمبر 2024", null));
    }

    @Test
    void years() {
      assertEquals("عام 2015=2015", only("ساعد تدخلها في عام 2015 في تحويل مجرى الحرب", null));
      assertEquals("عام 1971=1971", only("حكم عائلته الذي يعود تاريخه إلى عام 1971", null));
    }

    @Test
    void monthGluedToItsRelationWord() {
      assertEquals("28 نوفمبرالماضي=2024-11-28", only("زار موسكو في 28 نوفمبرالماضي", TUESDAY));
    }

    @Test
    void numericDates() {
      assertEquals("8/12/2024=2024-12-08", only("بتاريخ 8/12/2024 صدر", null));
    }
  }

  @Nested
  class HijriDates {
    @Test
    void hijriDayIsConvertedWithUmmAlQura() {
      assertEquals("5 شوال 1436هـ=2015-07-21", only("صدر الأمر في 5 شوال 1436هـ", null));
    }

    @Test
    void mixedHijriAndGregorianAreTwoExpressionsWithOneDay() {
      assertEquals(List.of("5 شوال 1436هـ=2015-07-21", "21 يوليو 2015م=2015-07-21"),
          found("الثلاثاء 5 شوال 1436هـ الموافق 21 يوليو 2015م", null).stream()
              .map(s -> s.replace("الثلاثاء ", "")).toList());
    }

    @Test
    void hijriYearAloneHasNoSingleGregorianValue() {
      List<Timex> t = timexes("ميزانية عام 1436هـ", null);
      assertEquals(1, t.size());
      assertNull(t.get(0).value());
    }
  }

  @Nested
  class WeekdaysClockTimesAndPartsOfDay {
    @Test
    void weekdayInPastNarrationIsTheLastSuchDay() {
      assertEquals("يوم الأحد=2024-12-08", only("غادر الأسد يوم الأحد", TUESDAY));
    }

    @Test
    void clockTimeWithPartOfDayWeekdayAndDate() {
      assertEquals("الساعة 6.58 من مساء يوم السبت 7 ديسمبر 2024=2024-12-07T18:58",
          only("أقلعت الطائرة الساعة 6.58 من مساء يوم السبت 7 ديسمبر 2024", null));
    }

    @Test
    void weekdayWithoutYawmNeedsATimeContext() {
      assertTrue(timexes("وأوضح الدكتور الجمعة عقب الاجتماع أن الزيارة مهمة", TUESDAY).isEmpty());
      assertEquals("الأحد=2024-12-08", only("وصل في الأحد إلى دمشق", TUESDAY));
    }

    @Test
    void relativeDayWithItsWeekdayIsOneExpression() {
      assertEquals("أمس الأحد=2015-08-02", only("باشر الدفاع المدني أمس الأحد بلاغاً", "2015-08-03"));
    }

    @Test
    void weekdayOverrideKeepsItsBasisAsAProblem() {
      Timex t = timexes("قتل جنود في غارة اليوم الاثنين", "2015-07-22").get(0);
      assertEquals("2015-07-20", t.value());
      assertTrue(t.problem().contains("overrides a late reference"), t.problem());
      Timex far = timexes("قتل جنود في غارة اليوم الاثنين", "2015-07-24").get(0);
      assertNull(far.value(), "four days late is three days early: no value");
      assertTrue(far.problem().contains("too far"), far.problem());
    }

    @Test
    void weekdayInBracketsNamesTheDeicticDay() {
      assertEquals("اليوم (الاثنين=2015-07-20", only("قتل جنود في غارة اليوم (الاثنين)", "2015-07-21"));
      assertEquals("أمس (الأحد=2015-08-02", only("أصيب اللاعب أمس (الأحد) في المباراة",
          "2015-08-04"));
    }

    @Test
    void weekdayInAFutureClauseIsTheNextSuchDay() {
      assertEquals("يوم الخميس=2024-12-12", only("سيعقد المجلس جلسته يوم الخميس", TUESDAY));
      assertEquals("يوم الخميس=2024-12-05", only("عقدت السياسة جلستها يوم الخميس", TUESDAY));
    }

    @Test
    void midnightIsAClockTime() {
      assertEquals("منتصف ليل الأحد=2024-12-08T00:00", only("وقع الهجوم بعد منتصف ليل الأحد",
          TUESDAY));
    }

    @Test
    void dawnClockTime() {
      assertEquals("2:30 فجر الأحد=2024-12-08T02:30", only("هبطت 2:30 فجر الأحد", TUESDAY));
    }

    @Test
    void partOfDayWithRelativeDay() {
      assertEquals("مساء أمس=2024-12-09TEV", only("وقع الانفجار مساء أمس", TUESDAY));
    }
  }

  @Nested
  class RelativeExpressions {
    @Test
    void decades() {
      assertEquals("تسعينات القرن الماضي=199", only("عما كان عليه في تسعينات القرن الماضي", null));
    }

    @Test
    void dayBeforeYesterdayInGulfUsage() {
      assertEquals("البارحة الأولى=2024-12-08", only("انطلقت البارحة الأولى العروض", TUESDAY));
    }

    @Test
    void deicticDays() {
      assertEquals("أمس=2024-12-09", only("قتل 12 شخصاً أمس", TUESDAY));
      assertEquals("أول أمس=2024-12-08", only("وصل أول أمس", TUESDAY));
      assertEquals("اليوم=2024-12-10", only("كشف تقرير اليوم عن كواليس", TUESDAY));
      assertEquals("غداً=2024-12-11", only("يصل الوفد غداً", TUESDAY));
    }

    @Test
    void relativePeriods() {
      assertEquals("الأسبوع الماضي=2024-W49", only("التقى الوزير الأسبوع الماضي", TUESDAY));
      assertEquals("الشهر المقبل=2025-01", only("تعقد القمة الشهر المقبل", TUESDAY));
      assertEquals("العام الجاري=2024", only("خلال العام الجاري", TUESDAY));
      assertEquals("ديسمبر الماضي=2024-12", only("في ديسمبر الماضي", "2025-03-01"));
    }

    @Test
    void periodEdgesCarryAMod() {
      Timex t = timexes("منذ مطلع العام الحالي", TUESDAY).get(0);
      assertEquals("2024", t.value());
      assertEquals(TimexMod.START, t.mod());
    }

    @Test
    void agoCountsBackFromPublication() {
      assertEquals("قبل ثلاثة أيام=2024-12-07", only("وصل قبل ثلاثة أيام", TUESDAY));
    }

    @Test
    void afterAnEventCountsFromTheLastExplicitDate() {
      List<Timex> t = timexes("زار موسكو في 28 نوفمبر 2024. وبعد أربعة أيام من هذه الرحلة،"
          + " التقى الوزير", null);
      assertEquals(2, t.size());
      assertEquals("2024-12-02", t.get(1).value());
      assertEquals(t.get(0).id(), t.get(1).anchor());
    }

    @Test
    void withoutPublicationDateRelativeDaysStayUnresolved() {
      Timex t = timexes("قتل 12 شخصاً أمس", null).get(0);
      assertNull(t.value());
    }

    @Test
    void yearlessDateWithoutReferenceIsUnderspecifiedNotGuessed() {
      assertEquals("8 ديسمبر=XXXX-12-08", only("في 8 ديسمبر سقط النظام", null));
    }
  }

  @Nested
  class DurationsAndSets {
    @Test
    void durations() {
      assertEquals("40 يوم=P40D", only("استمر الحصار 40 يوم", null));
      assertEquals("آخر 24 ساعة=PT24H", only("خلال آخر 24 ساعة", null));
      assertEquals("السنوات التسع الماضية=P9Y", only("طوال السنوات التسع الماضية", null));
    }

    @Test
    void agesAccusativeUnitsAndUnitsWithoutNumber() {
      assertEquals("13 عامًا=P13Y", only("قتل الأسد البالغ من العمر 13 عامًا", null));
      assertEquals("سنوات=PXY", only("يعمل هناك منذ سنوات", null));
      assertEquals("أسبوع=P1W", only("طالب بوقف القصف مدة أسبوع", null));
      assertEquals("عقود=PXDE", only("ابتعدت عن الجمهور منذ عقود", null));
    }

    @Test
    void sets() {
      assertEquals("كل أسبوع=P1W", only("يجتمع المجلس كل أسبوع", null));
    }
  }

  @Nested
  class HijriFeastsSeasonsAndBareYears {
    private static final String FRIDAY_JULY = "2015-07-24";

    @Test
    void hijriDayWithoutYearTakesTheNearestYear() {
      assertEquals("10 شوال=2015-07-26", only("تبدأ الدراسة في 10 شوال", FRIDAY_JULY));
    }

    @Test
    void numericHijriDateWithEraMark() {
      assertEquals("1436/10/5هـ=2015-07-21", only("صدر القرار بتاريخ 1436/10/5هـ", FRIDAY_JULY));
    }

    @Test
    void hijriMonthAndFeast() {
      // Ramadan 1436 runs from 18 June to 16 July 2015: no single Gregorian month, so no value.
      assertEquals(List.of("شهر رمضان المبارك=null", "قريبا=FUTURE_REF"),
          found("يحل شهر رمضان المبارك قريبا", "2015-06-01"));
      assertEquals("شهر ذي الحجة=null", only("تبدأ الرحلات في شهر ذي الحجة", "2015-08-01"));
      assertEquals("عيد الفطر=2015-07-17", only("عاد إلى أهله قبل عيد الفطر", FRIDAY_JULY));
    }

    @Test
    void seasonsAndQuarters() {
      assertEquals("صيف 2014=2014-SU", only("زار المدينة في صيف 2014", FRIDAY_JULY));
      assertEquals("الشتاء المقبل=2016-WI", only("يتوقع الخبراء أمطارا الشتاء المقبل", FRIDAY_JULY));
      assertEquals("صيفاً=XXXX-SU", only("الجو معتدل صيفاً", FRIDAY_JULY));
      assertEquals("الربع الثاني من العام الجاري=2015-Q2",
          only("ارتفعت الأرباح في الربع الثاني من العام الجاري", FRIDAY_JULY));
    }

    @Test
    void bareYearsAfterAPrepositionOrWithTheEraMark() {
      assertEquals(List.of("2012=2012", "2014=2014"),
          found("تأهل الفريق في 2012 و2014 إلى النهائي", FRIDAY_JULY));
      assertEquals("1990م=1990", only("تأسست الشركة 1990م في الرياض", FRIDAY_JULY));
      assertTrue(found("اشترى 2014 سهما", FRIDAY_JULY).isEmpty(), "a count is not a year");
    }

    @Test
    void dayBeforeYesterdayWithItsWeekdayAndLastNight() {
      assertEquals("أمس الأول الأربعاء=2015-07-22", only("وصل أمس الأول الأربعاء", FRIDAY_JULY));
      assertEquals("الليلة الماضية=2015-07-23TNI", only("وقع الانفجار الليلة الماضية", FRIDAY_JULY));
    }

    @Test
    void recurrenceAdjectivesAndEveryNUnits() {
      assertEquals("السنوي=P1Y", only("أقيم المهرجان السنوي للتمور", FRIDAY_JULY));
      assertEquals("كل 3 ساعات=PT3H", only("يتناول الدواء كل 3 ساعات", FRIDAY_JULY));
    }

    @Test
    void fractionsAndPluralPeriodsAsDurations() {
      assertEquals("نصف ساعة=PT30M", only("استمر الاجتماع نصف ساعة", FRIDAY_JULY));
      assertEquals("هذه الأيام الماضية=PXD", only("شهدت المدينة هذه الأيام الماضية ازدحاما", FRIDAY_JULY));
    }
  }

  @Test
  void vagueReferencesToPresentPastAndFuture() {
    assertEquals("حالياً=PRESENT_REF", only("يعمل حالياً على الخطة", TUESDAY));
    assertEquals("مؤخراً=PAST_REF", only("أعلن مؤخراً عن الخطة", TUESDAY));
    assertEquals("المستقبل=FUTURE_REF", only("سيتوسع في المستقبل", TUESDAY));
    assertEquals("الماضي=PAST_REF", only("ساعدت سوريا في الماضي", TUESDAY));
  }

  @Test
  void weekdayThatContradictsItsDateIsAProblem() {
    Timex t = timexes("الأحد التاسع من كانون الأول 2024", null).get(0);
    assertEquals("2024-12-09", t.value());
    assertNotNull(t.problem());
    assertTrue(t.problem().contains("الأحد") || t.problem().toLowerCase().contains("weekday"),
        t.problem());
  }

  @Test
  void sameTextTwoReferenceDatesResolveAccordingly() {
    String text = "قتل 12 شخصاً أمس، ويعقد المجلس جلسته الأسبوع المقبل";
    assertEquals(List.of("أمس=2024-12-09", "الأسبوع المقبل=2024-W51"), found(text, TUESDAY));
    assertEquals(List.of("أمس=2015-07-20", "الأسبوع المقبل=2015-W31"), found(text, "2015-07-21"));
  }

  @Test
  void publicationDateIsInferredFromContentWhenMissing() {
    Article article = ArticleBuilder.text("وصل في الثامن من ديسمبر الجاري إلى موسكو").build();
    Published p = TimeAnnotator.standard().annotate(article).published();
    assertEquals(Basis.CONTENT, p.basis());
    assertEquals("XXXX-12", p.value());
    assertNotNull(p.evidence());
  }

  @Test
  void nullArticleIsACallerMistake() {
    assertThrows(NullPointerException.class, () -> TimeAnnotator.standard().annotate((org.isnad.model.Article) null));
  }
}
