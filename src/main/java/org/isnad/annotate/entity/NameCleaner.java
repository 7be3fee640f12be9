package org.isnad.annotate.entity;

import static org.isnad.text.GrammarWords.ARTICLE;
import static org.isnad.text.GrammarWords.FA;
import static org.isnad.text.GrammarWords.LI;
import static org.isnad.text.GrammarWords.NAME_PROCLITICS;
import static org.isnad.text.GrammarWords.POSSESSIVE_SUFFIXES;
import static org.isnad.text.GrammarWords.WA;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.model.EntityType;

/**
 * Corrects the statistical tagger's names in one article (normalised text), as classes of error:
 * <ul>
 *   <li>a name in quotation marks is whole: «"حسن فلارك"» is not cut to «حسن»;
 *   <li>a speech verb, month or week day at an edge is no part of a name ({@code
 *       non-name-edges.txt}: «وروى صقر» → «صقر»);
 *   <li>a last word with a possessive suffix is a common noun («طالبان مسؤوليتها» → «طالبان»);
 *   <li>a number at the end of a person, place or organisation is a date or a count, not part
 *       of the name («شبكة تلفزيون الشرق الأوسط 2018»);
 *   <li>a glued و ب ل ف stays outside when the rest is definite («بالأردن» → «الأردن»); any
 *       glued و ب ل ف ك when the rest is a name of the article («بروسيا» beside «روسيا»,
 *       «كالأردن» beside «الأردن») or a listed name; a ك otherwise stays in («كاليفورنيا»);
 *   <li>a name ends where its words change script («خالد لطفي Facebook» → «خالد لطفي»);
 *   <li>common words, months and currencies are no names ({@code non-names.txt}), nor is a span
 *       with a Latin word in lower case (English prose: «of control»);
 *   <li>a one-word name of no type (MISC) that is the surname of a person of the article, or
 *       that follows a speech verb ({@code text/speech-verbs.txt}, tag entity), is a person («"فلارك"» after
 *       «حسن فلارك», «أوضح "دوجاريك"»).
 * </ul>
 * Thread safe.
 */
