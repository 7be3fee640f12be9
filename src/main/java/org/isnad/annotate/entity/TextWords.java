package org.isnad.annotate.entity;

import static org.isnad.text.GrammarWords.LI_ARTICLE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.RuleFile;
import org.isnad.text.SpeechVerbs;

/**
 * The words of a normalised text as spans, and the glued proclitics (و ب ل ف ك) the name rules
 * look through. Immutable.
 */
final class TextWords {
  /** What a word is; the constructor scans for it by hand (see {@link #isWordChar}). */
  static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  static final String CLITICS = org.isnad.text.Proclitics.letters();
  private final String text;
  private final List<int[]> spans = new ArrayList<>();

  TextWords(String text) {
    this.text = text;
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (isWordChar(cp)) {
        start = start < 0 ? i : start;
      } else if (start >= 0) {
        spans.add(new int[] {start, i});
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      spans.add(new int[] {start, text.length()});
    }
  }

  /** {@code [\p{L}\p{N}]}, the {@link #WORD} character, without the regex engine (faster). */
  static boolean isWordChar(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  int size() {
    return spans.size();
  }

  int start(int i) {
    return spans.get(i)[0];
  }

  int end(int i) {
    return spans.get(i)[1];
  }

  String word(int i) {
    return text.substring(start(i), end(i));
  }

  /** Whether only spaces stand between word {@code i} and the next one. */
  boolean joinedToNext(int i) {
    return i + 1 < size() && text.substring(end(i), start(i + 1)).isBlank();
  }

  /** The index of the first word starting at or after {@code offset}, or {@link #size()}. */
  int indexAt(int offset) {
    int lo = 0;
    int hi = spans.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start(mid) < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The word without one glued proclitic, or {@code null} when it has none that leaves 3+ letters. */
  static String withoutClitic(String word) {
    return word.length() > 3 && CLITICS.indexOf(word.charAt(0)) >= 0
        && !word.startsWith(LI_ARTICLE) ? word.substring(1) : null;
  }

  /** The entries of a rule file, normalised. */
  static Set<String> normalizedRules(String file) {
    Set<String> entries = new HashSet<>();
    for (String line : RuleFile.read(TextWords.class, file)) {
      entries.add(normalize(line));
    }
    return entries;
  }

  /** The entries of rule file {@code file} and the speech-verb forms tagged {@code tag}, normalised. */
  static Set<String> normalizedRules(String file, SpeechVerbs.Tag tag) {
    Set<String> entries = normalizedRules(file);
    entries.addAll(normalizedSpeechVerbs(tag));
    return entries;
  }

  /** The forms of the one speech-verb list that carry {@code tag}, normalised. */
  static Set<String> normalizedSpeechVerbs(SpeechVerbs.Tag tag) {
    Set<String> forms = new HashSet<>();
    for (String form : SpeechVerbs.tagged(tag)) {
      forms.add(normalize(form));
    }
    return forms;
  }

  static String normalize(String phrase) {
    return ArabicNormalizer.standard().normalizeToString(phrase).replaceAll("[^\\p{L}\\p{N}]+",
        " ").strip();
  }
}
