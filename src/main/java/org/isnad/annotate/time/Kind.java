package org.isnad.annotate.time;

/** What a time-expression pattern recognised, before resolution. */
enum Kind {
  /** Day and month, with or without weekday, year and relation word. */
  DAY_MONTH,
  /** Numeric date: 8/12/2024, 2024-12-08. */
  NUMERIC_DATE,
  /** Month, day and year in the English order: "مارس 12 , 2016". */
  MONTH_DAY_YEAR,
  /** A Hijri date or year. */
  HIJRI,
  /** A Hijri day and month without a year: "28 شوال", "السادس من شهر شوال". */
  HIJRI_DAY,
  /** A Hijri month without a year: "شهر رمضان المبارك", "في ذي الحجة". */
  HIJRI_MONTH,
  /** عيد الفطر، عيد الأضحى، "أول أيام العيد". */
  FEAST,
  /** A season: الصيف، "هذا الشتاء"، "صيف 2015". */
  SEASON,
  /** A quarter of a year: "الربع الثاني من العام الجاري". */
  QUARTER,
  /** Month with a year or a relation word. */
  MONTH,
  /** A month alone after "في", "خلال", "منذ", "حتى", "شهر". */
  MONTH_ALONE,
  /** "مطلع العام الحالي", "نهاية نوفمبر". */
  EDGE,
  /** "عام 2015". */
  YEAR,
  /** A year without "عام": "في 2011", "بين 2012 و2014", "2016م". */
  BARE_YEAR,
  /** A weekday on its own. */
  WEEKDAY,
  /** أمس، اليوم، غداً، أول أمس. */
  RELATIVE_DAY,
  /** "ذلك اليوم": the day last mentioned. */
  THAT_DAY,
  /** "العام نفسه", "نفس الشهر": the year or month of the date before it in the sentence. */
  THAT_PERIOD,
  /** الأسبوع/الشهر/العام الماضي/الجاري/المقبل. */
  RELATIVE_PERIOD,
  /** "الموسم الماضي": a sports season, a date of no known value. */
  PLAY_SEASON,
  /** "قبل ثلاثة أيام". */
  AGO,
  /** "بعد أربعة أيام من هذه الرحلة". */
  AFTER,
  /** A clock time, with or without a part of day. */
  CLOCK,
  /** A part of the day ("مساء", "فجر") that introduces a day. */
  PART,
  /** "40 يوم", "آخر 24 ساعة", "السنوات التسع الماضية". */
  DURATION,
  /** "كل أسبوع", "يومياً". */
  SET,
  /** حالياً، مؤخراً، في المستقبل: PRESENT_REF, PAST_REF, FUTURE_REF. */
  VAGUE,
  /** "القرن 21", "القرن العشرين": a century (TIMEX3 20, 19). */
  CENTURY,
  /** "السنة المالية 2011": a fiscal year (FY2011). */
  FISCAL_YEAR,
  /** "التسعينات": a decade of the twentieth century unless said otherwise. */
  DECADE
}
