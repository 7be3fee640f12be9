package org.isnad.annotate.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.text.CharKinds;
import org.isnad.text.SpanSet;

/**
 * Finds time expressions in normalised text: runs every {@link TimexPatterns pattern}, keeps the
 * longest of overlapping matches (earlier kinds win ties), then joins a clock time or part of day
 * with the day that follows it ("الساعة 6.58 من مساء يوم السبت 7 ديسمبر 2024" is one expression).
 * Immutable and thread safe.
 */
final class TimexFinder {

  private static final List<String> GROUPS = List.of("cl", "mon", "mon2", "rel", "year", "year3",
      "wd", "dnum", "dord", "d", "m", "y", "iy", "im", "id", "hmon", "hyear", "hyear2", "edge",
      "period", "wrel", "rd", "this", "n", "unit", "dem", "h", "mi", "h2", "mi2", "part", "dual",
      "plural", "cardw", "sunit", "adv", "now", "past", "future", "decade", "bare", "iy2", "im2", "id2",
      "nth", "feast", "sthis", "season", "q", "byear", "yearm", "adj", "plural2", "frac", "lyear",
      "few", "fewunit", "age", "agen", "cyear", "cyear2", "syear", "sec", "mm", "ss", "half",
      "halfunit", "cardw2", "cnum", "cword", "fyear", "hw", "hfrac", "agetens", "of", "unitafter",
      "fewafter", "cardpre", "unitpost", "period2", "one", "anaph", "ampm", "eyear", "years", "crel", "dyear",
      "year4");
  private final Map<Kind, Pattern> patterns;
  private final Pattern notTime;
  private final Pattern quantifier;
  private final Map<String, String> quantifiers;
  private final Pattern quantifierAfter;
  private final Map<String, String> quantifiersAfter;
  private final Pattern edgeBefore;
  private final Map<String, String> edges;
  private final TimexTriggers triggers;
  private final Pattern future;
  private final Pattern dayJoinGap;
  private final Pattern lengthJoin;
  private final List<String> nightDays;
  private final Map<Kind, List<String>> groupNames = new EnumMap<>(Kind.class);

  /** How far around an expression a phrase that names no time is looked for (see not-time.txt). */
  static final int NON_TIME_REACH = 64;

  /** Whether every kind is tried at every trigger word (no per-kind pre-check): for tests. */
  private final boolean everyKind;

  TimexFinder(TimexPatterns patterns, TimexTriggers triggers) {
    this(patterns, triggers, false);
  }

  TimexFinder(TimexPatterns patterns, TimexTriggers triggers, boolean everyKind) {
    this.everyKind = everyKind;
    this.patterns = patterns.byKind;
    this.notTime = patterns.notTime;
    this.quantifier = patterns.quantifier;
    this.quantifiers = patterns.quantifiers;
    this.quantifierAfter = patterns.quantifierAfter;
    this.quantifiersAfter = patterns.quantifiersAfter;
    this.edgeBefore = patterns.edgeBefore;
    this.edges = patterns.edges;
    this.triggers = triggers;
    this.future = patterns.future;
    this.dayJoinGap = patterns.dayJoinGap;
    this.lengthJoin = patterns.lengthJoin;
    this.nightDays = patterns.nightDays;
    this.patterns.forEach((kind, pattern) -> groupNames.put(kind, namesIn(pattern)));
  }

  private static List<String> namesIn(Pattern pattern) {
    return GROUPS.stream().filter(name -> pattern.pattern().contains("(?<" + name + ">"))
        .toList();
  }

