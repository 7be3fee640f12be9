package org.isnad.annotate.event;

import static org.isnad.text.GrammarWords.ALEF;
import static org.isnad.text.GrammarWords.ARTICLE;
import static org.isnad.text.GrammarWords.BI;
import static org.isnad.text.GrammarWords.FA_LETTER;
import static org.isnad.text.GrammarWords.IMPERFECT_PREFIXES;
import static org.isnad.text.GrammarWords.LI_ARTICLE;
import static org.isnad.text.GrammarWords.PREPOSITIONS;
import static org.isnad.text.GrammarWords.SA_LETTER;
import static org.isnad.text.GrammarWords.WA_LETTER;

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
  /** The article after ب and ل, and alone, in the order a form is tried. */
  private static final String[] ARTICLE_FORMS = {BI + ARTICLE, LI_ARTICLE, ARTICLE};
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
    List<Trigger> found = new ArrayList<>();
    SentenceWords words = null;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.kind() != Token.Kind.ARABIC) {
        continue;
      }
      Lookup lookup = lookup(token.normalized());
      EventLexicon.Entry entry = lookup.entry();
      boolean future = lookup.future();
      if (entry == null || !entry.allows(following(tokens, i))
          || !entry.allowsBefore(previous(tokens, i))) {
        continue;
      }
      words = words != null ? words : new SentenceWords(tokens);
      if (lexicon.vetoed(entry.type(), words.all())) {
        continue;
      }
      List<String> before = before(tokens, i);
      Modality modality = future ? Modality.UNREALISED : modality(before);
      boolean reference = lexicon.references().stream().anyMatch(r -> endsWithin(before, r))
          || lexicon.aftermath(entry.type(), words.before(i));
      found.add(new Trigger(token, i, entry.type(), modality, count(entry, tokens, i),
          reference));
    }
    return found;
  }

  /** The trigger entry a word gives, and whether it came with the future prefix س. */
  private record Lookup(EventLexicon.Entry entry, boolean future) {}

  private static final Lookup NONE = new Lookup(null, false);

  /** The trigger a word gives, if any (most words are quickly told to give none). */
  private Lookup lookup(String normalized) {
    return lexicon.mayTrigger(normalized) ? find(normalized) : NONE;
  }

  /** The first form that is a trigger, else a form that is one after the future prefix س. */
  private Lookup find(String normalized) {
    EventLexicon.Entry entry = null;
    boolean future = false;
    for (String form : forms(normalized)) {
      entry = entry != null ? entry : lexicon.entry(form);
      if (entry == null && form.length() > 3 && form.charAt(0) == SA_LETTER
          && (IMPERFECT_PREFIXES + ALEF).indexOf(form.charAt(1)) >= 0) {
        entry = lexicon.entry(form.substring(1));
        future = entry != null;
      }
    }
    return new Lookup(entry, future);
  }

  /**
   * The forms ({@link #forms}) of a sentence's Arabic words, read once for all its triggers, and
   * how many of them come before each token.
   */
  private static final class SentenceWords {
    private final List<List<String>> words = new ArrayList<>();
    private final int[] before;

    SentenceWords(List<Token> tokens) {
      before = new int[tokens.size()];
      for (int i = 0; i < tokens.size(); i++) {
        before[i] = words.size();
        if (tokens.get(i).kind() == Token.Kind.ARABIC) {
          words.add(forms(tokens.get(i).normalized()));
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
  private static List<String> previous(List<Token> tokens, int trigger) {
    for (int j = trigger - 1; j >= 0; j--) {
      Token t = tokens.get(j);
      if (t.kind() == Token.Kind.ARABIC) {
        return forms(t.normalized());
      }
      if (t.kind() == Token.Kind.PUNCTUATION) {
        return List.of();
      }
    }
    return List.of();
  }

  /** The forms of the words after the trigger, up to {@link EventLexicon#CONTEXT}. */
  private static List<List<String>> following(List<Token> tokens, int trigger) {
    List<List<String>> words = new ArrayList<>();
    for (int j = trigger + 1; j < tokens.size() && words.size() < EventLexicon.CONTEXT; j++) {
      if (tokens.get(j).kind() == Token.Kind.ARABIC) {
        words.add(forms(tokens.get(j).normalized()));
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
    if (s.length() > 4 && PREPOSITIONS.indexOf(s.charAt(0)) >= 0 && !s.startsWith(ARTICLE)) {
      forms.add(s.substring(1));
    }
    for (String article : ARTICLE_FORMS) {
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
        && (token.charAt(0) == WA_LETTER || token.charAt(0) == FA_LETTER) && token.substring(1).equals(word));
  }

  /**
   * The number of dead or wounded next to the trigger: the nearest number within
   * {@value #COUNT_WINDOW} words on either side, looking no further on a side than a clause break
   * or a trigger of the other toll ("قتل 12 وأصيب 100": 12 dead, 100 wounded).
   */
  private Integer count(EventLexicon.Entry entry, List<Token> tokens, int trigger) {
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
        open[side] = !endsCountSearch(t, entry.type());
      }
    }
    return null;
  }

  private boolean endsCountSearch(Token t, String type) {
    if (t.kind() == Token.Kind.PUNCTUATION) {
      return CLAUSE_BREAKS.indexOf(t.text().charAt(0)) >= 0;
    }
    if (t.kind() != Token.Kind.ARABIC) {
      return false;
    }
    for (String form : forms(t.normalized())) {
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
