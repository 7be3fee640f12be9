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
  private final Set<String> places = new HashSet<>();
  private final Set<String> organisations = new HashSet<>();
  /** First words of listed places and organisations of two words or more. */
  private final Set<String> placeStarts = new HashSet<>();
  private final Set<String> organisationStarts = new HashSet<>();
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
    places.forEach(p -> addStart(p, placeStarts));
    organisations.forEach(o -> addStart(o, organisationStarts));
    read("person-triggers.txt").forEach(w -> personTriggers.add(key(w)));
    read("org-heads.txt").forEach(w -> orgHeads.add(key(w)));
    read("first-names.txt").forEach(w -> firstNames.add(key(w)));
    SpeechVerbs.tagged(SpeechVerbs.Tag.NAME).forEach(w -> speechVerbs.add(WordForms.normalized(w)));
  }

  private static void addStart(String key, Set<String> starts) {
    int space = key.indexOf(' ');
    if (space > 0) {
      starts.add(key.substring(0, space));
    }
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

  /** Number of words of the longest listed place starting at {@code i}, or 0. */
  int placeAt(String[] stems, int i) {
    return longest(places, placeStarts, stems, i);
  }

  /** Number of words of the longest listed organisation starting at {@code i}, or 0. */
  int organisationAt(String[] stems, int i) {
    return longest(organisations, organisationStarts, stems, i);
  }

  private static int longest(Set<String> places, Set<String> starts, String[] stems, int i) {
    if (!starts.contains(stems[i])) {
      return places.contains(stems[i]) ? 1 : 0;
    }
    StringBuilder b = new StringBuilder();
    int best = 0;
    for (int n = 1; n <= MAX_PLACE_WORDS && i + n <= stems.length; n++) {
      b.append(n == 1 ? "" : " ").append(stems[i + n - 1]);
      if (places.contains(b.toString())) {
        best = n;
      }
    }
    return best;
  }

  /** Whether a listed place of one word is {@code stem}. */
  boolean place(String stem) {
    return places.contains(stem);
  }

  /** Whether a listed place of two words or more starts with {@code stem}. */
  boolean placeStart(String stem) {
    return placeStarts.contains(stem);
  }

  /** Whether a listed organisation of one word is {@code stem}. */
  boolean organisation(String stem) {
    return organisations.contains(stem);
  }

  /** Whether a listed organisation of two words or more starts with {@code stem}. */
  boolean organisationStart(String stem) {
    return organisationStarts.contains(stem);
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
