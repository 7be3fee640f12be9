package org.isnad.annotate.time;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The regular expressions of the time annotator, one per {@link Kind}, built from the
 * {@link TimeLexicon} word lists and run on normalised text. Every pattern starts at a word
 * boundary with an optional one-letter proclitic (و ف ب ل ك) in group {@code cl}, which is not
 * part of the expression's span. Immutable and thread safe.
 */
final class TimexPatterns {
  /** A one-letter proclitic, or و/ف before another («وبالأمس»). */
  private static final String START = "(?<![\\p{L}\\p{N}])(?<cl>(?:[وف][بلك]|[وفبلك])?)";
  private static final String END = "(?![\\p{L}])";
  /** "2015م", "2015 ميلادي": the Gregorian era mark belongs to the year. */
  private static final String ERA = "(?:\\s?م(?![\\p{L}])|\\s+ميلادي(?:ه)?)?";
  /** "1436هـ", "1348 هجري", "1436 هجرية", "للهجرة": the Hijri era mark. */
  private static final String HIJRI_ERA = "(?:ه(?![\\p{L}])|هجري(?:ه)?|للهجره)";

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
    future = Pattern.compile("(?<![\\p{L}])(?:" + TimeLexicon.ordered(lexicon.futureWords)
        + "|[وف]?س(?!" + TimeLexicon.ordered(lexicon.futureNounStarts)
        + ")[يتن]\\p{L}{2,})(?![\\p{L}])");
    dayJoinGap = Pattern.compile("[\\s،,]*" + lexicon.dayJoinWords.stream()
        .map(w -> "(?:" + Pattern.quote(w) + "\\s+)?").collect(java.util.stream.Collectors.joining()));
    lengthJoin = Pattern.compile("\\s*" + TimeLexicon.ordered(lexicon.lengthJoiners) + "\\s*");
    nightDays = lexicon.nightDays;
    notTime = Pattern.compile("(?<![\\p{L}\\p{N}])[وفبلك]?"
        + TimeLexicon.alternation(lexicon.notTime)
        + "(?![\\p{L}\\p{N}])(?![^.؟!\\n\\p{N}]{0,25}(?:1[89]|20)\\d{2}(?![\\p{N}]))");
    quantifiers = lexicon.quantifiers;
    quantifiersAfter = lexicon.quantifiersAfter;
    quantifierAfter = Pattern.compile("\\s{1,2}(?<q>"
        + TimeLexicon.alternation(lexicon.quantifiersAfter.keySet()) + ")(?![\\p{L}])");
    edges = lexicon.edges;
    edgeBefore = Pattern.compile("(?<![\\p{L}])[وفبل]?(?<q>"
        + TimeLexicon.alternation(lexicon.edges.keySet()) + ")\\s{1,3}$");
    quantifier = Pattern.compile("(?<![\\p{L}])[وفبل]?(?<q>"
        + TimeLexicon.alternation(lexicon.quantifiers.keySet()) + ")\\s{1,3}(?:/\\s?)?$");
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
    String hourWords = TimeLexicon.alternation(lexicon.hours.keySet()) + "(?:\\s+و"
        + TimeLexicon.alternation(lexicon.hourFractions.keySet()) + ")?";
    String partWords = TimeLexicon.alternation(lexicon.parts.keySet());
    String edge = "(?<edge>" + TimeLexicon.alternation(lexicon.edges.keySet()) + ")";
    String yearTail = "(?:\\s*[،,/]?\\s*(?:من\\s+)?(?:عام|سنه|العام|لعام)?\\s*" + year + ")";
    String weekdayHead = "(?:(?:يوم\\s+)?" + wd + "\\s*[،,]?\\s*(?:الموافق\\s*(?:ل\\s*)?)?)";
    String day = "(?:(?<dnum>\\d{1,2})|" + ord + ")";
    String countedPlurals = TimeLexicon.ordered(TimeLexicon.tagged(lexicon.pluralUnits, "Y", "D",
        "M", "W", "H"));
    String pluralRelations = TimeLexicon.ordered(TimeLexicon.tagged(lexicon.pluralRelations, "PAST",
        "NEXT"));
    String dualRelations = TimeLexicon.ordered(TimeLexicon.words(lexicon.dualRelations));

