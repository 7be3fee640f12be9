package org.isnad.annotate.quote;

import static org.isnad.text.GrammarWords.LI;

import java.util.List;
import java.util.Set;
import org.isnad.annotate.entity.OutletLexicon;
import org.isnad.text.Sentence;

/**
 * The report an article retells, read from its first sentence: "كشف تقرير لوكالة رويترز …",
 * "ذكرت صحيفة نيويورك تايمز …". Every statement of the article then passes through it.
 */
final class LeadRelayReader {
  /** "تقرير": a report of the outlet named after its ل ({@code lead-report-words.txt}). */
  private static final Set<String> REPORT = QuoteLexicon.wordSet("lead-report-words.txt");
  /**
   * "ذكرت": a verb retelling the outlet after it: the speech verbs tagged for it and the others
   * of {@code lead-relay-verbs.txt}.
   */
  private static final Set<String> RELAY_VERBS = relayVerbs();
  private final PhraseReader phrases;

  private static Set<String> relayVerbs() {
    Set<String> verbs = new java.util.HashSet<>(QuoteLexicon.wordSet("lead-relay-verbs.txt"));
    verbs.addAll(QuoteLexicon.speechVerbs(org.isnad.text.SpeechVerbs.Tag.LEAD));
    return Set.copyOf(verbs);
  }

  LeadRelayReader(QuoteLexicon lexicon) {
    this.phrases = new PhraseReader(lexicon);
  }

  String relay(String text, Sentence lead) {
    List<Word> words = Words.of(text, lead.start(), lead.end());
    for (int k = 0; k + 1 < words.size(); k++) {
      Word w = words.get(k);
      if (REPORT.contains(w.bare()) && words.get(k + 1).text().startsWith(LI)) {
        String outlet = outlet(words, k + 1, true);
        if (outlet != null) {
          return outlet;
        }
      } else if (RELAY_VERBS.contains(w.bare()) && OutletLexicon.isHead(words.get(k + 1).text())) {
        return outlet(words, k + 1, false);
      }
    }
    return null;
  }

  /** How many words into a sentence a dateline's "(outlet) -" may close. */
  private static final int DATELINE_REACH = 12;

  /**
   * "القاهرة ( رويترز ) - قال …": a known outlet in brackets followed by a dash near the start of
   * a sentence is the dateline of the agency whose report the page retells; null when none.
   */
  String dateline(List<Word> words) {
    for (int k = 0; k + 3 < words.size() && k < DATELINE_REACH; k++) {
      if (!words.get(k).is("(")) {
        continue;
      }
      int close = k + 1;
      while (close < words.size() && close - k <= 4 && !words.get(close).is(")")) {
        close++;
      }
      if (close + 1 < words.size() && close > k + 1 && words.get(close).is(")")
          && words.get(close + 1).is("-")) {
        StringBuilder name = new StringBuilder();
        for (int j = k + 1; j < close; j++) {
          name.append(j > k + 1 ? " " : "").append(words.get(j).text());
        }
        String outlet = OutletLexicon.bundled().outlet(name.toString(), false);
        if (outlet != null) {
          return outlet;
        }
      }
    }
    return null;
  }

  private String outlet(List<Word> words, int from, boolean gluedLam) {
    int end = phrases.end(words, from + 1);
    StringBuilder phrase = new StringBuilder(gluedLam ? words.get(from).text().substring(1)
        : words.get(from).text());
    for (int k = from + 1; k < end; k++) {
      phrase.append(' ').append(words.get(k).text());
    }
    String name = phrase.toString();
    if (name.startsWith(LI) && gluedLam) {  // "للأنباء"
      return null;
    }
    return OutletLexicon.bundled().outlet(name, true);
  }
}
