package org.isnad.annotate.time;

import static org.isnad.text.GrammarWords.MIN;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.isnad.model.Article;
import org.isnad.model.Basis;
import org.isnad.model.Published;
import org.isnad.model.Timex;
import org.isnad.model.TimexMod;
import org.isnad.text.AlignedText;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.ArticleContext;
import org.isnad.text.CodePoints;
import org.isnad.text.Sentence;

/**
 * Finds and normalises the time expressions of an article (TIMEX3), and infers its publication
 * date from the text when the page gave none.
 *
 * <p>The text is normalised ({@link ArabicNormalizer}) with an alignment, patterns run on the
 * normalised text, and spans map back to code point offsets of {@code article.text()}. Relative
 * expressions resolve against the publication date (metadata, or a window inferred from the
 * text), narrative ones also against the last explicit date before them, else stay
 * underspecified. Immutable and thread safe.
 */
public final class TimeAnnotator implements org.isnad.annotate.Annotator<TimeAnnotation> {
  /** The month noun: the period of "that same month" that takes a month, not a year. */
  private static final String THE_MONTH = TimexPatterns.word("the-month");
  private static final TimeAnnotator BUNDLED = new TimeAnnotator(TimeLexicon.bundled());
  /** How far (characters) the day of an event may follow «قبل ثلاثة أشهر من …». */
  private static final int EVENT_GAP = 100;
  /** How far (characters) a clock time may stand from the date it belongs to. */
  private static final int CLOCK_REACH = 40;
  private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile(
      "[.؟!?\\n]");
  private final TimexFinder finder;
  private final TimexResolver resolver;
  private final PublicationDateInferrer inferrer;

  private TimeAnnotator(TimeLexicon lexicon) {
    this.finder = new TimexFinder(new TimexPatterns(lexicon), new TimexTriggers(lexicon));
    this.resolver = new TimexResolver(lexicon);
    this.inferrer = new PublicationDateInferrer(lexicon);
  }

  public static TimeAnnotator standard() {
    return BUNDLED;
  }

  /** Annotates {@code article}; never throws on content. */
  public TimeAnnotation annotate(Article article) {
    Objects.requireNonNull(article, "article");
    return annotate(ArticleContext.of(article));
  }

  /** Annotates the context's article; never throws on content. */
  public TimeAnnotation annotate(ArticleContext context) {
    Objects.requireNonNull(context, "context");
    Article article = context.article();
    AlignedText aligned = context.aligned();
    List<Mention> mentions = finder.find(aligned.normalized());
    Published published = article.published();
    if (published.basis() == Basis.NONE) {
      published = inferrer.infer(mentions, new ArticleSentences(context));
    }
    return new TimeAnnotation(published, timexes(article, context, mentions,
        reference(published), publishedMonth(published)));
  }

  private List<Timex> timexes(Article article, ArticleContext context, List<Mention> mentions,
      Reference published, String month) {
    AlignedText aligned = context.aligned();
    CodePoints points = context.codePoints();
    List<Timex> timexes = new ArrayList<>();
    Reference narrative = null;
    Reference focus = null;
    for (Mention mention : mentions) {
      Resolved resolved = resolver.resolve(mention, new TimexResolver.Context(published,
          narrative, focus, month));
      int start = aligned.originalStart(mention.start());
      int end = aligned.originalEnd(mention.end());
      String id = article.id() + "-t" + (timexes.size() + 1);
      timexes.add(new Timex(id, article.id(), points.toCodePoint(start), points.toCodePoint(end),
          article.text().substring(start, end), resolved.type(), resolved.value(),
          TimexMod.of(resolved.mod()),
          resolved.anchor(), resolved.problem()));
      narrative = nextNarrative(narrative, resolved, id);
      focus = nextFocus(focus, resolved, id);
    }
    return samePeriods(clocksOfTheirDay(beforeEvents(timexes, mentions, aligned.normalized()),
        mentions, aligned.normalized()), mentions, aligned.normalized());
  }

