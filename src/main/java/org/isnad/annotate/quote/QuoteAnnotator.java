package org.isnad.annotate.quote;

import static org.isnad.text.GrammarWords.ARTICLE;
import static org.isnad.text.GrammarWords.LI;
import static org.isnad.text.GrammarWords.LI_LETTER;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.isnad.annotate.entity.OutletLexicon;
import org.isnad.model.Article;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.model.Quote;
import org.isnad.model.Speaker;
import org.isnad.text.AlignedText;
import org.isnad.text.ArticleContext;
import org.isnad.text.CodePoints;
import org.isnad.text.Sentence;

/**
 * Finds the reported statements of an article and builds their attribution chains. A verb
 * without an expressed subject ("وأضاف", "وأشارت") takes the latest grammatical subject of a
 * verb of saying (for "نقلت صحيفة … عن المصادر", the outlet, never the source it cited) when that
 * speaker's verb agrees with it in gender and number; when another speaker was named since, it is
 * unknown. A participle ("مضيفاً") is carried only from a statement of its own sentence. A
 * statement whose speaker stays unknown is kept only when its chain still names a relay or a
 * source ("وقال لرويترز إن …"); otherwise it is no statement. Answers of a question-and-answer
 * interview are statements of the interviewee. Offsets are code points into the article text.
 * Immutable and thread safe.
 */
public final class QuoteAnnotator implements org.isnad.annotate.Annotator<List<Quote>> {
  private static final QuoteAnnotator BUNDLED = new QuoteAnnotator(QuoteLexicon.bundled());
  private final QuoteFinder finder;
  private final LeadRelayReader leadRelay;
  private final InterviewReader interviews;

  private QuoteAnnotator(QuoteLexicon lexicon) {
    this.finder = new QuoteFinder(lexicon);
    this.leadRelay = new LeadRelayReader(lexicon);
    this.interviews = new InterviewReader(lexicon);
  }

  public static QuoteAnnotator standard() {
    return BUNDLED;
  }
  /**
   * Every form of the verbs of saying ({@code text/speech-verbs.txt}), normalised: "قال"، "وأضاف" says
   * who spoke. With {@code clauseOpening}, only the forms that are not also another word ("بين"
   * is "between" as often as "he made clear").
   */
  public static java.util.Set<String> speechVerbForms(boolean clauseOpening) {
    QuoteLexicon lexicon = QuoteLexicon.bundled();
    if (!clauseOpening) {
      return java.util.Set.copyOf(lexicon.sayingForms);
    }
    return lexicon.sayingForms.stream().filter(f -> !lexicon.clauseInitialOnly.contains(f))
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }


  /**
   * A speaker and where it spoke: the sentence (for carrying it only to the next sentences) and
   * the relay its statement passed through (carried along with it: "نقلت رويترز عن عشرة مصادر …
   * وقالت المصادر").
   */
  private record Said(String speaker, boolean outlet, Agreement agreement, int sentence,
      String relay, boolean subject) {
    Said(String speaker, boolean outlet, Agreement agreement, int sentence, String relay) {
      this(speaker, outlet, agreement, sentence, relay, true);
    }

    /** The same speaker, no grammatical subject: never carried to a verb without subject. */
    Said cited() {
      return new Said(speaker, outlet, agreement, sentence, relay, false);
    }

    /** One speaker is remembered per key: the latest of each agreement, subject or cited. */
    String key() {
      return agreement + (subject ? "" : "/cited");
    }
  }

  /** Re-inserted last: entries in order of recency. */
  private static void remember(Map<String, Said> said, Said speaker) {
    said.remove(speaker.key());
    said.put(speaker.key(), speaker);
  }

  /**
   * "نقلت صحيفة … عن المصادر": the outlet, grammatical subject of the relaying verb, is the one a
   * later verb without subject ("وأضافت") goes back to; null for other statements.
   */
  private static Said relayingSubject(Draft draft, AlignedText aligned, int sentence) {
    String outlet = draft.kind() == Draft.Kind.RELAYED ? name(aligned, draft.relay()) : null;
    return outlet == null ? null
        : new Said(outlet, true, draft.agreement(), sentence, null);
  }

  /**
   * A statement whose speaker is unknown is kept only when its chain still says something of its
   * origin: an outlet it was told to ("وقال لرويترز") or a source it cites.
   */
  private static boolean knownOrigin(Draft draft) {
    return draft.relay() != null || draft.source() != null;
  }

  /**
   * How many sentences back a verb without subject ("وأضاف") may find its speaker (four keeps a
   * speaker through a quoted paragraph); further back
   * the speaker is unknown rather than a guess from another part of the page.
   */
  static final int CARRY_SENTENCES = 4;

