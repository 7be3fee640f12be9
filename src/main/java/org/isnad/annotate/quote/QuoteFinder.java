package org.isnad.annotate.quote;

import static org.isnad.text.GrammarWords.ABOUT;
import static org.isnad.text.GrammarWords.ALEF;
import static org.isnad.text.GrammarWords.ARTICLE;
import static org.isnad.text.GrammarWords.BI_LETTER;
import static org.isnad.text.GrammarWords.FA;
import static org.isnad.text.GrammarWords.FA_LETTER;
import static org.isnad.text.GrammarWords.FI;
import static org.isnad.text.GrammarWords.HER;
import static org.isnad.text.GrammarWords.HIM;
import static org.isnad.text.GrammarWords.LAMMA;
import static org.isnad.text.GrammarWords.LI;
import static org.isnad.text.GrammarWords.LI_ARTICLE;
import static org.isnad.text.GrammarWords.LI_LETTER;
import static org.isnad.text.GrammarWords.MA;
import static org.isnad.text.GrammarWords.PLURAL_VERB_ENDING;
import static org.isnad.text.GrammarWords.POSSESSIVE_SUFFIXES;
import static org.isnad.text.GrammarWords.SAYING;
import static org.isnad.text.GrammarWords.TA_LETTER;
import static org.isnad.text.GrammarWords.THAT;
import static org.isnad.text.GrammarWords.WA_LETTER;
import static org.isnad.text.GrammarWords.WHICH;
import static org.isnad.text.GrammarWords.WHICH_FEM;
import static org.isnad.text.GrammarWords.YA;
import static org.isnad.text.GrammarWords.YA_LETTER;

import java.util.ArrayList;
import java.util.List;
import org.isnad.annotate.entity.OutletLexicon;

/**
 * Finds the statements of one normalised sentence: speech verbs with their speaker (after the
 * verb, or before it in a relative clause), relay verbs ("نقلت وكالة … عن …"), and source
 * phrases ("وفقاً لـ …") that stand alone. A source phrase inside a verb's statement is that
 * statement's source, not a statement of its own. Thread safe.
 */
final class QuoteFinder {
  /** How far after the verb the content may open. */
  private static final int OPENER_WINDOW = 18;
  private final QuoteLexicon lexicon;
  private final PhraseReader phrases;
  private final SpeakerCheck check;

  QuoteFinder(QuoteLexicon lexicon) {
    this.lexicon = lexicon;
    this.phrases = new PhraseReader(lexicon);
    this.check = new SpeakerCheck(lexicon);
  }

