package org.isnad.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits text into tokens and analyses the clitics of Arabic words. Rules:
 * <ul>
 *   <li>white space, zero-width characters and bidi controls separate tokens and are dropped;
 *   <li>an Arabic word is a run of Arabic letters with their diacritics and tatweel; it gets a
 *       clitic analysis ({@link Token#proclitics()}, {@link Token#stem()},
 *       {@link Token#enclitic()}: "والسيطرة" → وال + سيطره), names and words listed in the
 *       bundled resources staying whole ("بشار", "بغداد");
 *   <li>a month name glued to the next word ("نوفمبرالماضي") gives two tokens
 *       ({@link GluedWordSplitter});
 *   <li>a word in another script is one token of letters and digits, with inner hyphens and
 *       apostrophes ("Al-Assad", "G20");
 *   <li>a number keeps its inner separators when a digit follows them: {@code 6.58}, {@code 2:30},
 *       {@code 1,000}, {@code 12/7}, {@code ٦٫٥}; a leading sign is a separate token;
 *   <li>every other character (punctuation, symbols, emoji) is a token of its own.
 * </ul>
 * Offsets are UTF-16 indices into the given text (convert with {@link CodePoints}). Thread safe:
 * the only state is a bounded memo of each Arabic word's reading, a function of the word alone,
 * so the tokens never depend on what was tokenised before or on another thread.
 */
public final class ArabicTokenizer {
  private static final ArabicTokenizer STANDARD = new ArabicTokenizer();
  private final ArabicNormalizer normalizer = ArabicNormalizer.standard();
  private final ArabicNormalizer forClitics = new ArabicNormalizer(
      ArabicNormalizer.Options.DEFAULT.withKeepTehMarbuta(true).withKeepAlefHamza(true));
  private final CliticAnalyzer clitics = CliticAnalyzer.bundled();
  private final GluedWordSplitter glued = GluedWordSplitter.bundled();
  private final Readings readings = new Readings();

  private ArabicTokenizer() {}

  /** The tokenizer with the bundled word lists. */
  public static ArabicTokenizer standard() {
    return STANDARD;
  }

  /**
   * The tokens of {@code text} in order, not overlapping; empty for empty or blank text.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public List<Token> tokenize(String text) {
    Objects.requireNonNull(text, "text");
    List<Token> tokens = new ArrayList<>(text.length() / 5 + 1);
    int i = 0;
    while (i < text.length()) {
      i = next(text, i, tokens);
    }
    return tokens;
  }

  private int next(String text, int i, List<Token> tokens) {
    char c = text.charAt(i);
    if (isArabicPart(c)) {
      int end = arabicEnd(text, i);
      addArabic(text, i, end, tokens);
      return end;
    }
    if (CharKinds.isDigit(c)) {
      int end = CharKinds.numberEnd(text, i, text.length());
      tokens.add(plain(text, i, end, Token.Kind.NUMBER));
      return end;
    }
    int codePoint = Character.isSurrogate(c) ? text.codePointAt(i) : c;
    if (codePoint == c ? CharKinds.isLetter(c) : Character.isLetter(codePoint)) {
      int end = foreignEnd(text, i);
      tokens.add(plain(text, i, end, Token.Kind.LATIN));
      return end;
    }
    int end = i + Character.charCount(codePoint);
    if (!CharKinds.isWhitespace(c) && !CharKinds.isSpaceChar(c) && !ArabicLetters.isInvisible(c)) {
      tokens.add(plain(text, i, end, kindOf(codePoint)));
    }
    return end;
  }

  private static Token.Kind kindOf(int codePoint) {
    int type = codePoint <= Character.MAX_VALUE && !Character.isSurrogate((char) codePoint)
        ? CharKinds.type((char) codePoint) : Character.getType(codePoint);
    return switch (type) {
      case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL, Character.SURROGATE, Character.UNASSIGNED,
          Character.PRIVATE_USE, Character.CONTROL, Character.FORMAT -> Token.Kind.SYMBOL;
      default -> type == Character.DECIMAL_DIGIT_NUMBER ? Token.Kind.NUMBER
          : Token.Kind.PUNCTUATION;
    };
  }

  private static boolean isArabicPart(char c) {
    return ArabicLetters.isArabicLetter(c) || ArabicLetters.isDiacritic(c)
        || c == ArabicLetters.TATWEEL;
  }

  private static int arabicEnd(String text, int start) {
    int end = start + 1;
    while (end < text.length() && (isArabicPart(text.charAt(end))
        || isInnerInvisible(text, end))) {
      end++;
    }
    return end;
  }

  /** A ZWNJ or ZWJ between two Arabic letters is part of the word (Persian spelling). */
  private static boolean isInnerInvisible(String text, int i) {
    char c = text.charAt(i);
    return (c == '\u200C' || c == '\u200D') && i + 1 < text.length()
        && isArabicPart(text.charAt(i + 1));
  }

  private static int foreignEnd(String text, int start) {
    int end = start;
    while (end < text.length()) {
      char c = text.charAt(end);
      int codePoint = Character.isSurrogate(c) ? text.codePointAt(end) : c;
      if ((codePoint == c ? CharKinds.isLetterOrDigit(c) : Character.isLetterOrDigit(codePoint))
          && !isArabicPart(c)) {
        end += Character.charCount(codePoint);
      } else if ((codePoint == '-' || codePoint == '\'' || codePoint == '\u2019')
          && end + 1 < text.length() && CharKinds.isLetter(text.charAt(end + 1))
          && !isArabicPart(text.charAt(end + 1))) {
        end += 2;
      } else {
        break;
      }
    }
    return end;
  }


  private void addArabic(String text, int start, int end, List<Token> tokens) {
    String word = text.substring(start, end);
    Reading reading = readings.of(word);
    if (reading.cut() <= 0) {
      tokens.add(reading.token(word, start, end));
      return;
    }
    int cut = start + reading.cut();
    String head = text.substring(start, cut);
    String tail = text.substring(cut, end);
    tokens.add(readings.of(head).token(head, start, cut));
    tokens.add(readings.of(tail).token(tail, cut, end));
  }

  /**
   * What the tokenizer reads in one Arabic word, a function of the word alone: its normal form,
   * its clitic analysis, and where a glued month name ends in it (UTF-16 index into the word, or
   * -1 when it is not glued).
   */
  private record Reading(String normalized, String proclitics, String stem, String enclitic,
      int cut) {
    Token token(String word, int start, int end) {
      return new Token(start, end, word, Token.Kind.ARABIC, normalized, proclitics, stem,
          enclitic);
    }
  }

  private Reading read(String word) {
    String normalized = normalizer.normalizeToString(word);
    int split = glued.splitPoint(normalized);
    int cut = split <= 0 ? -1 : normalizer.normalize(word).originalStart(split);
    CliticAnalyzer.Parts parts = clitics.analyze(forClitics.normalizeToString(word));
    return new Reading(normalized, parts.proclitics(), normalizer.normalizeToString(parts.stem()),
        parts.enclitic(), cut);
  }

  /**
   * The readings of the words seen, kept so a frequent word is analysed once: a reading depends
   * on the word alone, so what is kept never changes a token, whatever the order or threads of
   * the articles. Bounded: emptied when it holds {@value #MAX_WORDS} words.
   */
  private final class Readings {
    private static final int MAX_WORDS = 300_000;
    private final java.util.concurrent.ConcurrentHashMap<String, Reading> known =
        new java.util.concurrent.ConcurrentHashMap<>();

    Reading of(String word) {
      Reading reading = known.get(word);
      if (reading == null) {
        reading = read(word);
        if (known.size() >= MAX_WORDS) {
          known.clear();
        }
        known.put(word, reading);
      }
      return reading;
    }
  }

  private Token plain(String text, int start, int end, Token.Kind kind) {
    String token = text.substring(start, end);
    String normalized = normalizer.normalizeToString(token);
    return new Token(start, end, token, kind, normalized, "", normalized, "");
  }
}
