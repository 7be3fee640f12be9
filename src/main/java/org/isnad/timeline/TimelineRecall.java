package org.isnad.timeline;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.isnad.text.Recall;

/**
 * What the timeline stage recalls between linkings in a running process (a server whose store
 * grows): one {@link Recall} per pure function of one article, sentence, report or name, keyed by
 * exactly what the function reads. Each relinking of nearly the same case then reads again only
 * the new articles' and reports' words. The timeline is the same with or without it.
 *
 * <p>Recalled:
 * <ul>
 *   <li>the words around a report's trigger ({@link ClauseWords}, before the block's counts
 *       choose the rare ones), by sentence and trigger offset in it;</li>
 *   <li>the words of a report's sentence that {@link EventSources} compares, by sentence;</li>
 *   <li>an article's lead words ({@link LeadKeywords}, before the corpus counts choose the rare
 *       ones), by title and text;</li>
 *   <li>the words of a name as lead words ({@link LeadKeywords#words}) and as clause words
 *       ({@link ClauseWords#stems}) are read, and whether a name is broad or a country
 *       ({@link BroadNames}), by name;</li>
 *   <li>whether a report follows words that open other news ({@link OtherNews}), by sentence
 *       and trigger offset in it;</li>
 *   <li>an outlet name's key ({@link SourceResolver#key}), a name as shown
 *       ({@link SourceResolver#clean}) and whether a speaker names an outlet
 *       ({@link SourceResolver#namesOutlet}), by name;</li>
 *   <li>whether two texts that the copies' candidate search pairs are copies
 *       ({@link org.isnad.link.NearDuplicateFinder}), by the two texts.</li>
 * </ul>
 * Not recalled, since each reads something of the whole case: the rare-word choices (a word's
 * count over the block or the corpus and the cap from its size), the joining of reports into
 * events (it reads the clusters made so far), the stories, and the sources of an event (the
 * copies, sites and channels of its articles).
 *
 * <p>Kept values are unmodifiable, so no caller can change what a later one recalls; the words
 * of the kept sets are shared ({@link #word}). What is kept holds its keys: the sentences, names
 * and article texts of the last two linkings (shared with the case when the caller keeps the
 * case's articles). Thread safe.
 */
public final class TimelineRecall {
  private static final TimelineRecall NONE = new TimelineRecall(false);
  final Recall<ClauseWords.Window, Set<String>> windows;
  final Recall<String, Set<String>> sentenceWords;
  final Recall<LeadKeywords.Lead, Set<String>> leads;
  final Recall<String, Set<String>> leadWordsOfName;
  final Recall<String, Set<String>> clauseStems;
  final Recall<String, String> outletKeys;
  final Recall<String, String> cleanNames;
  final Recall<String, Boolean> outletNames;
  final Recall<ClauseWords.Window, Boolean> otherNews;
  final Recall<String, BroadNames.Kind> nameKinds;
  final Recall<org.isnad.link.NearDuplicateFinder.Pair, Boolean> copyChecks;
  /** One instance of each word the recalled sets hold: equal words are not kept twice. */
  private final Recall<String, String> words;

  private TimelineRecall(boolean keeps) {
    windows = recall(keeps);
    sentenceWords = recall(keeps);
    leads = recall(keeps);
    leadWordsOfName = recall(keeps);
    clauseStems = recall(keeps);
    outletKeys = recall(keeps);
    cleanNames = recall(keeps);
    outletNames = recall(keeps);
    otherNews = recall(keeps);
    nameKinds = recall(keeps);
    copyChecks = recall(keeps);
    words = recall(keeps);
  }

  private static <K, V> Recall<K, V> recall(boolean keeps) {
    return keeps ? Recall.kept() : Recall.none();
  }

  /** A holder that keeps what each linking asks until the linking after next. */
  public static TimelineRecall kept() {
    return new TimelineRecall(true);
  }

  /** A holder that keeps nothing (one-off runs): every call computes. */
  public static TimelineRecall none() {
    return NONE;
  }

  /** Starts a linking: turns every recall ({@link Recall#turn}); returns this holder. */
  public TimelineRecall next() {
    all().forEach(Recall::turn);
    words.turn();
    return this;
  }

  /** Ends a linking: every recall forgets what it did not ask ({@link Recall#settle}). */
  public void settle() {
    all().forEach(Recall::settle);
    words.settle();
  }

  /**
   * How many results are kept now, over all recalls, the shared words apart (see
   * {@link Recall#size}; tests).
   */
  int size() {
    return all().stream().mapToInt(Recall::size).sum();
  }

  /** Every recall of a result, the shared words apart. */
  private List<Recall<?, ?>> all() {
    return List.of(windows, sentenceWords, leads, leadWordsOfName, clauseStems, outletKeys,
        cleanNames, outletNames, otherNews, nameKinds, copyChecks);
  }

  /**
   * The kept instance of a word equal to {@code word}, or {@code word} (then kept): the sets
   * computed for recall hold one instance of each word, not one per set (a word is in many
   * sentences and leads). Keeps nothing when nothing is kept.
   */
  String word(String word) {
    return words.get(word, w -> w);
  }

  /** {@code words}, made unmodifiable: a recalled set is shared by later callers. */
  static Set<String> fixed(Set<String> words) {
    return Collections.unmodifiableSet(words);
  }
}