final class NameCleaner {
  private static final int QUOTED_WORDS = 4;
  /** A Latin word in lower case: "of control", "against so" are English prose, not names. */
  private static final java.util.regex.Pattern LOWER_LATIN =
      java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Ll}");
  private static final Set<String> NON_NAMES = TextWords.normalizedRules("non-names.txt");
  private static final Set<String> EDGES = TextWords.normalizedRules("non-name-edges.txt",
      org.isnad.text.SpeechVerbs.Tag.EDGE);
  private static final Set<String> SPEECH = TextWords.normalizedSpeechVerbs(
      org.isnad.text.SpeechVerbs.Tag.ENTITY);
  private static final List<String> POSSESSIVE = POSSESSIVE_SUFFIXES;

  List<RawMention> clean(String text, TextWords words, List<RawMention> tagged) {
    List<RawMention> trimmed = new ArrayList<>();
    for (RawMention name : tagged) {
      RawMention m = trim(words, quoted(text, words, name));
      if (m != null) {
        trimmed.add(m);
      }
    }
    Set<String> named = new HashSet<>();
    Set<String> surnames = new HashSet<>();
    for (RawMention m : trimmed) {
      String phrase = text.substring(m.start(), m.end());
      named.add(phrase);
      if (m.type() == EntityType.PERSON && phrase.contains(" ")) {
        surnames.add(phrase.substring(phrase.lastIndexOf(' ') + 1));
      }
    }
    List<RawMention> cleaned = new ArrayList<>();
    for (RawMention m : trimmed) {
      m = withoutClitic(text, m, named);
      String phrase = text.substring(m.start(), m.end());
      String bare = TextWords.withoutClitic(phrase);
      if (NON_NAMES.contains(phrase) || bare != null && NON_NAMES.contains(bare)
          || LOWER_LATIN.matcher(phrase).find() || !hasLetter(phrase)) {
        continue;
      }
      if (m.type() == EntityType.OTHER && !phrase.contains(" ") && (surnames.contains(phrase)
          || afterSpeechVerb(words, m))) {
        m = new RawMention(m.start(), m.end(), EntityType.PERSON);
      }
      cleaned.add(m);
    }
    return cleaned;
  }

  /** The name run on to its closing quotation mark when it opens right after one. */
  private static RawMention quoted(String text, TextWords words, RawMention name) {
    int before = name.start() - 1;
    if (before < 0 || text.charAt(before) != '"') {
      return name;
    }
    int close = text.indexOf('"', name.end());
    if (close < 0 || close == name.end()) {
      return name;
    }
    int first = words.indexAt(name.end());
    int last = words.indexAt(close) - 1;
    if (last < first || last - first >= QUOTED_WORDS
        || !text.substring(name.end(), close).matches("[\\p{L}\\p{N}\\s]+")) {
      return name;
    }
    return new RawMention(name.start(), words.end(last), name.type());
  }

  /** The name without edge words and a possessive last word, or {@code null} when none is left. */
  private static RawMention trim(TextWords words, RawMention name) {
    int first = words.indexAt(name.start());
    int last = words.indexAt(name.end()) - 1;
    while (first <= last && isEdge(words.word(first))) {
      first++;
    }
    while (first <= last && isEdge(words.word(last))) {
      last--;
    }
    for (int j = first + 1; j <= last; j++) {
      if (hasLetter(words.word(j)) && hasLetter(words.word(first))
          && isLatin(words.word(j)) != isLatin(words.word(first))) {
        last = j - 1;
      }
    }
    if (last > first && isPossessive(words.word(last))) {
      last--;
    }
    while (last > first && name.type() != EntityType.OTHER
        && words.word(last).chars().allMatch(Character::isDigit)) {
      last--;
    }
    if (first > last) {
      return null;
    }
    int start = Math.max(name.start(), words.start(first));
    int end = Math.min(name.end(), words.end(last));
    return start < end ? new RawMention(start, end, name.type()) : null;
  }

  private static boolean afterSpeechVerb(TextWords words, RawMention m) {
    int before = words.indexAt(m.start()) - 1;
    if (before < 0) {
      return false;
    }
    String word = words.word(before);
    String bare = TextWords.withoutClitic(word);
    return SPEECH.contains(word) || bare != null && (word.startsWith(WA) || word.startsWith(FA))
        && SPEECH.contains(bare);
  }

  private static boolean hasLetter(String word) {
    return word.codePoints().anyMatch(Character::isLetter);
  }

  private static boolean isLatin(String word) {
    return word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
        == Character.UnicodeScript.LATIN);
  }

  private static boolean isEdge(String word) {
    if (EDGES.contains(word)) {
      return true;
    }
    String bare = TextWords.withoutClitic(word);
    return bare != null && (word.startsWith(WA) || word.startsWith(FA)) && EDGES.contains(bare);
  }

  private static boolean isPossessive(String word) {
    return word.length() >= 5 && POSSESSIVE.stream().anyMatch(word::endsWith);
  }

  /** The name without a glued proclitic when the rest is definite or a name of the article. */
  private static RawMention withoutClitic(String text, RawMention m, Set<String> named) {
    String phrase = text.substring(m.start(), m.end());
    String bare = TextWords.withoutClitic(phrase);
    if (bare == null || Character.isWhitespace(bare.charAt(0))) {
      return m;
    }
    boolean definite = bare.startsWith(ARTICLE) && bare.length() > 4
        && !bare.startsWith(ARTICLE + LI)
        && NAME_PROCLITICS.indexOf(phrase.charAt(0)) >= 0;
    return definite || named.contains(bare) || KnownNames.bundled().type(bare) != null || named.stream().anyMatch(n -> n.startsWith(bare
        + " ")) ? new RawMention(m.start() + 1, m.end(), m.type()) : m;
  }
}
