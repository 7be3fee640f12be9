package org.isnad.annotate.time;

import static org.isnad.annotate.time.TimeAnnotatorTest.found;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forms read on baly2018 and SaudiNewsNet pages outside every gold (issue 15, time round 2):
 * the same year or month as a date before it, a unit after a bound, «الغد» as a future and
 * weekdays that name a weekly event. One test per form, Arabic inline.
 */
class FreshOutletFormsRoundTwoTest {
  private static final String THURSDAY = "2017-12-21";

  @Test
  void theSameYearOrMonthTakesTheDateBeforeItInItsSentence() {
    assertEquals(List.of("عام 2015=2015", "العام نفسه=2015"),
        found("انطلقت العملية عام 2015 , وفي العام نفسه أعلن التحالف عن خطته", THURSDAY));
    assertEquals(List.of("12 مارس 2016=2016-03-12", "نفس الشهر=2016-03"),
        found("وقع الهجوم في 12 مارس 2016 وتلاه هجوم آخر في نفس الشهر", THURSDAY));
    assertEquals(List.of("العام 1995=1995", "الثالث من سبتمبر=1995-09-03", "نفس العام=1995"),
        found("أسست في العام 1995 وصدر العدد الأول منها في الثالث من سبتمبر من نفس العام",
            THURSDAY));
    assertEquals(List.of("الشهر نفسه=null"),
        found("وفي الشهر نفسه شكلت الحركة حكومة جديدة", THURSDAY));
  }

  @Test
  void aUnitAfterABoundIsALengthOfOne() {
    assertEquals(List.of("أكثر من أسبوع=P1W"),
        found("رفض التحالف طلب مجلس الأمن منذ أكثر من أسبوع رفع الحصار", THURSDAY));
    assertEquals(List.of("أقل من شهر=P1M"),
        found("يأتي الهجوم بعد أقل من شهر من قيام رجل بطعن تسعة أشخاص", THURSDAY));
  }

  @Test
  void tomorrowBeforeADefiniteAdjectiveIsNoDay() {
    assertEquals(List.of(), found("وعملت مجموعة الغد المشرق التطوعية على حل المشاكل", THURSDAY));
    assertEquals(List.of("الغد=2017-12-22"), found("يصل الوفد في الغد إلى جنيف", THURSDAY));
  }

  @Test
  void aWeekdayNamingAWeeklyEventIsNoDay() {
    assertEquals(List.of(), found("وشارك في ندوة الأربعاء عدد من الباحثين", THURSDAY));
    assertEquals(List.of(), found("وقرأ الكاهن من إنجيل الأحد مقطعا قصيرا", THURSDAY));
    assertEquals(List.of(), found("صداما حتميا مع روسيا أو الولايات المتحدة أو الاثنين معا", THURSDAY));
  }

  @Test
  void aPastOrPresentSeasonOfPlayIsADateButAComingOneAPurpose() {
    assertEquals(List.of("الموسم الماضي=null"),
        found("سجل 12 هدفا في 12 مباراة الموسم الماضي مع فريقه", THURSDAY));
    assertEquals(List.of("الموسم الحالي=null"),
        found("أحرز 20 هدفا منذ بداية الموسم الحالي للدوري", THURSDAY));
    assertEquals(List.of(), found("أنهى الفريق معسكره الإعدادي للموسم المقبل في تونس", THURSDAY));
  }

  @Test
  void theEdgeOfASchoolYearIsNoEdgeOfTheCalendarYear() {
    assertEquals(List.of(), found("تأجيل بداية العام الدراسي إلى ما بعد إجازة الحج", THURSDAY));
    assertEquals(List.of("بداية العام=2017"), found("وقع الاتفاق في بداية العام وتأخر تنفيذه", THURSDAY)
        .stream().map(x -> x.replace(" START", "")).toList());
  }

  @Test
  void oneUnitWithItsCountAfterIt() {
    assertEquals(List.of("عام واحد=P1Y", "خمسة أعوام=P5Y"),
        found("تتراوح العقوبة بين عام واحد وخمسة أعوام", THURSDAY));
  }

  @Test
  void aLengthAfterAnEventWithAla() {
    assertEquals(1, found("بث أول شريط فيديو للمفتشين بعد أسبوع على بداية مهمتهم", THURSDAY)
        .size());
  }

  @Test
  void aYearAtTheEdgeBeforeAWordEndingInAlif() {
    assertEquals(List.of("أواخر ديسمبر 2013=2013-12", "بداية 2014=2014"),
        found("ابتداء من أواخر ديسمبر 2013 , ورغم طردهم في بداية 2014 إلا أن المدينة", THURSDAY)
            .stream().map(x -> x.replaceAll(" (START|END)$", "")).toList());
  }

  @Test
  void aRelationalAdjectiveAfterANameWithAbdIsAFamilyName() {
    assertEquals(List.of(), found("عبدالرحمن الشهري - عسير تلقى مركز التوجيه بلاغا", THURSDAY));
    assertEquals(List.of("الشهري=P1M"), found("أعلنت الشركة التقرير الشهري للمبيعات", THURSDAY));
  }
}
