package org.isnad.annotate.time;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which kinds the finder tries where: fewer tries, never fewer expressions. */
class TimexTriggersTest {
  private static final TimexTriggers TRIGGERS = new TimexTriggers(TimeLexicon.bundled());

  /** Whether the finder tries {@code kind} at {@code word} of {@code text}. */
  private static boolean tries(Kind kind, String text, String word) {
    String normalized = TimeLexicon.normalize(text);
    return TRIGGERS.kindsAt(normalized, normalized.indexOf(TimeLexicon.normalize(word)))
        .contains(kind);
  }

  private static boolean triesBareYear(String text, String word) {
    return tries(Kind.BARE_YEAR, text, word);
  }

  @Test
  void aBareYearIsTriedOnlyAtANumberShapedLikeAYear() {
    assertTrue(triesBareYear("انقلاب 2013 في البلاد", "2013"));
    assertTrue(triesBareYear("ولد و1999 كان", "و1999"));
    assertFalse(triesBareYear("دفع 3500 دولار", "3500"));
    assertFalse(triesBareYear("دفع 20150 دولار", "20150"));
    assertFalse(triesBareYear("في 1899 كان", "1899"));
    assertFalse(triesBareYear("خلال 12 يوما", "12"));
    assertTrue(TimexTriggers.isYear("2015", 0));
    assertFalse(TimexTriggers.isYear("201", 0));
  }

  private static boolean triesLength(String text, String word) {
    return tries(Kind.DURATION, text, word);
  }

  @Test
  void aLengthIsTriedOnlyAtAWordItCanBeginWith() {
    assertFalse(triesLength("وصل الوفد امس إلى", "امس"));
    assertFalse(triesLength("وصل الوفد الخميس", "الخميس"));
    assertTrue(triesLength("خلال اليومين الماضيين", "اليومين"));
    assertTrue(triesLength("خلال السنوات الأخيرة", "السنوات"));
    assertTrue(triesLength("خلال الثمانية أشهر الأخيرة", "الثمانية"));
    assertTrue(triesLength("بعد ثلاثة أيام", "ثلاثة"));
    assertTrue(triesLength("منذ سنوات", "سنوات"));
    assertTrue(triesLength("في هذه الأيام الأخيرة", "هذه"));
    assertTrue(triesLength("خلال 12 ساعة", "12"));
  }

  @Test
  void aDayOrAnHourIsNotTriedAtANumberOfThreeDigitsOrMore() {
    String normalized = TimeLexicon.normalize("قتل 350 شخصا في 2015 و 1436 و 12345");
    java.util.Set<Kind> atThreeDigits = TRIGGERS.kindsAt(normalized, normalized.indexOf("350"));
    assertFalse(atThreeDigits.contains(Kind.DAY_MONTH));
    assertFalse(atThreeDigits.contains(Kind.CLOCK));
    assertFalse(atThreeDigits.contains(Kind.HIJRI));
    assertTrue(atThreeDigits.contains(Kind.DURATION));
    assertTrue(TRIGGERS.kindsAt(normalized, normalized.indexOf("2015")).contains(Kind.NUMERIC_DATE));
    assertFalse(TRIGGERS.kindsAt(normalized, normalized.indexOf("2015")).contains(Kind.HIJRI));
    assertTrue(TRIGGERS.kindsAt(normalized, normalized.indexOf("1436")).contains(Kind.HIJRI));
    assertFalse(TRIGGERS.kindsAt(normalized, normalized.indexOf("12345")).contains(Kind.DURATION));
  }

  @Test
  void numbersThatAreNoYearsLoseNoExpression() {
    FinderAgreement.assertFindsWhatEveryPatternFinds(List.of(
        "بين 2000 و 3000 ليرة , 19999 , 1899 , و2015 , 20150 , 2015م , ل2016 وب2017",
        "حرب 1948 , 1936 - 1939 , جميع الحقوق محفوظة لقناة الحدث 2018 , معرض دبي 2017",
        "1971 - انضمام البحرين\n2000 : وصل , ( 1999 ) , 2019 ميلادية , 12 / 5 / 2016",
        "منذ سنوات وأعوام وسنين , عام واحد , ساعة ونصف , سنة ونصف , آخر ثلاثة أيام , أول يومين",
        "هذه الأيام الأخيرة , ربع ساعة , سن 15 , عمر الستين , في الستين من عمرها , عدة أيام",
        "على مدى سنوات , أيام قليلة , 05 : 30 دقيقة , وب12 ساعة , الساعات الثلاث الماضية",
        "اليومين الماضيين , العقدين الماضيين , السنوات الاربع اللاحقة , الأسابيع القليلة الماضية",
        "12 : 30 , 1436 / 6 / 9 ه , 1437هـ , 2015/03/04 , 123 يوما , 1234 ساعة , 12345 دقيقة",
        "5 شوال 1436 , 17 رمضان , 3 من شهر رمضان , 07 : 53 مساء , 350 ألف , 100 عام , 2.5 ساعة"));
  }
}
