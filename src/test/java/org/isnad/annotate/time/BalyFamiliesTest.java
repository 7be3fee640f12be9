package org.isnad.annotate.time;

import static org.isnad.annotate.time.TimeAnnotatorTest.found;
import static org.isnad.annotate.time.TimeAnnotatorTest.only;
import static org.isnad.annotate.time.TimeAnnotatorTest.timexes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.isnad.model.TimexMod;
import org.junit.jupiter.api.Test;

/**
 * Families of time expressions found missing or mis-valued on the baly2018 development gold
 * (round 2): page furniture (copyright years, datelines), tokenised crawls («08 : 41», «عام ا»),
 * month-only reference dates, and a few constructions. One test per family, Arabic inline.
 */
class BalyFamiliesTest {
  @Test
  void copyrightYearsAfterTheMarkOrBeforeTheRightsLine() {
    assertEquals("2017=2017", only("جميع الحقوق محفوظة 2017 شبكة الجزيرة الإعلامية", null));
    assertEquals("2018=2018", only("جميع الحقوق محفوظة لقناة الحدث 2018 X تم إرسال تعليقك", null));
    assertEquals("2018=2018", only("اختيار المحرر Copyright euronews 2018 العربية", null));
    assertEquals("2018=2018", only("مواقع التواصل الإجتماعي 2018 جميع حقوق النشر محفوظة", null));
    assertEquals(List.of(), found("وصل عدد الضحايا 2018 شخصا", null));
  }

  @Test
  void aDatelineYearOpeningTheTextBeforePunctuation() {
    assertEquals("2017=2017", only("2017 , عن المقتل المرجح لزعيم التنظيم", null));
    assertEquals("2017=2017", only("2017 ) ذكرت صحيفة كورية", null));
    assertEquals(List.of(), found("2017 شخصا قتلوا", null));
  }

  @Test
  void theDualYearsHeadAndASpacedConjunction() {
    assertEquals(List.of("عامي 2011=2011", "2014=2014"),
        found("منحت 14 مليون يورو بين عامي 2011 و 2014 , مما فتح", null));
  }

  @Test
  void clockTimesWithSpacedColonsAndSeconds() {
    assertEquals("08 : 41 صباحا=XXXX-XX-XXT08:41", only("08 : 41 صباحا - آخر تعديل", null));
    assertEquals("07 : 27=XXXX-XX-XXT07:27", only("في المحتوى الرئيسي 07 : 27 .", null));
    assertEquals(List.of(), found("فاز الفريق 2 : 1 على ضيفه", null));
  }

  @Test
  void aDateAndTheClockTimeAfterItAreOneTime() {
    assertEquals("2018 - 01 - 17 15 : 35 : 31=2018-01-17T15:35:31",
        only("2018 - 01 - 17 15 : 35 : 31 تعاقدت ادارة الفريق", null));
    assertEquals("الجمعة , 08 كانون 1 / ديسمبر 2017 12 : 23=2017-12-08T12:23",
        only("انشأ بتاريخ : الجمعة , 08 كانون 1 / ديسمبر 2017 12 : 23 [ الحلقة", null));
  }

  @Test
  void minutesAndSecondsOfALength() {
    assertEquals("5 : 02 دقيقة=PT5M2S", only("( 5 : 02 دقيقة ) نشرة", null));
  }

  @Test
  void spacedNumericDatesButNotUrlPaths() {
    assertEquals("2015 / 9 / 26=2015-09-26", only("2015 / 9 / 26 - اجتمع قادة", null));
    assertEquals("1426 / 9 / 22 ه=2005-10-25", only("صدر في 1426 / 9 / 22 ه القرار", null));
    assertEquals(List.of(), found("الصورة public/2015/06/01/not.JPG كشف المدرب", null));
  }

