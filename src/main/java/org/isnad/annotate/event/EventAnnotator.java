package org.isnad.annotate.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.Map;
import org.isnad.model.ArgumentRole;
import org.isnad.model.Article;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.annotate.time.ValueShapes;
import org.isnad.model.EventMention;
import org.isnad.model.Modality;
import org.isnad.model.Quote;
import org.isnad.model.Timex;
import org.isnad.model.WhenBasis;
import org.isnad.text.ArticleContext;
import org.isnad.text.CodePoints;
import org.isnad.text.Token;
import org.isnad.text.Sentence;
import org.isnad.text.SpanIndex;

/**
 * Finds event reports: one per trigger word (at most one per type and sentence), typed from
 * {@code event-triggers.txt}, with the sentence's actors and places, its date, the number of
 * dead or wounded, and whether the sentence says it happened ({@code event-modality.txt}).
 *
 * <p>The date is the time expression of the sentence nearest the trigger; without one, the last
 * dated expression of the same paragraph (narration carries its date forward); otherwise none.
 * Near-linear in the article's length: each sentence looks only at the time expressions,
 * statements and names of its own span (through {@link SpanIndex}), never at the whole article.
 * Stateless and thread safe.
 */
public final class EventAnnotator
    implements org.isnad.annotate.Annotator<List<EventMention>> {

  private static final EventAnnotator STANDARD = new EventAnnotator(EventLexicon.bundled());
  private final TriggerReader triggers;
  private final ClauseReader clauses = new ClauseReader();
  private final EventLexicon lexicon;

  private EventAnnotator(EventLexicon lexicon) {
    this.triggers = new TriggerReader(lexicon);
    this.lexicon = lexicon;
  }

  /** The annotator with the bundled rule files. */
  public static EventAnnotator standard() {
    return STANDARD;
  }

  /**
   * The event reports of {@code article}, in text order.
   *
   * @param timexes the article's time expressions
   * @param mentions the article's entity mentions, linked to entities
   */
  public List<EventMention> annotate(Article article, List<Timex> timexes,
      List<EntityMention> mentions) {
    return annotate(article, timexes, mentions, List.of());
  }

  /**
   * The event reports of {@code article}, in text order. A time expression outside the content
   * of the statement that holds the trigger dates the saying, not the event: in "أعلنت الوزارة
   * اليوم الجمعة أن قيادياً قتل في غارة" the Friday is the announcement's, so the killing is
   * dated by another expression or not at all.
   *
   * @param quotes the article's statements
   */
  public List<EventMention> annotate(Article article, List<Timex> timexes,
      List<EntityMention> mentions, List<Quote> quotes) {
    Objects.requireNonNull(article, "article");
    return annotate(ArticleContext.of(article), timexes, mentions, quotes);
  }

  /**
   * The event reports of the context's article, in text order (as
   * {@link #annotate(Article, List, List, List)}).
   */
  public List<EventMention> annotate(ArticleContext context, List<Timex> timexes,
      List<EntityMention> mentions, List<Quote> quotes) {
    Objects.requireNonNull(context, "context");
    Run run = new Run(context, timexes, quotes);
    Timex narrative = null;
    int paragraph = -1;
    List<EntityMention> sorted = new ArrayList<>(mentions);
    sorted.sort(java.util.Comparator.comparingInt(EntityMention::start));
    ParagraphBreaks breaks = new ParagraphBreaks(run.text);
    int next = 0;
    List<Sentence> sentences = context.sentences();
    List<List<Token>> tokenized = context.sentenceTokens();
    for (int si = 0; si < sentences.size(); si++) {
      Sentence sentence = sentences.get(si);
      int start = run.points.toCodePoint(sentence.start());
      int end = run.points.toCodePoint(sentence.end());
      List<Timex> inSentence = run.times.within(start, end);
      int para = breaks.lastAtOrBefore(sentence.start());
      if (para != paragraph) {
        paragraph = para;
        narrative = null;
      }
      while (next < sorted.size() && sorted.get(next).start() < start) {
        next++;
      }
      List<Token> tokens = tokenized.get(si);
      List<TriggerReader.Trigger> found = triggers.read(tokens);
      if (!found.isEmpty()) {
        run.sentence(sentence, start, end, tokens, inSentence,
            placed(sorted, next, run.points, sentence, start, end), narrative, found);
      }
      Timex last = lastDated(inSentence, start, end);
      narrative = last != null ? last : narrative;
    }
    return run.found;
  }

  /** One article's reading: what its sentences share, and the reports found so far. */
  private final class Run {
    private final Article article;
    private final String text;
    private final CodePoints points;
    private final LocalDate published;
    private final SpanIndex<Timex> times;
    private final SpanIndex<Quote> statements;
    private final List<EventMention> found = new ArrayList<>();
    private final ArticleContext context;
    /** The trigger types the article's field vetoes, counted when first needed. */
    private Set<String> fieldVetoed;

    Run(ArticleContext context, List<Timex> timexes, List<Quote> quotes) {
      this.context = context;
      this.article = context.article();
      this.text = context.text();
      this.points = context.codePoints();
      this.published = article.published().day().orElse(null);
      this.times = SpanIndex.of(timexes, Timex::start, Timex::end);
      this.statements = SpanIndex.of(quotes, Quote::start, Quote::end);
    }

    /** The reports of one sentence's triggers (at most one per type). */
    void sentence(Sentence sentence, int start, int end, List<Token> tokens,
        List<Timex> inSentence, List<ClauseReader.Placed> placed, Timex narrative,
        List<TriggerReader.Trigger> triggers) {
      Said said = null;
      Set<String> types = new HashSet<>();
      for (TriggerReader.Trigger t : triggers) {
        if (fieldVetoed(t.type()) || !types.add(t.type())) {
          continue;
        }
        said = said != null ? said : new Said(sentence, start, end, tokens, inSentence, placed,
            platforms(placed), narrative);
        report(said, t);
      }
    }

    /**
     * Whether the article's field vetoes triggers of {@code type}
     * ({@link EventLexicon#vetoedInArticle}); its words are counted only for a type a field can
     * veto, once.
     */
    private boolean fieldVetoed(String type) {
      if (!lexicon.fieldVetoes(type)) {
        return false;
      }
      if (fieldVetoed == null) {
        List<String> words = new ArrayList<>();
        for (List<Token> tokens : context.sentenceTokens()) {
          for (Token token : tokens) {
            if (token.kind() == Token.Kind.ARABIC) {
              words.add(token.normalized());
            }
          }
        }
        fieldVetoed = lexicon.vetoedInArticle(words);
      }
      return fieldVetoed.contains(type);
    }

    /** The report of one trigger. */
    private void report(Said s, TriggerReader.Trigger t) {
      Sentence sentence = s.sentence();
      List<Token> tokens = s.tokens();
      int ts = points.toCodePoint(sentence.start() + t.token().start());
      int te = points.toCodePoint(sentence.start() + t.token().end());
      ClauseReader.Clause clause = clauses.clause(tokens, t.index());
      Quote statement = statements.firstContaining(ts);
      boolean nominal = clauses.nominal(t.token().normalized(), f -> lexicon.entry(f) != null);
      Map<String, ArgumentRole> roles = withoutPlatformDoers(clauses.roles(t.type(), tokens,
          t.index(), nominal, clause, ofStatement(s.placed(), statement)), s.platforms());
      List<Timex> ofEvent = ofEvent(s.inSentence(), statement);
      List<Timex> tied = tied(ofEvent, sentence);
      boolean untied = tied.size() < ofEvent.size();
      Timex own = nearest(tied, s.start(), s.end(), ts);
      Timex year = own != null ? null : yearInClause(tied, points, sentence, clause);
      boolean otherTime = own == null && year == null && hasTime(tied, s.start(), s.end());
      Timex used = t.reference() ? null : own != null ? own : year != null ? year
          : otherTime || untied ? null : s.narrative();
      WhenBasis basis = t.reference() ? WhenBasis.REFERENCE : used == null
          ? (otherTime ? WhenBasis.OTHER_TIME : untied ? WhenBasis.UNTIED : null)
          : used == own || used == year ? WhenBasis.SENTENCE : WhenBasis.CONTEXT;
      if (used != null && far(used.value()) && (basis == WhenBasis.CONTEXT
          || outside(used, points, sentence, clauses.commaClause(tokens, t.index())))) {
        used = null;
        basis = WhenBasis.UNTIED;
      }
      if (used != null && t.modality() == Modality.ASSERTED
          && (forwardElsewhere(used, points, sentence, clauses.commaClause(tokens, t.index()))
          || afterPublication(used == year ? year.value() : day(used.value()), published))) {
        used = null;
        basis = WhenBasis.AFTER_PUBLICATION;
      }
      String when = used == null ? null : used == year ? year.value() : day(used.value());
      found.add(new EventMention(article.id() + "-e" + (found.size() + 1), article.id(),
          t.type(), t.token().text(), ts, te, s.start(), s.end(), sentence.in(text),
          t.modality(), when, used == null ? null : used.id(), basis,
          withRoles(roles, false), withRoles(roles, true),
          t.count(), used == null ? null : used.problem(), roles));
    }

    /**
     * The time expressions that can date an event of the sentence: not one tied to something
     * else by the words right before it or its own first word ({@code event-untied-times.txt}):
     * a birth year («مواليد 1986»), a founding («تأسست عام 1949»), and, when it lies two or more
     * years before the page's year ({@link #far}), a span's edge («منذ سنة 1959») and the end
     * joined to it («بين عامي 1982 و1990»).
     */
    private List<Timex> tied(List<Timex> timexes, Sentence sentence) {
      List<Timex> kept = new ArrayList<>(timexes.size());
      Timex untied = null;
      for (Timex t : timexes) {
        boolean far = far(t.value());
        if (lexicon.untied(wordsAt(t, sentence), far)
            || far && untied != null && joined(untied, t)) {
          untied = t;
        } else {
          kept.add(t);
        }
      }
      return kept.size() == timexes.size() ? timexes : kept;
    }

    /**
     * Whether {@code b} is the other end of the span {@code a} opens, only joining words
     * between them ({@code JOIN} of {@code event-untied-times.txt}): in «بين عامي 1982 و1990»
     * the end is no more the event's time than the start.
     */
    private boolean joined(Timex a, Timex b) {
      int from = points.toIndex(a.end());
      int to = points.toIndex(b.start());
      if (to < from || to - from > 12) {
        return false;
      }
      String between = org.isnad.text.ArabicNormalizer.standard()
          .normalizeToString(text.substring(from, to));
      return lexicon.joinsSpan(between);
    }

    /** The two words before {@code t} in its sentence and its own first word, normalised. */
    private List<String> wordsAt(Timex t, Sentence sentence) {
      int at = Math.max(sentence.start(), Math.min(points.toIndex(t.start()), sentence.end()));
      String before = text.substring(Math.max(sentence.start(), at - 60), at);
      org.isnad.text.ArabicNormalizer n = org.isnad.text.ArabicNormalizer.standard();
      List<String> words = new ArrayList<>();
      String[] b = n.normalizeToString(before).split("[^\\p{L}]+");
      for (int i = Math.max(0, b.length - 2); i < b.length; i++) {
        words.add(b[i]);
      }
      for (String w : n.normalizeToString(t.text()).split("[^\\p{L}]+")) {
        if (!w.isEmpty()) {
          words.add(w);
          break;
        }
      }
      return words;
    }

    /**
     * Whether a TIMEX3 calendar value lies two or more years before the year the page was
     * published: such a date is history the page recalls, and dates a report only from the
     * trigger's own clause, never from the narration. Unknown when the page has no day.
     */
    private boolean far(String value) {
      if (published == null || value == null || value.length() < 4
          || !value.substring(0, 4).chars().allMatch(c -> c >= '0' && c <= '9')) {
        return false;
      }
      return Integer.parseInt(value.substring(0, 4)) <= published.getYear() - FAR_YEARS;
    }
  }

  /** How many years before the page's year a date is far ({@link Run#far}). */
  static final int FAR_YEARS = 2;

  /** Whether {@code t} lies outside the clause (a comma ends it) of the trigger. */
  private static boolean outside(Timex t, CodePoints points, Sentence sentence,
      ClauseReader.Clause clause) {
    int from = points.toCodePoint(sentence.start() + clause.start());
    int to = points.toCodePoint(sentence.start() + clause.end());
    return t.start() < from || t.end() > to;
  }

  /** A sentence with triggers and what its reports read from it. */
  private record Said(Sentence sentence, int start, int end, List<Token> tokens,
      List<Timex> inSentence, List<ClauseReader.Placed> placed, Set<String> platforms,
      Timex narrative) {}

  /**
   * Whether {@code used} points forward from its own reference ("غداً (الأحد)", "الجمعة المقبل")
   * and lies outside the trigger's clause: then it is the time of another, coming action
   * ("أصيب اللاعبان، وستبدأ المرحلة التالية غداً") and must not date a report told as done. Inside
   * the clause ("تنطلق غداً اجتماعات اللجنة") it is the report's own scheduled day and stays.
   */
  private boolean forwardElsewhere(Timex used, CodePoints points, Sentence sentence,
      ClauseReader.Clause clause) {
    if (!lexicon.pointsForward(used.text())) {
      return false;
    }
    int from = points.toCodePoint(sentence.start() + clause.start());
    int to = points.toCodePoint(sentence.start() + clause.end());
    return used.start() < from || used.end() > to;
  }

  /**
   * Whether a date said to have happened begins more than a day after the article was published:
   * impossible, so the date belongs to something else on the page (a ticker's "today", a crawl
   * day's header) and the report is left undated. The one day of slack keeps a report dated by a
   * page whose metadata day is a day early (a UTC day just before local midnight, a weekday named
   * with "اليوم" the day after the reference). An expression that points forward from its own
   * reference ("غداً", "المقبل") outside the trigger's clause is refused however close it falls,
   * see {@link #forwardElsewhere}.
   */
  private static boolean afterPublication(String when, LocalDate published) {
    if (when == null || published == null || !ValueShapes.isCalendar(when)) {
      return false;
    }
    String[] f = when.split("-");
    LocalDate start = LocalDate.of(Integer.parseInt(f[0]), f.length > 1 ? Integer.parseInt(f[1])
        : 1, f.length > 2 ? Integer.parseInt(f[2]) : 1);
    return start.isAfter(published.plusDays(1));
  }

  /** The article's linked mentions inside the sentence, in sentence-relative UTF-16 offsets. */
  private static List<ClauseReader.Placed> placed(List<EntityMention> sorted, int from,
      CodePoints points, Sentence sentence, int start, int end) {
    List<ClauseReader.Placed> out = new ArrayList<>();
    for (int i = from; i < sorted.size() && sorted.get(i).start() < end; i++) {
      EntityMention m = sorted.get(i);
      if (m.start() >= start && m.end() <= end && m.entityId() != null
          && (m.type() == EntityType.PERSON || m.type() == EntityType.ORG || m.type() == EntityType.PLACE)) {
        out.add(new ClauseReader.Placed(m, points.toIndex(m.start()) - sentence.start(),
            points.toIndex(m.end()) - sentence.start()));
      }
    }
    out.sort(java.util.Comparator.comparingInt(ClauseReader.Placed::start));
    return out;
  }

  /**
   * The roles without a social platform as doer or place: "تفاعل مغردون في تويتر على خلفية
   * التفجير" does not make Twitter the bomber. A platform can still be what an event is done to
   * ("حجب موقع تويتر").
   */
  private static Map<String, ArgumentRole> withoutPlatformDoers(Map<String, ArgumentRole> roles,
      Set<String> platforms) {
    if (platforms.isEmpty()) {
      return roles;
    }
    Map<String, ArgumentRole> kept = new java.util.LinkedHashMap<>(roles);
    kept.entrySet().removeIf(e -> platforms.contains(e.getKey())
        && e.getValue() != ArgumentRole.PATIENT);
    return kept;
  }

  /** The entities among a sentence's linked mentions that are named as social platforms. */
  private static Set<String> platforms(List<ClauseReader.Placed> placed) {
    Set<String> platforms = new HashSet<>();
    for (ClauseReader.Placed p : placed) {
      if (org.isnad.annotate.entity.OutletLexicon.isPlatform(org.isnad.text.ArabicNormalizer
          .standard().normalizeToString(p.mention().text()))) {
        platforms.add(p.mention().entityId());
      }
    }
    return platforms;
  }

  private static List<String> withRoles(Map<String, ArgumentRole> roles, boolean places) {
    return roles.entrySet().stream()
        .filter(e -> (e.getValue() == ArgumentRole.PLACE) == places)
        .map(Map.Entry::getKey).toList();
  }

  /**
   * A year said in the trigger's own clause ("فر من سوريا في 2015"): the event's time, to the
   * year. A year elsewhere in the sentence ("منهيا حكم عائلته الذي يعود إلى عام 1971") is not.
   */
  private static Timex yearInClause(List<Timex> timexes, CodePoints points, Sentence sentence,
      ClauseReader.Clause clause) {
    int from = points.toCodePoint(sentence.start() + clause.start());
    int to = points.toCodePoint(sentence.start() + clause.end());
    for (Timex t : timexes) {
      if (t.start() >= from && t.end() <= to && t.value() != null
          && ValueShapes.isYear(t.value())) {
        return t;
      }
    }
    return null;
  }

  /**
   * Whether the sentence has a time expression of its own that gives no day ("قبل سنوات", "في
   * وقت سابق", a year): then the event lies at that other time, and the narration's date must
   * not be carried to it.
   */
  private static boolean hasTime(List<Timex> timexes, int start, int end) {
    for (Timex t : timexes) {
      if (t.start() >= start && t.end() <= end && t.value() != null
          && (t.value().equals("PAST_REF") || ValueShapes.isYear(t.value()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The names that can fill a trigger's roles: inside a statement's content, only the content's
   * ("أعلن العميد محمد سمير استشهاد ضابط": the spokesman is not the one killed).
   */
  private static List<ClauseReader.Placed> ofStatement(List<ClauseReader.Placed> placed,
      Quote q) {
    return q == null ? placed : placed.stream().filter(p -> q.start() <= p.mention().start()
        && p.mention().end() <= q.end()).toList();
  }

  /** The time expressions that can date a trigger: not those of the saying around it. */
  private static List<Timex> ofEvent(List<Timex> timexes, Quote q) {
    return q == null ? timexes : timexes.stream()
        .filter(t -> q.start() <= t.start() && t.start() < q.end()).toList();
  }

  /** The dated expression of the sentence closest to the trigger. */
  private static Timex nearest(List<Timex> timexes, int start, int end, int trigger) {
    Timex best = null;
    for (Timex t : timexes) {
      if (t.start() >= start && t.end() <= end && day(t.value()) != null
          && (best == null || Math.abs(t.start() - trigger) < Math.abs(best.start() - trigger))) {
        best = t;
      }
    }
    return best;
  }

  private static Timex lastDated(List<Timex> timexes, int start, int end) {
    Timex last = null;
    for (Timex t : timexes) {
      if (t.start() >= start && t.end() <= end && day(t.value()) != null) {
        last = t;
      }
    }
    return last;
  }

  /**
   * The calendar part of a TIMEX3 value ({@code 2024-12-08}, {@code 2024-12}, {@code XXXX-12-09}
   * when the year is unknown), or null. A year alone dates an event only from the trigger's own
   * clause (see {@code yearInClause}): in "منهيا حكم عائلته الذي يعود إلى عام 1971" it does not.
   */
  static String day(String value) {
    if (value == null || !ValueShapes.isMonthOrDayOfAnyYear(value)) {
      return null;
    }
    int t = value.indexOf('T');
    return t < 0 ? value : value.substring(0, t);
  }

  /**
   * The linked pass: the event reports of the context's article, from its time expressions,
   * linked mentions and statements.
   */
  @Override
  public List<EventMention> annotate(ArticleContext context,
      org.isnad.model.AnnotatedArticle earlier) {
    return annotate(context, earlier.timexes(), earlier.mentions(), earlier.quotes());
  }
}
