package org.isnad.annotate.time;

import java.time.LocalDate;
import java.util.function.Function;
import org.isnad.model.TimexType;

/**
 * Seasons ("الصيف الماضي" → {@code 2014-SU}) and quarters ("الربع الثاني من العام الجاري" →
 * {@code 2015-Q2}). A season with neither year nor relation word is generic ({@code XXXX-SU}):
 * "معتدل صيفاً" speaks of every summer. Stateless.
 */
final class SeasonValues {
  private SeasonValues() {}

  static Resolved season(Mention m, String relation, TimexResolver.Context context,
      TimeLexicon lexicon) {
    String code = TimeLexicon.valueOf(lexicon.seasons, 1, m.group("season"));
    if (m.has("year")) {
      return Resolved.of(TimexType.DATE, m.group("year") + "-" + code);
    }
    if (relation == null && !m.has("sthis")) {
      return Resolved.of(TimexType.DATE, "XXXX-" + code);
    }
    int step = step(relation);
    return inYear(context, ref -> Values.year(ref.getYear() + step) + "-" + code);
  }

  static Resolved quarter(Mention m, String relation, TimexResolver.Context context,
      TimeLexicon lexicon) {
    String q = TimeLexicon.valueOf(lexicon.quarters, 0, m.group("q"));
    if (m.has("year")) {
      return Resolved.of(TimexType.DATE, m.group("year") + "-" + q);
    }
    int step = step(relation);
    return inYear(context, ref -> Values.year(ref.getYear() + step) + "-" + q);
  }

  private static Resolved inYear(TimexResolver.Context context, Function<LocalDate, String> value) {
    return TimexResolver.relative(context, false, value, TimexType.DATE, null);
  }

  private static int step(String relation) {
    return "PAST".equals(relation) ? -1 : "NEXT".equals(relation) ? 1 : 0;
  }
}
