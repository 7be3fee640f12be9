package org.isnad.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.model.EntityType;

/**
 * Outlets in normalised text: a head word and its name ("وكالة رويترز", "صحيفة «عكاظ»"), or a
 * listed name that is not also a common word ("رويترز", "فرانس برس"). Thread safe.
 */
final class OutletFinder {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern QUOTED = Pattern.compile("\\G\\s*\"([^\"\\n]{2,40})\"");
  private final OutletLexicon outlets;

  OutletFinder(OutletLexicon outlets) {
    this.outlets = outlets;
  }

  List<RawMention> find(String text) {
    return find(text, new TextWords(text));
  }

  /**
   * The outlets of {@code text}, whose words are {@code words}; only a word that {@link
   * OutletLexicon#mayBegin may begin} one is looked up.
   */
  List<RawMention> find(String text, TextWords words) {
    List<RawMention> found = new ArrayList<>();
    int from = 0;
    for (int k = 0; k < words.size(); k++) {
      int wordStart = words.start(k);
      int wordEnd = words.end(k);
      if (wordStart < from || !outlets.mayBegin(text, wordStart, wordEnd)) {
        continue;
      }
      int end = match(text, wordStart, wordEnd);
      if (end > wordStart) {
        int start = Character.isLetter(text.charAt(wordStart)) && org.isnad.text.Proclitics.letters().indexOf(
            text.charAt(wordStart)) >= 0 && outlets.outlet(text.substring(wordStart, end), false)
            != null && outlets.outlet(text.substring(wordStart + 1, end), false) != null
            ? wordStart + 1 : wordStart;
        found.add(new RawMention(start, end, EntityType.OUTLET));
        from = end;
      }
    }
    return found;
  }

  /** End of the outlet starting at the word [start, wordEnd), or start when none. */
  private int match(String text, int start, int wordEnd) {
    if (OutletLexicon.isHead(text.substring(start, wordEnd))) {
      Matcher quoted = QUOTED.matcher(text).region(wordEnd, text.length());
      if (quoted.lookingAt()) {
        return OutletLexicon.isPlatform(quoted.group(1)) ? start : quoted.end();
      }
      int end = longestListed(text, wordEnd, true);
      return end > wordEnd ? end : start;
    }
    if (!outlets.mayStart(text.substring(start, wordEnd))) {
      return start;
    }
    int end = longestListed(text, start, false);
    return end > start ? end : start;
  }

  /** Longest run of up to four words from {@code start} that names a listed outlet. */
  private int longestListed(String text, int start, boolean marked) {
    Matcher m = WORD.matcher(text).region(start, text.length());
    int best = start;
    int words = 0;
    int pos = start;
    while (words < 4 && m.find()) {
      if (words > 0 && !text.substring(pos, m.start()).isBlank()) {
        break;
      }
      pos = m.end();
      words++;
      String phrase = text.substring(start, pos).strip();
      if (outlets.outlet(phrase, marked) != null && !OutletLexicon.isHead(phrase)) {
        best = pos;
      }
    }
    return best;
  }
}
