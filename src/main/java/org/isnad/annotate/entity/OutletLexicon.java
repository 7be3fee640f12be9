package org.isnad.annotate.entity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.RuleFile;

/**
 * News outlets from {@code outlets.txt}: names and their spellings, and the head words
 * (وكالة، صحيفة، قناة …) that make any following name an outlet. Immutable and thread safe.
 */
public final class OutletLexicon {
  /** Declared before {@link #BUNDLED}, which is built in static initialisation. */
  private static final String CLITICS = org.isnad.text.Proclitics.letters();
  private static final OutletLexicon BUNDLED = new OutletLexicon(
      RuleFile.read(OutletLexicon.class, "outlets.txt"));
  /** Head words of outlet names ({@code outlet-heads.txt}). */
  private static final Set<String> HEADS = new HashSet<>();
  /** Social platforms ("موقع تويتر"): media, never outlets. */
  private static final Set<String> PLATFORMS = new HashSet<>();


  static {
    RuleFile.read(OutletLexicon.class, "platforms.txt").forEach(p -> PLATFORMS.add(normalize(p)));
    RuleFile.read(OutletLexicon.class, "outlet-heads.txt").forEach(h -> HEADS.add(normalize(h)));
  }

  private final Map<String, String> canonical = new HashMap<>();
  private final Set<String> ambiguous = new HashSet<>();
  private final Set<String> firstWords = new HashSet<>();
  /**
   * The {@link #beginning} of every head word and of every {@link #firstWords first word},
   * sorted: made on first use, as the head words are read after the bundled lexicon is built.
   */
  private volatile long[] beginnings;

  OutletLexicon(List<String> lines) {
    for (String line : lines) {
      String[] names = line.split("\t");
      boolean common = names[0].startsWith("~");
      String name = common ? names[0].substring(1) : names[0];
      for (int i = 0; i < names.length; i++) {
        String key = normalize(i == 0 ? name : names[i]);
        canonical.putIfAbsent(key, name);
        firstWords.add(key.split(" ")[0]);
        if (common && i == 0) {
          ambiguous.add(key);
        }
      }
    }
  }

  public static OutletLexicon bundled() {
    return BUNDLED;
  }

  private static String normalize(String text) {
    return squeezed(ArabicNormalizer.standard().normalizeToString(text));
  }

  /**
   * {@code text} without quotation marks ({@code " « »}), each run of white space ({@code \s}:
   * space, tab, line feed, VT, FF, CR) one space, stripped; by hand, as it runs on every phrase
   * looked up.
   */
  static String squeezed(String text) {
    boolean plain = true;
    for (int k = 0; k < text.length() && plain; k++) {
      char c = text.charAt(k);
      plain = !isQuote(c) && (c == ' ' ? k + 1 == text.length() || text.charAt(k + 1) != ' '
          : !isSpace(c));
    }
    if (plain) {
      return text.strip();
    }
    StringBuilder b = new StringBuilder(text.length());
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (isQuote(c)) {
        continue;
      }
      if (isSpace(c)) {
        if (b.length() == 0 || b.charAt(b.length() - 1) != ' ') {
          b.append(' ');
        }
        continue;
      }
      b.append(c);
    }
    return b.toString().strip();
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '«' || c == '»';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** Whether {@code word} (normalised) heads an outlet name: وكالة، صحيفة، قناة … */
  public static boolean isHead(String word) {
    return HEADS.contains(stripClitic(word)) || HEADS.contains(word);
  }

  /**
   * False only when the normalised word {@code text[start, end)} neither {@link #isHead heads}
   * an outlet name nor {@link #mayStart may start} a listed one, with or without a glued
   * clitic: a test of its first three characters that builds no string, made before those
   * look-ups.
   */
  boolean mayBegin(CharSequence text, int start, int end) {
    long[] known = beginnings();
    if (Arrays.binarySearch(known, beginning(text, start, end)) >= 0) {
      return true;
    }
    return end - start > 3 && CLITICS.indexOf(text.charAt(start)) >= 0
        && Arrays.binarySearch(known, beginning(text, start + 1, end)) >= 0;
  }

  private long[] beginnings() {
    long[] known = beginnings;
    if (known == null) {
      known = java.util.stream.Stream.concat(HEADS.stream(), firstWords.stream())
          .mapToLong(w -> beginning(w, 0, w.length())).sorted().distinct().toArray();
      beginnings = known;
    }
    return known;
  }

  /**
   * The first three characters of {@code text[start, end)} (all of it when shorter) and how
   * many they are, in one number: equal words have equal beginnings.
   */
  private static long beginning(CharSequence text, int start, int end) {
    int n = Math.min(3, end - start);
    long key = n;
    for (int k = 0; k < 3; k++) {
      key = key << 16 | (k < n ? text.charAt(start + k) : 0);
    }
    return key;
  }

  /** Whether a listed name may start with {@code word} (normalised), with or without clitic. */
  boolean mayStart(String word) {
    return firstWords.contains(word) || firstWords.contains(stripClitic(word));
  }

  /**
   * The outlet {@code phrase} names, or {@code null}. {@code marked} says the text set the name
   * apart (quotation marks, a head word), which admits names that are also common words.
   */
  public String outlet(String phrase, boolean marked) {
    String key = normalize(phrase);
    if (key.isEmpty()) {
      return null;
    }
    if (isPlatform(key)) {
      return null;
    }
    String[] words = key.split(" ", 2);
    if (words.length == 2 && isHead(words[0])) {
      if (isPlatform(words[1])) {
        return null;
      }
      String named = outlet(words[1], true);
      return named != null ? named : canonical.getOrDefault(key, phrase.strip());
    }
    for (String candidate : List.of(key, stripClitic(key))) {
      String name = canonical.get(candidate);
      if (name != null && (marked || !ambiguous.contains(candidate))) {
        return name;
      }
    }
    return null;
  }

  /** Whether a normalised phrase names a social platform, with or without a glued clitic. */
  public static boolean isPlatform(String phrase) {
    String key = squeezed(phrase);
    return PLATFORMS.contains(key) || PLATFORMS.contains(stripClitic(key));
  }

  private static String stripClitic(String word) {
    return word.length() > 3 && CLITICS.indexOf(word.charAt(0)) >= 0 ? word.substring(1) : word;
  }
}
