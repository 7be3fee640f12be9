package org.isnad.check.stance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.text.CodePoints;

/**
 * The places each sentence of an article tells of, as comparison keys, and the keys of its terms
 * outside its dateline. A place among the first {@value #DATELINE_TERMS} terms of its sentence
 * followed by a colon, a dash or a bracket ("ماجد الرفاعي- سبق- جدة: أعلنت …") is where the
 * report was filed, not where its matter happened: its terms and those before it are the
 * dateline, left out of both. Immutable.
 */
final class SentencePlaces {
  /** How far into its sentence a place may start and still be a dateline. */
  static final int DATELINE_TERMS = 6;
  private static final String AFTER_DATELINE = ":-\u2013\u2014(";
  private final List<ArticleView.SentenceView> sentences;
  private final List<Set<String>> places;
  /** Per sentence, the index of its first term after its dateline (0: it has none). */
  private final int[] datelineEnds;

  private SentencePlaces(List<ArticleView.SentenceView> sentences, List<Set<String>> places,
      int[] datelineEnds) {
    this.sentences = sentences;
    this.places = places;
    this.datelineEnds = datelineEnds;
  }

  static SentencePlaces of(List<ArticleView.SentenceView> sentences,
      List<EntityMention> mentions, String text, CodePoints points) {
    List<Set<String>> places = new ArrayList<>(sentences.size());
    int[] datelineEnds = new int[sentences.size()];
    int m = 0;
    for (int i = 0; i < sentences.size(); i++) {
      ArticleView.SentenceView s = sentences.get(i);
      while (m < mentions.size() && mentions.get(m).end() <= s.start()) {
        m++;
      }
      Set<String> here = new HashSet<>();
      int datelineEnd = 0;
      for (int k = m; k < mentions.size() && mentions.get(k).start() < s.end(); k++) {
        EntityMention mention = mentions.get(k);
        if (mention.type() != EntityType.PLACE) {
          continue;
        }
        int first = termAt(s, mention.start());
        int last = termAt(s, mention.end() - 1);
        if (first < DATELINE_TERMS && filed(text, points, mention.end())) {
          datelineEnd = Math.max(datelineEnd, last + 1);
          here.clear();
          continue;
        }
        for (int t = Math.max(first, datelineEnd); t <= last && t < s.termKeys().length; t++) {
          here.add(s.termKeys()[t]);
        }
      }
      places.add(Set.copyOf(here));
      datelineEnds[i] = datelineEnd;
    }
    return new SentencePlaces(sentences, List.copyOf(places), datelineEnds);
  }

  /** The index of the term of {@code s} that holds the code point {@code at} (or the next). */
  private static int termAt(ArticleView.SentenceView s, int at) {
    int[] starts = s.termStarts();
    int k = 0;
    while (k + 1 < starts.length && starts[k + 1] <= at) {
      k++;
    }
    return k;
  }

  /** Whether the first character after the code point {@code end}, past spaces, files a report. */
  private static boolean filed(String text, CodePoints points, int end) {
    int i = points.toIndex(Math.min(end, points.length()));
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && AFTER_DATELINE.indexOf(text.charAt(i)) >= 0;
  }

  /** The keys of the places sentence {@code i} tells of, its dateline left out. */
  Set<String> places(int i) {
    return places.get(i);
  }

  /** The keys of sentence {@code i}'s terms, its dateline left out. */
  Set<String> body(int i) {
    ArticleView.SentenceView s = sentences.get(i);
    if (datelineEnds[i] == 0) {
      return s.keys();
    }
    Set<String> keys = new HashSet<>();
    for (int t = datelineEnds[i]; t < s.termKeys().length; t++) {
      keys.add(s.termKeys()[t]);
    }
    return keys;
  }

  /** Whether a term near {@code key} lies outside the datelines of any sentence. */
  boolean anywhere(String key) {
    for (int i = 0; i < sentences.size(); i++) {
      for (String k : body(i)) {
        if (near(k, key)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether two keys may spell one name: equal, or both of three letters or more and one letter
   * apart (one changed, added or dropped: سوري / سور، قازاخ / كازاخ).
   */
  static boolean near(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (Math.min(a.length(), b.length()) < 3 || Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      return a.substring(i + 1).equals(b.substring(i + 1));
    }
    String longer = a.length() > b.length() ? a : b;
    String shorter = longer == a ? b : a;
    return longer.substring(i + 1).equals(shorter.substring(i));
  }
}
