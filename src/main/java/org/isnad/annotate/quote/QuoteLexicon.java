package org.isnad.annotate.quote;

import static org.isnad.text.GrammarWords.ALEF_MAQSURA;
import static org.isnad.text.GrammarWords.YA;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.RuleFile;
import org.isnad.text.SpeechVerbs;

/** The word lists of this package, normalised. Immutable and thread safe. */
final class QuoteLexicon {
  private static final QuoteLexicon BUNDLED = new QuoteLexicon();

  final Map<String, Agreement> speechVerbs = new HashMap<>();
  final Map<String, Agreement> relayVerbs = new HashMap<>();
  /** "مشيراً", "مضيفةً": a further statement by the same speaker. */
  final Map<String, Agreement> participles = new HashMap<>();
  /** "نقلا عن", "وفقا ل": phrases that name a source, longest first. */
  final PhraseList sourcePhrases;
  final Map<String, Boolean> complementizers = new HashMap<>();
  final Set<String> stops = new HashSet<>();
  /** Stops spelt only with a final ى ("على"): written with ي they are names ("علي"). */
  final Set<String> maqsuraStops = new HashSet<>();
  final Set<String> recipients = new HashSet<>();
  /** Verb forms that are also other words: cues only at the start of a clause. */
  final Set<String> clauseInitialOnly = new HashSet<>();
  /** Every form of the verbs of saying of {@code text/speech-verbs.txt} alone (no participles). */
  final Set<String> sayingForms = new HashSet<>();
  /** First words of a phrase that is no speaker: dates, bare prepositions, media. */
  final Set<String> nonSpeakerHeads = new HashSet<>();
  /** Whole phrases that name no one ("نفس المصدر"). */
  final Set<String> unnamedSources = new HashSet<>();
  /** Words skipped between a speech verb and its subject ("أمس", "به"). */
  final Set<String> beforeSubject = new HashSet<>();
  /** Verb forms whose following phrase is the one told ("أبلغوا"). */
  final Set<String> tellingForms = new HashSet<>();
  /** Platforms named with a generic word ("موقع تويتر"): a medium, never an outlet. */
  final Set<String> platforms = new HashSet<>();
  /** Heads after "وفق"/"حسب" that name a plan or measure followed, not a source. */
  final Set<String> nonSources = new HashSet<>();
  /** "نفس المصدر", "المصدر ذاته": phrases that point back to an earlier source. */
  final Set<String> backReferences = new HashSet<>();
  /** Turn words of an interview: true for an answer ("ج"), false for a question ("س"). */
  final Map<String, Boolean> interviewTurns = new HashMap<>();
  /** Lead phrases that name the interviewee after them ("حوار مع"), longest first. */
  final PhraseList interviewLeads;
  /** "أصدر", "نشر": verbs whose object (a report) says things in its issuer's name. */
  final Set<String> issuingVerbs = new HashSet<>();
  /** "وكانت": an auxiliary before the subject of a later speech verb, no part of the subject. */
  final Set<String> auxiliaries = new HashSet<>();
  /** "نشرته": a verb naming the outlet that published the words ({@code published-by.txt}). */
  final Set<String> publishedBy = new HashSet<>();

  private QuoteLexicon() {
    forms(SpeechVerbs.cueLines(), speechVerbs);
    sayingForms.addAll(speechVerbs.keySet());
    forms(read("participles.txt"), participles);
    participles.forEach(speechVerbs::putIfAbsent);
    SpeechVerbs.cueLines().stream().filter(l -> l.startsWith("~"))
        .forEach(l -> clauseInitialOnly.add(normalize(l.split("\t")[0].substring(1))));
    forms(read("relay-verbs.txt"), relayVerbs);
    List<String[]> sources = new ArrayList<>();
    for (String line : read("source-phrases.txt")) {
      sources.add(normalize(line).split(" "));
    }
    sources.sort((a, b) -> b.length - a.length);
    sourcePhrases = new PhraseList(sources);
    for (String line : read("complementizers.txt")) {
      String[] f = line.split("\t");
      complementizers.put(normalize(f[0]), f.length > 1 && f[1].equals("pronoun"));
    }
    List<String> speakerStops = read("speaker-stops.txt");
    speakerStops.forEach(w -> stops.add(normalize(w)));
    speakerStops.stream().filter(w -> w.endsWith(ALEF_MAQSURA))
        .forEach(w -> maqsuraStops.add(normalize(w)));
    speakerStops.stream().filter(w -> w.endsWith(YA))
        .forEach(w -> maqsuraStops.remove(normalize(w)));
    read("recipients.txt").forEach(w -> recipients.add(normalize(w)));
    read("non-speakers.txt").forEach(w -> nonSpeakerHeads.add(normalize(w)));
    read("unnamed-sources.txt").forEach(w -> unnamedSources.add(normalize(w)));
    read("before-subject.txt").forEach(w -> beforeSubject.add(normalize(w)));
    read("telling-verbs.txt").forEach(w -> tellingForms.add(normalize(w)));
    SpeechVerbs.tagged(SpeechVerbs.Tag.TELLING).forEach(w -> tellingForms.add(normalize(w)));
    read("platforms.txt").forEach(w -> platforms.add(normalize(w)));
    read("non-sources.txt").forEach(w -> nonSources.add(normalize(w)));
    read("back-references.txt").forEach(w -> backReferences.add(normalize(w)));
    read("issuing-verbs.txt").forEach(w -> issuingVerbs.add(normalize(w)));
    read("auxiliary-verbs.txt").forEach(w -> auxiliaries.add(normalize(w)));
    read("published-by.txt").forEach(w -> publishedBy.add(normalize(w)));
    for (String line : read("interview-turns.txt")) {
      String[] f = line.split("\t");
      interviewTurns.put(normalize(f[1]), f[0].equals("a"));
    }
    List<String[]> leads = new ArrayList<>();
    read("interview-leads.txt").forEach(l -> leads.add(normalize(l).split(" ")));
    leads.sort((a, b) -> b.length - a.length);
    interviewLeads = new PhraseList(leads);
  }

  static QuoteLexicon bundled() {
    return BUNDLED;
  }

  /** The forms of the one speech-verb list that carry {@code tag}, normalised, immutable. */
  static Set<String> speechVerbs(SpeechVerbs.Tag tag) {
    return Set.copyOf(SpeechVerbs.tagged(tag).stream().map(QuoteLexicon::normalize).toList());
  }

  /** A plain word list of this package ({@code file}), normalised, as an immutable set. */
  static Set<String> wordSet(String file) {
    return Set.copyOf(read(file).stream().map(QuoteLexicon::normalize).toList());
  }

  private static List<String> read(String file) {
    return RuleFile.read(QuoteLexicon.class, file);
  }

  private static void forms(List<String> lines, Map<String, Agreement> into) {
    for (String line : lines) {
      String[] forms = line.split("\t");
      for (int i = 0; i < forms.length; i++) {
        into.putIfAbsent(normalize(forms[i].replace("~", "")), Agreement.ofColumn(i));
      }
    }
  }

  static String normalize(String text) {
    return ArabicNormalizer.standard().normalizeToString(text).strip();
  }

  /** Whether a word is a stop word; "علي" is a name, "على" a preposition. */
  boolean isStop(Word word) {
    return stops.contains(word.text())
        && !(maqsuraStops.contains(word.text()) && word.written().endsWith(YA));
  }

  /** A complementizer: {@code null} if not one, else whether it carries a pronoun. */
  Boolean complementizer(Word word) {
    Boolean pronoun = complementizers.get(word.text());
    return pronoun != null ? pronoun : complementizers.get(word.bare());
  }
}
