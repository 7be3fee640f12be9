package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one rule of word characters and of numbers that the tokeniser and the word readers share. */
class CharKindsNumbersTest {
  private static final Pattern LETTER_OR_NUMBER = Pattern.compile("[\\p{L}\\p{N}]");

  @Test
  void letterOrNumberIsTheRegexClassForEveryCodePoint() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      boolean expected = LETTER_OR_NUMBER.matcher(Character.toString(cp)).matches();
      if (CharKinds.isLetterOrNumber(cp) != expected) {
        assertEquals(expected, CharKinds.isLetterOrNumber(cp), "U+" + Integer.toHexString(cp));
      }
    }
  }

  @Test
  void marksTatweelAndPunctuationAreNotWordCharacters() {
    assertFalse(CharKinds.isLetterOrNumber('\u064E')); // fatha, a mark
    assertTrue(CharKinds.isLetterOrNumber('\u0640')); // tatweel is a modifier letter
    assertFalse(CharKinds.isLetterOrNumber('،'));
    assertTrue(CharKinds.isLetterOrNumber('٣'));
    assertTrue(CharKinds.isLetterOrNumber('ب'));
  }

  @Test
  void aNumberKeepsSeparatorsBetweenDigitsOnly() {
    assertEquals("11.4", number("11.4%"));
    assertEquals("1,000", number("1,000، و"));
    assertEquals("٣٫٥", number("٣٫٥ مليون"));
    assertEquals("2:30", number("2:30."));
    assertEquals("12", number("12. ثم"));
    assertEquals("100", number("100و"));
  }

  @Test
  void aNumberStopsAtTheGivenEnd() {
    assertEquals(3, CharKinds.numberEnd("1.234", 0, 3));
    assertEquals(1, CharKinds.numberEnd("1.234", 0, 2)); // no digit after the point within reach
    assertEquals(4, CharKinds.numberEnd("x1.2", 1, 4));
  }

  private static String number(String text) {
    return text.substring(0, CharKinds.numberEnd(text, 0, text.length()));
  }
}
