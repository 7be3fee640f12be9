package org.isnad.timeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.annotate.quote.QuoteAnnotator;
import org.isnad.model.EventMention;
import org.isnad.text.ArabicLetters;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.RuleFile;

/**
 * The rare words around each report's trigger: what a report says of its event when the name
 * tagger found no name in it ("تفجير مسجد قوات الطوارئ"). Words are read within
 * {@value #WINDOW} words of the trigger, normalised, without و/ف, ب/ل/ك or ال
 * ({@link LeadKeywords#stem}); stop words ({@code stop-words.txt}), verbs of saying (every
 * form of {@code text/speech-verbs.txt}: "وذكر" says who spoke, not what happened) and titles
 * (the entity annotator's {@code role-heads.txt}: "رئيس"، "وزير" say what someone is, not what
 * happened) and the words of countries and their peoples ({@link BroadNames#countryWords}:
 * "لبناني"، "تركيا" say where as broadly as a country), with or without a glued و/ف, words of three letters or
 * fewer and the trigger itself are left out; a word counts only if it is in the windows of at most
 * {@value #SHARE} percent of the block's articles (at least {@value #MIN_CAP}), so "قوات" in a
 * corpus about war ties nothing. Stateless apart from its inputs.
 */
final class ClauseWords {
  static final int WINDOW = 8;
  static final int SHARE = 2;
  static final int MIN_CAP = 10;

  private static final Set<String> STOP = load();

  /** Each mention's rare clause words. */
  Map<EventMention, Set<String>> of(List<EventMention> block) {
    // by identity: a report's record hashes all its fields (its sentence, its lists) on each
    // look-up; two equal reports have the same words either way
    Map<EventMention, Set<String>> words = new IdentityHashMap<>();
    Map<String, Set<String>> articlesOf = new HashMap<>();
    Set<String> articles = new HashSet<>();
    // each report's window is its own: read in parallel, counted in the block's order
    List<Set<String>> windows = block.parallelStream().map(ClauseWords::window).toList();
    for (int i = 0; i < block.size(); i++) {
      EventMention m = block.get(i);
      Set<String> w = windows.get(i);
      words.put(m, w);
      articles.add(m.articleId());
      w.forEach(x -> articlesOf.computeIfAbsent(x, k -> new HashSet<>()).add(m.articleId()));
    }
    int cap = Math.max(MIN_CAP, articles.size() * SHARE / 100);
    Map<EventMention, Set<String>> rare = new IdentityHashMap<>();
    words.forEach((m, w) -> {
      Set<String> kept = new HashSet<>();
      for (String x : w) {
        if (articlesOf.get(x).size() <= cap) {
          kept.add(x);
        }
      }
      rare.put(m, kept);
    });
    return rare;
  }

  private static Set<String> window(EventMention m) {
    String s = m.sentence();
    int at = s.offsetByCodePoints(0, Math.min(m.triggerStart() - m.start(),
        s.codePointCount(0, s.length())));
    String[] before = LetterRuns.split(s.substring(0, at));
    String[] after = LetterRuns.split(s.substring(at));
    Set<String> out = new HashSet<>();
    for (int i = Math.max(0, before.length - WINDOW); i < before.length; i++) {
      add(before[i], out);
    }
    for (int i = 1; i < Math.min(after.length, WINDOW + 1); i++) {
      add(after[i], out);
    }
    return out;
  }

  /** The words of {@code text} as clause words are read (stop words kept). */
  static Set<String> stems(String text) {
    Set<String> out = new HashSet<>();
    for (String w : LetterRuns.split(text)) {
      if (!w.isEmpty()) {
        out.add(LeadKeywords.stem(ArabicNormalizer.standard().normalizeToString(w)));
      }
    }
    return out;
  }

  private static void add(String word, Set<String> out) {
    if (word.isEmpty()) {
      return;
    }
    String n = ArabicNormalizer.standard().normalizeToString(word);
    if (STOP.contains(n) || STOP.contains(ArabicLetters.withoutConjunction(n))) {
      return;
    }
    String stem = LeadKeywords.stem(n);
    if (stem.length() > 3 && !STOP.contains(stem) && !BroadNames.countryWords().contains(stem)) {
      out.add(stem);
    }
  }

  private static Set<String> load() {
    Set<String> stop = new HashSet<>();
    for (String line : RuleFile.read(ClauseWords.class, "stop-words.txt")) {
      stop.add(ArabicNormalizer.standard().normalizeToString(line));
    }
    for (String line : RuleFile.read(org.isnad.annotate.entity.EntityAnnotator.class,
        "role-heads.txt")) {
      String n = ArabicNormalizer.standard().normalizeToString(line.strip());
      stop.add(n);
      stop.add(LeadKeywords.stem(n));
    }
    stop.addAll(QuoteAnnotator.speechVerbForms(false));
    return Set.copyOf(stop);
  }
}
