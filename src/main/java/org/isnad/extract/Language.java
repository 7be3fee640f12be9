package org.isnad.extract;

/** A coarse language guess from the letters of a text: {@code ar}, {@code en} or {@code und}. */
final class Language {
  private Language() {}

  static String of(String text) {
    int arabic = 0;
    int latin = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      if (c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F'
          || c >= '\uFB50' && c <= '\uFEFC') {
        arabic++;
      } else if (c < 0x250) {
        latin++;
      }
    }
    if (arabic == 0 && latin == 0) {
      return "und";
    }
    return arabic >= latin ? "ar" : "en";
  }
}
