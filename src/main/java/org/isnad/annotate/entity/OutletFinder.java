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
      int end = match(text, words, k);
      if (end > wordStart) {
        int start = Character.isLetter(text.charAt(wordStart))
            && org.isnad.text.Proclitics.letters().indexOf(
            text.charAt(wordStart)) >= 0 && outlets.outlet(text.substring(wordStart, end), false)
            != null && outlets.outlet(text.substring(wordStart + 1, end), false) != null
            ? wordStart + 1 : wordStart;
        found.add(new RawMention(start, end, EntityType.OUTLET));
        from = end;
      }
    }
    return found;
  }

  /** End of the outlet starting at word {@code k}, or its start when none. */
  private int match(String text, TextWords words, int k) {
    int start = words.start(k);
    int wordEnd = words.end(k);
    String word = words.word(k);
    if (OutletLexicon.isHead(word)) {
      Matcher quoted = QUOTED.matcher(text).region(wordEnd, text.length());
      if (quoted.lookingAt()) {
        return OutletLexicon.isPlatform(quoted.group(1)) ? start : quoted.end();
      }
      int end = longestListed(text, words, wordEnd, k + 1, true);
      return end > wordEnd ? end : start;
    }
    if (!outlets.mayStart(word)) {
      return start;
    }
    int end = longestListed(text, words, start, k, false);
    return end > start ? end : start;
  }

  /**
   * Longest run of up to four words from {@code start} that names a listed outlet; its first
   * word is word {@code first}, the first at or after {@code start}, and the others follow it
   * with nothing but white space between.
   */
  private int longestListed(String text, TextWords words, int start, int first,
      boolean marked) {
    int best = start;
    for (int k = first; k < first + 4 && k < words.size(); k++) {
      if (k > first && !words.joinedToNext(k - 1)) {
        break;
      }
      int pos = words.end(k);
      String phrase = text.substring(start, pos).strip();
      if (outlets.outlet(phrase, marked) != null && !OutletLexicon.isHead(phrase)) {
        best = pos;
      }
    }
    return best;
  }
}
