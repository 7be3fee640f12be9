package org.isnad.annotate.entity;

import static org.isnad.text.GrammarWords.ARTICLE;
import static org.isnad.text.GrammarWords.NISBA;
import static org.isnad.text.GrammarWords.NISBA_FEM;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.model.EntityType;
import org.isnad.text.SpanIndex;

/**
 * Organisation and place phrases: a head word and its complement as one span.
 * <ul>
 *   <li>an indefinite organisation head ({@code org-heads.txt}) and a genitive: a definite noun
 *       ("مجلس الوزراء", "وزارة الخارجية"), a name ("فيلق القدس"), or an indefinite noun before a
 *       name ("هيئة تحرير الشام"); nisba adjectives may follow ("حركة الجهاد الإسلامي");
 *   <li>a definite organisation head and one or more nisba adjectives ("الجيش الإسرائيلي",
 *       "الحكومة اللبنانية");
 *   <li>a place head ({@code place-heads.txt}) and a name ("قطاع غزة", "ريف حلب").
 * </ul>
 * Adjectives are nisba adjectives or the few of {@code org-adjectives.txt} ("المحكمة العليا").
 * A generic head ({@code generic-heads.txt}: "قوات") takes no nisba alone ("القوات العراقية" is
 * no name) and stays outside a head after it ("قوات الشرطة التركية" → "الشرطة التركية"); a
 * phrase listed as a non-name ("قوات النظام") is none. An adjective head ({@code
 * adjective-heads.txt}: "وحدات", "نظام") names a body only definite with nisba adjectives
 * ("الوحدات الكردية", "النظام السوري", not "النظام الإلكتروني": {@code regime-stops.txt}) or
 * before a name ("نظام الأسد"), never with a genitive noun ("نظام الري").
 * A glued proclitic before the head stays outside ("لمنظمة الفرانكفونية"). Thread safe.
 */
final class OrgPhraseFinder {
  private static final int MAX_WORDS = 5;
  private static final Set<String> ORG_HEADS = TextWords.normalizedRules("org-heads.txt");
  private static final Set<String> PLACE_HEADS = TextWords.normalizedRules("place-heads.txt");
  private static final Set<String> NOT_NISBA = TextWords.normalizedRules("nisba-stops.txt");
  private static final Set<String> STOPS = TextWords.normalizedRules("non-name-edges.txt",
      org.isnad.text.SpeechVerbs.Tag.EDGE);
  private static final Set<String> GENERIC = TextWords.normalizedRules("generic-heads.txt");
  private static final Set<String> ADJECTIVES = TextWords.normalizedRules("org-adjectives.txt");
  private static final Set<String> NON_NAMES = TextWords.normalizedRules("non-names.txt");
  private static final Set<String> ADJECTIVE_HEADS =
      TextWords.normalizedRules("adjective-heads.txt");
  private static final Set<String> REGIME_STOPS = TextWords.normalizedRules("regime-stops.txt");

