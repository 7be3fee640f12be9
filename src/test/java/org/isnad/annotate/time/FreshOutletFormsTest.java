package org.isnad.annotate.time;

import static org.isnad.annotate.time.TimeAnnotatorTest.found;
import static org.isnad.annotate.time.TimeAnnotatorTest.only;
import static org.isnad.annotate.time.TimeAnnotatorTest.timexes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forms of time expressions read missing on baly2018 pages outside every gold (issue 15, round
 * 3): the newswire's bare weekday, a weekday heading a numeric date, years after a plain
 * preposition, and a few more. One test per form, Arabic inline.
 */
class FreshOutletFormsTest {
  private static final String THURSDAY = "2017-12-21";

  @Test
  void aBareWeekdayAfterTheSpeakerOrTheVerbIsTheDay() {
    assertEquals("الخميس=2017-12-21",
        only("قال رئيس الوزراء اللبناني سعد الحريري الخميس إن دول الخليج لا تعتزم", THURSDAY));
    assertEquals("السبت=2017-12-16",
        only("شنت طائرات عسكرية تركية السبت ضربات جوية على مواقع", THURSDAY));
    assertEquals("الجمعة=2017-12-15", only("والجمعة أعلنت وزارة الدفاع الأميركية أن", THURSDAY));
  }

  @Test
  void aBareWeekdayInANameOrANumberIsNoDay() {
    assertEquals(List.of(), found("تقبل تحياتي الاخ عبد الاحد سليمان المحترم", THURSDAY));
    assertEquals(List.of(), found("وصل الأحد عشر لاعبا إلى الملعب", THURSDAY));
    assertEquals(List.of(), found("وأوضح الدكتور الجمعة عقب الاجتماع أن الزيارة مهمة", THURSDAY));
  }

  @Test
  void weekdaysThatShareYawmiAreOneExpression() {
    assertEquals("يومي الثلاثاء والأربعاء=2017-12-19",
        only("أعلنت المديرية تعليق الدوام في المدارس يومي الثلاثاء والأربعاء جراء القصف", THURSDAY));
  }

  @Test
  void aWeekdayHeadsANumericDateWithItsEraMark() {
    assertEquals("الجمعة 10 / 07 / 2015 م=2015-07-10",
        only("انتهاكات وتهجير الجمعة 10 / 07 / 2015 م ( آخر تحديث )", null));
  }

  @Test
  void slashesAroundAMonthName() {
    assertEquals("الأربعاء 05 / نوفمبر / 2014=2014-11-05",
        only("صقر القوقاز الأربعاء 05 / نوفمبر / 2014 - شامل", null).replaceAll(" - .*", ""));
    assertEquals("29 كانون الثاني / 2017=2017-01-29",
        only("في 29 كانون الثاني / 2017 , بدأت عملية تهجير", null));
  }

  @Test
  void aMonthDayAndYearWithoutAComma() {
    assertEquals("يناير 21 2018=2018-01-21", only("مرآة سوريا | يناير 21 2018 / / ترامب", null));
  }

  @Test
  void aYearAfterAPlainPrepositionOrABirthWord() {
    assertEquals("2016=2016", only("وأشار تقرير إلى أن مصر تعرضت في 2016 لأكبر معدل انهيار", null));
    assertEquals("2011=2011", only("والنزاع السوري الذي اندلع في 2011 مع قمع تظاهرات", null));
    assertEquals("1989=1989", only("اسم معتقل واحد هو شيفان ( مواليد 1989 )", null));
    assertEquals(List.of(), found("شارك في 2000 مقاتل في الهجوم", null));
  }

  @Test
  void anAmbiguousMonthNamedTwiceOrAfterBefore() {
    assertEquals("مارس آذار=XXXX-03", only("ومن المقرر أن يقام مؤتمر للمانحين في مارس آذار في باريس",
        null));
    assertEquals("أيار=XXXX-05", only("استخدم الكيماوي 30 مرة قبل أيار , ومع ذلك", null));
  }