  List<Mention> find(String normalized) {
    List<Mention> all = new ArrayList<>();
    Matchers matchers = new Matchers(threadMatchers.get(), normalized);
    for (int i = 0; i < normalized.length(); i++) {
      if (isWordStart(normalized, i)) {
        for (Kind kind : everyKind ? (triggers.startsAt(normalized, i) ? patterns.keySet()
            : java.util.Set.<Kind>of()) : triggers.kindsAt(normalized, i)) {
          collect(kind, matchers.of(kind).region(i, normalized.length()), all);
        }
      }
    }
    List<Mention> days = joinNamedDays(joinLengths(outsideNonTime(nonOverlapping(all), normalized),
        normalized), normalized);
    // a bare clock time right after a date is that date's («2018-01-21 07:53 2018-01-20»); one
    // with a part of day, or before a date only, is the next date's («08:11 مساء الأربعاء 03 يناير»)
    List<Mention> timed = joinTimesWithDays(joinDaysWithTimes(days, normalized, false), normalized);
    return withQuantifiers(markFuture(joinDaysWithTimes(timed, normalized, true), normalized),
        normalized);
  }

  /**
   * «أكثر من 24 ساعة», «قرابة الساعة الثانية»: a word of quantity right before a length, a clock
   * time or a year joins the expression and gives its mod (group {@code qmod}); so does a word of
   * a period's part before a century, a decade or a Hijri month («أوائل القرن التاسع عشر»,
   * «مطلع شهر ذي القعدة القادم»).
   */
  private List<Mention> withQuantifiers(List<Mention> mentions, String text) {
    List<Mention> out = new ArrayList<>(mentions.size());
    Matcher quantity = quantifier.matcher(text).useTransparentBounds(true);
    Matcher edge = edgeBefore.matcher(text).useTransparentBounds(true);
    for (Mention mention : mentions) {
      boolean period = mention.kind() == Kind.CENTURY || mention.kind() == Kind.DECADE
          || mention.kind() == Kind.HIJRI_MONTH;
      boolean quantified = switch (mention.kind()) {
        case DURATION, CLOCK, YEAR, CENTURY, DECADE, HIJRI_MONTH -> true;
        default -> mention.has("clocked");
      };
      Matcher m = period ? edge : quantity;
      if (quantified && mention.start() > 0
          && m.region(Math.max(0, mention.start() - 24), mention.start()).find()) {
        Map<String, String> groups = new HashMap<>(mention.groups());
        groups.put("qmod", TimeLexicon.lookup(period ? edges : quantifiers, m.group("q")));
        mention = new Mention(mention.kind(), m.start("q"), mention.end(), groups);
      }
      out.add(quantifiedAfter(mention, text));
    }
    return out;
  }

  /**
   * Drops expressions inside a phrase that names no time ("مثل هذا اليوم", "قوى 14 آذار"). Each
   * expression is checked in a window around it ({@link #NON_TIME_REACH} code units each side,
   * more than the longest listed phrase), so the cost grows with the expressions, not the text.
   */
  private List<Mention> outsideNonTime(List<Mention> mentions, String text) {
    if (mentions.isEmpty()) {
      return mentions;
    }
    Matcher m = notTime.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    List<Mention> kept = new ArrayList<>(mentions.size());
    for (Mention t : mentions) {
      if (!insideNonTime(m, t, text)) {
        kept.add(t);
      }
    }
    return kept;
  }

  /**
   * Whether a phrase that names no time overlaps {@code t}: the phrases found left to right in
   * the window around it, as {@link Matcher#find} finds them, but tried only where one may begin
   * ({@link TimexTriggers#mayBeginNonTime}) instead of at every character.
   */
  private boolean insideNonTime(Matcher m, Mention t, String text) {
    int to = Math.min(text.length(), t.end() + NON_TIME_REACH);
    int at = Math.max(0, t.start() - NON_TIME_REACH);
    while (at < t.end()) {
      if (!triggers.mayBeginNonTime(text, at) || !m.region(at, to).lookingAt()) {
        at++;
      } else if (t.start() < m.end()) {
        return true;
      } else {
        at = Math.max(m.end(), at + 1);
      }
    }
    return false;
  }