  /** Phrases in {@code words}; {@code names} are names already found (tagger, known names). */
  List<RawMention> find(TextWords words, List<RawMention> names) {
    SpanIndex<RawMention> index = SpanIndex.of(names, RawMention::start, RawMention::end);
    List<RawMention> found = new ArrayList<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      String word = words.word(i);
      boolean head = isHead(word);
      int shift = 0;
      if (!head && words.bare(i) != null && isHead(words.bare(i))) {
        word = words.bare(i);
        shift = 1;
        head = true;
      }
      if (!head || !words.joinedToNext(i) || isGeneric(word, words.word(i + 1))) {
        continue;
      }
      int last = PLACE_HEADS.contains(word) ? nameAfter(words, i, index)
          : isAdjectiveHead(word) ? adjectiveEnd(words, i, word.startsWith(ARTICLE), index)
          : complementEnd(words, i, word.startsWith(ARTICLE), index);
      if (last > i && !NON_NAMES.contains(phrase(words, i, last, shift))) {
        EntityType type = PLACE_HEADS.contains(word) ? EntityType.PLACE : EntityType.ORG;
        found.add(new RawMention(words.start(i) + shift, words.end(last), type));
        i = last;
      }
    }
    return found;
  }

  /**
   * Whether a generic head ("قوات") makes no phrase here: definite, it would take nisba
   * adjectives alone ("القوات العراقية"); before another head, that head starts the name.
   */
  private static boolean isGeneric(String word, String next) {
    String head = word.startsWith(ARTICLE) ? word.substring(2) : word;
    return GENERIC.contains(head) && (word.startsWith(ARTICLE) || isHead(next));
  }

  private static String phrase(TextWords words, int first, int last, int shift) {
    StringBuilder b = new StringBuilder(words.word(first).substring(shift));
    for (int j = first + 1; j <= last; j++) {
      b.append(' ').append(words.word(j));
    }
    return b.toString();
  }

  /**
   * A listed organisation run on over the adjectives right after it ("الهلال الأحمر" →
   * "الهلال الأحمر السوري") unless it ends with one ("قوات سوريا الديمقراطية الكردية" keeps
   * its listed name); other names as they are.
   */
  RawMention withAdjectives(TextWords words, RawMention name) {
    if (name.type() != EntityType.ORG) {
      return name;
    }
    int last = words.indexAt(name.end()) - 1;
    if (isNisba(words.word(last))) {
      return name;
    }
    int end = last;
    while (end + 1 < words.size() && end - last < MAX_WORDS && words.joinedToNext(end)
        && isNisba(words.word(end + 1))) {
      end++;
    }
    return end == last ? name : new RawMention(name.start(), words.end(end), name.type());
  }

  private static boolean isAdjectiveHead(String word) {
    return ADJECTIVE_HEADS.contains(word.startsWith(ARTICLE) ? word.substring(2) : word);
  }

  /**
   * The end of a phrase of an adjective head: definite, its nisba adjectives unless the first
   * names a system ("النظام السوري", not "النظام الإلكتروني"); indefinite, a name after it
   * ("نظام الأسد").
   */
  private static int adjectiveEnd(TextWords words, int head, boolean definite,
      SpanIndex<RawMention> names) {
    if (!definite) {
      return nameAfter(words, head, names);
    }
    if (head + 1 >= words.size() || REGIME_STOPS.contains(words.word(head + 1))) {
      return head;
    }
    return complementEnd(words, head, true, names);
  }

  private static boolean isHead(String word) {
    return isAdjectiveHead(word) || ORG_HEADS.contains(word) || PLACE_HEADS.contains(word)
        || word.startsWith(ARTICLE) && ORG_HEADS.contains(word.substring(2));
  }

  /** The last word of the name right after the head, or the head's index when there is none. */
  private static int nameAfter(TextWords words, int head, SpanIndex<RawMention> names) {
    RawMention name = names.firstContaining(words.start(head + 1));
    if (name == null || name.start() != words.start(head + 1)) {
      return head;
    }
    return words.indexAt(name.end()) - 1;
  }

  /** The last word of the complement of the head at {@code head}, or {@code head}. */
  private static int complementEnd(TextWords words, int head, boolean definite,
      SpanIndex<RawMention> names) {
    int last = head;
    if (!definite) {
      last = genitiveEnd(words, head, names);
      if (last == head) {
        return head;
      }
    }
    while (last + 1 < words.size() && last - head < MAX_WORDS && words.joinedToNext(last)
        && isNisba(words.word(last + 1))) {
      last++;
    }
    return last;
  }

  private static int genitiveEnd(TextWords words, int head, SpanIndex<RawMention> names) {
    int named = nameAfter(words, head, names);
    if (named > head) {
      return named;
    }
    String next = words.word(head + 1);
    if (next.startsWith(ARTICLE) && next.length() >= 4 && !STOPS.contains(next)) {
      return head + 1;
    }
    if (words.joinedToNext(head + 1) && !STOPS.contains(next)) {
      int after = nameAfter(words, head + 1, names);
      if (after > head + 1) {
        return after;
      }
    }
    return head;
  }

  private static boolean isNisba(String word) {
    return ADJECTIVES.contains(word) || word.startsWith(ARTICLE) && word.length() >= 5
        && (word.endsWith(NISBA) || word.endsWith(NISBA_FEM)) && !NOT_NISBA.contains(word);
  }
}
