package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Properties of the text layer on random strings (fixed seed, so every run checks the same 2,000
 * strings): alignments round-trip, normalising is idempotent, tokens and sentences lie inside the
 * text, in order, without overlap, and every entry point rejects null and keeps empty empty.
 */
class TextLayerPropertiesTest {
  private static final long SEED = 424242L;
  private static final int CASES = 2000;
  private static final String ALPHABET = "ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآىةؤئ"
      + "ًٌٍَُِّْـٰ٠١٢٣۴۵" + "\u200C\u200F\u202B\u00A0 \n\n.،؛؟!:«»“”\"'"
      + "abcXYZ0123456789";

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(60);
    for (int i = 0; i < length; i++) {
      if (random.nextInt(40) == 0) {
        text.appendCodePoint(0x1F600 + random.nextInt(40));
      } else {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
    }
    return text.toString();
  }

  private static void forAll(java.util.function.Consumer<String> property) {
    Random random = new Random(SEED);
    for (int i = 0; i < CASES; i++) {
      property.accept(randomText(random));
    }
  }

  @Test
  void normalisedSpansMapBackToOriginalSpansThatNormaliseTheSame() {
    ArabicNormalizer normalizer = ArabicNormalizer.standard();
    Random random = new Random(SEED + 1);
    forAll(text -> {
      AlignedText aligned = normalizer.normalize(text);
      int n = aligned.normalized().length();
      int a = random.nextInt(n + 1);
      int b = a + random.nextInt(n - a + 1);
      if (a == b) {
        return;
      }
      int start = aligned.originalStart(a);
      int end = aligned.originalEnd(b);
      assertTrue(0 <= start && start <= end && end <= text.length(), text);
      assertEquals(aligned.normalized().substring(a, b),
          normalizer.normalizeToString(text.substring(start, end)), text);
    });
  }

  @Test
  void alignmentIsMonotonic() {
    forAll(text -> {
      int[] alignment = ArabicNormalizer.standard().normalize(text).alignment();
      for (int i = 1; i < alignment.length; i++) {
        assertTrue(alignment[i - 1] < alignment[i], text);
      }
    });
  }

  @Test
  void normalisingTwiceEqualsOnce() {
    ArabicNormalizer normalizer = ArabicNormalizer.standard();
    forAll(text -> {
      String once = normalizer.normalizeToString(text);
      assertEquals(once, normalizer.normalizeToString(once));
    });
  }

  @Test
  void tokensLieInsideTheTextInOrder() {
    forAll(text -> {
      int previousEnd = 0;
      for (Token token : ArabicTokenizer.standard().tokenize(text)) {
        assertTrue(token.start() >= previousEnd && token.end() <= text.length(), text);
        assertEquals(token.text(), text.substring(token.start(), token.end()));
        previousEnd = token.end();
      }
    });
  }

  @Test
  void sentencesLieInsideTheTextInOrderAndAreTrimmed() {
    forAll(text -> {
      int previousEnd = 0;
      for (Sentence sentence : SentenceSplitter.standard().split(text)) {
        assertTrue(sentence.start() >= previousEnd && sentence.end() <= text.length(), text);
        String body = sentence.in(text);
        assertEquals(body.strip(), body, text);
        previousEnd = sentence.end();
      }
    });
  }

  @Test
  void codePointsRoundTrip() {
    forAll(text -> {
      CodePoints points = CodePoints.of(text);
      for (int i = 0; i <= text.length(); i++) {
        if (i == text.length() || !Character.isLowSurrogate(text.charAt(i))) {
          assertEquals(i, points.toIndex(points.toCodePoint(i)), text);
          assertEquals(text.codePointCount(0, i), points.toCodePoint(i), text);
        }
      }
    });
  }

  /** The contract every entry point keeps: null rejected, empty stays empty, same output twice. */
  @Test
  void everyEntryPointKeepsTheContract() {
    List<Function<String, Object>> entryPoints = List.of(
        ArabicNormalizer.standard()::normalizeToString,
        t -> ArabicNormalizer.standard().normalize(t).normalized(),
        ArabicTokenizer.standard()::tokenize,
        SentenceSplitter.standard()::split);
    for (Function<String, Object> entry : entryPoints) {
      assertThrows(NullPointerException.class, () -> entry.apply(null));
      Object empty = entry.apply("");
      assertTrue(empty.equals("") || empty.equals(List.of()), String.valueOf(empty));
      forAll(text -> assertEquals(entry.apply(text), entry.apply(text)));
    }
  }
}
