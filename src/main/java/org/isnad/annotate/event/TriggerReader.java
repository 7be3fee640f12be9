package org.isnad.annotate.event;

import java.util.ArrayList;
import java.util.List;
import org.isnad.model.Modality;
import org.isnad.text.ArabicLetters;
import org.isnad.text.ArabicTokenizer;
import org.isnad.text.Token;

/**
 * Reads the trigger words of one sentence with their modality and, for deaths and injuries, the
 * number next to them. Stateless and thread safe.
 */
final class TriggerReader {
  /** A trigger word found in a sentence. */
  record Trigger(Token token, int index, String type, Modality modality, Integer count,
      boolean reference) {}

  private static final int WINDOW = 3;
  private static final int COUNT_WINDOW = 5;
  private static final String CLAUSE_BREAKS = "،,.;؛:!؟?\"«»“”";
  private final EventLexicon lexicon;

  TriggerReader(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Trigger> read(String sentence) {
    return read(ArabicTokenizer.standard().tokenize(sentence));
  }

  /** The triggers among a sentence's tokens. */
  List<Trigger> read(List<Token> tokens) {
    return read(tokens, readings(tokens));
  }

  /**
   * The reading ({@link EventLexicon#reading}) of each token of a sentence, null for a token that
   * is not an Arabic word.
   */
  EventLexicon.WordReading[] readings(List<Token> tokens) {
    EventLexicon.WordReading[] readings = new EventLexicon.WordReading[tokens.size()];
    for (int i = 0; i < readings.length; i++) {
      Token token = tokens.get(i);
      if (token.kind() == Token.Kind.ARABIC) {
        readings[i] = lexicon.reading(token.normalized());
      }
    }
    return readings;
  }

  /**
   * The triggers among a sentence's tokens.
   *
   * @param readings the readings of the tokens ({@link #readings})
   */
  List<Trigger> read(List<Token> tokens, EventLexicon.WordReading[] readings) {
    List<Trigger> found = new ArrayList<>();
    SentenceWords words = null;
    for (int i = 0; i < readings.length; i++) {
      EventLexicon.WordReading reading = readings[i];
      if (reading == null || reading.entry() == null) {
        continue;
      }
      EventLexicon.Entry entry = reading.entry();
      if (!entry.allows(following(readings, i)) || !entry.allowsBefore(previous(tokens,
          readings, i))) {
        continue;
      }
      words = words != null ? words : new SentenceWords(readings);
      if (lexicon.vetoed(entry.type(), words.all())) {
        continue;
      }
      found.add(trigger(tokens, readings, i, entry, reading.future(), words));
    }
    return found;
  }

  /** The trigger at token {@code i}, with its modality, reference and count. */
  private Trigger trigger(List<Token> tokens, EventLexicon.WordReading[] readings, int i,
      EventLexicon.Entry entry, boolean future, SentenceWords words) {
    List<String> before = before(tokens, i);
    Modality modality = future ? Modality.UNREALISED : modality(before);
    boolean reference = referredTo(before) || lexicon.aftermath(entry.type(), words.before(i));
    return new Trigger(tokens.get(i), i, entry.type(), modality,
        count(entry, tokens, readings, i), reference);
  }

  /** Whether a phrase of {@code event-references.txt} ends among the words before a trigger. */
  private boolean referredTo(List<String> before) {
    for (List<String> phrase : lexicon.references()) {
      if (endsWithin(before, phrase)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The forms ({@link #forms}) of a sentence's Arabic words, read once for all its triggers, and
   * how many of them come before each token.
   */
  private static final class SentenceWords {
    private final List<List<String>> words;
    private final int[] before;

    SentenceWords(EventLexicon.WordReading[] readings) {
      before = new int[readings.length];
      words = new ArrayList<>(readings.length);
      for (int i = 0; i < readings.length; i++) {
        before[i] = words.size();
        if (readings[i] != null) {
          words.add(readings[i].forms());
        }
      }
    }

    List<List<String>> all() {
      return words;
    }

    /** The words before token {@code index}, in text order. */
    List<List<String>> before(int index) {
      return words.subList(0, before[index]);
    }
  }

  /** The forms of the Arabic word right before the trigger, or none. */
  private static List<String> previous(List<Token> tokens, EventLexicon.WordReading[] readings,
      int trigger) {
    for (int j = trigger - 1; j >= 0; j--) {
      if (readings[j] != null) {
        return readings[j].forms();
      }
      if (tokens.get(j).kind() == Token.Kind.PUNCTUATION) {
        return List.of();
      }
    }
    return List.of();
  }

  /** The forms of the words after the trigger, up to {@link EventLexicon#CONTEXT}. */
  private static List<List<String>> following(EventLexicon.WordReading[] readings, int trigger) {
    List<List<String>> words = new ArrayList<>(EventLexicon.CONTEXT);
    for (int j = trigger + 1; j < readings.length && words.size() < EventLexicon.CONTEXT; j++) {
      if (readings[j] != null) {
        words.add(readings[j].forms());
      }
    }
    return words;
  }

  /**
   * The ways to read a word, most literal first: as written, without a conjunction (و، ف),
   * without a preposition (ب، ل، ك: "بمغادرة") or the article (ال، لل، بال). "التقى" is tried as
   * itself before "تقى".
   */
  static List<String> forms(String normalized) {
    List<String> forms = new ArrayList<>(List.of(normalized));
    String s = ArabicLetters.withoutConjunction(normalized);
    if (!s.equals(normalized)) {
      forms.add(s);
    }
    if (s.length() > 4 && "بلك".indexOf(s.charAt(0)) >= 0 && !s.startsWith("ال")) {
      forms.add(s.substring(1));
    }
    for (String article : new String[] {"بال", "لل", "ال"}) {
      if (s.startsWith(article) && s.length() > article.length() + 2) {
        forms.add(s.substring(article.length()));
        break;
      }
    }
    return forms;
  }

  /** The words of the trigger's clause right before it, at most {@value #WINDOW} and one. */
  private static List<String> before(List<Token> tokens, int trigger) {
    List<String> before = new ArrayList<>();
    for (int j = trigger - 1; j >= 0 && before.size() < WINDOW + 1; j--) {
      Token t = tokens.get(j);
      if (t.kind() == Token.Kind.PUNCTUATION && CLAUSE_BREAKS.indexOf(t.text().charAt(0)) >= 0) {
        break;
      }
      if (t.kind() == Token.Kind.ARABIC) {
        before.add(0, t.normalized());
      }
    }
    return before;
  }

  private Modality modality(List<String> before) {
    for (EventLexicon.Marker marker : lexicon.markers()) {
      if (endsWithin(before, marker.words())) {
        return marker.modality();
      }
    }
    return Modality.ASSERTED;
  }

  /** Whether {@code words} occur in {@code before} ending among its last {@value #WINDOW}. */
  private static boolean endsWithin(List<String> before, List<String> words) {
    int n = words.size();
    for (int endAt = before.size(); endAt >= Math.max(n, before.size() - WINDOW + 1); endAt--) {
      boolean all = true;
      for (int k = 0; k < n && all; k++) {
        all = sameWord(before.get(endAt - n + k), words.get(k), k == 0);
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /** A marker word matches the word itself or, first word only, after a conjunction. */
  private static boolean sameWord(String token, String word, boolean first) {
    return token.equals(word) || (first && token.length() > word.length()
        && (token.charAt(0) == 'و' || token.charAt(0) == 'ف') && token.substring(1).equals(word));
  }

  /**
   * The number of dead or wounded next to the trigger: the nearest number within
   * {@value #COUNT_WINDOW} words on either side, looking no further on a side than a clause break
   * or a trigger of the other toll ("قتل 12 وأصيب 100": 12 dead, 100 wounded).
   */
  private Integer count(EventLexicon.Entry entry, List<Token> tokens,
      EventLexicon.WordReading[] readings, int trigger) {
    if (!"KILLED".equals(entry.type()) && !"INJURED".equals(entry.type())) {
      return null;
    }
    boolean[] open = {true, true};
    for (int d = 1; d <= COUNT_WINDOW; d++) {
      for (int side = 0; side < 2; side++) {
        int j = side == 0 ? trigger - d : trigger + d;
        if (!open[side] || j < 0 || j >= tokens.size()) {
          continue;
        }
        Token t = tokens.get(j);
        if (t.kind() == Token.Kind.NUMBER) {
          Integer n = number(t.text());
          if (n != null) {
            return n;
          }
        }
        open[side] = !endsCountSearch(t, readings[j], entry.type());
      }
    }
    return null;
  }

  private boolean endsCountSearch(Token t, EventLexicon.WordReading reading, String type) {
    if (t.kind() == Token.Kind.PUNCTUATION) {
      return CLAUSE_BREAKS.indexOf(t.text().charAt(0)) >= 0;
    }
    if (reading == null) {
      return false;
    }
    for (String form : reading.forms()) {
      EventLexicon.Entry other = lexicon.entry(form);
      if (other != null && !other.type().equals(type)
          && ("KILLED".equals(other.type()) || "INJURED".equals(other.type()))) {
        return true;
      }
    }
    return false;
  }

  private static Integer number(String digits) {
    StringBuilder ascii = new StringBuilder();
    digits.codePoints().filter(Character::isDigit)
        .forEach(c -> ascii.append(Character.getNumericValue(c)));
    if (ascii.length() == 0 || ascii.length() > 6) {
      return null;
    }
    return Integer.valueOf(ascii.toString());
  }
}
