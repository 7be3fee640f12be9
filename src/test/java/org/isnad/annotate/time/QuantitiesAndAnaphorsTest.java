package org.isnad.annotate.time;

import static org.isnad.annotate.time.TimeAnnotatorTest.found;
import static org.isnad.annotate.time.TimeAnnotatorTest.timexes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, time round 3 (forms read in the errors of the earlier baly2018 held-out golds, which
 * became development sets): words of quantity and period parts with their mod, the half of the
 * day said after a clock time, times named by reference («آنذاك»), vague references, copyright
 * years, compound lengths and the outlets named «… اليوم». One test per form, Arabic inline.
 */
class QuantitiesAndAnaphorsTest {
  private static final String THURSDAY = "2017-12-21";

  /** "text=value mod" of every expression. */
  private static List<String> withMods(String text, String published) {
    return timexes(text, published).stream()
        .map(t -> t.text() + "=" + t.value() + (t.mod() == null ? "" : " " + t.mod())).toList();
  }

  @Test
  void aWordOfQuantityBelongsToTheExpressionAndGivesItsMod() {
    assertEquals(List.of("أكثر من 24 ساعة=PT24H MORE_THAN"),
        withMods("وبعد أكثر من 24 ساعة على الهجوم", THURSDAY));
    assertEquals(List.of("أكثر من ساعتين=PT2H MORE_THAN"),
        withMods("اجتمع مجلس الأمن القومي لأكثر من ساعتين", THURSDAY));
    assertEquals(List.of("ما يزيد على 100 سنة=P100Y MORE_THAN"),
        withMods("وهو دواء معروف منذ ما يزيد على 100 سنة", THURSDAY));
    assertEquals(List.of("قرابة الساعة الثانية من بعد الظهر=XXXX-XX-XXT14:00 APPROX"),
        withMods("وقع الانفجار قرابة الساعة الثانية من بعد الظهر", null));
    // a number that counts no time takes nothing: «نحو 300 مقاتل»
    assertEquals(List.of(), withMods("وصل نحو 300 مقاتل إلى المدينة", THURSDAY));
  }

  @Test
  void aPartOfThePeriodBeforeACenturyGivesItsMod() {
    assertEquals(List.of("أوائل القرن التاسع عشر=18 START"),
        withMods("بني المسجد في أوائل القرن التاسع عشر", THURSDAY));
    assertEquals(List.of("أواسط القرن الماضي=19 MID"),
        withMods("هاجرت العائلة في أواسط القرن الماضي إلى", THURSDAY));
  }

  @Test
  void theHalfOfTheDaySaidAfterAClockTime() {
    assertEquals(List.of("8 : 11 م=XXXX-XX-XXT20:11", "10 : 57 ص=XXXX-XX-XXT10:57"),
        found("آخر تحديث 8 : 11 م نشر في 10 : 57 ص", null));
    assertEquals(List.of("May 14 , 2016 6 : 36 PM=2016-05-14T18:36"),
        found("نشر May 14 , 2016 6 : 36 PM", null));
    // «م» after a year is its era, not the evening
    assertEquals(List.of("2015م=2015"), found("في 2015م وقع", null));
  }

  @Test
  void aTimeNamedByReferenceIsADateOfNoValue() {
    assertEquals(List.of("آنذاك=null"), found("وكان الرئيس آنذاك يرفض الحوار", THURSDAY));
    assertEquals(List.of("وقتذاك=null"), found("كما قال وزير الخارجية وقتذاك", THURSDAY));
    assertEquals(List.of("يومها=null"), found("وقد خرجت يومها مظاهرات في المدينة", THURSDAY));
    // «يومها الوطني» is its day, and «حينها» is often the «then» of a condition
    assertEquals(List.of(), found("احتفلت المدرسة بيومها الوطني", THURSDAY));
    assertEquals(List.of(), found("ونحن سنقيم معكم علاقات جيدة وحينها سيكتسب الطرفان", THURSDAY));
  }

  @Test
  void vagueReferences() {
    assertEquals(List.of("الآونة الأخيرة=PAST_REF"),
        found("تصاعدت الهجمات في الآونة الأخيرة على", THURSDAY));
    assertEquals(List.of("المدى المنظور=FUTURE_REF"),
        found("لا حل في المدى المنظور للأزمة", THURSDAY));
    assertEquals(List.of("الحاضر=PRESENT_REF"), found("كما حصل في الماضي فقد تداخل في الحاضر أيضا",
        THURSDAY).subList(1, 2));
    assertEquals(List.of("قبل قليل=PAST_REF"), found("أعلن قبل قليل أن", THURSDAY));
    // «الحاضر» as the one present is no time
    assertEquals(List.of(), found("وقال الحاضر في الاجتماع", THURSDAY));
  }