  @Test
  void todayWithOnlyAPublicationMonth() {
    assertEquals("اليوم=XXXX-10-XX", only("وما بعد أستانة حتى اليوم , والانخراط", "XXXX-10"));
    assertEquals("اليوم الثلاثاء=XXXX-04-XX", only("ضرب اليوم الثلاثاء زلزال", "XXXX-04"));
    assertEquals("مساء اليوم=2017-06-XXTEV", only("المباراة التي جمعته مساء اليوم مع", "2017-06"));
    assertEquals("أمس=null", only("وقال أمس إن", "2017-06"));
  }

  @Test
  void aPublicationMonthResolvesWhatAllItsDaysAgreeOn() {
    assertEquals("العام الماضي=2016", only("ارتفعت الأسعار العام الماضي", "2017-10"));
  }

  @Test
  void aDeicticDayAndTheFullDateNamingItAreOne() {
    assertEquals("أمس الأحد 04 سبتمبر / أيلول 2016=2016-09-04",
        only("وجاء في البيان الصادر أمس الأحد 04 سبتمبر / أيلول 2016 , بخصوص", "2016-09-05"));
    assertEquals("اليوم السبت 20 يناير الجاري=XXXX-01-20",
        only("في هلع كبير , اليوم السبت 20 يناير الجاري بعد ارتفاع", "XXXX-01"));
  }

  @Test
  void soonAndALittleWhileAgo() {
    assertEquals("قريبا=FUTURE_REF", only("سيرى النور قريبا وسيضم", null));
    assertEquals("قليل=PAST_REF", only("إقرأ أيضا منذ قليل", null));
    assertEquals(List.of(), found("عدد قليل من الناس", null));
  }

  @Test
  void twoProcliticsBeforeADeicticDay() {
    assertEquals("الأمس=2012-08-12", only("وبالأمس تحدثت زوجته", "2012-08-13"));
  }

  @Test
  void aLengthAndAHalf() {
    assertEquals("24 عام ا ونصف العام=P24Y6M", only("تم تجميده منذ 24 عام ا ونصف العام , أي", null));
    assertEquals("سنة ونصف=P1Y6M", only("تصغر أمها بسنة ونصف فقط", null));
    assertEquals("ساعة ونصف=PT1H30M", only("استمر الاجتماع ساعة ونصف", null));
  }

  @Test
  void compoundNumberWordsInALastPeriod() {
    assertEquals("الساعات الثماني والأربعين المقبلة=PT48H",
        only("تنفيذ الاتفاق خلال الساعات الثماني والأربعين المقبلة , في", null));
  }

  @Test
  void centuriesFiscalYearsAndEnglishOrderDates() {
    assertEquals("القرن 21=20", only("على مشارف القرن 21 , يقول", null));
    // the part of the century belongs to the expression (its mod is MID)
    assertEquals("منتصف القرن العشرين=19", only("في منتصف القرن العشرين كان", null));
    assertEquals("السنة المالية 2011=FY2011", only("من السنة المالية 2011 - حتى", null)
        .replace("الآن", ""));
    assertEquals("مارس 12 , 2016=2016-03-12", only("مقالات ذات صلة مارس 12 , 2016 روابط", null));
  }

  @Test
  void hourWordsAfterAlSaaOrBeforeAPartOfDay() {
    assertEquals("الثامنة صباح ا=XXXX-XX-XXT08:00",
        only("تضع في بريدك كل ما تحتاج قبل الثامنة صباح ا بتوقيت القاهرة", null));
    assertEquals("الساعة العاشرة والنصف=XXXX-XX-XXT10:30", only("بدأ الاجتماع الساعة العاشرة والنصف", null));
    assertEquals("الثانية عشرة ظهرا=XXXX-XX-XXT12:00", only("في الثانية عشرة ظهرا", null));
    assertEquals(List.of(), found("فازت بالمرتبة الثانية من بين المتسابقين", null));
  }

  @Test
  void anAgeAfterKanFiWithItsTens() {
    assertEquals("الخامسة والثلاثين=P35Y", only("عندما كان في الخامسة والثلاثين .", null));
    assertEquals("سن الرابعة عشرة=P14Y", only("في سن الرابعة عشرة", null));
  }

