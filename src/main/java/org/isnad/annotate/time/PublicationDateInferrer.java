package org.isnad.annotate.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.isnad.model.Basis;
import org.isnad.model.Published;

/**
 * Infers when an article was written from what its text says, when the page gives no date.
 * Evidence, in the order tried:
 * <ul>
 *   <li>a month said to be current ("في الثامن من ديسمبر الجاري"): written in that month; a
 *       dated mention of the same month ("7 ديسمبر 2024") gives the year;
 *   <li>a month said to be past ("8 ديسمبر الماضي") that the text also dates ("7 ديسمبر 2024"):
 *       written after that month and before the same month a year later.
 * </ul>
 * A dated mention gives the year only when it is clearly the same reference: it stands in the
 * same sentence, or it is the very next time expression after the relative one ("يونيو الماضي
 * (يونيو 2017)"), or it names the same day later on ("8 ديسمبر الماضي" … "8 ديسمبر 2024") and no
 * mention of that day gives another year; and never when the text dates a month after the
 * inferred window. Any other mention of the month with a year (a history paragraph's "يونيو
 * 2004") is another June: taking its year dated 2017 articles to 2004.
 * The result is as precise as the window allows (a month, a year, or a month of unknown year),
 * with the window and the evidence sentence; with no evidence it is unknown. A wrong date is
 * worse than none, so nothing weaker counts.
 */
final class PublicationDateInferrer {
  private final TimeLexicon lexicon;

