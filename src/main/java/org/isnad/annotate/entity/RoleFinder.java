package org.isnad.annotate.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.model.EntityType;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.RuleFile;
import org.isnad.text.SpanIndex;

/**
 * Titles and positions in normalised text: a head word from {@code role-heads.txt} and the
 * genitive chain after it ("المتحدث باسم الكرملين", "وزير الخارجية الإيراني"), up to a name
 * found by the tagger, punctuation, a function word, or {@value #MAX_WORDS} words. Thread safe.
 */
final class RoleFinder {
  private static final int MAX_WORDS = 6;
  private static final Set<String> FUNCTION_WORDS = TextWords.normalizedRules(
      "function-words.txt", org.isnad.text.SpeechVerbs.Tag.FUNCTION);
  private static final String CLITICS = org.isnad.text.Proclitics.letters();
  private final Set<String> heads = new HashSet<>();

  RoleFinder() {
    for (String line : RuleFile.read(RoleFinder.class, "role-heads.txt")) {
      heads.add(ArabicNormalizer.standard().normalizeToString(line).split(" ")[0]);
    }
  }

  /** Roles in {@code text}; {@code names} are the tagger's names, which end a role. */
  List<RawMention> find(String text, List<RawMention> tagged) {
    return find(new TextWords(text), tagged);
  }

  /**
   * Roles in the text of {@code words}; {@code tagged} are the tagger's names, which end a
   * role, as do punctuation (anything but white space between two words), a word that opens
   * with a digit, a function word and a second head.
   */
  List<RawMention> find(TextWords words, List<RawMention> tagged) {
    SpanIndex<RawMention> names = SpanIndex.of(tagged, RawMention::start, RawMention::end);
    List<RawMention> roles = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      int shift = headShift(words.word(i));
      if (shift < 0 || startsName(words.start(i), names)) {
        continue;
      }
      int last = lastWord(words, i, names);
      roles.add(new RawMention(words.start(i) + shift, words.end(last), EntityType.ROLE));
      i = last;
    }
    return roles;
  }

  /** 0 when {@code word} is a head, 1 when it is one after a glued clitic, else -1. */
  private int headShift(String word) {
    if (heads.contains(word)) {
      return 0;
    }
    return word.length() > 3 && CLITICS.indexOf(word.charAt(0)) >= 0
        && heads.contains(word.substring(1)) ? 1 : -1;
  }

  /** The last word of the role whose head is word {@code head}. */
  private int lastWord(TextWords words, int head, SpanIndex<RawMention> names) {
    int last = head;
    while (last - head + 1 < MAX_WORDS && last + 1 < words.size()
        && words.spacedFromNext(last) && continues(words, last + 1, last > head, names)) {
      last++;
    }
    return last;
  }

  /** Whether word {@code next} continues a role ({@code afterTwo}: two words or more before). */
  private boolean continues(TextWords words, int next, boolean afterTwo,
      SpanIndex<RawMention> names) {
    String word = words.word(next);
    return Character.isLetter(word.charAt(0)) && !FUNCTION_WORDS.contains(word)
        && !startsName(words.start(next), names) && !(afterTwo && heads.contains(word));
  }

  private static boolean startsName(int at, SpanIndex<RawMention> names) {
    return names.firstContaining(at) != null;
  }
}