  /** The speaker of a verb without subject when no earlier speaker agrees with it. */
  public static final String UNKNOWN_SPEAKER =
      org.isnad.text.RuleFile.read(QuoteAnnotator.class, "unknown-speaker.txt").get(0);

  /** The statements of {@code article}, in text order; never throws on content. */
  public List<Quote> annotate(Article article) {
    return annotate(article, List.of());
  }

  /**
   * The statements of {@code article}; a speaker phrase ends where one of the article's
   * {@code persons} (mentions of people, code point offsets) ends.
   */
  public List<Quote> annotate(Article article, List<EntityMention> persons) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(persons, "persons");
    return annotate(ArticleContext.of(article), persons);
  }

  /**
   * The statements of the context's article; a speaker phrase ends where one of the article's
   * {@code persons} (mentions of people, code point offsets) ends.
   */
  public List<Quote> annotate(ArticleContext context, List<EntityMention> persons) {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(persons, "persons");
    Article article = context.article();
    AlignedText aligned = context.aligned();
    String normalized = aligned.normalized();
    CodePoints points = context.codePoints();
    java.util.BitSet nameEnds = new java.util.BitSet();
    for (EntityMention m : persons) {
      if (m.type() == EntityType.PERSON && m.end() <= points.length()) {
        nameEnds.set(points.toIndex(m.end()));
      }
    }
    List<Sentence> sentences = context.normalizedSentences();
    String articleRelay = sentences.isEmpty() ? null
        : leadRelay.relay(normalized, sentences.get(0));
    List<Quote> quotes = new ArrayList<>();
    Map<String, Said> said = new LinkedHashMap<>();  // the latest speaker of each agreement
    List<List<Word>> lead = new ArrayList<>();
    for (int s = 0; s < Math.min(2, sentences.size()); s++) {
      lead.add(Words.of(aligned, sentences.get(s).start(), sentences.get(s).end(), nameEnds));
    }
    InterviewReader.Interview interview = interviews.read(normalized, lead);
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      List<Word> words = s < lead.size() ? lead.get(s)  // the lead's words, read once
          : Words.of(aligned, sentence.start(), sentence.end(), nameEnds);
      if (articleRelay == null) {
        articleRelay = leadRelay.dateline(words);  // "القاهرة (رويترز) -": from here on
      }
      for (Draft draft : finder.find(normalized, words, sentence.end())) {
        if (inQuestion(interview, draft.cue().start())) {
          continue;  // the interviewer's question is no statement
        }
        Said speaker = speaker(draft, aligned, said, s);
        if (!speaker.speaker().equals(UNKNOWN_SPEAKER)) {
          remember(said, speaker);
          Said subject = relayingSubject(draft, aligned, s);
          if (subject != null) {
            remember(said, subject);  // the latest: "وأضافت" goes back to the outlet
          }
        } else if (!knownOrigin(draft)) {
          continue;  // nobody named and nobody relaying: no statement rather than a guess
        }
        quotes.add(quote(article, aligned, points, draft, speaker, articleRelay,
            quotes.size() + 1));
      }
    }
    return interview == null ? quotes
        : withAnswers(article, aligned, points, interview, articleRelay, quotes);
  }

  private static boolean inQuestion(InterviewReader.Interview interview, int at) {
    return interview != null && interview.turns().stream().anyMatch(t -> !t.answer()
        && t.marker().start() <= at && at < t.contentEnd());
  }

  /**
   * "ج: …" in a page that names "في حوار مع …" in its lead: each answer is a direct statement of
   * the interviewee, merged into the page's statements in text order and numbered again.
   */
  private static List<Quote> withAnswers(Article article, AlignedText aligned, CodePoints points,
      InterviewReader.Interview interview, String articleRelay, List<Quote> found) {
    List<Quote> all = new ArrayList<>(found);
    String name = SpeakerName.clean(phrase(aligned, interview.speakerStart(),
        interview.speakerEnd()));
    Speaker speaker = spoken(article.text(), points, new Said(name, false, Agreement.UNKNOWN, 0,
        null), aligned.originalStart(interview.speakerStart()),
        aligned.originalEnd(interview.speakerEnd()));
    for (InterviewReader.Turn t : interview.turns()) {
      if (!t.answer()) {
        continue;
      }
      int start = aligned.originalStart(t.contentStart());
      int end = aligned.originalEnd(t.contentEnd());
      AttributionChainBuilder chain = new AttributionChainBuilder()
          .publisher(article.outlet() != null ? article.outlet() : article.credit())
          .relay(articleRelay != null ? articleRelay
              : article.outlet() != null ? article.credit() : null)
          .speaker(name, false, null);
      all.add(new Quote("", article.id(), cp(points, start), cp(points, end),
          article.text().substring(start, end),
          original(aligned, t.marker().start(), t.marker().end()),
          cp(points, aligned.originalStart(t.marker().start())), true, speaker, chain.build()));
    }
    all.sort((a, b) -> Integer.compare(a.cueStart(), b.cueStart()));
    List<Quote> numbered = new ArrayList<>(all.size());
    for (Quote q : all) {
      numbered.add(new Quote(article.id() + "-q" + (numbered.size() + 1), q.articleId(),
          q.start(), q.end(), q.content(), q.cue(), q.cueStart(), q.direct(), q.speaker(),
          q.chain()));
    }
    return numbered;
  }

  /**
   * The draft's speaker; without one, the latest earlier speaker whose verb agrees. The latest
   * speaker of each agreement is enough to find it, so a long article costs no rescan.
   */
  private static Said speaker(Draft draft, AlignedText aligned, Map<String, Said> said,
      int sentence) {
    String relay = name(aligned, draft.relay());
    if (draft.hasSpeaker()) {
      String name = SpeakerName.clean(phrase(aligned, draft.speakerStart(), draft.speakerEnd()));
      String outlet = SpeakerName.isPlatform(name) ? null
          : SpeakerName.asWritten(OutletLexicon.bundled().outlet(name, false), name);
      boolean isOutlet = outlet != null || SpeakerName.namesOutlet(name);
      String source = name(aligned, draft.source());
      String carried = relay == null ? backReferenceRelay(name, said, sentence) : null;
      if (carried == null && relay == null && SpeakerName.isOneOfThem(name)) {
        carried = pluralRelay(said, sentence);  // "وقال سكان لرويترز … وقال أحدهم"
      }
      String own = isOutlet && source != null ? (outlet != null ? outlet : name) : relay;
      Said named = new Said(outlet != null ? outlet : name, isOutlet, draft.agreement(), sentence,
          own != null ? own : carried);
      return draft.bySubject() ? named : named.cited();
    }
    if (draft.backReference() != null) {
      return backReferenced(draft, said, sentence, relay);
    }
    Said latest = null;
    for (Said earlier : said.values()) {  // in order of recency: the last is the latest speaker
      latest = earlier;
    }
    if (latest != null && (!latest.subject() || !latest.agreement().agreesWith(draft.agreement())
        || sentence - latest.sentence() > CARRY_SENTENCES)) {
      latest = null;  // another speaker was named since: "وأضاف" is not carried past them
    }
    if (latest != null && draft.participle() && latest.sentence() != sentence) {
      latest = null;  // "وضع النظام شروطاً …، قائلاً": the subject of its own clause, unread
    }
    return latest != null ? new Said(latest.speaker(), latest.outlet(), draft.agreement(),
        sentence, relay != null ? relay : latest.relay())
        : new Said(UNKNOWN_SPEAKER, false, draft.agreement(), sentence, relay);
  }

  /**
   * "وأضاف المصدر ذاته": the nearest earlier speaker within the carry window whose name has the
   * phrase's head ("مصدر أمني"); else unknown, never a speaker of another kind.
   */
  private static Said backReferenced(Draft draft, Map<String, Said> said, int sentence,
      String relay) {
    Said found = null;
    for (Said earlier : said.values()) {
      if (sentence - earlier.sentence() <= CARRY_SENTENCES
          && SpeakerName.sameHead(draft.backReference(), earlier.speaker())) {
        found = earlier;
      }
    }
    return found != null ? new Said(found.speaker(), found.outlet(), draft.agreement(), sentence,
        relay != null ? relay : found.relay())
        : new Said(UNKNOWN_SPEAKER, false, draft.agreement(), sentence, relay);
  }

  /**
   * "وقالت المصادر" after "نقلت رويترز عن عشرة مصادر": a definite speaker that repeats the head
   * of a recent speaker carries that speaker's relay.
   */
  private static String backReferenceRelay(String name, Map<String, Said> said, int sentence) {
    String head = SpeakerName.definiteHead(name);
    String relay = null;
    for (Said earlier : said.values()) {
      if (earlier.relay() == null || sentence - earlier.sentence() > CARRY_SENTENCES) {
        continue;
      }
      if (head != null ? SpeakerName.sameHead(head, earlier.speaker())
          && !SpeakerName.sameHead(head, earlier.relay())  // "وأضافت الصحيفة": the relay itself
          : SpeakerName.same(name, earlier.speaker())) {  // "ونقلت وكالات عن أردوغان … وأضاف أردوغان"
        relay = earlier.relay();
      }
    }
    return relay;
  }

  /**
   * The relay of the latest speaker within the carry window ("سكان", whose verb comes before it
   * in the singular), or null.
   */
  private static String pluralRelay(Map<String, Said> said, int sentence) {
    Said latest = null;
    for (Said earlier : said.values()) {
      latest = earlier;
    }
    return latest != null && sentence - latest.sentence() <= CARRY_SENTENCES ? latest.relay()
        : null;
  }

  private static Quote quote(Article article, AlignedText aligned, CodePoints points, Draft d,
      Said said, String articleRelay, int number) {
    int start = aligned.originalStart(d.contentStart());
    int end = aligned.originalEnd(d.contentEnd());
    boolean cites = d.hasSpeaker() && said.outlet() && d.source() != null;
    Speaker speaker = cites ? cited(article.text(), points, aligned, d.source())
        : d.hasSpeaker() ? spoken(article.text(), points, said,
            aligned.originalStart(d.speakerStart()), aligned.originalEnd(d.speakerEnd()))
        : new Speaker(said.speaker(), -1, -1, null);
    AttributionChainBuilder chain = new AttributionChainBuilder()
        .publisher(article.outlet() != null ? article.outlet() : article.credit())
        .relay(articleRelay != null ? articleRelay
            : article.outlet() != null ? article.credit() : null)
        .relay(cleaned(name(aligned, d.relay())) != null ? cleaned(name(aligned, d.relay()))
            : said.relay() != null && !said.relay().equals(said.speaker()) ? said.relay() : null);
    String source = cleaned(name(aligned, d.source()));
    if (source != null && !said.outlet() && isOutlet(d.source(), source)) {
      chain.relay(source);  // "قال الوزير …، بحسب رويترز": the agency passed it on
      source = null;
    }
    chain.speaker(said.speaker(), said.outlet(), source);
    String cue = original(aligned, d.cue().start(), d.cue().end());
    return new Quote(article.id() + "-q" + number, article.id(), cp(points, start),
        cp(points, end), article.text().substring(start, end), cue,
        cp(points, aligned.originalStart(d.cue().start())), d.direct(), speaker, chain.build());
  }

  /**
   * "أفادت صحيفة … نقلاً عن “فلارك”": an outlet that cites someone relays; the one cited is the
   * statement's speaker.
   */
  private static Speaker cited(String text, CodePoints points, AlignedText aligned, Ref source) {
    int start = aligned.originalStart(source.start());
    int end = aligned.originalEnd(source.end());
    String raw = text.substring(start, end);
    String name = SpeakerName.clean(phrase(aligned, source.start(), source.end()));
    int at = raw.indexOf(name);
    int from = at > 0 ? start + at : start;
    return new Speaker(source.canonical() != null ? source.canonical() : name, cp(points, from),
        cp(points, at >= 0 ? from + name.length() : end), null);
  }

  /** The speaker's span without the quotation marks around the name ("“سكاي تران”"). */
  private static Speaker spoken(String text, CodePoints points, Said said, int start, int end) {
    String raw = text.substring(start, end);
    int at = raw.indexOf(SpeakerName.clean(raw));
    int from = at > 0 ? start + at : start;
    int to = at >= 0 ? from + SpeakerName.clean(raw).length() : end;
    return new Speaker(said.speaker(), cp(points, from), cp(points, to), null);
  }

  /** A source that is an outlet: known to the outlet lexicon or named by its generic word. */
  private static boolean isOutlet(Ref ref, String name) {
    return !SpeakerName.isPlatform(name)
        && (ref.canonical() != null || SpeakerName.namesOutlet(name));
  }

  private static String cleaned(String name) {
    return name == null ? null : SpeakerName.clean(name);
  }

  private static String name(AlignedText aligned, Ref ref) {
    return ref == null ? null : ref.canonical() != null ? ref.canonical()
        : phrase(aligned, ref.start(), ref.end());
  }

  /** A phrase as written; "للمصادر" read after its first ل is "المصادر", not "لمصادر". */
  private static String phrase(AlignedText aligned, int start, int end) {
    String text = original(aligned, start, end);
    int before = aligned.originalStart(start) - 1;
    return before >= 0 && text.startsWith(LI) && aligned.original().charAt(before) == LI_LETTER
        ? ARTICLE + text.substring(1) : text;
  }

  private static String original(AlignedText aligned, int start, int end) {
    return aligned.original().substring(aligned.originalStart(start), aligned.originalEnd(end));
  }

  private static int cp(CodePoints points, int index) {
    return points.toCodePoint(index);
  }

  /** The article pass: the statements, speaker phrases ending at the mentions found earlier. */
  @Override
  public List<Quote> annotate(ArticleContext context, org.isnad.model.AnnotatedArticle earlier) {
    return annotate(context, earlier.mentions());
  }
}
