package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The table answers as Character does, for every UTF-16 unit. */
class CharKindsTest {
  @Test
  void sameAnswersAsCharacter() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      assertEquals(Character.isLetter(c), CharKinds.isLetter(c), "letter " + i);
      assertEquals(Character.isDigit(c), CharKinds.isDigit(c), "digit " + i);
      assertEquals(Character.isLetterOrDigit(c), CharKinds.isLetterOrDigit(c), "either " + i);
      assertEquals(Character.isWhitespace(c), CharKinds.isWhitespace(c), "white " + i);
      assertEquals(Character.isSpaceChar(c), CharKinds.isSpaceChar(c), "space " + i);
      assertEquals(Character.getType(c), CharKinds.type(c), "type " + i);
    }
  }

  @Test
  void arabicLettersAndDigits() {
    assertEquals(true, CharKinds.isLetter('ب'));
    assertEquals(true, CharKinds.isDigit('٣'));
    assertEquals(false, CharKinds.isLetterOrDigit('،'));
    assertEquals(true, CharKinds.isSpaceChar('\u00A0'));
  }
}