  /**
   * «في العام نفسه», «نفس الشهر»: the year (or month) of the last date before it in its
   * sentence; unknown when the sentence names none, or the month when that date has no month.
   */
  private static List<Timex> samePeriods(List<Timex> timexes, List<Mention> mentions,
      String text) {
    List<Timex> out = new ArrayList<>(timexes);
    for (int i = 0; i < mentions.size(); i++) {
      Mention same = mentions.get(i);
      if (same.kind() != Kind.THAT_PERIOD) {
        continue;
      }
      int yearless = -1;
      for (int j = i - 1; j >= 0; j--) {
        if (SENTENCE_END.matcher(text).region(mentions.get(j).end(), same.start()).find()) {
          break;
        }
        Timex date = timexes.get(j);
        // «الثالث من سبتمبر من العام نفسه»: that date takes its year from this one, not the reverse
        boolean ownYearless = text.substring(mentions.get(j).end(), same.start()).trim()
            .equals(MIN);
        if (ownYearless) {
          yearless = j;
          continue;
        }
        if (date.type() == org.isnad.model.TimexType.DURATION || date.value() == null
            || !ValueShapes.startsWithYear(date.value())) {
          continue;
        }
        String period = same.has("period") ? same.group("period") : same.group("period2");
        boolean month = period.equals(THE_MONTH);
        String value = !month ? date.value().substring(0, 4)
            : ValueShapes.startsWithMonth(date.value()) ? date.value().substring(0, 7) : null;
        Timex t = timexes.get(i);
        out.set(i, new Timex(t.id(), t.articleId(), t.start(), t.end(), t.text(), t.type(), value,
            t.mod(), value == null ? null : date.id(), t.problem()));
        Timex day = yearless < 0 ? null : out.get(yearless);
        if (day != null && !month && day.value() != null
            && ValueShapes.startsWithYearAndHyphen(day.value())) {
          out.set(yearless, new Timex(day.id(), day.articleId(), day.start(), day.end(),
              day.text(), day.type(), value + day.value().substring(4), day.mod(), date.id(),
              day.problem()));
        }
        break;
      }
    }
    return out;
  }

  /**
   * «08 : 41 صباحا - آخر تعديل في الثلاثاء 21 تشرين الثاني / نوفمبر 2017»: a clock time with no
   * day of its own takes the one explicit date of its sentence within {@value #CLOCK_REACH}
   * characters, before or after it, when no other day or clock time stands between them and no
   * other explicit date is that near on the other side (a listing line with several stamps keeps
   * its clock times unknown).
   */
  private static List<Timex> clocksOfTheirDay(List<Timex> timexes, List<Mention> mentions,
      String text) {
    List<Timex> out = new ArrayList<>(timexes);
    for (int i = 0; i < mentions.size(); i++) {
      Timex clock = timexes.get(i);
      if (mentions.get(i).kind() != Kind.CLOCK || clock.value() == null
          || !clock.value().startsWith("XXXX-XX-XXT")) {
        continue;
      }
      int before = nearestDay(mentions, timexes, text, i, -1);
      int after = nearestDay(mentions, timexes, text, i, 1);
      int day = before >= 0 && after >= 0 ? -1 : Math.max(before, after);
      if (day < 0) {
        continue;
      }
      String value = timexes.get(day).value().substring(0, 10) + clock.value().substring(10);
      out.set(i, new Timex(clock.id(), clock.articleId(), clock.start(), clock.end(),
          clock.text(), clock.type(), value, clock.mod(), timexes.get(day).id(), clock.problem()));
    }
    return out;
  }

  /**
   * The index of the explicit, fully known date next to mention {@code i} in direction
   * {@code step} within the sentence and {@value #CLOCK_REACH} characters, or -1 when there is
   * none or another day or clock time comes first.
   */
  private static int nearestDay(List<Mention> mentions, List<Timex> timexes, String text, int i,
      int step) {
    Mention clock = mentions.get(i);
    for (int j = i + step; j >= 0 && j < mentions.size(); j += step) {
      Mention other = mentions.get(j);
      int from = step > 0 ? clock.end() : other.end();
      int to = step > 0 ? other.start() : clock.start();
      if (to - from > CLOCK_REACH || SENTENCE_END.matcher(text).region(from, to).find()) {
        return -1;
      }
      boolean explicit = switch (other.kind()) {
        case DAY_MONTH, NUMERIC_DATE, MONTH_DAY_YEAR, HIJRI -> true;
        default -> false;
      };
      String value = timexes.get(j).value();
      if (explicit && value != null && ValueShapes.isDay(value)) {
        return j;
      }
      if (explicit || other.kind() == Kind.CLOCK || other.kind() == Kind.WEEKDAY
          || other.kind() == Kind.RELATIVE_DAY || other.kind() == Kind.THAT_DAY) {
        return -1;
      }
    }
    return -1;
  }

