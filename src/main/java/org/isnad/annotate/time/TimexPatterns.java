package org.isnad.annotate.time;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.isnad.text.NamedPhrases;

/**
 * The regular expressions of the time annotator, one per {@link Kind}, built from the
 * {@link TimeLexicon} word lists and run on normalised text. Every pattern starts at a word
 * boundary with an optional one-letter proclitic (و ف ب ل ك) in group {@code cl}, which is not
 * part of the expression's span. The grammar's own words are named in braces ({@code {min}})
 * and read from timex-grammar.txt, or for the words every stage shares (the article, the
 * proclitics, prepositions) from text/grammar-words.txt and one-letter-proclitics.txt, when a
 * pattern is compiled. Immutable and thread safe.
 */
final class TimexPatterns {
  /** The words of the grammar itself (prepositions, period nouns, affixes), by name. */
  private static final NamedPhrases WORDS = NamedPhrases.read(TimexPatterns.class,
      "timex-grammar.txt").and(org.isnad.text.GrammarWords.phrases());
  /** A one-letter proclitic, or و/ف before another («وبالأمس»). */
  private static final String START = "(?<![\\p{L}\\p{N}])(?<cl>(?:[{conjunctions}][{prepositions}]"
      + "|[{proclitics}])?)";
  private static final String END = "(?![\\p{L}])";
  /** "2015م", "2015 ميلادي": the Gregorian era mark belongs to the year. */
  private static final String ERA = "(?:\\s?{gregorian-mark}(?![\\p{L}])|\\s+{gregorian}"
      + "(?:{heh})?)?";
  /** "1436هـ", "1348 هجري", "1436 هجرية", "للهجرة": the Hijri era mark. */
  private static final String HIJRI_ERA = "(?:{heh}(?![\\p{L}])|{hijri}(?:{heh})?|{of-the-hijra})";

  final Map<Kind, Pattern> byKind = new EnumMap<>(Kind.class);
  /**
   * Phrases that name no time though they hold a time word (not-time.txt), unless a year follows
   * within a few words («ثورة 25 يناير / كانون الثاني 2011»).
   */
  final Pattern notTime;
  /** A word of quantity (quantifiers.txt) right before an expression, matched up to its end. */
  final Pattern quantifier;
  final Map<String, String> quantifiers;
  /** A word of quantity (quantifiers-after.txt) right after an expression. */
  final Pattern quantifierAfter;
  final Map<String, String> quantifiersAfter;
  /** A word of a period's part (period-edges.txt) right before a century or a decade. */
  final Pattern edgeBefore;
  final Map<String, String> edges;
  /**
   * Future in the clause before a weekday: a word of future-words.txt (سوف، من المقرر), or a verb
   * with the future prefix س (سيعقد، ستبدأ) but not the common nouns that start like one (سياسة،
   * سيارة، سنة … of future-noun-starts.txt).
   */
  final Pattern future;
  /** What may stand between a clock time and its day (day-join-words.txt: «من مساء يوم»). */
  final Pattern dayJoinGap;
  /** What joins two counted lengths into one (length-joiners.txt: «12 ساعة و 54 دقيقة»). */
  final Pattern lengthJoin;
  /** Deictic days that name a night (night-days.txt), never joined with a weekday after them. */
  final List<String> nightDays;

