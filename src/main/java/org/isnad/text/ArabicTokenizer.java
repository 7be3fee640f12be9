package org.isnad.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into tokens: Arabic words (with their diacritics and tatweel), Latin words,
 * numbers (with inner separators: {@code 6.58}, {@code 2:30}, {@code 1,000}, {@code 12/7}), and
 * single punctuation marks. Arabic words get a clitic analysis ({@link CliticAnalyzer}); words
 * glued to the next one ({@link GluedWordSplitter}) become two tokens. Offsets are UTF-16
 * indices into the given text. Immutable and thread safe.
 */
public final class ArabicTokenizer {
  private static final ArabicTokenizer BUNDLED = new ArabicTokenizer();
  private final ArabicNormalizer normalizer = ArabicNormalizer.standard();
  private final ArabicNormalizer keepTeh = new ArabicNormalizer(new ArabicNormalizer.Options(true));
  private final CliticAnalyzer clitics = CliticAnalyzer.bundled();
  private final GluedWordSplitter glued = GluedWordSplitter.bundled();

  public static ArabicTokenizer standard() {
    return BUNDLED;
  }

  public List<Token> tokenize(String text) {
    if (text == null) {
      throw new IllegalArgumentException("text must not be null");
    }
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int end;
      if (isWordChar(c) && !Character.isDigit(c)) {
        end = wordEnd(text, i);
        addWord(text, i, end, tokens);
      } else if (Character.isDigit(c)) {
        end = numberEnd(text, i);
        tokens.add(plain(text, i, end, Token.Kind.NUMBER));
      } else if (Character.isWhitespace(c) || ArabicLetters.isInvisible(c)) {
        end = i + 1;
      } else {
        end = i + Character.charCount(text.codePointAt(i));
        tokens.add(plain(text, i, end, Character.isLetter(text.codePointAt(i))
            ? Token.Kind.OTHER : Token.Kind.PUNCTUATION));
      }
      i = end;
    }
    return tokens;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || ArabicLetters.isDiacritic(c) || c == ArabicLetters.TATWEEL
        || Character.isDigit(c);
  }

  private static int wordEnd(String text, int start) {
    int end = start;
    boolean arabic = ArabicLetters.isArabicLetter(text.charAt(start));
    while (end < text.length() && isWordChar(text.charAt(end)) && !Character.isDigit(text.charAt(end))
        && (arabic == isArabicPart(text.charAt(end)))) {
      end++;
    }
    return Math.max(end, start + 1);
  }

  private static boolean isArabicPart(char c) {
    return ArabicLetters.isArabicLetter(c) || ArabicLetters.isDiacritic(c)
        || c == ArabicLetters.TATWEEL;
  }

  private static int numberEnd(String text, int start) {
    int end = start;
    while (end < text.length()) {
      char c = text.charAt(end);
      if (Character.isDigit(c)) {
        end++;
      } else if (".,:/٫٬".indexOf(c) >= 0 && end + 1 < text.length()
          && Character.isDigit(text.charAt(end + 1))) {
        end += 2;
      } else {
        break;
      }
    }
    return end;
  }

  private void addWord(String text, int start, int end, List<Token> tokens) {
    String word = text.substring(start, end);
    if (!ArabicLetters.isArabicLetter(word.charAt(0))) {
      tokens.add(plain(text, start, end, Token.Kind.LATIN));
      return;
    }
    AlignedText aligned = keepTeh.normalize(word);
    int split = glued.splitPoint(normalizer.normalizeToString(aligned.normalized()));
    if (split > 0) {
      int cut = start + aligned.originalStart(split);
      tokens.add(arabic(text, start, cut));
      tokens.add(arabic(text, cut, end));
    } else {
      tokens.add(arabic(text, start, end));
    }
  }

  private Token arabic(String text, int start, int end) {
    String word = text.substring(start, end);
    CliticAnalyzer.Parts parts = clitics.analyze(keepTeh.normalizeToString(word));
    return new Token(start, end, word, Token.Kind.ARABIC, normalizer.normalizeToString(word),
        parts.proclitics(), normalizer.normalizeToString(parts.stem()), parts.enclitic());
  }

  private Token plain(String text, int start, int end, Token.Kind kind) {
    String token = text.substring(start, end);
    String normalized = normalizer.normalizeToString(token);
    return new Token(start, end, token, kind, normalized, "", normalized, "");
  }
}