  /** Marks weekdays whose clause speaks of the future ("سيعقد الاجتماع يوم الأحد"). */
  private List<Mention> markFuture(List<Mention> mentions, String text) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      if (m.kind() == Kind.WEEKDAY && !m.has("wrel")) {
        int from = m.start();
        while (from > 0 && m.start() - from < 80 && ".؟!\n".indexOf(text.charAt(from - 1)) < 0) {
          from--;
        }
        if (future.matcher(text).region(from, m.start()).find()) {
          Map<String, String> groups = new HashMap<>(m.groups());
          groups.put("future", "yes");
          m = new Mention(m.kind(), m.start(), m.end(), groups);
        }
      }
      out.add(m);
    }
    return out;
  }

  /**
   * Each thread's matchers of the kinds' patterns, made once and reset on each text: a matcher
   * of these patterns (with their many groups) costs more to make than most tries with it.
   */
  private final ThreadLocal<Matcher[]> threadMatchers = ThreadLocal.withInitial(
      () -> new Matcher[Kind.values().length]);

  /** The matchers of one text: each kind's is set on the text the first time it is needed. */
  private final class Matchers {
    private final Matcher[] kept;
    private final String text;
    private long ready;

    Matchers(Matcher[] kept, String text) {
      this.kept = kept;
      this.text = text;
    }

    Matcher of(Kind kind) {
      int k = kind.ordinal();
      if ((ready & 1L << k) != 0) {
        return kept[k];
      }
      Matcher m = kept[k];
      if (m == null) {
        m = patterns.get(kind).matcher(text).useTransparentBounds(true)
            .useAnchoringBounds(false);
        kept[k] = m;
      } else {
        m.reset(text);
      }
      ready |= 1L << k;
      return m;
    }
  }

  private static boolean isWordStart(String text, int i) {
    return CharKinds.isLetterOrDigit(text.charAt(i))
        && (i == 0 || !CharKinds.isLetterOrDigit(text.charAt(i - 1)));
  }

  private void collect(Kind kind, Matcher m, List<Mention> out) {
    if (!m.lookingAt()) {
      return;
    }
    Map<String, String> groups = new HashMap<>();
    for (String name : groupNames.get(kind)) {
      if (m.group(name) != null) {
        groups.put(name, m.group(name));
      }
    }
    int start = m.start() + groups.getOrDefault("cl", "").length();
    if (m.end() > start) {
      out.add(new Mention(kind, start, m.end(), groups));
    }
  }

  private static List<Mention> nonOverlapping(List<Mention> all) {
    all.sort(Comparator.comparingInt(Mention::length).reversed()
        .thenComparingInt(m -> m.kind().ordinal()).thenComparingInt(Mention::start));
    List<Mention> kept = new ArrayList<>();
    SpanSet taken = new SpanSet();
    for (Mention mention : all) {
      if (taken.addIfFree(mention.start(), mention.end())) {
        kept.add(mention);
      }
    }
    kept.sort(Comparator.comparingInt(Mention::start));
    return kept;
  }

  /**
   * «12 ساعة و 54 دقيقة»: a counted length and a counted smaller one after «و» are one length
   * (the second's count and unit in groups {@code n2} and {@code unit2}).
   */
  private List<Mention> joinLengths(List<Mention> mentions, String text) {
    List<Mention> out = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention current = mentions.get(i);
      Mention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
      if (next != null && isCounted(current) && isCounted(next) && !current.has("n2")
          && lengthJoin.matcher(text).region(current.end(), next.start()).matches()) {
        Map<String, String> groups = new HashMap<>(current.groups());
        groups.put("n2", next.group("n"));
        groups.put("unit2", next.group("unit"));
        out.add(new Mention(Kind.DURATION, current.start(), next.end(), groups));
        i++;
      } else {
        out.add(current);
      }
    }
    return out;
  }

  /** «18 ساعة تقريبا»: a word of quantity after a length or a clock time joins it, with its mod. */
  private Mention quantifiedAfter(Mention mention, String text) {
    if ((mention.kind() != Kind.DURATION && mention.kind() != Kind.CLOCK) || mention.has("qmod")) {
      return mention;
    }
    Matcher m = quantifierAfter.matcher(text).region(mention.end(), text.length());
    if (!m.lookingAt()) {
      return mention;
    }
    Map<String, String> groups = new HashMap<>(mention.groups());
    groups.put("qmod", TimeLexicon.lookup(quantifiersAfter, m.group("q")));
    return new Mention(mention.kind(), mention.start(), m.end(), groups);
  }

  private static boolean isCounted(Mention m) {
    return m.kind() == Kind.DURATION && m.has("n") && m.has("unit") && m.groups().size()
        == (m.has("cl") ? 3 : 2);
  }

  /** "أمس الأحد", "اليوم (الاثنين)": a deictic day and the weekday that names it are one. */
  private List<Mention> joinNamedDays(List<Mention> mentions, String text) {
    List<Mention> out = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention current = mentions.get(i);
      Mention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
      if (next != null && current.kind() == Kind.RELATIVE_DAY && !isNight(current.group("rd"))
          && (next.kind() == Kind.WEEKDAY && !next.has("wrel")
          || isDay(next) && next.has("wd"))
          && text.substring(current.end(), next.start()).matches("[\\s،,]*\\(?\\s*")) {
        // «أمس الأحد 04 سبتمبر 2016»: the explicit date gives the value
        out.add(current.joinedWith(next, next.kind() == Kind.WEEKDAY ? Kind.RELATIVE_DAY
            : next.kind()));
        i++;
      } else {
        out.add(current);
      }
    }
    return out;
  }

  private List<Mention> joinTimesWithDays(List<Mention> mentions, String text) {
    List<Mention> out = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention current = mentions.get(i);
      Mention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
      if (next != null && introducesDay(current) && isDay(next)
          && dayJoinGap.matcher(text).region(current.end(), next.start()).matches()) {
        out.add(current.joinedWith(next, next.kind()).withClock(current));
        i++;
      } else if (current.kind() != Kind.PART) {
        out.add(current);
      }
    }
    return out;
  }

  /** A date and the clock time right after it («08 كانون 1 / ديسمبر 2017 12 : 23») are one. */
  private static List<Mention> joinDaysWithTimes(List<Mention> mentions, String text,
      boolean withPart) {
    List<Mention> out = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention current = mentions.get(i);
      Mention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
      if (next != null && isDate(current) && !current.has("clocked") && next.kind() == Kind.CLOCK
          && (withPart || !next.has("part"))
          && text.substring(current.end(), next.start()).matches("[\\s،,;؛|\\-–]*\\(?\\s*")) {
        out.add(current.joinedWith(next, current.kind()).withClock(next));
        i++;
      } else {
        out.add(current);
      }
    }
    return out;
  }

  /** Whether a deictic day names a night (night-days.txt). */
  private boolean isNight(String day) {
    for (String night : nightDays) {
      if (day.startsWith(night)) {
        return true;
      }
    }
    return false;
  }

  /** A date written out (not a weekday or a deictic day): what a clock time after it belongs to. */
  private static boolean isDate(Mention mention) {
    return switch (mention.kind()) {
      case DAY_MONTH, NUMERIC_DATE, MONTH_DAY_YEAR, HIJRI -> true;
      default -> false;
    };
  }

  private static boolean introducesDay(Mention mention) {
    return mention.kind() == Kind.CLOCK || mention.kind() == Kind.PART;
  }

  private static boolean isDay(Mention mention) {
    return switch (mention.kind()) {
      case DAY_MONTH, NUMERIC_DATE, MONTH_DAY_YEAR, WEEKDAY, RELATIVE_DAY, THAT_DAY, HIJRI_DAY -> true;
      default -> false;
    };
  }
}