  /** «قبل ثلاثة أشهر من وقوع الاعتداءات في 13 نوفمبر 2015»: counted back from the named day. */
  private List<Timex> beforeEvents(List<Timex> timexes, List<Mention> mentions, String text) {
    List<Timex> out = new ArrayList<>(timexes);
    for (int i = 0; i + 1 < mentions.size(); i++) {
      Timex day = timexes.get(i + 1);
      String between = text.substring(mentions.get(i).end(), mentions.get(i + 1).start());
      if (!mentions.get(i).has("of") || day.value() == null
          || !ValueShapes.startsWithDay(day.value()) || between.length() > EVENT_GAP
          || hasSentenceEnd(between)) {
        continue;
      }
      String value = resolver.beforeDay(mentions.get(i),
          LocalDate.parse(day.value().substring(0, 10)));
      Timex t = timexes.get(i);
      out.set(i, new Timex(t.id(), t.articleId(), t.start(), t.end(), t.text(), t.type(), value,
          t.mod(), day.id(), t.problem()));
    }
    return out;
  }

  /** Whether {@code text} holds a full stop, a question or exclamation mark, or a line break. */
  private static boolean hasSentenceEnd(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (".؟!\n".indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The last explicit, fully known day: what narrative expressions lean on. */
  private static Reference nextNarrative(Reference current, Resolved resolved, String id) {
    String value = resolved.value();
    if (value != null && ValueShapes.startsWithDay(value)
        && resolved.type() != org.isnad.model.TimexType.DURATION) {
      return Reference.exact(LocalDate.parse(value.substring(0, 10)), id);
    }
    return current;
  }

  /**
   * The day "ذلك اليوم" points back to: the last explicit day, until a later year or month that
   * does not hold it («عام 2001» after «1968-09-11»): the story has moved on to a time known less
   * precisely, and "that day" is no longer the old one.
   */
  private static Reference nextFocus(Reference current, Resolved resolved, String id) {
    Reference day = nextNarrative(null, resolved, id);
    if (day != null) {
      return day;
    }
    String value = resolved.value();
    boolean yearOrMonth = value != null && ValueShapes.isYearOrMonth(value)
        && resolved.type() != org.isnad.model.TimexType.DURATION;
    return current != null && yearOrMonth && !current.earliest().toString().startsWith(value)
        ? null : current;
  }

  /**
   * The publication month when that is all that is known («2017-10», «XXXX-10»): «اليوم» is then
   * a day of it ({@code XXXX-10-XX}), or {@code null}.
   */
  static String publishedMonth(Published published) {
    String value = published.value();
    return value != null && ValueShapes.isMonthOfAnyYear(value) ? value : null;
  }

  /** The publication date as a window, or {@code null} when too vague to resolve against. */
  static Reference reference(Published published) {
    String value = published.value();
    if (value != null && ValueShapes.startsWithDay(value)) {
      return Reference.exact(LocalDate.parse(value.substring(0, 10)), "published");
    }
    if (published.earliest() != null && published.latest() != null) {
      return new Reference(LocalDate.parse(published.earliest()),
          LocalDate.parse(published.latest()), "published");
    }
    return value != null && ValueShapes.isMonth(value) ? monthWindow(value) : null;
  }

  /**
   * A publication month («2017-08») is the window of its days: what every one of them gives the
   * same value («العام الماضي», «الشهر الجاري») resolves, a day («أمس») does not.
   */
  private static Reference monthWindow(String value) {
    try {
      YearMonth month = YearMonth.parse(value);
      return new Reference(month.atDay(1), month.atEndOfMonth(), "published");
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** The article's sentences (of its original text), split once when first asked for. */
  private static final class ArticleSentences implements PublicationDateInferrer.Sentences {
    private final ArticleContext context;

    ArticleSentences(ArticleContext context) {
      this.context = context;
    }

    @Override
    public String around(int offset) {
      int i = index(offset);
      return i < 0 ? null : context.sentences().get(i).in(context.text());
    }

    @Override
    public int index(int offset) {
      List<Sentence> sentences = context.sentences();
      int index = context.aligned().originalStart(offset);
      int lo = 0;
      int hi = sentences.size();
      while (lo < hi) {  // sentences are in order and apart: the last starting at or before
        int mid = (lo + hi) >>> 1;
        if (sentences.get(mid).start() <= index) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo > 0 && index < sentences.get(lo - 1).end() ? lo - 1 : -1;
    }
  }

  /** The article pass: the context's article dated and its time expressions. */
  @Override
  public TimeAnnotation annotate(ArticleContext context,
      org.isnad.model.AnnotatedArticle earlier) {
    return annotate(context);
  }
}
