package org.isnad.annotate.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.text.GrammarWords;
import org.isnad.text.RuleFile;
import org.isnad.text.SpeechVerbs;

/**
 * The word lists behind the tagger's gazetteer features, from plain resource files: places
 * ({@code countries.txt} and {@code places.txt}, up to four words), organisations
 * ({@code organisations.txt}: bodies, parties, companies, outlets, clubs), title words that announce a person
 * ({@code person-triggers.txt}), given names ({@code first-names.txt}) and organisation head
 * words ({@code org-heads.txt}). All keys are
 * stems ({@link WordForms#stem}). Immutable and thread safe.
 */
final class NerGazetteer {
  static final int MAX_PLACE_WORDS = 4;
  private static final NerGazetteer BUNDLED = new NerGazetteer();
  private final Listed places = new Listed();
  private final Listed organisations = new Listed();
  private final Set<String> personTriggers = new HashSet<>();
  private final Set<String> orgHeads = new HashSet<>();
  private final Set<String> firstNames = new HashSet<>();
  /** Verbs of saying whose subject follows ({@link SpeechVerbs.Tag#NAME}). */
  private final Set<String> speechVerbs = new HashSet<>();

  private NerGazetteer() {
    for (String file : new String[] {"countries.txt", "places.txt"}) {
      read(file).forEach(line -> places.add(key(line)));
    }
    read("organisations.txt").forEach(line -> organisations.add(key(line)));
    read("person-triggers.txt").forEach(w -> personTriggers.add(key(w)));
    read("org-heads.txt").forEach(w -> orgHeads.add(key(w)));
    read("first-names.txt").forEach(w -> firstNames.add(key(w)));
    SpeechVerbs.tagged(SpeechVerbs.Tag.NAME).forEach(w -> speechVerbs.add(WordForms.normalized(w)));
  }

  static NerGazetteer bundled() {
    return BUNDLED;
  }

  private static List<String> read(String file) {
    return RuleFile.read(NerGazetteer.class, file);
  }

  /** A multi-word name as stems joined by spaces. */
  static String key(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : WordForms.normalized(name).split("\\s+")) {
      if (!w.isEmpty()) {
        b.append(b.length() == 0 ? "" : " ").append(WordForms.stem(w));
      }
    }
    return b.toString();
  }

  /** The listed places (up to {@link #MAX_PLACE_WORDS} words). */
  Listed places() {
    return places;
  }

  /** The listed organisations (up to {@link #MAX_PLACE_WORDS} words). */
  Listed organisations() {
    return organisations;
  }

  /** Names of one kind, as {@link #key}s, with the first words of those of several words. */
  static final class Listed {
    private final Set<String> names = new HashSet<>();
    private final Set<String> starts = new HashSet<>();

    private void add(String key) {
      names.add(key);
      int space = key.indexOf(' ');
      if (space > 0) {
        starts.add(key.substring(0, space));
      }
    }

    /** Whether a listed name of one word is {@code stem}. */
    boolean one(String stem) {
      return names.contains(stem);
    }

    /** Whether a listed name of two words or more starts with {@code stem}. */
    boolean start(String stem) {
      return starts.contains(stem);
    }

    /** Number of words of the longest listed name starting at {@code i}, or 0. */
    int longestAt(String[] stems, int i) {
      if (!starts.contains(stems[i])) {
        return names.contains(stems[i]) ? 1 : 0;
      }
      StringBuilder b = new StringBuilder();
      int best = 0;
      for (int n = 1; n <= MAX_PLACE_WORDS && i + n <= stems.length; n++) {
        b.append(n == 1 ? "" : " ").append(stems[i + n - 1]);
        if (names.contains(b.toString())) {
          best = n;
        }
      }
      return best;
    }
  }

  boolean personTrigger(String stem) {
    return personTriggers.contains(stem);
  }

  boolean firstName(String stem) {
    return firstNames.contains(stem);
  }

  boolean orgHead(String stem) {
    return orgHeads.contains(stem);
  }

  boolean speechVerb(String normalized) {
    return speechVerbs.contains(normalized.length() > 3
        && normalized.charAt(0) == GrammarWords.WA_LETTER
        ? normalized.substring(1) : normalized);
  }
}