  @Test
  void aClockTimeTakesTheOneDateOfItsSentenceNearby() {
    assertEquals(List.of("08 : 41 صباحا=2017-11-21T08:41",
        "الثلاثاء 21 تشرين الثاني / نوفمبر 2017=2017-11-21"),
        found("08 : 41 صباحا - آخر تعديل في الثلاثاء 21 تشرين الثاني / نوفمبر 2017 .", null));
    assertEquals("20 : 38=XXXX-XX-XXT20:38", found("الخميس 15 ديسمبر 2016 آخر تحديث GMT 20 : 38"
        + " صدرت من لندن 21 مايو 2001", null).get(1));
  }

  @Test
  void theSecondYearOfAPairOrARangeAndAYearInParentheses() {
    assertEquals(List.of("2016=2016", "2017=2017"),
        found("أفادت عائلات قابلتها المنظمة في 2016 و 2017 بوقوع حالات اعتقال", null));
    assertEquals(List.of("العام 1980=1980", "1988=1988"),
        found("حربهم التي استمرت من العام 1980 الى 1988 تاركة وراءها", null));
    assertEquals("2015=2015", only("بعد توقيع اتفاقية المبادئ ( 2015 ) , أخذت", null));
    assertEquals("2015=2015", only("ومن بين ذلك في 2015 حينما جمعت المجموعة", null));
    assertEquals(List.of(), found("ينشر ما يزيد قليلا على 2000 عسكري و 2001 مدني", null));
  }

  @Test
  void backslashesInANumericDate() {
    assertEquals("17 \\ 1 \\ 2016=2016-01-17", only("تعرض للاختطاف بتاريخ 17 \\ 1 \\ 2016 ,", null));
  }

  @Test
  void twoNamesOfOneMonthAreAMonthAnywhere() {
    assertEquals(List.of("فبراير / شباط=XXXX-02", "أبريل / نيسان=XXXX-04"),
        found("في المناطق التي تسيطر عليها ما بين فبراير / شباط وأبريل / نيسان", null));
  }

  @Test
  void anEnglishRightsLine() {
    assertEquals("2018=2018", only("Security Services Company 2018 All Rights Reserved", null));
  }

  @Test
  void gluedMonthNamesAndAMisspeltWeekdayOfAPageHeader() {
    assertEquals("الاحد 21 ينايركانون الثاني 2018=2018-01-21",
        only("خارطة طريق سرية الاحد 21 ينايركانون الثاني 2018 , العدد : 10876", null));
    assertEquals("الثلائاء 5 ديسمبر 2017=2017-12-05", only("العدد 6041 الثلائاء 5 ديسمبر 2017 آخر", null));
  }

  @Test
  void levantineMonthsWithoutTheArticleChronologyLinesAndTheCloseOfAYear() {
    assertEquals("8 تشرين أول , 2007=2007-10-08", only("مشاركة في تاريخ 8 تشرين أول , 2007 ابناء يعبد", null));
    assertEquals("1971=1971", only("1971 - انضمام البحرين وقطر إلى جامعة الدول العربية", null));
    assertEquals("ختام 2015=2015", only("راح ضحيتها 15 مواطنا في ختام 2015 , إلى اتهام", null));
  }

  @Test
  void tonightAloneButNotAnOrdinalOrARelativeNight() {
    assertEquals("الليلة=2017-12-21TNI", only("سيزفا العروسان الليلة في منتجع الشاليهات", THURSDAY));
    assertEquals(List.of(), found("وصلت القافلة في الليلة الأولى من الحصار", THURSDAY));
    assertEquals(List.of(), found("تذكر الليلة التي قصفت فيها المدينة", THURSDAY));
    assertEquals(List.of(), found("وما أحوجنا في الليلة المظلمة إلى بدر ينير", THURSDAY));
  }