  TimexPatterns(TimeLexicon lexicon) {
    future = Pattern.compile(WORDS.expand("(?<![\\p{L}])(?:"
        + TimeLexicon.ordered(lexicon.futureWords)
        + "|[{conjunctions}]?{sa}(?!" + TimeLexicon.ordered(lexicon.futureNounStarts)
        + ")[{imperfect-prefixes}]\\p{L}{2,})(?![\\p{L}])"));
    dayJoinGap = Pattern.compile("[\\s،,]*" + lexicon.dayJoinWords.stream()
        .map(w -> "(?:" + Pattern.quote(w) + "\\s+)?").collect(java.util.stream.Collectors.joining()));
    lengthJoin = Pattern.compile("\\s*" + TimeLexicon.ordered(lexicon.lengthJoiners) + "\\s*");
    nightDays = lexicon.nightDays;
    notTime = Pattern.compile(WORDS.expand("(?<![\\p{L}\\p{N}])[{proclitics}]?"
        + TimeLexicon.alternation(lexicon.notTime)
        + "(?![\\p{L}\\p{N}])(?![^.؟!\\n\\p{N}]{0,25}(?:1[89]|20)\\d{2}(?![\\p{N}]))"));
    quantifiers = lexicon.quantifiers;
    quantifiersAfter = lexicon.quantifiersAfter;
    quantifierAfter = Pattern.compile("\\s{1,2}(?<q>"
        + TimeLexicon.alternation(lexicon.quantifiersAfter.keySet()) + ")(?![\\p{L}])");
    edges = lexicon.edges;
    edgeBefore = Pattern.compile(WORDS.expand("(?<![\\p{L}])[{proclitics-but-k}]?(?<q>"
        + TimeLexicon.alternation(lexicon.edges.keySet()) + ")\\s{1,3}$"));
    quantifier = Pattern.compile(WORDS.expand("(?<![\\p{L}])[{proclitics-but-k}]?(?<q>"
        + TimeLexicon.alternation(lexicon.quantifiers.keySet()) + ")\\s{1,3}(?:/\\s?)?$"));
    String mon = TimeLexicon.alternation(lexicon.months.keySet());
    String ambiguousMonths = "(?!" + TimeLexicon.ordered(lexicon.ambiguousMonths) + "(?![\\p{L}]))";
    // «21 ينايركانون الثاني 2018»: a crawl may glue the two names of a month together
    String monPair = "(?<mon>" + mon + ")(?:(?:\\s*[/\\-–(]\\s*|\\s*)(?<mon2>" + mon + ")(?:\\s*\\))?)?";
    String rel = "(?<rel>" + TimeLexicon.alternation(lexicon.relations.keySet()) + ")";
    String year = "(?<year>(?:1[89]|20)\\d{2})" + ERA;
    String wd = "(?<wd>" + TimeLexicon.alternation(lexicon.weekdays.keySet()) + ")";
    String ord = "(?<dord>" + TimeLexicon.alternation(lexicon.ordinals.keySet()) + ")";
    String card = TimeLexicon.alternation(lexicon.cardinals.keySet());
    String number = "(?<n>\\d{1,4}|" + card + ")";
    String unitWords = TimeLexicon.alternation(lexicon.units.keySet());
    String unit = "(?<unit>" + unitWords + ")";
    String part = "(?<part>" + TimeLexicon.alternation(lexicon.parts.keySet()) + ")";
    String hourWords = TimeLexicon.alternation(lexicon.hours.keySet()) + "(?:\\s+{wa}"
        + TimeLexicon.alternation(lexicon.hourFractions.keySet()) + ")?";
    String partWords = TimeLexicon.alternation(lexicon.parts.keySet());
    String edge = "(?<edge>" + TimeLexicon.alternation(lexicon.edges.keySet()) + ")";
    String yearTail = "(?:\\s*[،,/]?\\s*(?:{min}\\s+)?(?:{year}|{sana}|{the-year}|{for-year})?\\s*"
        + year + ")";
    String weekdayHead = "(?:(?:{day}\\s+)?" + wd + "\\s*[،,]?\\s*(?:{corresponding-to}\\s*"
        + "(?:{li}\\s*)?)?)";
    String day = "(?:(?<dnum>\\d{1,2})|" + ord + ")";
    String countedPlurals = TimeLexicon.ordered(TimeLexicon.tagged(lexicon.pluralUnits, "Y", "D",
        "M", "W", "H"));
    String pluralRelations = TimeLexicon.ordered(TimeLexicon.tagged(lexicon.pluralRelations, "PAST",
        "NEXT"));
    String dualRelations = TimeLexicon.ordered(TimeLexicon.words(lexicon.dualRelations));

    // «05 / نوفمبر / 2014», «29 كانون الثاني / 2017»: slashes around a month name
    add(Kind.DAY_MONTH, weekdayHead + "?(?:{day}\\s+)?" + day
        + "(?:\\s*(?:{min}\\s+)?(?:{month}\\s+)?|\\s?/\\s?)" + monPair + yearTail + "?(?:\\s*"
        + rel + ")?");
    // «الجمعة 10 / 07 / 2015 م»; «الموافق» before a numeric date is a second calendar's
    add(Kind.NUMERIC_DATE, "(?:(?:{day}\\s+)?" + wd + "\\s*[،,]?\\s*)?(?:(?<d>\\d{1,2})"
        + "\\s?[/.\\-\\\\]\\s?(?<m>\\d{1,2})\\s?[/.\\-\\\\]\\s?(?<y>(?:19|20|13|14)\\d{2})"
        + "|(?<![/.])(?<!/\\s)(?<iy>(?:19|20)\\d{2})\\s?(?<isep>[-/\\\\])\\s?(?<im>\\d{1,2})\\s?\\k<isep>\\s?"
        + "(?<id>\\d{1,2})(?![\\p{N}]|[/.]\\w)|(?<iy2>1[34]\\d{2})\\s?/\\s?(?<im2>\\d{1,2})\\s?/\\s?(?<id2>\\d{1,2}))"
        + "(?:\\s?[{era-marks}](?![\\p{L}]))?");
    // «الأحد , يناير 21 , 2018»
    add(Kind.MONTH_DAY_YEAR, "(?:" + wd + "\\s*[،,]?\\s*)?" + monPair + "\\s+(?<dnum>\\d{1,2})\\s*(?:[,،]\\s*|\\s(?=(?:19|20)\\d{2}"
        + "(?![\\p{N}])(?!\\s*[.,،/:]\\s?\\d)))" + year);
    add(Kind.CENTURY, "{the-century}\\s+(?:(?<crel>{the-past}|{the-current}|{the-ongoing})"
        + "(?![\\p{L}])|(?<cnum>1\\d|2[01])(?![\\p{N}])|(?<cword>"
        + TimeLexicon.alternation(lexicon.centuries.keySet()) + "))");
    add(Kind.FISCAL_YEAR, "(?:{article})?{sana}\\s+{the-fiscal}\\s+(?<fyear>(?:19|20)\\d{2})"
        + "(?![\\p{N}])");
    String hmon = "(?<hmon>" + TimeLexicon.alternation(lexicon.hijriMonths.keySet()) + ")";
    String monthYearNoEra = "(?!" + TimeLexicon.alternation(lexicon.hijriMonths.keySet())
        + "\\s*(?:{min}\\s+)?(?:{year}|{sana})?\\s*1[34]\\d{2}(?![\\p{N}])(?!\\s*"
        + HIJRI_ERA + "))";
    add(Kind.HIJRI, "(?:" + monthYearNoEra + weekdayHead + "?(?:" + day + "\\s*(?:{min}\\s+)?"
        + "(?:{month}\\s+)?)?" + hmon
        + "\\s*(?:{min}\\s+)?(?:{year}|{sana})?\\s*(?<hyear>1[34]\\d{2})(?![\\p{N}])(?:\\s*"
        + HIJRI_ERA + ")?"
        + "|(?:{year}\\s+|{sana}\\s+)?(?<hyear2>1[34]\\d{2})\\s*" + HIJRI_ERA + ")");
    add(Kind.HIJRI_DAY, weekdayHead + "?(?:{day}\\s+)?" + day + "\\s*(?:{min}\\s+)?"
        + "(?:{month}\\s+)?" + hmon
        + "(?!\\s*(?:{min}\\s+)?(?:{year}|{sana})?\\s*1[34]\\d{2})");
    add(Kind.HIJRI_MONTH, "(?:{month}\\s+|(?<="
        + TimeLexicon.ordered(TimeLexicon.tagged(lexicon.monthLeads, "ANY",
        "HIJRI")) + "\\s))" + ambiguousMonths + hmon + "(?:\\s+"
        + TimeLexicon.ordered(TimeLexicon.tagged(lexicon.epithets, "MONTH")) + ")?(?:\\s*" + rel + ")?");
    add(Kind.FEAST, "(?:(?<nth>" + TimeLexicon.ordered(TimeLexicon.words(lexicon.feastDays))
        + ")\\s+)?(?:{days}\\s+)?(?<feast>" + TimeLexicon.ordered(lexicon.feasts)
        + "|(?<={days}\\s){the-feast})(?:\\s+"
        + TimeLexicon.ordered(TimeLexicon.tagged(lexicon.epithets,
        "FEAST")) + ")?");
    String relations = TimeLexicon.alternation(lexicon.relations.keySet());
    add(Kind.SEASON, "(?!" + TimeLexicon.alternation(lexicon.fixedNames) + "(?![\\p{L}]))"
        + "(?:(?<sthis>{this})\\s+)?(?<season>" + season(lexicon, "THE") + "|"
        + season(lexicon, "THE_GUARDED") + "(?!\\s+" + TimeLexicon.ordered(lexicon.seasonBlockers)
        + "|" + NISBA_AFTER.replace("REL", relations) + ")|" + season(lexicon, "ADVERB") + "|"
        + season(lexicon, "BEFORE_YEAR") + "(?=\\s+(?:{year}|{the-year}|{for-year}|(?:1[89]|20)"
        + "\\d{2})))"
        + "(?:\\s*(?:{the-year}\\s+)?" + rel + "|\\s+(?:{year}\\s+|{the-year}\\s+|{for-year}\\s+)?"
        + year + ")?");
    add(Kind.QUARTER, "{the-quarter}\\s+(?<q>"
        + TimeLexicon.ordered(TimeLexicon.words(lexicon.quarters))
        + ")\\s+(?:{min}\\s+)?"
        + "(?<period>{the-year}|{the-sana}|{year}|(?=\\d))(?:\\s*" + rel + ")?(?:\\s*"
        + year + ")?");
    // «يونيو المقبل عام 2018»: a relation word and then the year
    add(Kind.MONTH, "(?:{month}\\s+)?" + monPair + "(?:" + yearTail + "|\\s*" + rel
        + "(?:\\s+(?:{min}\\s+)?(?:{year}|{the-year}|{sana})\\s+(?<year4>(?:19|20)\\d{2})"
        + "(?![\\p{N}]))?)");
    // an ambiguous month name (مارس "he practised", آب) is a month when another names it too
    // «ما بين فبراير / شباط وأبريل / نيسان»: two names of one month are a month anywhere
    add(Kind.MONTH_ALONE, "(?:(?<=(?<![\\p{L}])[{conjunctions}]?"
        + TimeLexicon.ordered(TimeLexicon.tagged(
        lexicon.monthLeads, "ANY", "GREGORIAN")) + "\\s)(?:" + ambiguousMonths + "|(?=" + mon + "(?:\\s*[/\\-–(]\\s*|\\s+)" + mon + "(?![\\p{L}])))"
        + "|(?=" + mon + "\\s*/\\s*" + mon + "(?![\\p{L}])))" + monPair);
    add(Kind.EDGE, edge + "\\s+(?:(?:{this}\\s+|{this-fem}\\s+(?={the-sana}))?(?<period>{the-month}"
        + "|{the-year}|{the-sana}|{the-week})(?!\\s*(?:19|20)\\d{2}(?![\\p{N}]))"
        // «بداية العام الدراسي»: a year of school or accounts, not the calendar's
        + "(?!" + NISBA_AFTER.replace("REL", relations).replace("{nisba}(?!", "{nisba-fem}?(?!")
        + ")"
        + "|(?:{month}\\s+)?" + monPair + yearTail + "?|(?:(?:{year}|{the-year})\\s+|(?<="
        + "(?<![^\\s])[{proclitics}]?"
        + TimeLexicon.alternation(lexicon.yearLeads) + "\\s{1,2})(?=(?:19|20)\\d{2}(?![\\p{N}])"
        + notAQuantity(lexicon) + "))(?<year3>(?:1[89]|20)\\d{2}))(?:\\s*" + rel + ")?");
    add(Kind.YEAR, TimeLexicon.ordered(lexicon.yearWords) + "\\s+(?:/\\s?(?=\\d{4}\\s?/))?(?:\\((?=\\s*\\d{4}[^)]{0,12}\\))\\s*)?" + year
        + "(?:\\s*\\))?");
    add(Kind.BARE_YEAR, "(?<=(?<![\\p{L}])(?i:" + TimeLexicon.ordered(lexicon.englishYearLeads) + ")\\s)(?<eyear>(?:19|20)\\d{2})(?![\\p{N}])(?!\\s*[.,]\\d)"
        + "|(?:(?<=" + TimeLexicon.ordered(lexicon.bareYearLeads) + "\\s"
        + "|\\d{4}\\s{1,2}{wa}\\s?)(?<byear>(?:19|20)\\d{2})" + ERA + "(?!\\s*(?:{to}|{wa}|-|–)\\s*"
        + "(?!(?:19|20)\\d{2})\\d)"
        + "(?=\\s*(?:$|[^\\s\\p{L}\\p{N}%٪]|(?:" + TimeLexicon.ordered(lexicon.bareYearFollowWords)
        + "|" + TimeLexicon.alternation(lexicon.yearFollowers) + ")(?![\\p{L}])|{wa}\\p{L}))"
        + ")|(?<yearm>(?:19|20)\\d{2})(?:\\s?{gregorian-mark}|\\s+{gregorian}(?:{heh})?)"
        + "(?![\\p{L}])"
        + "|" + ledYear(lexicon) + "|" + copyrightYear(lexicon)
        // «1971 - انضمام البحرين», «2000 : وصل»: a line of a chronology opens with its year
        + "|(?<![^\\n])(?<syear>(?:19|20)\\d{2})(?=\\s*(?:[,،)]|[-–:]\\s*\\p{L}))"
        + "|" + defaultYear(lexicon));
    String weekdays = TimeLexicon.alternation(lexicon.weekdays.keySet());
    String weekRelations = TimeLexicon.alternation(lexicon.relations.entrySet().stream()
        .filter(e -> !e.getValue().equals("CURRENT")).map(Map.Entry::getKey).toList());
    String currentRelations = TimeLexicon.alternation(lexicon.relations.entrySet().stream()
        .filter(e -> e.getValue().equals("CURRENT")).map(Map.Entry::getKey).toList());
    add(Kind.WEEKDAY, "(?:(?:{day}|{two-days-of}|{this})\\s+|(?<!(?<![\\p{L}])[{proclitics}]?"
        + TimeLexicon.alternation(lexicon.weekdayNameLeads) + "\\s{1,3})(?!" + weekdays
        + "\\s+(?:{ten}|" + currentRelations.substring(3) + "(?![\\p{L}])))"
        // «أو الاثنين معا», «كلا الاثنين»: the two, not Monday
        + "(?!{the-two}\\s+(?:{together}|{both-of-them})(?![\\p{L}]))(?<!"
        + "(?<![\\p{L}]){both}\\s)" + wd
        + "(?:\\s+(?<wrel>" + weekRelations.substring(3) + "(?![\\p{L}]))?"
        // «يومي الثلاثاء والأربعاء»: days that share «يومي» are one expression (the first day)
        + "(?:(?<=(?<![\\p{L}]){two-days-of}\\s{1,3}" + weekdays + ")\\s+{wa}\\s?" + weekdays
        + "(?:\\s+" + TimeLexicon.ordered(TimeLexicon.tagged(lexicon.dualRelations, "BOTH"))
        + "(?![\\p{L}]))?)?");
    add(Kind.RELATIVE_DAY, "(?:{day}\\s+(?=(?:{yesterday}|{the-yesterday})(?![\\p{L}])))?"
        + "(?<rd>{first}\\s+(?:{min}\\s+)?{yesterday}|"
        + TimeLexicon.ordered(TimeLexicon.words(lexicon.daysBefore))
        + "|(?<!" + TimeLexicon.ordered(TimeLexicon.tagged(lexicon.todayOutlets, "PAPER"))
        + "\\s)(?<!(?<![\\p{L}])(?:[{and-with}]?"
        + TimeLexicon.ordered(TimeLexicon.tagged(lexicon.todayOutlets,
        "CHANNEL")) + "|{li}"
        + TimeLexicon.ordered(TimeLexicon.tagged(lexicon.todayOutlets, "CHANNEL",
        "SITE")) + ")\\s{1,2}\\p{L}{2,12}\\s{1,2}){today}(?!\\s+"
        + TimeLexicon.ordered(lexicon.notTodayAfter)
        + ")|" + TimeLexicon.ordered(TimeLexicon.words(lexicon.daysAfter))
        // «مجموعة الغد المشرق», «الغد الأفضل»: before a definite adjective «الغد» is a future, no day
        + "|{tomorrow}(?!\\s+(?!" + weekdays + "(?![\\p{L}])){article}\\p{L}{2,})"
        + "|{tonight}\\s+(?:{before}\\s+)?{the-past-fem}"
        // «سيزفا العروسان الليلة», «هذه الليلة»: tonight; not before an adjective («الليلة
        // الأولى / الفائتة / المظلمة») or «التي / نفسها»
        + "|{tonight}(?!\\s+(?:{the-first-fem}|{article}\\p{L}+{heh}(?![\\p{L}])|{which-fem}"
        + "|{which}|{itself-fem}|{itself-fem-2}|{before}))|"
        + TimeLexicon.alternation(lexicon.dialectDays.keySet()).substring(3));
    add(Kind.THAT_DAY, "(?:(?:{that}|{this}|{same}|{same-2}|{that-fem})\\s+(?:{today}|{tonight})"
        + "|{today}\\s+{itself}|{today}\\s+{itself-2})");
    add(Kind.THAT_PERIOD, "(?:(?<period>{the-month}|{the-year}|{the-sana})\\s+(?:{itself}"
        + "|{itself-2}|{itself-fem}|{itself-fem-2})"
        + "|(?:{same}|{same-2})\\s+(?<period2>{the-month}|{the-year}|{the-sana}))");
    add(Kind.RELATIVE_PERIOD, "(?:(?:" + day + "\\s+(?:{min}\\s+)?(?={the-month}))?"
        + "(?<period>{the-week}|{the-month}|{the-year}|{the-sana})\\s*" + rel
        + "|(?<this>{this}\\s+(?:{the-week}|{the-month}|{the-year})|{this-fem}\\s+{the-sana}))");
    // «الموسم الماضي», «منذ بداية الموسم الحالي»: a past or present season of play, whose dates
    // the text does not give; a coming one («تحضيرا للموسم المقبل») is mostly a purpose
    String pastRelations = TimeLexicon.alternation(lexicon.relations.entrySet().stream()
        .filter(e -> !e.getValue().equals("NEXT")).map(Map.Entry::getKey).toList());
    add(Kind.PLAY_SEASON, "(?:{the-season}|(?<={li}){season-after-li})\\s+(?<rel>"
        + pastRelations + ")");
    // «قبل ثلاثة أشهر من وقوع الاعتداءات»: before an event, not before now («من الآن»)
    add(Kind.AGO, "{before}\\s+(?:" + number + "\\s+)?" + unit
        + "(?:(?=\\s+{min}\\s+(?!{now}|{today}|{the-moment})\\p{L})(?<of>))?");
    // «بعد أسبوع على بداية مهمته»
    add(Kind.AFTER, "{after}\\s+(?:" + number + "\\s+)?" + unit + "\\s+(?:{min}|{on})(?:\\s+"
        + "(?<dem>{this-fem}|{this}|{that}|{that-fem})\\s+\\p{L}+)?");
    // «الساعة الـ 12 مساء»: the article may stand apart from the hour
    add(Kind.CLOCK, "(?:(?:{the-hour}\\s+(?:{article}\\s?-?\\s?(?=\\d))?)(?<h>\\d{1,2})"
        + "(?:\\s?[.:]\\s?(?<mi>\\d{2}))?"
        + "|(?<![\\p{N}]\\s?:\\s?)(?<h2>[01]?\\d|2[0-3])\\s?:\\s?(?<mi2>[0-5]\\d)"
        + "(?:\\s?:\\s?(?<sec>[0-5]\\d))?(?![\\p{N}]|\\s?:\\s?\\d|\\s*(?:{minute}|{minutes}"
        + "|{second}))"
        + "(?:\\s?(?<ampm>[{am-pm-marks}]|(?i:[ap]\\.?m\\.?))(?![\\p{L}]))?"
        + "|(?:{the-hour}\\s+|(?=" + hourWords + "\\s*(?:{min}\\s+)?" + partWords + "(?![\\p{L}])))"
        + "(?<hw>" + TimeLexicon.alternation(lexicon.hours.keySet()) + ")(?:\\s+{wa}(?<hfrac>"
        + TimeLexicon.alternation(lexicon.hourFractions.keySet()) + "))?(?![\\p{L}]))"
        + "(?:\\s*(?:{min}\\s+)?" + part + ")?");
    add(Kind.PART, part + "(?=\\s)");
    add(Kind.DURATION, "(?<mm>\\d{1,2})\\s?:\\s?(?<ss>[0-5]\\d)\\s*(?:{minute}|{minutes})"
        + "|(?<halfunit>{sana}|{year}|{hour})\\s+{and-a-half}(?![\\p{L}])"
        + "|(?:(?:{last}|{first})\\s+)?(?:" + number + "\\s+" + unit + "(?<half>\\s+{and-a-half}"
        + "(?:\\s+(?:{article})?"
        + unitWords + ")?)?"
        // «اليومين الماضيين», «العقدين الماضيين»: a dual with the article and a dual relation
        + "|(?:{article}(?=\\p{L}+{dual-ending}\\s+" + dualRelations + "))?"
        + "(?<dual>" + TimeLexicon.ordered(lexicon.dualUnits) + "))(?:\\s+(?:"
        + TimeLexicon.ordered(lexicon.lengthAdjectives) + "|" + dualRelations + "))?"
        + "|{article}(?<plural>" + countedPlurals + ")\\s+{article}(?<cardw>" + card + ")"
        + "(?:\\s+{and-the}(?<cardw2>" + card + "))?"
        + "\\s+" + pluralRelations
        // «الثمانية أشهر الأخيرة»: the count before the unit
        + "|{article}(?<cardpre>" + card + ")\\s+(?<unitpost>" + countedPlurals + ")"
        + "\\s+" + pluralRelations
        + "|(?:{this-fem}\\s+)?{article}(?<plural2>"
        + TimeLexicon.ordered(TimeLexicon.tagged(lexicon.pluralUnits,
        "Y", "D", "M", "W", "H", "DE")) + ")\\s+(?:{the-few-fem}\\s+)?"
        + TimeLexicon.ordered(TimeLexicon.words(lexicon.pluralRelations))
        + "|(?<frac>" + TimeLexicon.alternation(lexicon.hourFractions.keySet().stream()
        .filter(w -> !w.startsWith(WORDS.get("article"))).toList()) + ")\\s+(?:{article})?{hour}"
        + "|{age-of}\\s+(?:{article})?(?<agen>\\d{1,2})(?![\\p{N}])|(?:(?:{age-of}|{age})\\s+|(?<="
        + "(?<![\\p{L}])[{conjunctions}]?" + TimeLexicon.ordered(lexicon.ageLeads)
        + "\\s{1,2}{fi}\\s)"
        // «في الستين من عمرها»: an ordinal before «من عمره» is an age
        + "|(?=" + TimeLexicon.alternation(lexicon.ages.keySet()) + "(?:\\s+{wa}"
        + TimeLexicon.alternation(lexicon.ages.keySet()) + ")?\\s+{min}\\s+"
        + "(?:{article})?{age}))(?<age>"
        + TimeLexicon.alternation(lexicon.ages.keySet()) + ")(?:\\s+{wa}(?<agetens>"
        + TimeLexicon.alternation(lexicon.ages.keySet()) + "))?(?!\\s*{wa}\\p{L})"
        + "|(?<few>" + TimeLexicon.alternation(lexicon.vagueCounts) + ")\\s+(?<fewunit>" + unitWords + ")"
        // «على مدى سنوات», «في غضون أيام», «بعد مرور عام»: a length after a word of extent
        // (not «طيلة أيام المعسكر»: the days of something)
        // «منذ أكثر من أسبوع», «بعد أقل من شهر»: a unit after a bound is one of it
        + "|(?:(?<=(?<![\\p{L}])[{conjunctions}]?"
        + TimeLexicon.ordered(TimeLexicon.tagged(lexicon.extentWords,
        "ANY"), "\\s{1,2}") + "\\s)"
        + "|(?<=(?<![\\p{L}])[{conjunctions}]?"
        + TimeLexicon.ordered(TimeLexicon.tagged(lexicon.extentWords,
        "NOT_OF"), "\\s{1,2}") + "\\s)(?!"
        + unitWords + "\\s+{article}\\p{L}))(?<bare>" + unitWords + ")"
        // «عام واحد», «ساعة واحدة»: one unit, its count after it
        // (after قبل/بعد it is an offset, read elsewhere)
        + "|(?<!(?:{before}|{after})\\s)(?<one>" + unitWords + ")\\s+{one}(?:{heh})?(?![\\p{L}])"
        // «أيام قليلة», «ساعات طويلة», «سنوات عديدة»: an unknown number of units
        + "|(?<unitafter>" + TimeLexicon.ordered(TimeLexicon.words(lexicon.pluralUnits))
        + ")\\s+(?<fewafter>" + TimeLexicon.ordered(lexicon.vagueAmounts) + ")"
        // «سنوات من الصراع», «منذ سنوات»: years without a count are a length of years (last:
        // the alternatives before it are longer)
        + "|(?<years>{years}|{years-2}|{years-3})(?![\\p{L}])");
    add(Kind.VAGUE, vague(lexicon));
    add(Kind.DECADE, "(?<decade>(?:{article})?"
        + TimeLexicon.ordered(TimeLexicon.words(lexicon.decades))
        + "(?:{plural-ending}|{nisba-plural-ending}))(?:\\s+(?:{min}\\s+)?{the-century}\\s+"
        + "(?:{the-past}|{the-twentieth}))?");
    add(Kind.SET, "(?:{every}\\s+(?:" + number + "\\s+)?(?<sunit>" + unitWords + ")|(?<adv>"
        + TimeLexicon.ordered(TimeLexicon.tagged(lexicon.recurrences, "ADVERB"))
        // «عبدالرحمن الشهري»: after a name made with عبد the adjective is a family name
        + ")|(?<!(?<![\\p{L}]){abd}\\s?{article}?\\p{L}{2,12}\\s{1,2})(?:{article})?(?<adj>"
        + TimeLexicon.ordered(TimeLexicon.tagged(lexicon.recurrences, "ADJECTIVE")) + ")(?!\\s+" + wd + ")"
        // «شهري أكتوبر ونوفمبر»: the two months, no recurrence
        + "(?!\\s+" + mon + "))");
  }

