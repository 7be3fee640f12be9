package org.isnad.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Text cut at runs of anything but letters: exactly what {@code text.split("[^\\p{L}]+")}
 * returns, without the regular expression (the timeline cuts every report's sentence and every
 * article's lead this way; the matcher's per-character calls were a tenth of the event
 * merging's time).
 *
 * <p>The rules of {@link java.util.regex.Pattern#split(CharSequence)} kept here:
 * <ul>
 *   <li>a letter is a code point of category L ({@link Character#isLetter(int)});</li>
 *   <li>a text with no run of non-letters is returned whole, even empty;</li>
 *   <li>a run at the start gives a leading empty string; trailing empty strings are dropped;</li>
 *   <li>text is read by code points: a letter outside the basic plane is one letter, an
 *       unpaired surrogate is not a letter.</li>
 * </ul>
 * Stateless.
 */
final class LetterRuns {
  private LetterRuns() {}

  /** {@code text.split("[^\\p{L}]+")}. */
  static String[] split(String text) {
    List<String> out = null;
    int index = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      int letter = text.codePointAt(i);
      if (Character.isLetter(letter)) {
        i += Character.charCount(letter);
        continue;
      }
      int start = i;
      while (i < n) {
        int cp = text.codePointAt(i);
        if (Character.isLetter(cp)) {
          break;
        }
        i += Character.charCount(cp);
      }
      if (out == null) {
        out = new ArrayList<>();
      }
      out.add(text.substring(index, start));
      index = i;
    }
    if (out == null) {
      return new String[] {text};
    }
    out.add(text.substring(index));
    int size = out.size();
    while (size > 0 && out.get(size - 1).isEmpty()) {
      size--;
    }
    return out.subList(0, size).toArray(String[]::new);
  }
}
