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
  /** The letters of an imperfect verb's person that may follow the future prefix س. */
  private static final String FUTURE_PERSONS = IMPERFECT_PREFIXES + ALEF;
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
    Words forms = null;
    SentenceWords words = null;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.kind() != Token.Kind.ARABIC) {
        continue;
      }
      Lookup lookup = lookup(token.normalized());
      EventLexicon.Entry entry = lookup.entry();
      if (entry == null) {
        continue;
      }
      forms = forms != null ? forms : new Words(tokens);
      if (!entry.allows(following(forms, i)) || !entry.allowsBefore(previous(forms, i))) {
        continue;
      }
      words = words != null ? words : new SentenceWords(forms);
      if (lexicon.vetoed(entry.type(), words.all())) {
        continue;
      }
      found.add(trigger(forms, i, entry, lookup.future(), words));
    }
    return found;
  }

  /** The trigger at token {@code i}, with its modality, reference and count. */
  private Trigger trigger(Words forms, int i, EventLexicon.Entry entry, boolean future,
      SentenceWords words) {
    List<Token> tokens = forms.tokens;
    List<String> before = before(tokens, i);
    Modality modality = future ? Modality.UNREALISED : modality(before);
    boolean reference = referredTo(before) || lexicon.aftermath(entry.type(), words.before(i));
    return new Trigger(tokens.get(i), i, entry.type(), modality, count(entry, forms, i),
        reference);
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
      if (entry == null && futureAt(form, 0)) {
        entry = lexicon.entry(form.substring(1));
        future = entry != null;
      }
    }
    return new Lookup(entry, future);
  }

  /** Whether the form of {@code word} that begins at {@code k} begins with the future prefix س. */
  static boolean futureAt(String word, int k) {
    return word.length() - k > 3 && word.charAt(k) == SA_LETTER
        && FUTURE_PERSONS.indexOf(word.charAt(k + 1)) >= 0;
  }

  /** The forms ({@link #forms}) of a sentence's Arabic words, each read when first asked for. */
  private static final class Words {
    private final List<Token> tokens;
    private final List<?>[] forms;

    Words(List<Token> tokens) {
      this.tokens = tokens;
      this.forms = new List<?>[tokens.size()];
    }

    /** Whether token {@code i} is an Arabic word. */
    boolean isWord(int i) {
      return tokens.get(i).kind() == Token.Kind.ARABIC;
    }

    /** The forms of token {@code i}, an Arabic word. */
    @SuppressWarnings("unchecked")
    List<String> of(int i) {
      List<?> known = forms[i];
      if (known == null) {
        known = forms(tokens.get(i).normalized());
        forms[i] = known;
      }
      return (List<String>) known;
    }
  }

  /**
   * The forms ({@link #forms}) of a sentence's Arabic words, read once for all its triggers, and
   * how many of them come before each token.
   */
  private static final class SentenceWords {
    private final List<List<String>> words;
    private final int[] before;

    SentenceWords(Words forms) {
      int n = forms.tokens.size();
      before = new int[n];
      words = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        before[i] = words.size();
        if (forms.isWord(i)) {
          words.add(forms.of(i));
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
  private static List<String> previous(Words forms, int trigger) {
    for (int j = trigger - 1; j >= 0; j--) {
      if (forms.isWord(j)) {
        return forms.of(j);
      }
      if (forms.tokens.get(j).kind() == Token.Kind.PUNCTUATION) {
        return List.of();
      }
    }
    return List.of();
  }

  /** The forms of the words after the trigger, up to {@link EventLexicon#CONTEXT}. */
  private static List<List<String>> following(Words forms, int trigger) {
    List<List<String>> words = new ArrayList<>(EventLexicon.CONTEXT);
    for (int j = trigger + 1; j < forms.tokens.size() && words.size() < EventLexicon.CONTEXT;
        j++) {
      if (forms.isWord(j)) {
        words.add(forms.of(j));
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
    int starts = formStarts(normalized);
    List<String> forms = new ArrayList<>(Integer.bitCount(starts));
    for (int k = 0; starts >>> k != 0; k++) {
      if ((starts & 1 << k) != 0) {
        forms.add(k == 0 ? normalized : normalized.substring(k));
      }
    }
    return forms;
  }

  /**
   * Whether {@link ArabicLetters#withoutConjunction} drops the first letter of the word (و or ف
   * before at least three more): the same test, without cutting the word.
   */
  private static boolean hasConjunction(String normalized) {
    return normalized.length() > 3
        && (normalized.charAt(0) == WA_LETTER || normalized.charAt(0) == FA_LETTER);
  }

  /**
   * Where the forms ({@link #forms}) of a word begin, one bit each (bit k: the form that drops
   * the first k letters), read without cutting the word: as written; after a conjunction; after a
   * preposition; after the article.
   */
  static int formStarts(String normalized) {
    int c = hasConjunction(normalized) ? 1 : 0;
    int starts = 1 | 1 << c;
    int rest = normalized.length() - c;
    if (rest > 4 && PREPOSITIONS.indexOf(normalized.charAt(c)) >= 0
        && !normalized.startsWith(ARTICLE, c)) {
      starts |= 1 << c + 1;
    }
    for (String article : ARTICLE_FORMS) {
      if (normalized.startsWith(article, c) && rest > article.length() + 2) {
        starts |= 1 << c + article.length();
        break;
      }
    }
    return starts;
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
        && (token.charAt(0) == WA_LETTER || token.charAt(0) == FA_LETTER)
        && token.substring(1).equals(word));
  }

  /**
   * The number of dead or wounded next to the trigger: the nearest number within
   * {@value #COUNT_WINDOW} words on either side, looking no further on a side than a clause break
   * or a trigger of the other toll ("قتل 12 وأصيب 100": 12 dead, 100 wounded).
   */
  private Integer count(EventLexicon.Entry entry, Words forms, int trigger) {
    List<Token> tokens = forms.tokens;
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
        open[side] = !endsCountSearch(forms, j, entry.type());
      }
    }
    return null;
  }

  private boolean endsCountSearch(Words forms, int j, String type) {
    Token t = forms.tokens.get(j);
    if (t.kind() == Token.Kind.PUNCTUATION) {
      return CLAUSE_BREAKS.indexOf(t.text().charAt(0)) >= 0;
    }
    if (t.kind() != Token.Kind.ARABIC) {
      return false;
    }
    for (String form : forms.of(j)) {
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