    // «05 / نوفمبر / 2014», «29 كانون الثاني / 2017»: slashes around a month name
    add(Kind.DAY_MONTH, weekdayHead + "?(?:يوم\\s+)?" + day
        + "(?:\\s*(?:من\\s+)?(?:شهر\\s+)?|\\s?/\\s?)" + monPair + yearTail + "?(?:\\s*" + rel + ")?");
    // «الجمعة 10 / 07 / 2015 م»; «الموافق» before a numeric date is a second calendar's
    add(Kind.NUMERIC_DATE, "(?:(?:يوم\\s+)?" + wd + "\\s*[،,]?\\s*)?(?:(?<d>\\d{1,2})\\s?[/.\\-\\\\]\\s?(?<m>\\d{1,2})\\s?[/.\\-\\\\]\\s?(?<y>(?:19|20|13|14)\\d{2})"
        + "|(?<![/.])(?<!/\\s)(?<iy>(?:19|20)\\d{2})\\s?(?<isep>[-/\\\\])\\s?(?<im>\\d{1,2})\\s?\\k<isep>\\s?"
        + "(?<id>\\d{1,2})(?![\\p{N}]|[/.]\\w)|(?<iy2>1[34]\\d{2})\\s?/\\s?(?<im2>\\d{1,2})\\s?/\\s?(?<id2>\\d{1,2}))"
        + "(?:\\s?[هم](?![\\p{L}]))?");
    // «الأحد , يناير 21 , 2018»
    add(Kind.MONTH_DAY_YEAR, "(?:" + wd + "\\s*[،,]?\\s*)?" + monPair + "\\s+(?<dnum>\\d{1,2})\\s*(?:[,،]\\s*|\\s(?=(?:19|20)\\d{2}"
        + "(?![\\p{N}])(?!\\s*[.,،/:]\\s?\\d)))" + year);
    add(Kind.CENTURY, "القرن\\s+(?:(?<crel>الماضي|الحالي|الجاري)(?![\\p{L}])|(?<cnum>1\\d|2[01])(?![\\p{N}])|(?<cword>"
        + TimeLexicon.alternation(lexicon.centuries.keySet()) + "))");
    add(Kind.FISCAL_YEAR, "(?:ال)?سنه\\s+الماليه\\s+(?<fyear>(?:19|20)\\d{2})(?![\\p{N}])");
    String hmon = "(?<hmon>" + TimeLexicon.alternation(lexicon.hijriMonths.keySet()) + ")";
    String monthYearNoEra = "(?!" + TimeLexicon.alternation(lexicon.hijriMonths.keySet())
        + "\\s*(?:من\\s+)?(?:عام|سنه)?\\s*1[34]\\d{2}(?![\\p{N}])(?!\\s*" + HIJRI_ERA + "))";
    add(Kind.HIJRI, "(?:" + monthYearNoEra + weekdayHead + "?(?:" + day + "\\s*(?:من\\s+)?(?:شهر\\s+)?)?" + hmon
        + "\\s*(?:من\\s+)?(?:عام|سنه)?\\s*(?<hyear>1[34]\\d{2})(?![\\p{N}])(?:\\s*" + HIJRI_ERA + ")?"
        + "|(?:عام\\s+|سنه\\s+)?(?<hyear2>1[34]\\d{2})\\s*" + HIJRI_ERA + ")");
    add(Kind.HIJRI_DAY, weekdayHead + "?(?:يوم\\s+)?" + day + "\\s*(?:من\\s+)?(?:شهر\\s+)?" + hmon
        + "(?!\\s*(?:من\\s+)?(?:عام|سنه)?\\s*1[34]\\d{2})");
    add(Kind.HIJRI_MONTH, "(?:شهر\\s+|(?<=" + TimeLexicon.ordered(TimeLexicon.tagged(lexicon.monthLeads, "ANY",
        "HIJRI")) + "\\s))" + ambiguousMonths + hmon + "(?:\\s+"
        + TimeLexicon.ordered(TimeLexicon.tagged(lexicon.epithets, "MONTH")) + ")?(?:\\s*" + rel + ")?");
    add(Kind.FEAST, "(?:(?<nth>" + TimeLexicon.ordered(TimeLexicon.words(lexicon.feastDays))
        + ")\\s+)?(?:ايام\\s+)?(?<feast>" + TimeLexicon.ordered(lexicon.feasts)
        + "|(?<=ايام\\s)العيد)(?:\\s+" + TimeLexicon.ordered(TimeLexicon.tagged(lexicon.epithets,
        "FEAST")) + ")?");
    String relations = TimeLexicon.alternation(lexicon.relations.keySet());
    add(Kind.SEASON, "(?!" + TimeLexicon.alternation(lexicon.fixedNames) + "(?![\\p{L}]))"
        + "(?:(?<sthis>هذا)\\s+)?(?<season>" + season(lexicon, "THE") + "|"
        + season(lexicon, "THE_GUARDED") + "(?!\\s+" + TimeLexicon.ordered(lexicon.seasonBlockers)
        + "|" + NISBA_AFTER.replace("REL", relations) + ")|" + season(lexicon, "ADVERB") + "|"
        + season(lexicon, "BEFORE_YEAR") + "(?=\\s+(?:عام|العام|لعام|(?:1[89]|20)\\d{2})))"
        + "(?:\\s*(?:العام\\s+)?" + rel + "|\\s+(?:عام\\s+|العام\\s+|لعام\\s+)?" + year + ")?");
    add(Kind.QUARTER, "الربع\\s+(?<q>" + TimeLexicon.ordered(TimeLexicon.words(lexicon.quarters))
        + ")\\s+(?:من\\s+)?"
        + "(?<period>العام|السنه|عام|(?=\\d))(?:\\s*" + rel + ")?(?:\\s*" + year + ")?");
    // «يونيو المقبل عام 2018»: a relation word and then the year
    add(Kind.MONTH, "(?:شهر\\s+)?" + monPair + "(?:" + yearTail + "|\\s*" + rel
        + "(?:\\s+(?:من\\s+)?(?:عام|العام|سنه)\\s+(?<year4>(?:19|20)\\d{2})(?![\\p{N}]))?)");
    // an ambiguous month name (مارس "he practised", آب) is a month when another names it too
    // «ما بين فبراير / شباط وأبريل / نيسان»: two names of one month are a month anywhere
    add(Kind.MONTH_ALONE, "(?:(?<=(?<![\\p{L}])[وف]?" + TimeLexicon.ordered(TimeLexicon.tagged(
        lexicon.monthLeads, "ANY", "GREGORIAN")) + "\\s)(?:" + ambiguousMonths + "|(?=" + mon + "(?:\\s*[/\\-–(]\\s*|\\s+)" + mon + "(?![\\p{L}])))"
        + "|(?=" + mon + "\\s*/\\s*" + mon + "(?![\\p{L}])))" + monPair);
    add(Kind.EDGE, edge + "\\s+(?:(?:هذا\\s+|هذه\\s+(?=السنه))?(?<period>الشهر|العام|السنه|الاسبوع)(?!\\s*(?:19|20)\\d{2}(?![\\p{N}]))"
        // «بداية العام الدراسي»: a year of school or accounts, not the calendar's
        + "(?!" + NISBA_AFTER.replace("REL", relations).replace("ي(?!", "يه?(?!") + ")"
        + "|(?:شهر\\s+)?" + monPair + yearTail + "?|(?:(?:عام|العام)\\s+|(?<=(?<![^\\s])[وفبلك]?"
        + TimeLexicon.alternation(lexicon.yearLeads) + "\\s{1,2})(?=(?:19|20)\\d{2}(?![\\p{N}])"
        + notAQuantity(lexicon) + "))(?<year3>(?:1[89]|20)\\d{2}))(?:\\s*" + rel + ")?");
    add(Kind.YEAR, TimeLexicon.ordered(lexicon.yearWords) + "\\s+(?:/\\s?(?=\\d{4}\\s?/))?(?:\\((?=\\s*\\d{4}[^)]{0,12}\\))\\s*)?" + year
        + "(?:\\s*\\))?");
    add(Kind.BARE_YEAR, "(?<=(?<![\\p{L}])(?i:" + TimeLexicon.ordered(lexicon.englishYearLeads) + ")\\s)(?<eyear>(?:19|20)\\d{2})(?![\\p{N}])(?!\\s*[.,]\\d)"
        + "|(?:(?<=" + TimeLexicon.ordered(lexicon.bareYearLeads) + "\\s"
        + "|\\d{4}\\s{1,2}و\\s?)(?<byear>(?:19|20)\\d{2})" + ERA + "(?!\\s*(?:الي|و|-|–)\\s*(?!(?:19|20)\\d{2})\\d)"
        + "(?=\\s*(?:$|[^\\s\\p{L}\\p{N}%٪]|(?:" + TimeLexicon.ordered(lexicon.bareYearFollowWords)
        + "|" + TimeLexicon.alternation(lexicon.yearFollowers) + ")(?![\\p{L}])|و\\p{L}))"
        + ")|(?<yearm>(?:19|20)\\d{2})(?:\\s?م|\\s+ميلادي(?:ه)?)(?![\\p{L}])"
        + "|" + ledYear(lexicon) + "|" + copyrightYear(lexicon)
        // «1971 - انضمام البحرين», «2000 : وصل»: a line of a chronology opens with its year
        + "|(?<![^\\n])(?<syear>(?:19|20)\\d{2})(?=\\s*(?:[,،)]|[-–:]\\s*\\p{L}))"
        + "|" + defaultYear(lexicon));
    String weekdays = TimeLexicon.alternation(lexicon.weekdays.keySet());
    String weekRelations = TimeLexicon.alternation(lexicon.relations.entrySet().stream()
        .filter(e -> !e.getValue().equals("CURRENT")).map(Map.Entry::getKey).toList());
    String currentRelations = TimeLexicon.alternation(lexicon.relations.entrySet().stream()
        .filter(e -> e.getValue().equals("CURRENT")).map(Map.Entry::getKey).toList());
    add(Kind.WEEKDAY, "(?:(?:يوم|يومي|هذا)\\s+|(?<!(?<![\\p{L}])[وفبلك]?"
        + TimeLexicon.alternation(lexicon.weekdayNameLeads) + "\\s{1,3})(?!" + weekdays
        + "\\s+(?:عشر|" + currentRelations.substring(3) + "(?![\\p{L}])))"
        // «أو الاثنين معا», «كلا الاثنين»: the two, not Monday
        + "(?!الاثنين\\s+(?:معا|كليهما)(?![\\p{L}]))(?<!(?<![\\p{L}])كلا\\s)" + wd
        + "(?:\\s+(?<wrel>" + weekRelations.substring(3) + "(?![\\p{L}]))?"
        // «يومي الثلاثاء والأربعاء»: days that share «يومي» are one expression (the first day)
        + "(?:(?<=(?<![\\p{L}])يومي\\s{1,3}" + weekdays + ")\\s+و\\s?" + weekdays
        + "(?:\\s+" + TimeLexicon.ordered(TimeLexicon.tagged(lexicon.dualRelations, "BOTH"))
        + "(?![\\p{L}]))?)?");
    add(Kind.RELATIVE_DAY, "(?:يوم\\s+(?=(?:امس|الامس)(?![\\p{L}])))?(?<rd>اول\\s+(?:من\\s+)?امس|"
        + TimeLexicon.ordered(TimeLexicon.words(lexicon.daysBefore))
        + "|(?<!" + TimeLexicon.ordered(TimeLexicon.tagged(lexicon.todayOutlets, "PAPER"))
        + "\\s)(?<!(?<![\\p{L}])(?:[وب]?" + TimeLexicon.ordered(TimeLexicon.tagged(lexicon.todayOutlets,
        "CHANNEL")) + "|ل" + TimeLexicon.ordered(TimeLexicon.tagged(lexicon.todayOutlets, "CHANNEL",
        "SITE")) + ")\\s{1,2}\\p{L}{2,12}\\s{1,2})اليوم(?!\\s+" + TimeLexicon.ordered(lexicon.notTodayAfter)
        + ")|" + TimeLexicon.ordered(TimeLexicon.words(lexicon.daysAfter))
        // «مجموعة الغد المشرق», «الغد الأفضل»: before a definite adjective «الغد» is a future, no day
        + "|الغد(?!\\s+(?!" + weekdays + "(?![\\p{L}]))ال\\p{L}{2,})"
        + "|الليله\\s+(?:قبل\\s+)?الماضيه"
        // «سيزفا العروسان الليلة», «هذه الليلة»: tonight; not before an adjective («الليلة
        // الأولى / الفائتة / المظلمة») or «التي / نفسها»
        + "|الليله(?!\\s+(?:الاولي|ال\\p{L}+ه(?![\\p{L}])|التي|الذي|نفسها|ذاتها|قبل))|"
        + TimeLexicon.alternation(lexicon.dialectDays.keySet()).substring(3));
    add(Kind.THAT_DAY, "(?:(?:ذلك|هذا|نفس|ذات|تلك)\\s+(?:اليوم|الليله)|اليوم\\s+نفسه|اليوم\\s+ذاته)");
    add(Kind.THAT_PERIOD, "(?:(?<period>الشهر|العام|السنه)\\s+(?:نفسه|ذاته|نفسها|ذاتها)"
        + "|(?:نفس|ذات)\\s+(?<period2>الشهر|العام|السنه))");
    add(Kind.RELATIVE_PERIOD, "(?:(?:" + day + "\\s+(?:من\\s+)?(?=الشهر))?"
        + "(?<period>الاسبوع|الشهر|العام|السنه)\\s*" + rel
        + "|(?<this>هذا\\s+(?:الاسبوع|الشهر|العام)|هذه\\s+السنه))");
    // «الموسم الماضي», «منذ بداية الموسم الحالي»: a past or present season of play, whose dates
    // the text does not give; a coming one («تحضيرا للموسم المقبل») is mostly a purpose
    String pastRelations = TimeLexicon.alternation(lexicon.relations.entrySet().stream()
        .filter(e -> !e.getValue().equals("NEXT")).map(Map.Entry::getKey).toList());
    add(Kind.PLAY_SEASON, "(?:الموسم|(?<=ل)لموسم)\\s+(?<rel>" + pastRelations + ")");
    // «قبل ثلاثة أشهر من وقوع الاعتداءات»: before an event, not before now («من الآن»)
    add(Kind.AGO, "قبل\\s+(?:" + number + "\\s+)?" + unit
        + "(?:(?=\\s+من\\s+(?!الان|اليوم|الحين)\\p{L})(?<of>))?");
    // «بعد أسبوع على بداية مهمته»
    add(Kind.AFTER, "بعد\\s+(?:" + number + "\\s+)?" + unit + "\\s+(?:من|علي)(?:\\s+(?<dem>هذه|هذا|ذلك|تلك)\\s+\\p{L}+)?");
    // «الساعة الـ 12 مساء»: the article may stand apart from the hour
    add(Kind.CLOCK, "(?:(?:الساعه\\s+(?:ال\\s?-?\\s?(?=\\d))?)(?<h>\\d{1,2})(?:\\s?[.:]\\s?(?<mi>\\d{2}))?"
        + "|(?<![\\p{N}]\\s?:\\s?)(?<h2>[01]?\\d|2[0-3])\\s?:\\s?(?<mi2>[0-5]\\d)"
        + "(?:\\s?:\\s?(?<sec>[0-5]\\d))?(?![\\p{N}]|\\s?:\\s?\\d|\\s*(?:دقيقه|دقائق|ثانيه))"
        + "(?:\\s?(?<ampm>[صم]|(?i:[ap]\\.?m\\.?))(?![\\p{L}]))?"
        + "|(?:الساعه\\s+|(?=" + hourWords + "\\s*(?:من\\s+)?" + partWords + "(?![\\p{L}])))"
        + "(?<hw>" + TimeLexicon.alternation(lexicon.hours.keySet()) + ")(?:\\s+و(?<hfrac>"
        + TimeLexicon.alternation(lexicon.hourFractions.keySet()) + "))?(?![\\p{L}]))"
        + "(?:\\s*(?:من\\s+)?" + part + ")?");
    add(Kind.PART, part + "(?=\\s)");
    add(Kind.DURATION, "(?<mm>\\d{1,2})\\s?:\\s?(?<ss>[0-5]\\d)\\s*(?:دقيقه|دقائق)"
        + "|(?<halfunit>سنه|عام|ساعه)\\s+ونصف(?![\\p{L}])"
        + "|(?:(?:اخر|اول)\\s+)?(?:" + number + "\\s+" + unit + "(?<half>\\s+ونصف(?:\\s+(?:ال)?"
        + unitWords + ")?)?"
        // «اليومين الماضيين», «العقدين الماضيين»: a dual with the article and a dual relation
        + "|(?:ال(?=\\p{L}+ين\\s+" + dualRelations + "))?"
        + "(?<dual>" + TimeLexicon.ordered(lexicon.dualUnits) + "))(?:\\s+(?:"
        + TimeLexicon.ordered(lexicon.lengthAdjectives) + "|" + dualRelations + "))?"
        + "|ال(?<plural>" + countedPlurals + ")\\s+ال(?<cardw>" + card + ")"
        + "(?:\\s+وال(?<cardw2>" + card + "))?"
        + "\\s+" + pluralRelations
        // «الثمانية أشهر الأخيرة»: the count before the unit
        + "|ال(?<cardpre>" + card + ")\\s+(?<unitpost>" + countedPlurals + ")"
        + "\\s+" + pluralRelations
        + "|(?:هذه\\s+)?ال(?<plural2>" + TimeLexicon.ordered(TimeLexicon.tagged(lexicon.pluralUnits,
        "Y", "D", "M", "W", "H", "DE")) + ")\\s+(?:القليله\\s+)?"
        + TimeLexicon.ordered(TimeLexicon.words(lexicon.pluralRelations))
        + "|(?<frac>" + TimeLexicon.alternation(lexicon.hourFractions.keySet().stream()
        .filter(w -> !w.startsWith("ال")).toList()) + ")\\s+(?:ال)?ساعه"
        + "|سن\\s+(?:ال)?(?<agen>\\d{1,2})(?![\\p{N}])|(?:(?:سن|عمر)\\s+|(?<=(?<![\\p{L}])[وف]?" + TimeLexicon.ordered(lexicon.ageLeads) + "\\s{1,2}في\\s)"
        // «في الستين من عمرها»: an ordinal before «من عمره» is an age
        + "|(?=" + TimeLexicon.alternation(lexicon.ages.keySet()) + "(?:\\s+و"
        + TimeLexicon.alternation(lexicon.ages.keySet()) + ")?\\s+من\\s+(?:ال)?عمر))(?<age>"
        + TimeLexicon.alternation(lexicon.ages.keySet()) + ")(?:\\s+و(?<agetens>"
        + TimeLexicon.alternation(lexicon.ages.keySet()) + "))?(?!\\s*و\\p{L})"
        + "|(?<few>" + TimeLexicon.alternation(lexicon.vagueCounts) + ")\\s+(?<fewunit>" + unitWords + ")"
        // «على مدى سنوات», «في غضون أيام», «بعد مرور عام»: a length after a word of extent
        // (not «طيلة أيام المعسكر»: the days of something)
        // «منذ أكثر من أسبوع», «بعد أقل من شهر»: a unit after a bound is one of it
        + "|(?:(?<=(?<![\\p{L}])[وف]?" + TimeLexicon.ordered(TimeLexicon.tagged(lexicon.extentWords,
        "ANY"), "\\s{1,2}") + "\\s)"
        + "|(?<=(?<![\\p{L}])[وف]?" + TimeLexicon.ordered(TimeLexicon.tagged(lexicon.extentWords,
        "NOT_OF"), "\\s{1,2}") + "\\s)(?!"
        + unitWords + "\\s+ال\\p{L}))(?<bare>" + unitWords + ")"
        // «عام واحد», «ساعة واحدة»: one unit, its count after it
        // (after قبل/بعد it is an offset, read elsewhere)
        + "|(?<!(?:قبل|بعد)\\s)(?<one>" + unitWords + ")\\s+واحد(?:ه)?(?![\\p{L}])"
        // «أيام قليلة», «ساعات طويلة», «سنوات عديدة»: an unknown number of units
        + "|(?<unitafter>" + TimeLexicon.ordered(TimeLexicon.words(lexicon.pluralUnits))
        + ")\\s+(?<fewafter>" + TimeLexicon.ordered(lexicon.vagueAmounts) + ")"
        // «سنوات من الصراع», «منذ سنوات»: years without a count are a length of years (last:
        // the alternatives before it are longer)
        + "|(?<years>سنوات|اعوام|سنين)(?![\\p{L}])");
    add(Kind.VAGUE, vague(lexicon));
    add(Kind.DECADE, "(?<decade>(?:ال)?" + TimeLexicon.ordered(TimeLexicon.words(lexicon.decades))
        + "(?:ات|يات))(?:\\s+(?:من\\s+)?القرن\\s+(?:الماضي|العشرين))?");
    add(Kind.SET, "(?:كل\\s+(?:" + number + "\\s+)?(?<sunit>" + unitWords + ")|(?<adv>"
        + TimeLexicon.ordered(TimeLexicon.tagged(lexicon.recurrences, "ADVERB"))
        // «عبدالرحمن الشهري»: after a name made with عبد the adjective is a family name
        + ")|(?<!(?<![\\p{L}])عبد\\s?ال?\\p{L}{2,12}\\s{1,2})(?:ال)?(?<adj>"
        + TimeLexicon.ordered(TimeLexicon.tagged(lexicon.recurrences, "ADJECTIVE")) + ")(?!\\s+" + wd + ")"
        // «شهري أكتوبر ونوفمبر»: the two months, no recurrence
        + "(?!\\s+" + mon + "))");
  }

  // «الماضي» and «الحاضر» as nouns: right after a preposition (an adjective follows its noun)
  private static final String VAGUE = "(?<now>(?<=في\\s)الوقت\\s+(?:الراهن|الحالي|الحاضر)"
      + "|(?<=(?<![\\p{L}])(?:عن|من|الي|مع|منذ)\\s)الحاضر(?![\\p{L}])|(?<=(?<![\\p{L}])و)الحاضر(?![\\p{L}]))"
      + "|(?<past>(?<=(?<![\\p{L}])(?:في|عن|من|الي|مع|منذ)\\s)الماضي(?![\\p{L}])|(?<=في\\s)وقت\\s+سابق|وقت\\s+مضي"
      + "|الفتره\\s+(?:الماضيه|السابقه|الاخيره))"
      + "|(?<future>فيما\\s+بعد(?![\\p{L}])(?!\\s+(?:ذلك|\\d))|(?<=في\\s)المستقبل|الفتره\\s+(?:المقبله|القادمه)";

  /**
   * {@link #VAGUE} plus the words of vague-refs.txt, each in the group of its value (NONE: a time
   * named only by reference to another, «حينها»); «قليل» after «منذ» is the recent past;
   * «يومها» is that day unless a definite adjective makes it «its day» («يومها الوطني»).
   */
  private static String vague(TimeLexicon lexicon) {
    String vague = VAGUE.replace("(?<past>", "(?<past>(?<=منذ\\s)قليل|" + listed(lexicon, "PAST_REF"))
        .replace("(?<now>", "(?<now>(?<=(?<![\\p{L}])(?:في|حتي)\\s)الحاضر|" + listed(lexicon, "PRESENT_REF"))
        .replace("(?<future>", "(?<future>" + listed(lexicon, "FUTURE_REF"));
    return vague + ")|(?<anaph>" + listed(lexicon, "NONE") + "يومها(?!\\s+ال\\p{L}+ي(?![\\p{L}])))";
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
  private static final String NISBA_AFTER = "\\s+(?!REL(?![\\p{L}]))ال\\p{L}{2,}ي(?![\\p{L}])";

  /**
   * A year after a word that announces one ("حرب 1948", "عام ( 1948 )", "خلال 2016"), also in
   * parentheses, or either end of a range ("1936 - 1939", "بين 1936 و1939"); never before another number, a
   * percent sign or a counted noun ("1948 شخصا", "2000 دولار"). (A "^" inside a Java
   * look-behind moves the match start, so word starts are tested with a nested look-behind.)
   */
  private static String ledYear(TimeLexicon lexicon) {
    String leads = TimeLexicon.alternation(lexicon.yearLeads);
    return "(?:(?<=(?<![^\\s(،,])[وفبلك]?" + leads + "\\s{1,2}(?:\\(\\s{0,2})?)"
        + "|(?<=(?<![^\\s(])(?:19|20)\\d{2}\\s{0,2}[-–]\\s{0,2})"
        + "|(?<=(?<![^\\s(])بين\\s{1,2}(?:19|20)\\d{2}\\s{1,2}و)"
        // «في 2016 و 2017», «من العام 1980 الى 1988»: the second year of a pair or a range
        + "|(?<=(?<![^\\s(])(?:19|20)\\d{2}\\s{1,2}(?:و\\s?|(?:الي|حتي)\\s{1,2}))"
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
        + "(?<!(?<![\\p{L}])[وفبل]?(?:ال)?" + TimeLexicon.alternation(lexicon.eventNameHeads)
        // (a repeated group has no obvious length for a look-behind: written out four times)
        + "(?:\\s{1,2}[^\\s\\p{N}]{1,15})?".repeat(4) + "\\s{1,2})(?<dyear>(?:19[2-9]|20[0-2])\\d)(?![\\p{N}])(?!\\s?/)"
        + "(?!\\s*(?:[-–]|و|الي)\\s*(?!(?:19|20)\\d{2})\\d)" + notAQuantity(lexicon);
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
        + "|\\s+[وفبلك]?" + TimeLexicon.alternation(lexicon.quantityWords) + "(?![\\p{L}])"
        + "|\\s+(?!" + TimeLexicon.alternation(lexicon.yearFollowers) + ")\\p{L}+ا(?![\\p{L}]))";
  }

  private void add(Kind kind, String body) {
    byKind.put(kind, Pattern.compile(START + "(?:" + body + ")" + END));
  }
}
