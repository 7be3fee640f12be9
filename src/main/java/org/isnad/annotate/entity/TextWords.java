package org.isnad.annotate.entity;

import static org.isnad.text.GrammarWords.LI_ARTICLE;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.isnad.text.ArabicLetters;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.CharKinds;
import org.isnad.text.RuleFile;
import org.isnad.text.SpeechVerbs;

/**
 * The words of a normalised text as spans, and the glued proclitics (و ب ل ف ك) the name rules
 * look through. A word is a run of letters and digits ({@link #WORD}) cut where the context's
 * tokeniser ({@code text.ArabicTokenizer}) cuts numbers: a number keeps a separator between
 * two digits ("11.4", "2:30") and ends before a letter ("2010م" → "2010" "م"), an Arabic word
 * ends before a digit ("و100" → "و" "100"); a Latin word keeps its digits ("G20"). Unlike the
 * tokeniser's, a word is not cut at a hyphen or apostrophe of a Latin word, nor at a presentation
 * form ("اﻻطار"), nor at a glued month name. One annotation's words: each word's string is made
 * once, on first use, so an instance is for one thread.
 */
final class TextWords {
  /** What a word is made of; the constructor scans by hand ({@link CharKinds#isLetterOrNumber}). */
  static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  static final String CLITICS = org.isnad.text.Proclitics.letters();
  private final String text;
  /** Start and end of word {@code i} at {@code 2i} and {@code 2i + 1}. */
  private int[] bounds;
  private final int size;
  /** Each word's string, made on first use (single thread: one annotation's words). */
  private final String[] words;
  /** Each word's {@link #withoutClitic} form, made on first use ({@link #NO_CLITIC}: none). */
  private final String[] bares;
  private static final String NO_CLITIC = new String("");

  TextWords(String text) {
    this.text = text;
    bounds = new int[Math.max(8, text.length() / 3)];
    int n = 0;
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      int cp = Character.isHighSurrogate(c) ? text.codePointAt(i) : c;
      if (CharKinds.isLetterOrNumber(cp)) {
        int end = wordEnd(text, i);
        n = add(n, i, end);
        i = end;
      } else {
        i += Character.charCount(cp);
      }
    }
    this.size = n;
    this.words = new String[n];
    this.bares = new String[n];
  }

  /**
   * The end of the word opening at {@code start}, as the context's tokeniser ends it: a number
   * at its last digit, keeping a separator between two digits ("11.4"); an Arabic word before a
   * digit ("و100" → "و" "100"); any other word at the first character that is no letter or digit
   * ("G20").
   */
  private static int wordEnd(String text, int start) {
    if (CharKinds.isDigit(text.charAt(start))) {
      return CharKinds.numberEnd(text, start, text.length());
    }
    boolean arabic = ArabicLetters.isArabicLetter(text.charAt(start));
    int k = start;
    while (k < text.length()) {
      char c = text.charAt(k);
      int cp = Character.isHighSurrogate(c) ? text.codePointAt(k) : c;
      if (!CharKinds.isLetterOrNumber(cp) || arabic && CharKinds.isDigit(c)) {
        break;
      }
      k += Character.charCount(cp);
    }
    return k;
  }

  private int add(int n, int start, int end) {
    if (2 * n + 2 > bounds.length) {
      bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
    }
    bounds[2 * n] = start;
    bounds[2 * n + 1] = end;
    return n + 1;
  }


  int size() {
    return size;
  }

  int start(int i) {
    if (i >= size) {
      throw new IndexOutOfBoundsException(i);
    }
    return bounds[2 * i];
  }

  int end(int i) {
    if (i >= size) {
      throw new IndexOutOfBoundsException(i);
    }
    return bounds[2 * i + 1];
  }

  String word(int i) {
    String w = words[i];
    if (w == null) {
      w = text.substring(start(i), end(i));
      words[i] = w;
    }
    return w;
  }

  /** {@link #withoutClitic} of word {@code i}, made once. */
  String bare(int i) {
    String b = bares[i];
    if (b == null) {
      b = withoutClitic(word(i));
      bares[i] = b == null ? NO_CLITIC : b;
    }
    return b == NO_CLITIC ? null : b;
  }

  /** Whether only spaces stand between word {@code i} and the next one. */
  boolean joinedToNext(int i) {
    return i + 1 < size() && blank(end(i), start(i + 1));
  }

  /** Whether {@code text[from, to)} is all white space ({@link String#isBlank}). */
  private boolean blank(int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c != ' ' && !Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether only the white space of a regular expression's {@code \s} (space, tab, line feed,
   * VT, FF, CR) stands between word {@code i} and the next one: no punctuation, mark or other
   * character that a word splitter would give as a token of its own.
   */
  boolean spacedFromNext(int i) {
    for (int k = end(i), to = start(i + 1); k < to; k++) {
      char c = text.charAt(k);
      if (c != ' ' && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  /** The index of the first word starting at or after {@code offset}, or {@link #size()}. */
  int indexAt(int offset) {
    int lo = 0;
    int hi = size;
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
