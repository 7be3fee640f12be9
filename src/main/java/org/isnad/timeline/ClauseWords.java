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
  private final TimelineRecall recall;

  /** Clause words read for each call. */
  ClauseWords() {
    this(TimelineRecall.none());
  }

  /** Clause words whose windows are recalled from {@code recall} when read before. */
  ClauseWords(TimelineRecall recall) {
    this.recall = java.util.Objects.requireNonNull(recall, "recall");
  }

  /**
   * What a report's window reads, and whether it follows other news ({@link OtherNews}): its
   * sentence and its trigger's offset in it, in code points (the report's trigger start less
   * its sentence start).
   */
  record Window(String sentence, int trigger) {
    static Window of(EventMention m) {
      return new Window(m.sentence(), m.triggerStart() - m.start());
    }
  }

  /** Each mention's rare clause words. */
  Map<EventMention, Set<String>> of(List<EventMention> block) {
    // by identity: a report's record hashes all its fields (its sentence, its lists) on each
    // look-up; two equal reports have the same words either way
    Map<EventMention, Set<String>> words = new IdentityHashMap<>();
    // each report's window is its own: read in parallel, counted in the block's order
    List<Set<String>> windows = block.parallelStream()
        .map(m -> recall.windows.get(Window.of(m), w -> window(w, recall::word))).toList();
    for (int i = 0; i < block.size(); i++) {
      words.put(block.get(i), windows.get(i));
    }
    Counts counts = grouped(block) ? countedInRuns(block, windows) : counted(block, windows);
    int cap = Math.max(MIN_CAP, counts.articles() * SHARE / 100);
    Map<EventMention, Set<String>> rare = new IdentityHashMap<>();
    words.forEach((m, w) -> {
      Set<String> kept = new HashSet<>();
      for (String x : w) {
        if (counts.articlesOf().get(x)[0] <= cap) {
          kept.add(x);
        }
      }
      rare.put(m, kept);
    });
    return rare;
  }

  /** How many articles a block has, and in how many of them each word is: {@code [count]}. */
  private record Counts(int articles, Map<String, int[]> articlesOf) {}

  /**
   * Whether each article's reports follow one another in {@code block} (as the merger lists
   * them: by article, then trigger): then an article's words are counted when its run ends.
   */
  private static boolean grouped(List<EventMention> block) {
    Set<String> ended = new HashSet<>();
    for (int i = 1; i < block.size(); i++) {
      String previous = block.get(i - 1).articleId();
      if (!previous.equals(block.get(i).articleId())
          && (!ended.add(previous) || ended.contains(block.get(i).articleId()))) {
        return false;
      }
    }
    return true;
  }

  /** The counts of a block whose articles' reports are in runs: one set per run, not per word. */
  private static Counts countedInRuns(List<EventMention> block, List<Set<String>> windows) {
    Map<String, int[]> articlesOf = new HashMap<>();
    Set<String> run = new HashSet<>();
    int articles = 0;
    for (int i = 0; i < block.size(); i++) {
      run.addAll(windows.get(i));
      if (i + 1 == block.size()
          || !block.get(i + 1).articleId().equals(block.get(i).articleId())) {
        articles++;
        run.forEach(x -> articlesOf.computeIfAbsent(x, k -> new int[1])[0]++);
        run.clear();
      }
    }
    return new Counts(articles, articlesOf);
  }

  /** The counts of any block: each word's set of articles. */
  private static Counts counted(List<EventMention> block, List<Set<String>> windows) {
    Map<String, Set<String>> sets = new HashMap<>();
    Set<String> articles = new HashSet<>();
    for (int i = 0; i < block.size(); i++) {
      String article = block.get(i).articleId();
      articles.add(article);
      windows.get(i).forEach(x -> sets.computeIfAbsent(x, k -> new HashSet<>()).add(article));
    }
    Map<String, int[]> articlesOf = new HashMap<>();
    sets.forEach((x, in) -> articlesOf.put(x, new int[] {in.size()}));
    return new Counts(articles.size(), articlesOf);
  }

  /** The clause words within {@value #WINDOW} words of the trigger, unmodifiable. */
  static Set<String> window(Window w) {
    return window(w, java.util.function.UnaryOperator.identity());
  }

  /** {@link #window(Window)}, each word as {@code pool} gives it (one instance for equal words). */
  static Set<String> window(Window w, java.util.function.UnaryOperator<String> pool) {
    String s = w.sentence();
    int at = s.offsetByCodePoints(0, Math.min(w.trigger(), s.codePointCount(0, s.length())));
    String[] before = LetterRuns.split(s.substring(0, at));
    String[] after = LetterRuns.split(s.substring(at));
    Set<String> out = new HashSet<>();
    for (int i = Math.max(0, before.length - WINDOW); i < before.length; i++) {
      add(before[i], out, pool);
    }
    for (int i = 1; i < Math.min(after.length, WINDOW + 1); i++) {
      add(after[i], out, pool);
    }
    return TimelineRecall.fixed(out);
  }

  /** The words of {@code text} as clause words are read (stop words kept), unmodifiable. */
  static Set<String> stems(String text) {
    Set<String> out = new HashSet<>();
    for (String w : LetterRuns.split(text)) {
      if (!w.isEmpty()) {
        out.add(LeadKeywords.stem(ArabicNormalizer.standard().normalizeToString(w)));
      }
    }
    return TimelineRecall.fixed(out);
  }

  private static void add(String word, Set<String> out,
      java.util.function.UnaryOperator<String> pool) {
    if (word.isEmpty()) {
      return;
    }
    String n = ArabicNormalizer.standard().normalizeToString(word);
    if (STOP.contains(n) || STOP.contains(ArabicLetters.withoutConjunction(n))) {
      return;
    }
    String stem = LeadKeywords.stem(n);
    if (stem.length() > 3 && !STOP.contains(stem) && !BroadNames.countryWords().contains(stem)) {
      out.add(pool.apply(stem));
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