  // «الماضي» and «الحاضر» as nouns: right after a preposition (an adjective follows its noun)
  private static final String VAGUE = "(?<now>(?<={fi}\\s){the-time}\\s+(?:{the-present-adj}"
      + "|{the-current}|{the-present})"
      + "|(?<=(?<![\\p{L}])(?:{about}|{min}|{to}|{with}|{since})\\s){the-present}(?![\\p{L}])|(?<="
      + "(?<![\\p{L}]){wa}){the-present}(?![\\p{L}]))"
      + "|(?<past>(?<=(?<![\\p{L}])(?:{fi}|{about}|{min}|{to}|{with}|{since})\\s){the-past}"
      + "(?![\\p{L}])|(?<={fi}\\s){time}\\s+{earlier}|{time}\\s+{passed}"
      + "|{the-period}\\s+(?:{the-past-fem}|{the-previous-fem}|{the-last-fem}))"
      + "|(?<future>{in-what}\\s+{after}(?![\\p{L}])(?!\\s+(?:{that}|\\d))|(?<={fi}\\s){the-future}"
      + "|{the-period}\\s+(?:{the-coming-fem}|{the-next-fem})";

  /**
   * {@link #VAGUE} plus the words of vague-refs.txt, each in the group of its value (NONE: a time
   * named only by reference to another, «حينها»); «قليل» after «منذ» is the recent past;
   * «يومها» is that day unless a definite adjective makes it «its day» («يومها الوطني»).
   */
  private static String vague(TimeLexicon lexicon) {
    String vague = VAGUE.replace("(?<past>", "(?<past>(?<={since}\\s){little}|"
            + listed(lexicon, "PAST_REF"))
        .replace("(?<now>", "(?<now>(?<=(?<![\\p{L}])(?:{fi}|{until})\\s){the-present}|"
            + listed(lexicon, "PRESENT_REF"))
        .replace("(?<future>", "(?<future>" + listed(lexicon, "FUTURE_REF"));
    return vague + ")|(?<anaph>" + listed(lexicon, "NONE")
        + "{that-day}(?!\\s+{article}\\p{L}+{nisba}(?![\\p{L}])))";
  }