  @Test
  void copyrightYearsFurtherFromTheMark() {
    assertEquals(List.of("2018=2018"), found(
        "جميع الحقوق محفوظة , شبكة تلفزيون الشرق الأوسط 2018 XS SM", null));
    assertEquals(List.of("2010=2010"), found("الأقسام 2010 , جميع الحقوق محفوظة", null));
  }

  @Test
  void yearsAfterARelativeWordAndAnEnglishPreposition() {
    assertEquals(List.of("2014=2014"),
        found("بلغت قيمتها أكثر من مليار يورو منذ 2014 مما يجعلها", THURSDAY));
    assertEquals(List.of("2018=2018"),
        found("Seven Priorities for the African Union in 2018 https", THURSDAY));
    assertEquals(List.of("عام / 1971=1971"), found("تأسست عام / 1971 / في", THURSDAY));
  }

  @Test
  void outletsNamedTodayAndTheLastDayAreNoDays() {
    assertEquals(List.of(), found("كل الحقوق محفوظة لموقع السودان اليوم", THURSDAY));
    assertEquals(List.of(), found("ودمشق تعترض 3 صواريخ - فلسطين اليوم ادخل كلمات البحث",
        THURSDAY));
    assertEquals(List.of(), found("بين من آمن بالله واليوم الآخر", THURSDAY));
    // prose keeps its day
    assertEquals(List.of("اليوم=2017-12-21"), found("وصل الوفد إلى سوريا اليوم", THURSDAY));
  }

  @Test
  void compoundLengthsAreOneLength() {
    assertEquals(List.of("12 ساعه و 54 دقيقه=PT12H54M"), found("منذ 12 ساعه و 54 دقيقه", THURSDAY));
    assertEquals(List.of("5 أشهر و 3 أيام=P5M3D"), found("سجن 5 أشهر و 3 أيام", THURSDAY));
  }

  @Test
  void yearsWithoutACountAreALengthOfYears() {
    assertEquals(List.of("سنوات=PXY"), found("التي تسببت بها سنوات من الصراع", THURSDAY));
    assertEquals(List.of(), found("سنوات ضوئية", THURSDAY));
  }

  @Test
  void writtenFormsOfDays() {
    assertEquals(List.of("يوم أمس=2017-12-20"), found("قال يوم أمس إن", THURSDAY));
    assertEquals(List.of("يومي الأحد والإثنين الماضيين=2017-12-17"),
        found("عقدت يومي الأحد والإثنين الماضيين", THURSDAY));
    assertEquals(List.of("الأحد , يناير 21 , 2018=2018-01-21"),
        found("Ar Raqqah , Syria الأحد , يناير 21 , 2018 Sign in", THURSDAY));
    assertEquals(List.of("الأحد 12 نوفمبر 2017 - 12 : 15=2017-11-12T12:15"),
        found("نشر في الأحد 12 نوفمبر 2017 - 12 : 15 آخر", THURSDAY));
    assertEquals(List.of("7 / 29 / 2016=2016-07-29"), found("نشر 7 / 29 / 2016 وقال", null));
    assertEquals(List.of("يونيو المقبل عام 2018=2018-06"),
        found("تجرى في يونيو المقبل عام 2018 الانتخابات", THURSDAY));
    // the span ends with the month's second name, not the space after it
    assertEquals(List.of("التاسع من ديسمبر / كانون الأول=2017-12-09"),
        found("في التاسع من ديسمبر / كانون الأول , قال", THURSDAY));
  }