  PublicationDateInferrer(TimeLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The sentences of the article, looked up by normalised offset. */
  interface Sentences {
    /** The article sentence around a normalised offset, for the evidence. */
    String around(int offset);

    /** The index of the sentence around a normalised offset, -1 when none. */
    int index(int offset);
  }

  /**
   * The inferred publication date. {@code mentions} are in text order; each piece of evidence
   * looks at its own sentence and at an index of dated days, so the cost stays near-linear in the
   * number of mentions.
   */
  Published infer(List<Mention> mentions, Sentences sentences) {
    IntFunction<String> sentenceOf = sentences::around;
    SameDays days = new SameDays(mentions);
    for (int at = 0; at < mentions.size(); at++) {
      if (isMonthWith(mentions.get(at), "CURRENT")) {
        return notOutdated(current(at, mentions, sentences, days), mentions);
      }
    }
    for (int at = 0; at < mentions.size(); at++) {
      Mention m = mentions.get(at);
      if (isMonthWith(m, "PAST")) {
        Integer year = datedYear(at, mentions, sentences, days);
        if (year != null) {
          YearMonth month = YearMonth.of(year, month(m));
          LocalDate earliest = month.plusMonths(1).atDay(1);
          LocalDate latest = month.plusMonths(11).atEndOfMonth();
          String value = earliest.getYear() == latest.getYear() ? Values.year(earliest.getYear())
              : null;
          return notOutdated(new Published(value, earliest.toString(), latest.toString(),
              Basis.CONTENT, sentenceOf.apply(m.start())), mentions);
        }
      }
    }
    return Published.unknown();
  }

  /**
   * The inferred date, or unknown when the text dates a month after its window: an article does
   * not tell of later months ("11 سبتمبر الماضي" read as 2001 in a text that also dates "21 مارس
   * 2013" was written in 2011), so the evidence was another instance of that day or month.
   */
  private Published notOutdated(Published published, List<Mention> mentions) {
    if (published.latest() == null) {
      return published;
    }
    YearMonth last = YearMonth.from(LocalDate.parse(published.latest()));
    boolean later = mentions.stream().anyMatch(o -> (o.kind() == Kind.DAY_MONTH
        || o.kind() == Kind.MONTH) && o.has("year")
        && YearMonth.of(Integer.parseInt(o.group("year")), month(o)).isAfter(last));
    return later ? Published.unknown() : published;
  }

  private Published current(int at, List<Mention> mentions, Sentences sentences, SameDays days) {
    IntFunction<String> sentenceOf = sentences::around;
    Mention m = mentions.get(at);
    Integer year = datedYear(at, mentions, sentences, days);
    int month = month(m);
    if (year == null) {
      return new Published(Values.underspecifiedMonth(month), null, null, Basis.CONTENT,
          sentenceOf.apply(m.start()));
    }
    YearMonth written = YearMonth.of(year, month);
    return new Published(Values.month(written), written.atDay(1).toString(),
        written.atEndOfMonth().toString(), Basis.CONTENT, sentenceOf.apply(m.start()));
  }

  private boolean isMonthWith(Mention m, String relation) {
    return (m.kind() == Kind.DAY_MONTH || m.kind() == Kind.MONTH) && m.has("rel")
        && !m.has("year") && relation.equals(TimeLexicon.lookup(lexicon.relations, m.group("rel")));
  }

  /**
   * The year of another mention that dates the same month (and day, when both give one) and is
   * the same reference: in the same sentence, or the next time expression after it; or, for a
   * relative day ("8 ديسمبر الماضي"), the nearest later mention of that very day with a year
   * ("8 ديسمبر 2024"). Mentions of that day with two different years give nothing.
   */
  private Integer datedYear(int at, List<Mention> mentions, Sentences sentences,
      SameDays days) {
    Mention relative = mentions.get(at);
    if (relative.has("dnum") && days.years(relative).size() > 1) {
      return null;
    }
    int sentence = sentences.index(relative.start());
    int from = at;
    int to = at + 1;
    if (sentence >= 0) {  // mentions are in text order: those of one sentence stand together
      while (from > 0 && sentences.index(mentions.get(from - 1).start()) == sentence) {
        from--;
      }
      while (to + 1 < mentions.size() && sentences.index(mentions.get(to + 1).start())
          == sentence) {
        to++;
      }
    }
    for (int i = from; i <= to && i < mentions.size(); i++) {
      Mention other = mentions.get(i);
      boolean same = i == at + 1
          || sentence >= 0 && sentences.index(other.start()) == sentence;
      if (i != at && same && dates(other, relative)) {
        return Integer.parseInt(other.group("year"));
      }
    }
    return relative.has("dnum") ? sameDayYear(at, relative, days) : null;
  }

  private Integer sameDayYear(int at, Mention relative, SameDays days) {
    List<Integer> years = days.years(relative);
    boolean later = days.last(relative) > at;
    return later && years.size() == 1 ? years.get(0) : null;
  }

  /**
   * The mentions that date a day ("8 ديسمبر 2024"), by month and day, built on first use: the
   * distinct years in text order and where the last one stands.
   */
  private final class SameDays {
    private final List<Mention> mentions;
    private Map<String, List<Integer>> years;
    private Map<String, Integer> last;

    SameDays(List<Mention> mentions) {
      this.mentions = mentions;
    }

    List<Integer> years(Mention relative) {
      build();
      return years.getOrDefault(key(relative), List.of());
    }

    int last(Mention relative) {
      build();
      return last.getOrDefault(key(relative), -1);
    }

    private String key(Mention m) {
      return TimeLexicon.lookup(lexicon.months, m.group("mon")) + " " + m.group("dnum");
    }

    private void build() {
      if (years != null) {
        return;
      }
      years = new HashMap<>();
      last = new HashMap<>();
      for (int i = 0; i < mentions.size(); i++) {
        Mention o = mentions.get(i);
        if (o.has("dnum") && (o.kind() == Kind.DAY_MONTH || o.kind() == Kind.MONTH)
            && o.has("year")) {
          List<Integer> seen = years.computeIfAbsent(key(o), k -> new ArrayList<>());
          int year = Integer.parseInt(o.group("year"));
          if (!seen.contains(year)) {
            seen.add(year);
          }
          last.put(key(o), i);
        }
      }
    }
  }

  private boolean dates(Mention other, Mention relative) {
    String day = relative.group("dnum");
    return (other.kind() == Kind.DAY_MONTH || other.kind() == Kind.MONTH) && other.has("year")
        && month(other) == month(relative)
        && (day == null || other.group("dnum") == null || day.equals(other.group("dnum")));
  }

  private int month(Mention m) {
    return TimeLexicon.lookup(lexicon.months, m.group("mon"));
  }
}