  @Test
  void aBareClockTimeBelongsToTheDateBeforeItAPartOfDayToTheDateAfter() {
    assertEquals(List.of("2018 - 01 - 21 07 : 53=2018-01-21T07:53", "2018 - 01 - 20=2018-01-20"),
        found("تصفح أيضا : 2018 - 01 - 21 07 : 53 2018 - 01 - 20 قال", null));
    assertEquals(List.of("02 يناير 2018=2018-01-02", "03 : 06 مساء الأحد 18 يونيو 2017=2017-06-18T15:06"),
        found("الثلاثاء 02 يناير 2018 03 : 06 مساء الأحد 18 يونيو 2017 قال", null).stream()
            .map(t -> t.replace("الثلاثاء ", "")).toList());
  }

  @Test
  void nearIsNotSoon() {
    assertEquals(List.of(), found("وأصبح الشعور الوطني في مصر قريبا منها", null));
    assertEquals(List.of(), found("الهجوم على الرمادي بات قريبا", null));
  }

  @Test
  void todayInAnArticleWhoseMonthWasInferredFromItsText() {
    assertEquals(List.of("يناير الحالي=XXXX-01", "اليوم=XXXX-01-XX"),
        found("وقعت هجمات خلال يناير الحالي . وقال الوزير اليوم إن", null));
  }

  @Test
  void aClockTimeAfterAWeekdayAloneStaysApart() {
    assertEquals(List.of("السبت الماضي=2017-06-10", "11 : 00=XXXX-XX-XXT11:00"),
        found("كان من المفترض ان تبدأ السبت الماضي 11 : 00 دعت", "2017-06-13"));
  }

  @Test
  void theSameDayTheChannelAndTeensWithAsher() {
    assertEquals("ذات اليوم=null", only("كما انعقد في ذات اليوم مؤتمر", "2017-12-10"));
    assertEquals(List.of(), found("ذكرت قناة روسيا اليوم الإخبارية", "2017-12-10"));
    assertEquals("الثانية عشر=P12Y", only("وبينما كانت في الثانية عشر من عمرها", null));
  }

  @Test
  void aWeekdayBeforeACommaAfterAnyWord() {
    assertEquals("السبت=2017-09-30", only("كشف مجدلاني في تصريحات صحفية السبت , أن القيادة", "2017-10-01"));
    assertEquals(List.of(), found("انطلقت عقب صلاة الجمعة , 39 مظاهرة", "2017-12-10"));
  }

  @Test
  void anEdgeOfAMonthWithItsRelationWord() {
    assertEquals("بداية شهر آب الحالي=XXXX-08", only("تم رفع عدد ساعات الضخ ببداية شهر آب الحالي", "XXXX-08"));
    assertEquals(TimexMod.START, timexes("تم رفع الضخ ببداية شهر آب الحالي", "XXXX-08").get(0).mod());
    assertEquals(List.of("نهاية يناير=XXXX-01", "بداية فبراير المقبلين=XXXX-02"),
        found("سيؤجل إلى نهاية يناير وبداية فبراير المقبلين وربما", "XXXX-12"));
  }

  @Test
  void aLengthBeforeAnEventCountsBackFromTheDayNamedAfterIt() {
    assertEquals(List.of("قبل ثلاثة أشهر=2015-08", "13 تشرين الثاني / نوفمبر عام 2015=2015-11-13"),
        found("جنب وقوع مجزرة قبل ثلاثة أشهر من وقوع الاعتداءات التي هزت باريس في 13 تشرين الثاني"
            + " / نوفمبر عام 2015 والتي", "2017-10-11"));
    assertEquals("قبل ثلاثة أشهر=null",
        only("جنب وقوع مجزرة قبل ثلاثة أشهر من وقوع الاعتداءات", "2017-10-11"));
    assertEquals("قبل ثلاثة أشهر=2017-07",
        found("وقعت قبل ثلاثة أشهر من الآن", "2017-10-11").get(0));
  }
}