  @Test
  void aNumberFrom1920To2029StandingAloneIsAYear() {
    assertEquals(List.of("2013=2013"), found("حال الصحفيين في مصر منذ انقلاب 2013 , فيما", THURSDAY));
    assertEquals(List.of("2018=2018"), found("وقد يعجبك أيضا تابعونا Sputnik Arabic 2018 Sputnik .",
        THURSDAY));
    assertEquals(List.of("1999=1999"), found("الدكتورة ماري صبحي ( أستاذ 1999 ) , الأستاذة", THURSDAY));
    // counts, amounts, resolutions and ids are no years
    assertEquals(List.of(), found("قتل نحو 2000 شخص في المدينة", THURSDAY));
    assertEquals(List.of(), found("والمازوت يباع بين مبلغ 2000 و 3000 ليرة", THURSDAY));
    assertEquals(List.of(), found("وفق القرار 2014 الصادر عن مجلس الأمن", THURSDAY)
        .stream().filter(t -> t.startsWith("2014")).toList());
    assertEquals(List.of(), found("من 2600 سعرة حرارية إلى 2000 سعرة", THURSDAY));
    assertEquals(List.of(), found("أرسل أكثر من 1990 جنديا", THURSDAY));
  }

  @Test
  void aYearInTheNameOfAnEventOrAPlanIsNoTime() {
    assertEquals(List.of(), found("على هامش معرض دبي الدولي للطيران 2017 وقع", THURSDAY));
    assertEquals(List.of(), found("يتماشى مع خطة دبي 2021 حيث", THURSDAY));
    // a word that announces a year still does («انتخابات 2018»)
    assertEquals(List.of("2018=2018"), found("قبل انتخابات 2018 في العراق", THURSDAY));
  }

  @Test
  void theFollowingDaysTheOClockArticleAndTheStartOfAHijriMonth() {
    assertEquals(List.of("الأيام القليلة التالية=PXD"),
        found("وفي الأيام القليلة التالية عاد", THURSDAY));
    assertEquals(List.of("الساعة الـ 12 مساء=XXXX-XX-XXT12:00", "الساعة الـ 3 مساء=XXXX-XX-XXT15:00"),
        found("من الساعة الـ 12 مساء حتى الساعة الـ 3 مساء", null));
    assertEquals(List.of("مطلع شهر ذي القعدة القادم=null START"),
        withMods("يبدأ في مطلع شهر ذي القعدة القادم", null));
  }

  @Test
  void hoursAgoIsATimeOfNoKnownValue() {
    assertEquals(List.of("قبل ساعتين=null"), found("نشر قبل ساعتين", THURSDAY));
    assertEquals(List.of("قبل ثلاثة أيام=2017-12-18"), found("وصل قبل ثلاثة أيام", THURSDAY));
  }

  @Test
  void roughlyAfterALengthAndThePastAndPresentAsNouns() {
    assertEquals(List.of("18 ساعة تقريبا=PT18H APPROX"),
        withMods("استمر الاجتماع 18 ساعة تقريبا ثم", THURSDAY));
    assertEquals(List.of("الماضي=PAST_REF"), found("فلا يختلف اليوم عن الماضي فهو", THURSDAY)
        .subList(1, 2));
    assertEquals(List.of("الماضي=PAST_REF", "الحاضر=PRESENT_REF"),
        found("القدس في الماضي والحاضر", THURSDAY));
    // after its noun «الماضي» is the adjective of that noun's expression
    assertEquals(List.of("الشهر الماضي=2017-11"), found("وصل الشهر الماضي", THURSDAY));
    assertEquals(List.of("الأسبوعين المنصرمين=P2W"),
        found("الذين اعتقلوا على مدى الأسبوعين المنصرمين", THURSDAY));
  }

  @Test
  void aDateAndTheClockTimeAfterASemicolon() {
    assertEquals(List.of("الأحد , 04 سبتمبر / ايلول 2016 ; 09 : 17=2016-09-04T09:17"),
        found("الأحد , 04 سبتمبر / ايلول 2016 ; 09 : 17 مطالب", null));
  }

  @Test
  void anOrdinalBeforeOfHerAgeIsAnAge() {
    assertEquals(List.of("الستين=P60Y"), found("جثة والدته في الستين من عمرها بأحد المستودعات",
        THURSDAY));
  }

  @Test
  void theNewspaperRaiAlYoumIsNoDay() {
    assertEquals(List.of(), found("بحسب ما نقلت صحيفة رأي اليوم عن مصادر", THURSDAY));
  }

  @Test
  void aSpacedUrlPathHoldsNoDate() {
    assertEquals(List.of(), found("ir / news / image / 855x495 / / 2015 / 02 / 03 / alalam", null));
  }

  @Test
  void twoMonthsAreNoMonthlyRecurrence() {
    assertEquals(List.of(), found("خلال شهري أكتوبر ونوفمبر", THURSDAY).stream()
        .filter(t -> t.endsWith("=P1M")).toList());
  }
}