  /** The words of vague-refs.txt with {@code value}, as alternatives ending in «|». */
  private static String listed(TimeLexicon lexicon, String value) {
    java.util.List<String> words = lexicon.vagueRefs.entrySet().stream()
        .filter(e -> e.getValue().equals(value)).map(Map.Entry::getKey).toList();
    return words.isEmpty() ? "" : TimeLexicon.alternation(words) + "|";
  }

  /**
   * "الربيع" before a relational adjective (nisba: السوري، المصري، الأمازيغي) names a political
   * movement, not the season; relation words (الماضي، الحالي) are no nisba here.
   */
  private static final String NISBA_AFTER = "\\s+(?!REL(?![\\p{L}])){article}\\p{L}{2,}{nisba}"
      + "(?![\\p{L}])";

  /**
   * A year after a word that announces one ("حرب 1948", "عام ( 1948 )", "خلال 2016"), also in
   * parentheses, or either end of a range ("1936 - 1939", "بين 1936 و1939"); never before another number, a
   * percent sign or a counted noun ("1948 شخصا", "2000 دولار"). (A "^" inside a Java
   * look-behind moves the match start, so word starts are tested with a nested look-behind.)
   */
  private static String ledYear(TimeLexicon lexicon) {
    String leads = TimeLexicon.alternation(lexicon.yearLeads);
    return "(?:(?<=(?<![^\\s(،,])[{proclitics}]?" + leads + "\\s{1,2}(?:\\(\\s{0,2})?)"
        + "|(?<=(?<![^\\s(])(?:19|20)\\d{2}\\s{0,2}[-–]\\s{0,2})"
        + "|(?<=(?<![^\\s(]){between}\\s{1,2}(?:19|20)\\d{2}\\s{1,2}{wa})"
        // «في 2016 و 2017», «من العام 1980 الى 1988»: the second year of a pair or a range
        + "|(?<=(?<![^\\s(])(?:19|20)\\d{2}\\s{1,2}(?:{wa}\\s?|(?:{to}|{until})\\s{1,2}))"
        // «اتفاقية المبادئ ( 2015 )»: a year alone in parentheses
        + "|(?<=\\(\\s{0,2})(?=(?:19|20)\\d{2}\\s{0,2}\\))"
        + "|(?=(?:19|20)\\d{2}\\s{0,2}[-–]\\s{0,2}(?:19|20)\\d{2}(?![\\p{N}])))"
        + "(?<lyear>(?:19|20)\\d{2})(?![\\p{N}])" + ERA + notAQuantity(lexicon);
  }

