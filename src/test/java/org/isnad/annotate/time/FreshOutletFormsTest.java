package org.isnad.annotate.time;

import static org.isnad.annotate.time.TimeAnnotatorTest.found;
import static org.isnad.annotate.time.TimeAnnotatorTest.only;
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
}