  @Test
  void lengthsAfterAWordOfExtentOrWithAnUnknownCount() {
    assertEquals("سنوات=PXY", only("ظلت العلاقات متوترة على مدى سنوات بين البلدين", THURSDAY));
    assertEquals("أيام=PXD", only("يتوقع سقوط المدينة في غضون أيام بحسب المصدر", THURSDAY));
    assertEquals("ساعات طويلة=PTXH", only("استأنفت القافلة طريقها بعد توقف ساعات طويلة وفقا للمرصد",
        THURSDAY));
    assertEquals(List.of(), found("تعمل غرفة العمليات على مدار الساعة لمتابعة الوضع", THURSDAY));
    assertEquals(List.of(), found("للجهود التي يقدمها طيلة أيام المعسكر", THURSDAY));
  }

  @Test
  void earlyCenturiesDualsWithTheArticleAndCountsBeforeTheirUnit() {
    assertEquals("القرن الخامس=04", only("وذلك في أوائل القرن الخامس , ولكن", null).replace("أوائل ", ""));
    assertEquals("العقدين الماضيين=P20Y", only("طور البرنامج على مدى العقدين الماضيين .", null));
    assertEquals("اليومين الماضيين=P2D", only("الهطولات التي شهدتها المحافظة خلال اليومين الماضيين", null));
    assertEquals("الثمانية أشهر الأخيرة=P8M", only("زادت التجارة خلال الثمانية أشهر الأخيرة من", null));
    assertEquals("السنوات الاربع اللاحقة=P4Y", only("اتخاذ إجراءات خلال السنوات الاربع اللاحقة ,", null));
  }

  @Test
  void laterThisYearsEdgeAndAnEnglishDate() {
    assertEquals("فيما بعد=FUTURE_REF", only("وسيتم الإعلان عن التفاصيل فيما بعد , بحسب", null));
    assertEquals(List.of(), found("وفيما بعد ذلك", null));
    assertEquals("بداية هذه السنة=2017 START", timexes("الذي أعلنه بداية هذه السنة رئيس الدولة",
        "2017-06-10").stream().map(t -> t.text() + "=" + t.value() + " " + t.mod()).findFirst()
        .orElse(""));
    assertEquals("December 2 , 2010 12 : 44 PM=2010-12-02T12:44",
        only("قال كلمة December 2 , 2010 12 : 44 PM تلحس", null));
  }

  @Test
  void thePerKindPreCheckFindsWhatEveryPatternFinds() {
    FinderAgreement.assertFindsWhatEveryPatternFinds(List.of(
        "قال الحريري الخميس إن الوفد وصل يوم 7 ديسمبر 2024 الساعة 6.58 من مساء يوم السبت",
        "في 2016 و 2017 , منذ عام 1948 , خلال الأسبوع الماضي وقبل ثلاثة أيام وبعد يومين من ذلك",
        "الاحد 21 ينايركانون الثاني 2018 , 1438 / 6 / 9 ه , 5 شوال 1436هـ الموافق 21 يوليو 2015م",
        "حاليا وفيما بعد ومؤخرا , صيف 2015 , الربع الأول من العام , التسعينيات , القرن الخامس",
        "يوميا وكل أسبوع , اليومين الماضيين , الثمانية أشهر الأخيرة , أيام قليلة , على مدى سنوات",
        "أمس الأحد وغدا واليوم والليلة , عيد الفطر , شهر رمضان , نهاية هذا العام , 08 : 41 صباحا",
        "1971 - انضمام , ( 2015 ) , 17 \\ 1 \\ 2016 , December 2 , 2010 , منتصف ليل الأحد",
        "للموسم المقبل والموسم الماضي , خمسة مواسم , على مدار الساعة , طيلة أيام المعسكر"));
  }

  @Test
  void seasonsOfPlay() {
    assertEquals("الموسم الماضي=null", only("سجل 12 هدفا في 12 مباراة الموسم الماضي , مع", THURSDAY));
    // a coming season is a purpose, not a time (round 2; the SaudiNewsNet gold leaves it out)
    assertEquals(List.of(), found("يستعد النادي للموسم المقبل بصفقات", THURSDAY));
    assertEquals("خمسة مواسم=P5Y", only("انضم إلى يوفنتوس بعد خمسة مواسم قضاها في ريال مدريد", null));
    assertEquals(List.of(), found("بدأ موسم الحج في مكة", THURSDAY));
  }
}
