package org.isnad.annotate.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a question-and-answer interview: paragraphs that open with a turn word and a colon
 * ({@code interview-turns.txt}: "س:", "ج:") and an interviewee named in the lead after a phrase
 * of {@code interview-leads.txt} ("في حوار مع …"). Each answer is a direct statement of the
 * interviewee, as is a paragraph that opens with the interviewee's last name and a colon;
 * questions are no statements. Without a named interviewee the page yields no answers. Works
 * on normalised text; thread safe.
 */
final class InterviewReader {
  /** How many sentences of the lead may name the interviewee. */
  private static final int LEAD_SENTENCES = 2;
  private final QuoteLexicon lexicon;
  private final PhraseReader phrases;
  private final SpeakerCheck check;

  InterviewReader(QuoteLexicon lexicon) {
    this.lexicon = lexicon;
    this.phrases = new PhraseReader(lexicon);
    this.check = new SpeakerCheck(lexicon);
  }

  /** A turn: its marker ("ج") and its content, in normalised offsets. */
  record Turn(boolean answer, Word marker, int contentStart, int contentEnd) {}

  /** The interviewee's span in the lead and the page's turns. */
  record Interview(int speakerStart, int speakerEnd, List<Turn> turns) {}

  /**
   * The interview of a page, or null when it is none: {@code lead} are the words of its first
   * sentences, one list a sentence.
   */
  Interview read(String text, List<List<Word>> lead) {
    int[] speaker = interviewee(lead);
    if (speaker == null) {
      return null;
    }
    String lastName = lastWord(text.substring(speaker[0], speaker[1]));
    List<Turn> turns = new ArrayList<>();
    int from = 0;
    while (from < text.length()) {
      int end = text.indexOf('\n', from);
      end = end < 0 ? text.length() : end;
      Turn turn = turn(text, from, end, lastName);
      if (turn != null) {
        turns.add(turn);
      }
      from = end + 1;
    }
    boolean questions = turns.stream().anyMatch(t -> !t.answer());
    boolean answers = turns.stream().anyMatch(Turn::answer);
    return questions && answers ? new Interview(speaker[0], speaker[1], turns) : null;
  }

  private int[] interviewee(List<List<Word>> lead) {
    for (int s = 0; s < Math.min(LEAD_SENTENCES, lead.size()); s++) {
      List<Word> words = lead.get(s);
      for (int k = 0; k < words.size(); k++) {
        int length = leadPhraseAt(words, k);
        if (length > 0) {
          int first = k + length;
          int end = nameEnd(words, first, phrases.end(words, first));
          if (end > first && check.canSpeak(words, first, end)
              && !SpeakerName.namesOutlet(joined(words, first, end))) {
            return new int[] {words.get(first).start(), words.get(end - 1).end()};
          }
        }
      }
    }
    return null;
  }

  /**
   * "وزير الزراعة خالد الحسن تحدث": the interviewee ends with the last person's name in the
   * phrase; a phrase without one is taken only when short (a role: "وزير الزراعة").
   */
  private static int nameEnd(List<Word> words, int first, int end) {
    for (int k = end - 1; k >= first; k--) {
      if (words.get(k).endsName()) {
        return k + 1;
      }
    }
    return end - first <= SHORT_ROLE ? end : first;
  }

  private static final int SHORT_ROLE = 3;

  private int leadPhraseAt(List<Word> words, int k) {
    String[] phrase = lexicon.interviewLeads.first(p -> matches(words, k, p),
        words.get(k).text(), words.get(k).bare());
    return phrase == null ? 0 : phrase.length;
  }

  private static boolean matches(List<Word> words, int k, String[] phrase) {
    int n = phrase.length;
    boolean match = k + n <= words.size();
    for (int i = 0; match && i < n; i++) {
      match = words.get(k + i).text().equals(phrase[i]) || words.get(k + i).bare().equals(phrase[i]);
    }
    return match;
  }

  /** A paragraph that opens with a turn word (or the interviewee's name) and a colon. */
  private Turn turn(String text, int from, int to, String lastName) {
    List<Word> words = Words.of(text, from, to);
    if (words.size() < 3 || !(words.get(1).is(":") || words.get(1).is("/")
        || words.get(1).is("-"))) {
      return null;
    }
    Word first = words.get(0);
    Boolean answer = lexicon.interviewTurns.get(first.text());
    if (answer == null && first.text().equals(lastName)) {
      answer = true;
    }
    return answer == null ? null : new Turn(answer, first, words.get(2).start(), trimmedEnd(text,
        words.get(2).start(), to));
  }

  private static int trimmedEnd(String text, int from, int to) {
    int end = to;
    while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private static String lastWord(String phrase) {
    String[] words = phrase.strip().split("\\s+");
    return words[words.length - 1];
  }

  private static String joined(List<Word> words, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      sb.append(k > from ? " " : "").append(words.get(k).text());
    }
    return sb.toString();
  }
}