  /**
   * Any other number from 1920 to 2029 standing alone is a year («انقلاب 2013», «Sputnik Arabic
   * 2018», «( أستاذ 1999 )»): on every baly2018 gold, annotators marked all but two such numbers
   * (a url path, an event's name). Not a count: never after a word of quantity or of number
   * («نحو 2000», «القرار 2014», «أكثر من 1990»), a number or a slash, nor before a counted
   * noun, another number (also after «و» or «إلى»: «بين 2000 و 3000 ليرة»), a separator and a
   * digit, or a slash; nor within four words after the head of an event's or a plan's name
   * (event-name-heads.txt: «معرض دبي الدولي للطيران 2017»).
   */
  private static String defaultYear(TimeLexicon lexicon) {
    return "(?<![\\p{N}][\\s.,،/:\\-]{0,2})(?<!/\\s?)(?<!(?:"
        + TimeLexicon.ordered(lexicon.countWords, "\\s{1,2}") + "|\\$|#)\\s{1,3})"
        + "(?<!(?<![\\p{L}])[{proclitics-but-k}]?(?:{article})?"
        + TimeLexicon.alternation(lexicon.eventNameHeads)
        // (a repeated group has no obvious length for a look-behind: written out four times)
        + "(?:\\s{1,2}[^\\s\\p{N}]{1,15})?".repeat(4) + "\\s{1,2})(?<dyear>(?:19[2-9]|20[0-2])\\d)(?![\\p{N}])(?!\\s?/)"
        + "(?!\\s*(?:[-–]|{wa}|{to})\\s*(?!(?:19|20)\\d{2})\\d)" + notAQuantity(lexicon);
  }