  List<Draft> find(String text, List<Word> words, int sentenceEnd) {
    List<Draft> drafts = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      Draft draft = null;
      if (lexicon.relayVerbs.containsKey(w.bare()) || lexicon.relayVerbs.containsKey(w.text())) {
        draft = relayed(text, words, i, sentenceEnd);
      } else if (phrases.isSpeechVerb(words, i) && !afterPreposition(words, i)) {
        if (!insideStatement(drafts, w)) {
          draft = spoken(text, words, i, sentenceEnd);
        } else {
          relayNested(text, words, i, sentenceEnd, drafts);
        }
      }
      if (draft != null) {
        drafts.add(draft);
      }
    }
    for (int i = 0; i < words.size(); i++) {
      int length = phrases.sourcePhraseAt(words, i);
      if (length > 0 && !isMedium(words, i) && !insideStatement(drafts, words.get(i))
          && !namesSourceOf(drafts, words, i, length) && !relaysNextVerb(drafts, words, i)) {
        Draft draft = sourced(words, i, length, sentenceEnd);
        if (draft != null) {
          drafts.add(draft);
        }
      }
    }
    drafts.sort((a, b) -> Integer.compare(a.cue().start(), b.cue().start()));
    return drafts;
  }

  /**
   * "وقال الوزير إن …، بحسب وكالة رويترز": the source phrase at k names the source of a verb's
   * statement, no statement of its own.
   */
  private static boolean namesSourceOf(List<Draft> drafts, List<Word> words, int k, int length) {
    int from = words.get(k).start();
    int to = words.get(Math.min(k + length, words.size() - 1)).end();
    int gapStart = k;  // "…، بحسب المتحدث نفسه": right after a content, even when no source
    while (gapStart > 0 && words.get(gapStart - 1).isPunctuation()) {
      gapStart--;
    }
    int after = gapStart > 0 ? words.get(gapStart - 1).end() : -1;
    return drafts.stream().anyMatch(d -> (d.source() != null && d.source().start() >= from
        && d.source().start() <= to)
        || (d.bySubject() && after >= 0 && d.contentEnd() >= after && d.contentEnd() <= from));
  }

  /**
   * "وحسب الموقع الرسمي للوزارة، قال العميد … إن": a source phrase whose phrase ends at a comma
   * right before a verb's statement with a speaker of its own is where that statement was
   * published: the verb's relay, no statement of its own. The draft gets it as relay when it has
   * none.
   */
  private boolean relaysNextVerb(List<Draft> drafts, List<Word> words, int k) {
    Ref ref = phraseAfter(words, k);
    if (ref == null) {
      return false;
    }
    int next = k;
    while (next < words.size() && words.get(next).start() < ref.end()) {
      next++;
    }
    if (next >= words.size() || !words.get(next).isComma()) {
      return false;
    }
    int verbStart = next + 1 < words.size() ? words.get(next + 1).start() : -1;
    for (int d = 0; d < drafts.size(); d++) {
      Draft draft = drafts.get(d);
      if (draft.kind() == Draft.Kind.SAID && draft.hasSpeaker()
          && draft.cue().end() == words.get(next + 1).end() && draft.cue().start() >= verbStart - 1) {
        if (draft.relay() == null) {
          drafts.set(d, draft.withRelay(ref));
        }
        return true;
      }
    }
    return false;
  }

  /**
   * "وذكر التلفزيون الرسمي أن رجل الدين أحمد خاتمي قال للمصلين إن …": a verb of saying whose
   * subject opens the indirect content of an earlier verb is the statement; the earlier speaker
   * passed it on (its relay), says nothing of its own, and is whom a later verb without subject
   * goes back to (as for "نقلت وكالة … عن"). Not when the content opens with a
   * pronoun ("أن"+"ه"), is quoted words, or the inner statement has a relay already.
   */
  private void relayNested(String text, List<Word> words, int verb, int sentenceEnd,
      List<Draft> drafts) {
    int start = words.get(verb).start();
    for (int d = drafts.size() - 1; d >= 0; d--) {
      Draft outer = drafts.get(d);
      if (outer.cue().start() > start || start >= outer.contentEnd()) {
        continue;
      }
      if (outer.kind() != Draft.Kind.SAID || outer.direct() || !outer.hasSpeaker()) {
        return;
      }
      int first = verb;
      while (first > 0 && words.get(first - 1).start() >= outer.contentStart()) {
        first--;
      }
      Draft inner = spoken(text, words, verb, sentenceEnd);
      if (inner == null || inner.kind() != Draft.Kind.SAID || inner.relay() != null
          || (inner.hasSpeaker() && inner.speakerStart() != outer.contentStart()) || first == verb || verb - first > PhraseReader.MAX
          || words.get(first).start() != outer.contentStart() || !check.canSpeak(words, first, verb)) {
        return;
      }
      for (int k = first; k < verb; k++) {
        if (stopsBackwards(words, k)) {
          return;
        }
      }
      Ref relay = new Ref(outer.speakerStart(), outer.speakerEnd(), OutletLexicon.bundled()
          .outlet(text.substring(outer.speakerStart(), outer.speakerEnd()), false));
      drafts.set(d, new Draft(inner.cue(), words.get(first).start(), words.get(verb - 1).end(),
          outer.agreement(), inner.contentStart(), inner.contentEnd(), inner.direct(), relay,
          inner.source(), null, Draft.Kind.RELAYED));  // "وأضاف" goes back to the outer speaker
      return;
    }
  }

  private static boolean insideStatement(List<Draft> drafts, Word w) {
    return drafts.stream().anyMatch(d -> d.cue().start() <= w.start() && w.start() < d.contentEnd());
  }

  private Draft spoken(String text, List<Word> words, int verb, int sentenceEnd) {
    if (verb > 0 && lexicon.complementizer(words.get(verb - 1)) == Boolean.TRUE) {
      return null;  // "قوله إنه أبلغ الرئيس أن": the pronoun speaks, the phrase after is told
    }
    Agreement agreement = agreement(words.get(verb));
    int first = skipTimeWords(words, verb + 1);
    boolean manner = isMannerWord(words, first);  // "وتابع ساخراً: "…"": how he spoke, not who
    int speakerEnd = manner ? first : titleToName(words, first, phrases.end(words, first));
    boolean after = speakerEnd > first && check.canSpeakAfterVerb(words, first, speakerEnd)
        && !isTelling(words.get(verb)) && !isParticiple(words.get(verb))
        && !phrases.isRecipient(words.get(first))  // "وقال لرويترز": the outlet told
        && !toldUnnamed(words, first, speakerEnd);
    String backReference = speakerEnd <= first ? null
        : backReferenceHead(joined(words, first, speakerEnd));
    after = after && backReference == null;
    int[] speaker = after || backReference != null ? (after ? span(words, first, speakerEnd)
        : new int[] {-1, -1}) : speakerBefore(words, verb);
    if (speaker[0] >= 0 && isParticiple(words.get(verb))) {
      speaker = afterOpeningVerb(words, speaker);
      if (opensWithPreposition(words, speaker[0]) || wordsIn(words, speaker) > SHORT_SUBJECT) {
        speaker = new int[] {-1, -1};  // "سمحت إسرائيل بدخولها لأسباب إنسانية قائلة": a clause
      }
    }
    if (speaker[0] == NO_SPEAKER) {
      return null;  // "تاريخ منطقتنا يقول": the subject can say nothing
    }
    Opener opener = opener(words, speakerEnd);
    if (opener == null || (after && isAlsoAnotherWord(words.get(verb))
        && opener.index() > speakerEnd + 1)) {
      return null;  // "، وبين شطري المجلس، ولا يمكن أن": "between", no verb
    }
    int[] content = content(text, words, opener, sentenceEnd);
    if (content == null) {
      return null;
    }
    if (after && verbBetween(words, speakerEnd, opener.index())) {
      return null;  // "فقال المسلمون في معظمهم يريدون أن": the phrase is the content's subject
    }
    return new Draft(cueWord(words.get(verb)), speaker[0], speaker[1], agreement, content[0],
        content[1],
        opener.direct(), relayBetween(words, after ? speakerEnd : first, opener.index()),
        sourceBetween(words, speakerEnd, opener.index(), content[1]), backReference,
        isParticiple(words.get(verb)) ? Draft.Kind.PARTICIPLE : Draft.Kind.SAID);
  }

  /**
   * "مدير فرع الجمعية في أبها أحمد السروي": a title cut at "في"/"على" goes on to the person's
   * name when one ends within a few words and nothing else (punctuation, a complementizer, a
   * verb of saying) comes between; otherwise the cut stands.
   */
  private int titleToName(List<Word> words, int first, int end) {
    if (end <= first || end >= words.size() || !TITLE_LINKS.contains(words.get(end).text())
        || words.get(end - 1).endsName()) {
      return end;
    }
    int marks = 0;  // "في مجلس النواب الروسي (الدوما) ألكسي شيبا": brackets are no words
    for (int k = end + 1; k < words.size() && k - end - marks <= TITLE_REACH; k++) {
      Word w = words.get(k);
      if (w.is("(") || w.is(")")) {
        marks++;
        continue;
      }
      if (w.isPunctuation() || lexicon.complementizer(w) != null || phrases.isSpeechVerb(words, k)
          || phrases.sourcePhraseAt(words, k) > 0 || phrases.isRecipient(w)) {
        return end;
      }
      if (w.endsName()) {
        return k + 1;
      }
    }
    return end;
  }

  /** How many words after "في" the name of a titled speaker may end. */
  private static final int TITLE_REACH = 7;
  private static final java.util.Set<String> TITLE_LINKS = QuoteLexicon.wordSet("title-links.txt");

  /**
   * "لافتاً الانتباه إلى أن", "مضيفاً الواقعة": a participle's subject is the clause's, never the
   * phrase after it (its object).
   */
  private boolean isParticiple(Word verb) {
    return lexicon.participles.containsKey(verb.text())
        || lexicon.participles.containsKey(verb.bare());
  }

  /**
   * "قال لزيتون: "…"": one word with a glued ل (no "لل", no person's name) right before the
   * content is the one told, though no known outlet; "قال ليبرمان إن" keeps its speaker, a name.
   */
  private boolean toldUnnamed(List<Word> words, int first, int speakerEnd) {
    Word w = words.get(first);
    String t = w.text();
    if (speakerEnd != first + 1 || speakerEnd >= words.size() || t.length() < 4
        || t.charAt(0) != LI_LETTER || t.startsWith(LI_ARTICLE) || w.endsName()) {
      return false;
    }
    Word next = words.get(speakerEnd);
    return next.is(":") || next.isQuoteMark() || lexicon.complementizer(next) != null;
  }

  /** "بين": a verb form that is as often another word; its content must follow its subject. */
  private boolean isAlsoAnotherWord(Word verb) {
    return lexicon.clauseInitialOnly.contains(verb.text())
        || lexicon.clauseInitialOnly.contains(verb.bare());
  }

  /** "أبلغوا الأسد أن": the phrase after a verb of telling is the one told. */
  private boolean isTelling(Word verb) {
    return lexicon.tellingForms.contains(verb.text()) || lexicon.tellingForms.contains(verb.bare());
  }

  /** "في مقابلة مع …", "في حديث لـ …": where the speaker spoke, never a statement's source. */
  private boolean isMedium(List<Word> words, int k) {
    String[] phrase = phrases.sourcePhrase(words, k);
    return phrase != null && phrase[0].equals(FI);
  }

  /** The outlet told ("لرويترز") or the medium ("في مقابلة مع قناة …") before the content. */
  private Ref relayBetween(List<Word> words, int from, int to) {
    Ref told = recipientOutlet(words, from, to);
    for (int k = from; told == null && k < to; k++) {
      if (isMedium(words, k)) {
        told = phraseAfter(words, k);
      } else if (k + 1 < to && lexicon.publishedBy.contains(words.get(k).text())
          && OutletLexicon.isHead(words.get(k + 1).text())) {
        told = outletRef(words, k + 1, Math.min(to, phrases.end(words, k + 1)));
      }
    }
    return told;
  }

  /** The cue without a glued و or ف, when the lexicon knows the bare form only. */
  private Word cueWord(Word w) {
    boolean known = lexicon.speechVerbs.containsKey(w.text())
        || lexicon.relayVerbs.containsKey(w.text());
    return known || w.bare().equals(w.text()) ? w
        : new Word(w.bare(), w.start() + 1, w.end(), w.written().substring(1), w.endsName());
  }

  private Agreement agreement(Word verb) {
    return agreement(verb, lexicon.speechVerbs);
  }

  private static Agreement agreement(Word verb, java.util.Map<String, Agreement> forms) {
    Agreement a = forms.get(verb.text());
    return a != null ? a : forms.getOrDefault(verb.bare(), Agreement.UNKNOWN);
  }

  /**
   * "قالت أمس (الأربعاء) وزارة الداخلية", "أفادت به مصادر": words between the verb and its subject
   * ({@code before-subject.txt}).
   */
  private int skipTimeWords(List<Word> words, int from) {
    int k = from;
    while (k < words.size() && k - from < 5 && (lexicon.beforeSubject.contains(words.get(k).text())
        || words.get(k).is("(") || words.get(k).is(")"))) {
      k++;
    }
    return k < words.size() && !words.get(k).isPunctuation() ? k : from;
  }

  /**
   * "فقال المسلمون في معظمهم يريدون أن …": an imperfect verb in the plural (ي … ون) between the
   * phrase after the verb and the complementizer makes the phrase that verb's subject, so the
   * phrase opens the content and names no speaker.
   */
  private static boolean verbBetween(List<Word> words, int from, int to) {
    for (int k = from; k < to; k++) {
      String t = words.get(k).text();  // not "تيلرسون": a name, and ت is rarely "you" in news
      if (t.length() >= 5 && t.startsWith(YA) && t.endsWith(PLURAL_VERB_ENDING)
          && !words.get(k).endsName()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "وأصدر المجلس القومي تقريرا قال فيه": before "قال فيه", a phrase with a verb of issuing
   * ({@code issuing-verbs.txt}) names the issuer (before the verb, or after it up to the text
   * issued, its last word); the issuer is the speaker. Null when the phrase is no such clause.
   */
  private int[] issuer(List<Word> words, int from, int verb) {
    if (verb + 1 >= words.size() || !IN_IT.contains(words.get(verb + 1).text())) {
      return null;
    }
    int issuing = from;
    while (issuing < verb && !lexicon.issuingVerbs.contains(words.get(issuing).text())
        && !lexicon.issuingVerbs.contains(words.get(issuing).bare())) {
      issuing++;
    }
    if (issuing >= verb) {
      return null;
    }
    if (issuing > from) {  // "الحركة أصدرت بيانا قالت فيه": the subject before the verb
      return span(words, from, issuing);
    }
    int object = verb - 1;  // "بيانا", or "بيان ا" as some pages split it
    if (object > from + 1 && words.get(object).text().length() == 1) {
      object--;
    }
    return object > from + 1 ? span(words, from + 1, object)
        : new int[] {NO_SPEAKER, NO_SPEAKER};  // "أصدرت بيانا قالت فيه": the issuer is before
  }

  /** "المصدر ذاته" → "مصدر": the kind a back-reference points to, or null if the phrase is none. */
  private String backReferenceHead(String phrase) {
    if (!lexicon.backReferences.contains(phrase)) {
      return null;
    }
    for (String w : phrase.split(" ")) {
      if (w.startsWith(ARTICLE) && w.length() > 3) {
        return w.substring(2);
      }
    }
    return null;
  }

  private static final java.util.Set<String> SELF = QuoteLexicon.wordSet("self-words.txt");

  private static final java.util.Set<String> IN_IT = QuoteLexicon.wordSet("in-it-words.txt");

  /** "وفقا لمسؤولين إيرانيين قالا إنه": the phrase before a verb of a relative clause. */
  private int[] speakerBefore(List<Word> words, int verb) {
    if (verb > 0 && RELATIVES.contains(words.get(verb - 1).text()) && verb + 1 < words.size()
        && IN_IT.contains(words.get(verb + 1).text())) {
      return new int[] {-1, -1};  // "اتهامات أردوغان التي أكد فيها": the antecedent is what was said
    }
    if (verb > 0 && !relativeAgrees(words.get(verb - 1).text(), agreement(words.get(verb)))) {
      return new int[] {-1, -1};  // "التفسيرات التي يرى أنها": the antecedent is the object
    }
    if (verb > 1 && RELATIVES.contains(words.get(verb - 1).text())) {  // "النوبي، الذي أكد أن"
      int end = words.get(verb - 2).isComma() ? verb - 2 : verb - 1;
      int k = end;
      while (k > 0 && end - k < PhraseReader.MAX && !stopsBackwards(words, k - 1)) {
        k--;
      }
      int phrase = phrases.sourcePhraseAt(words, k);  // "حسب البيان، الذي أوضح": the statement
      if (phrase > 0 && k + phrase < end) {
        k += phrase;
      }
      return k < end ? span(words, k, end) : new int[] {-1, -1};
    }
    int[] topic = afterAmma(words, verb);
    if (topic != null) {
      return topic;
    }
    if (opensClause(words.get(verb))) {
      return new int[] {-1, -1};  // "احتلال روسيا وإيران وأوضح أن": و opens a new clause
    }
    int[] opened = afterClauseOpener(words, verb);
    if (opened != null) {
      return opened;
    }
    int k = verb;
    while (k > 0 && verb - k < PhraseReader.MAX && !stopsBackwards(words, k - 1)) {
      k--;
    }
    int[] issuer = issuer(words, k, verb);
    if (issuer != null) {
      return issuer;
    }
    if (k > 0 && sourceLam(words, k - 1)) {  // "وفقا لمسؤولين إيرانيين قالا"
      return new int[] {words.get(k - 1).start() + 1, words.get(verb - 1).end()};
    }
    if (k == verb || (k > 0 && !words.get(k - 1).isPunctuation()
        && phrases.sourcePhraseAt(words, k - 1) == 0
        && !CLAUSE_OPENERS.contains(words.get(k - 1).text()) && !butThat(words, k - 1))) {
      return new int[] {-1, -1};
    }
    if (k + 1 < verb && lexicon.auxiliaries.contains(words.get(k).text())) {
      k++;  // "وكانت وزارة الدفاع أعلنت": the subject follows the auxiliary
    }
    return check.canSpeak(words, k, verb) ? span(words, k, verb)
        : new int[] {NO_SPEAKER, NO_SPEAKER};
  }

  /**
   * "ويعلق اللواء قشقوش قائلاً": before a participle, a phrase that opens with an imperfect verb
   * (و or ف, then ي or ت, four letters or more) is that verb and its subject; the subject alone
   * speaks.
   */
  private static int[] afterOpeningVerb(List<Word> words, int[] speaker) {
    int k = 0;
    while (k < words.size() && words.get(k).start() < speaker[0]) {
      k++;
    }
    if (k + 1 >= words.size() || words.get(k + 1).start() >= speaker[1]) {
      return speaker;
    }
    String t = words.get(k).text();
    boolean verb = t.length() >= 5 && (t.charAt(0) == WA_LETTER || t.charAt(0) == FA_LETTER)
        && (t.charAt(1) == YA_LETTER || t.charAt(1) == TA_LETTER);
    return verb ? new int[] {words.get(k + 1).start(), speaker[1]} : speaker;
  }

  /**
   * "ساخراً", "متسائلاً" right before a colon or a quotation mark: one indefinite word in the
   * accusative (ending in alif) says how the words were said; no name of a person ends the word.
   */
  private static boolean isMannerWord(List<Word> words, int k) {
    if (k + 1 >= words.size()) {
      return false;
    }
    Word w = words.get(k);
    Word next = words.get(k + 1);
    String t = w.text();
    return t.length() >= 5 && t.endsWith(ALEF) && !t.startsWith(ARTICLE) && !w.endsName()
        && (next.is(":") || next.isQuoteMark());
  }

  /** "غير أن", "إلا أن", "بيد أن" end at k: "but", opening the clause of the subject. */
  private static boolean butThat(List<Word> words, int k) {
    return k > 0 && words.get(k).text().equals(THAT) && BUT.contains(words.get(k - 1).text());
  }

  private static final java.util.Set<String> BUT = QuoteLexicon.wordSet("except-words.txt");

  private static int wordsIn(List<Word> words, int[] span) {
    return (int) words.stream().filter(w -> w.start() >= span[0] && w.end() <= span[1]).count();
  }

  /** The word starting at {@code start} carries a glued ل or ب ("لأسباب", "بسبب"). */
  private static boolean opensWithPreposition(List<Word> words, int start) {
    for (Word w : words) {
      if (w.start() == start) {
        String t = w.text();
        return t.length() > 3 && (t.charAt(0) == LI_LETTER || t.charAt(0) == BI_LETTER)
            && !w.endsName();
      }
    }
    return false;
  }

  /** A subject before the verb that can say nothing ("تاريخ منطقتنا يقول"): no statement. */
  private static final int NO_SPEAKER = -2;

  /**
   * "لكن لافرينتييف، أوضح أن": a subject between a clause opener (لكن، بينما) and a comma right
   * before the verb; null when the words are not so.
   */
  private int[] afterClauseOpener(List<Word> words, int verb) {
    if (verb < 3 || !words.get(verb - 1).isComma()) {
      return null;
    }
    int end = verb - 1;
    int k = end;
    while (k > 0 && end - k < SHORT_SUBJECT && !stopsBackwards(words, k - 1)
        && !CLAUSE_OPENERS.contains(words.get(k - 1).text())) {
      k--;
    }
    return k > 0 && k < end && CLAUSE_OPENERS.contains(words.get(k - 1).text())
        && check.canSpeak(words, k, end) ? span(words, k, end) : null;
  }

  /**
   * "أما القيادي في الحشد أحمد الأسدي، فقال": the topic after "أما" is the subject of the verb
   * with its ف; null when the words are not so (no "أما" before the verb within a phrase's
   * length, or punctuation other than a comma right before the verb between them).
   */
  private int[] afterAmma(List<Word> words, int verb) {
    if (!words.get(verb).text().startsWith(FA) || verb < 2) {
      return null;
    }
    int end = words.get(verb - 1).isComma() ? verb - 1 : verb;
    for (int k = end - 1; k >= 0 && end - k <= PhraseReader.MAX; k--) {
      Word w = words.get(k);
      if (AMMA.contains(w.text())) {
        return k + 1 < end && check.canSpeak(words, k + 1, end) ? span(words, k + 1, end) : null;
      }
      if (w.isPunctuation() || phrases.isSpeechVerb(words, k) || lexicon.complementizer(w) != null) {
        return null;
      }
    }
    return null;
  }

  private static final java.util.Set<String> AMMA = QuoteLexicon.wordSet("amma-words.txt");

  /** How many words a subject between a clause opener and a comma may have. */
  private static final int SHORT_SUBJECT = 4;

  /** A verb with a glued و or ف: nothing before it can be its subject. */
  private boolean opensClause(Word verb) {
    return !verb.bare().equals(verb.text()) && !lexicon.speechVerbs.containsKey(verb.text());
  }

  /** "ولكن الحكومة السورية تقول": a conjunction opens the clause of the subject before its verb. */
  private static final java.util.Set<String> CLAUSE_OPENERS =
      QuoteLexicon.wordSet("clause-openers.txt");

  /** "متحفظين على ذكر أسمائهم": after a preposition the verb's form is a noun (mention). */
  private static boolean afterPreposition(List<Word> words, int k) {
    return k > 0 && PREPOSITIONS.contains(words.get(k - 1).text());
  }

  private static final java.util.Set<String> PREPOSITIONS =
      QuoteLexicon.wordSet("noun-prepositions.txt");

  /** "التي" with a masculine verb, "الذي" with a feminine one: the antecedent is not the subject. */
  private static boolean relativeAgrees(String relative, Agreement verb) {
    return !(relative.equals(WHICH_FEM) && verb == Agreement.MASCULINE)
        && !(relative.equals(WHICH) && verb == Agreement.FEMININE);
  }

  private static final java.util.Set<String> RELATIVES =
      QuoteLexicon.wordSet("relative-pronouns.txt");

  private boolean stopsBackwards(List<Word> words, int k) {
    Word w = words.get(k);
    return w.isPunctuation() || lexicon.isStop(w) || phrases.isSpeechVerb(words, k)
        || lexicon.complementizer(w) != null || sourceLam(words, k);
  }

  /** The word before k ends a source phrase ("وفقا") whose ل is glued to word k. */
  private boolean sourceLam(List<Word> words, int k) {
    return k > 0 && phrases.sourcePhraseAt(words, k - 1) > 0 && words.get(k).text().startsWith(LI)
        && phrases.sourcePhraseAt(words, k - 1) == 2;
  }

  /** Where the content opens: a complementizer, a colon, or a quotation mark right away. */
  private record Opener(int index, boolean direct, boolean keepWord) {}

  private Opener opener(List<Word> words, int from) {
    for (int k = from; k < words.size() && k - from < OPENER_WINDOW; k++) {
      Word w = words.get(k);
      Boolean pronoun = lexicon.complementizer(w);
      if (pronoun != null) {
        return new Opener(k, false, pronoun);
      }
      if (w.is(":")) {
        boolean quoted = k + 1 < words.size() && words.get(k + 1).isQuoteMark();
        return new Opener(quoted ? k + 1 : k, quoted, false);
      }
      if (w.isQuoteMark()) {
        int after = PhraseReader.quotedNameEnd(words, k);
        if (after > k) {
          k = after - 1;
        } else {
          return new Opener(k, true, false);
        }
      } else if ((phrases.isSpeechVerb(words, k) && !afterPreposition(words, k)) || w.is(".")) {
        return null;
      }
    }
    return null;
  }

  private int[] content(String text, List<Word> words, Opener opener, int sentenceEnd) {
    Word at = words.get(opener.index());
    if (opener.direct()) {
      int close = text.indexOf('"', at.end());
      int paragraphEnd = text.indexOf('\n', at.end());
      boolean unclosed = close < 0 || (paragraphEnd >= 0 && close > paragraphEnd)
          || close - at.end() > 3000;
      int end = unclosed ? trimmedEnd(text, at.end(), sentenceEnd) : close;
      return end > at.end() ? new int[] {at.end(), end} : null;
    }
    int start = opener.keepWord() ? at.start()
        : opener.index() + 1 < words.size() ? words.get(opener.index() + 1).start() : -1;
    int end = clauseEnd(words, opener.index() + 1, sentenceEnd);
    return start >= 0 && end > start ? new int[] {start, end} : null;
  }

  /** A quotation left open ends with its sentence, without the full stop. */
  private static int trimmedEnd(String text, int from, int sentenceEnd) {
    int end = sentenceEnd;
    while (end > from && (Character.isWhitespace(text.charAt(end - 1))
        || text.charAt(end - 1) == '.')) {
      end--;
    }
    return end;
  }

  /** The content ends at the sentence end, or before a trailing ", وفقا لـ …" / ", نقلا عن …". */
  private int clauseEnd(List<Word> words, int from, int sentenceEnd) {
    int end = sentenceEnd;
    boolean quoted = false;  // "لافتاً إلى أن "… وفق المعلومات"": a phrase of the words quoted
    for (int k = from; k < words.size(); k++) {
      quoted ^= words.get(k).isQuoteMark();
      if (phrases.sourcePhraseAt(words, k) > 0 && k > from && !quoted
          && !followsStandard(words, k)) {
        Word before = words.get(k - 1);
        return before.isComma() ? before.start() : words.get(k).start();
      }
      if (words.get(k).isComma() && k + 1 < words.size() && continues(words.get(k + 1))) {
        return words.get(k).start();  // "…، مشيراً إلى أن …", "…، وأضاف أن …"
      }
    }
    if (!words.isEmpty() && words.get(words.size() - 1).is(".")) {
      end = Math.min(end, words.get(words.size() - 1).start());
    }
    return end;
  }

  /**
   * A participle or "أضاف/تابع/أردف" after a comma continues the speaker's words as a new
   * statement; other verbs there (واعترف) usually belong to the reported content.
   */
  private boolean continues(Word w) {
    String bare = w.bare();
    return CONTINUATIONS.contains(bare) || CONTINUATIONS.contains(w.text())
        || lexicon.participles.containsKey(w.text()) || lexicon.participles.containsKey(bare);
  }

  private static final java.util.Set<String> CONTINUATIONS =
      QuoteLexicon.speechVerbs(org.isnad.text.SpeechVerbs.Tag.CONTINUES);

  private Draft relayed(String text, List<Word> words, int verb, int sentenceEnd) {
    int relayEnd = phrases.end(words, verb + 1);
    int an = relayEnd < words.size() && words.get(relayEnd).text().equals(ABOUT) ? relayEnd : -1;
    if (relayEnd == verb + 1 || an < 0) {
      return null;
    }
    int speakerEnd = phrases.end(words, an + 1);
    if (!check.canSpeak(words, an + 1, speakerEnd)) {
      return null;
    }
    int from = speakerEnd < words.size() && words.get(speakerEnd).bare().startsWith(SAYING)
        ? speakerEnd + 1 : speakerEnd;
    Opener opener = opener(words, from);
    int[] content = opener == null ? null : content(text, words, opener, sentenceEnd);
    if (content == null) {
      return null;
    }
    return new Draft(cueWord(words.get(verb)), words.get(an + 1).start(),
        words.get(speakerEnd - 1).end(),
        agreement(words.get(verb), lexicon.relayVerbs), content[0], content[1], opener.direct(),
        outletRef(words, verb + 1, relayEnd), null, null, Draft.Kind.RELAYED);
  }

  private Draft sourced(List<Word> words, int at, int length, int sentenceEnd) {
    boolean glued = phrases.gluedLam(words, at);
    int npStart = glued ? at + length - 1 : at + length;
    int verbAt = -1;
    if (words.get(at + length - 1).text().endsWith(MA) && at + length < words.size()
        && saidAt(words, at + length)) {  // "حسبما ذكرت وسائل الإعلام", "بحسب ما قاله شهود"
      verbAt = at + length;
    } else if (npStart + 1 < words.size() && (words.get(npStart).text().equals(MA)
        || words.get(npStart).text().equals(LAMMA)) && saidAt(words, npStart + 1)) {
      verbAt = npStart + 1;  // "وفق ما أفادت وزارة الصحة", "وفقا لما ذكره مصدر"
    }
    if (verbAt >= 0) {
      npStart = skipTimeWords(words, verbAt + 1);
      glued = false;
    }
    if (verbAt < 0 && endsInMa(words, at, length, npStart)) {
      return null;  // "بحسب ما نشر رسميا": what was published, by no one named
    }
    int npEnd = issuedBy(words, glued ? Math.max(npStart + 1, phrases.end(words, npStart + 1))
        : phrases.end(words, npStart));
    if (npEnd <= npStart || npStart >= words.size()
        || !check.canSpeak(words, npStart, npEnd) || gluedNonSpeaker(words, npStart, glued)
        || (verbAt < 0 && isStandard(words.get(npStart), glued))) {
      return null;
    }
    int speakerStart = words.get(npStart).start() + (glued ? 1 : 0);
    int speakerEnd = words.get(npEnd - 1).end();
    int[] content = at <= 1 ? after(words, npEnd, sentenceEnd) : before(words, at);
    if (content == null) {
      return null;
    }
    Word first = words.get(at);
    boolean cliticFree = lexicon.sourcePhrases.opens(first.text());
    Word cue = length > 1 && (lexicon.isStop(first) || lexicon.isStop(cueWord(first)))
        ? phraseCue(words, at, length)
        : cliticFree ? first : cueWord(first);
    return new Draft(cue, speakerStart, speakerEnd, Agreement.UNKNOWN,
        content[0], content[1], false, null, null, null, Draft.Kind.SOURCED);
  }

  /** "بحسب ما نشر", "وفقا لما جاء": the phrase reads "what …" and no verb of saying follows. */
  private static boolean endsInMa(List<Word> words, int at, int length, int npStart) {
    String last = words.get(at + length - 1).text();
    String next = npStart < words.size() ? words.get(npStart).text() : "";
    return last.endsWith(MA) || next.equals(MA) || next.equals(LAMMA);
  }

  /** "تقرير جديد صادر عن بعثة الأمم المتحدة": a phrase cut at "صادر" goes on to its issuer. */
  private int issuedBy(List<Word> words, int end) {
    if (end < 1 || end + 1 >= words.size() || !ISSUED.contains(words.get(end - 1).text())
        || !words.get(end).text().equals(ABOUT)) {
      return end;
    }
    int issuer = phrases.end(words, end + 1);
    return issuer > end + 1 ? issuer : end;
  }

  private static final java.util.Set<String> ISSUED = QuoteLexicon.wordSet("issued-words.txt");

  /** A speech verb at k, or one with an object pronoun: "قاله", "ذكرته" ("بحسب ما قاله شهود"). */
  private boolean saidAt(List<Word> words, int k) {
    Word w = words.get(k);
    if (phrases.isSpeechVerb(words, k) || lexicon.relayVerbs.containsKey(w.text())) {
      return true;  // "حسبما نقلت وكالة …" too
    }
    String t = w.text();
    for (String pronoun : new String[] {HER, HIM}) {
      if (t.endsWith(pronoun) && t.length() > pronoun.length() + 2) {
        String verb = t.substring(0, t.length() - pronoun.length());
        if (lexicon.speechVerbs.containsKey(verb) || lexicon.relayVerbs.containsKey(verb)) {
          return true;
        }
      }
    }
    return false;
  }

  /** "على لسان": a phrase opening with a preposition is its own cue, never the bare preposition. */
  private Word phraseCue(List<Word> words, int at, int length) {
    Word first = cueWord(words.get(at));
    Word last = words.get(at + length - 1);
    return new Word(first.text() + " " + last.text(), first.start(), last.end(),
        first.written() + " " + last.written(), false);
  }

  /**
   * "وفق خطة زمنية", "حسب السن", "وفقا للقانون": a plan, a measure or a rule followed, not a
   * source ({@code non-sources.txt}).
   */
  private boolean isStandard(Word head, boolean glued) {
    String w = head.text();
    if (glued) {
      w = w.startsWith(LI_ARTICLE) ? ARTICLE + w.substring(2) : w.substring(1);
    }
    String bare = w.startsWith(ARTICLE) && w.length() > 3 ? w.substring(2) : w;
    return lexicon.nonSources.contains(w) || lexicon.nonSources.contains(bare);
  }

  /** The source phrase at k names a plan or measure followed ("وفق خطة زمنية"), no source. */
  private boolean followsStandard(List<Word> words, int k) {
    int length = phrases.sourcePhraseAt(words, k);
    boolean glued = phrases.gluedLam(words, k);
    int head = glued ? k + length - 1 : k + length;
    return head < words.size() && isStandard(words.get(head), glued);
  }

  /** "وفقا لتعبيره": the glued word without its ل is checked as well. */
  private boolean gluedNonSpeaker(List<Word> words, int npStart, boolean glued) {
    if (!glued) {
      return false;
    }
    Word w = words.get(npStart);
    String rest = w.text().startsWith(LI_ARTICLE) ? ARTICLE + w.text().substring(2)
        : w.text().substring(1);
    return lexicon.unnamedSources.contains(rest) || lexicon.nonSpeakerHeads.contains(rest)
        || ownedNoun(w.written());
  }

  /**
   * "وفقاً لمصلحتها", "حسب تقديرهم": a noun with an attached pronoun (ها، هم، هما، هن) is a
   * measure of someone already named, never a source.
   */
  private static boolean ownedNoun(String written) {
    if (written.length() <= 4) {
      return false;
    }
    for (String suffix : POSSESSIVE_SUFFIXES) {
      if (written.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /** "بحسب المصادر، فإن …": the content follows the source. */
  private int[] after(List<Word> words, int from, int sentenceEnd) {
    int k = from;
    while (k < words.size() && (words.get(k).isPunctuation()
        || lexicon.complementizer(words.get(k)) == Boolean.FALSE)) {
      k++;
    }
    int end = clauseEnd(words, k, sentenceEnd);
    return k < words.size() && end > words.get(k).start() ? new int[] {words.get(k).start(), end}
        : null;
  }

  /** "لم يطلب قط …، وفقا لمسؤولين": the content is the clause before the source. */
  private static int[] before(List<Word> words, int at) {
    int k = 0;
    while (k < at && (words.get(k).isPunctuation() || isConjunction(words.get(k).text()))) {
      k++;
    }
    int end = at - 1;
    while (end > k && words.get(end).isPunctuation()) {
      end--;
    }
    return end >= k ? new int[] {words.get(k).start(), words.get(end).end()} : null;
  }

  /** "لكن", "كما": a conjunction that opens a content, no part of it. */
  private static boolean isConjunction(String word) {
    return CONTENT_CONJUNCTIONS.contains(word);
  }

  private static final java.util.Set<String> CONTENT_CONJUNCTIONS =
      QuoteLexicon.wordSet("content-conjunctions.txt");

  private Ref recipientOutlet(List<Word> words, int from, int to) {
    for (int k = from; k < to; k++) {
      Word w = words.get(k);
      Ref apart = recipientApart(words, k, to);
      if (apart != null) {
        return apart;
      }
      if (phrases.isRecipient(w)) {
        String rest = w.text().startsWith(LI_ARTICLE) ? ARTICLE + w.text().substring(2)
            : w.text().substring(1);
        if (lexicon.recipients.contains(rest) && !OutletLexicon.isHead(rest)) {
          continue;
        }
        int end = phrases.end(words, k + 1);
        String phrase = rest + (end > k + 1 ? " " + joined(words, k + 1, end) : "");
        String outlet = OutletLexicon.bundled().outlet(phrase, true);
        return new Ref(w.start() + (w.text().startsWith(LI_ARTICLE) ? 2 : 1),
            words.get(end - 1).end(),
            phrase.equals(outlet) ? null : outlet);  // unknown: the outlet as written
      }
    }
    return null;
  }

  /**
   * "قال …، ل - "العربي الجديد"، إن", "ل-CNN": a ل written apart, then a dash, before the name of
   * whom the speaker told; the name must be quoted or an outlet's. Null when the words are not so.
   */
  private Ref recipientApart(List<Word> words, int k, int to) {
    if (!words.get(k).is(LI) || k + 2 >= to || !words.get(k + 1).is("-")) {
      return null;
    }
    int from = k + 2;
    int end = phrases.end(words, from);
    if (end <= from || end > to) {
      return null;
    }
    String phrase = joined(words, from, end).replace("\"", " ").replaceAll("\\s+", " ").strip();
    String outlet = OutletLexicon.bundled().outlet(phrase, true);
    boolean quoted = words.get(from).isQuoteMark();
    boolean latin = words.get(from).text().chars().allMatch(c -> c < 128);
    if (outlet == null && !quoted && !latin) {
      return null;
    }
    int start = words.get(from).start() + (quoted ? 1 : 0);
    return new Ref(start, words.get(end - 1).end(), outlet);
  }

  private Ref outletRef(List<Word> words, int from, int to) {
    return new Ref(words.get(from).start(), words.get(to - 1).end(),
        OutletLexicon.bundled().outlet(joined(words, from, to), false));
  }

  /**
   * The source the speaker cites: a source phrase between the speaker and the content, or right
   * after the content ("…، وفقاً لمسؤولين"); never one inside the content or after a later
   * cue ("…، لافتاً إلى أن "… وفق المعلومات"").
   */
  private Ref sourceBetween(List<Word> words, int from, int to, int contentEnd) {
    for (int k = from; k < to; k++) {
      Ref source = sourceAt(words, k);
      if (source != null) {
        return source;
      }
    }
    int k = to;
    while (k < words.size() && words.get(k).start() < contentEnd) {
      k++;
    }
    while (k < words.size() && words.get(k).isPunctuation()) {
      k++;
    }
    return k < words.size() ? sourceAt(words, k) : null;
  }

  private Ref sourceAt(List<Word> words, int k) {
    return phrases.sourcePhraseAt(words, k) > 0 && !isMedium(words, k)
        && !followsStandard(words, k) ? phraseAfter(words, k) : null;
  }

  /** The phrase named by the source phrase at k ("وفقا لمسؤولين" → مسؤولين), or null. */
  private Ref phraseAfter(List<Word> words, int k) {
    int length = phrases.sourcePhraseAt(words, k);
    boolean glued = phrases.gluedLam(words, k);
    int npStart = glued ? k + length - 1 : k + length;
    if (!glued && npStart < words.size() && words.get(npStart).is("-")) {
      npStart++;  // "في تصريح لـ - "النهار"", "ل-CNN"
    }
    int npEnd = phrases.end(words, npStart + (glued ? 1 : 0));
    if (npEnd <= npStart || npStart >= words.size() || gluedNonSpeaker(words, npStart, glued)
        || SELF.contains(words.get(npEnd - 1).text())
        || lexicon.unnamedSources.contains(words.get(npStart).text())) {  // "بحسب تعبيره …"
      return null;  // "بحسب المتحدث نفسه": the speaker again, no source
    }
    String phrase = joined(words, npStart, npEnd).substring(glued ? 1 : 0);
    String outlet = OutletLexicon.bundled().outlet(phrase, false);
    return new Ref(words.get(npStart).start() + (glued ? 1 : 0), words.get(npEnd - 1).end(),
        phrase.equals(outlet) ? null : outlet);  // unknown: the outlet as written
  }

  private static int[] span(List<Word> words, int from, int to) {
    return new int[] {words.get(from).start(), words.get(to - 1).end()};
  }

  private static String joined(List<Word> words, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      sb.append(k > from ? " " : "").append(words.get(k).text());
    }
    return sb.toString();
  }
}
