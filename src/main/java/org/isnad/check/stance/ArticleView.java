package org.isnad.check.stance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.EntityMention;
import org.isnad.model.Quote;
import org.isnad.text.ArticleContext;
import org.isnad.text.CodePoints;
import org.isnad.text.Sentence;
import org.isnad.text.Token;

/**
 * An article as the stance classifier reads it: its sentences ({@link ArticleContext}), each
 * with its terms and comparison keys; the keys of the names its entity mentions hold; and the
 * spans of the contents of its reported statements, so a cue can be told apart as the outlet's
 * or someone else's. Offsets are code points into the article's text.
 */
final class ArticleView {
  final List<SentenceView> sentences;
  final Set<String> names;
  final SentencePlaces places;
  private final int[][] reported;
  private final boolean[] questions;

  private ArticleView(List<SentenceView> sentences, Set<String> names, SentencePlaces places,
      int[][] reported, boolean[] questions) {
    this.questions = questions;
    this.sentences = sentences;
    this.names = names;
    this.places = places;
    this.reported = reported;
  }

  /** One sentence: its span, terms, where each term starts, and its keys. */
  record SentenceView(int start, int end, String[] terms, int[] termStarts, String[] termKeys,
      Set<String> keys) {}

  static ArticleView of(AnnotatedArticle annotated) {
    ArticleContext context = ArticleContext.of(annotated.article());
    CodePoints points = context.codePoints();
    List<Sentence> split = context.sentences();
    List<List<Token>> tokens = context.sentenceTokens();
    List<SentenceView> views = new ArrayList<>(split.size());
    boolean[] questions = new boolean[split.size()];
    for (int i = 0; i < split.size(); i++) {
      views.add(view(split.get(i), tokens.get(i), points));
      questions[i] = asks(split.get(i).in(context.text()));
    }
    return new ArticleView(List.copyOf(views), names(views, annotated.mentions()),
        SentencePlaces.of(views, annotated.mentions(), context.text(), points),
        reported(annotated.quotes()), questions);
  }

  private static SentenceView view(Sentence sentence, List<Token> tokens, CodePoints points) {
    StanceWords.Terms terms = StanceWords.terms(tokens);
    int[] starts = new int[terms.starts().length];
    String[] termKeys = new String[starts.length];
    for (int k = 0; k < starts.length; k++) {
      starts[k] = points.toCodePoint(sentence.start() + terms.starts()[k]);
      termKeys[k] = StanceWords.STANDARD.key(terms.terms()[k]);
    }
    return new SentenceView(points.toCodePoint(sentence.start()),
        points.toCodePoint(sentence.end()), terms.terms(), starts, termKeys,
        new HashSet<>(List.of(termKeys)));
  }

  /** Whether a sentence holds a question mark (Arabic or Latin). */
  private static boolean asks(String sentence) {
    return sentence.indexOf('?') >= 0 || sentence.indexOf('\u061F') >= 0;
  }

  /** Whether sentence {@code i} is a question. */
  boolean asks(int i) {
    return questions[i];
  }

  /**
   * The keys of the terms that lie inside an entity mention (both in text order, so one pass
   * over each: no text is tokenised again).
   */
  private static Set<String> names(List<SentenceView> sentences, List<EntityMention> mentions) {
    Set<String> keys = new HashSet<>();
    int m = 0;
    for (SentenceView s : sentences) {
      for (int k = 0; k < s.termStarts().length && m < mentions.size(); k++) {
        int at = s.termStarts()[k];
        while (m < mentions.size() && mentions.get(m).end() <= at) {
          m++;
        }
        if (m < mentions.size() && mentions.get(m).start() <= at) {
          keys.add(s.termKeys()[k]);
        }
      }
    }
    return keys;
  }

  private static int[][] reported(List<Quote> quotes) {
    return quotes.stream().map(q -> new int[] {q.start(), q.end()}).toArray(int[][]::new);
  }

  /**
   * Whether the code point {@code offset} lies inside the content of a reported statement: a
   * cue there is someone else's words, relayed, not the outlet's.
   */
  boolean isReported(int offset) {
    for (int[] span : reported) {
      if (offset >= span[0] && offset < span[1]) {
        return true;
      }
    }
    return false;
  }
}