  /**
   * The year of a copyright line: within three words after a mark of copyright-marks.txt
   * («جميع الحقوق محفوظة لقناة الحدث 2018») or right before a tail of copyright-tails.txt.
   */
  private static String copyrightYear(TimeLexicon lexicon) {
    return "(?<=(?<![\\p{L}])(?i:" + TimeLexicon.alternation(lexicon.copyrightMarks).substring(3)
        + "(?:\\s{1,3}[^\\s\\p{N}]{1,25})?".repeat(6) + "\\s{1,3})(?<cyear>(?:19|20)\\d{2})(?![\\p{N}])"
        + "|(?<cyear2>(?:19|20)\\d{2})(?=\\s*[,،-]?\\s+" + TimeLexicon.alternation(lexicon.copyrightTails) + ")";
  }

  /** The season words of {@code form} (seasons.txt) as an alternation in file order. */
  private static String season(TimeLexicon lexicon, String form) {
    return TimeLexicon.ordered(lexicon.seasons.stream().filter(e -> e[0].equals(form))
        .map(e -> e[2]).toList());
  }

  /** After a number: not another number, a percent sign, a counted noun or an accusative count. */
  private static String notAQuantity(TimeLexicon lexicon) {
    return "(?!\\s*[.,،/]\\d|\\s*[%٪]|\\s*[-–]\\s*(?!(?:19|20)\\d{2})\\d|\\s+\\d"
        + "|\\s+[{proclitics}]?" + TimeLexicon.alternation(lexicon.quantityWords) + "(?![\\p{L}])"
        + "|\\s+(?!" + TimeLexicon.alternation(lexicon.yearFollowers) + ")\\p{L}+{alef}"
        + "(?![\\p{L}]))";
  }

  /** The grammar word named {@code name} (timex-grammar.txt), for the resolver's tests. */
  static String word(String name) {
    return WORDS.get(name);
  }

  /** {@code template} with its grammar words ({@code {name}}) spelled out. */
  static String expand(String template) {
    return WORDS.expand(template);
  }

  private void add(Kind kind, String body) {
    byKind.put(kind, Pattern.compile(WORDS.expand(START + "(?:" + body + ")" + END)));
  }
}
