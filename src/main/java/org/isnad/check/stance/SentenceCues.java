package org.isnad.check.stance;

import java.util.List;
import org.isnad.check.stance.ArticleView.SentenceView;

/**
 * The cues of one sentence (or of several, summed): denial and doubt cues told apart as the
 * outlet's own or reported (inside the content of a statement attributed to a speaker),
 * agreement cues, negation particles, and whether the sentence is a question.
 */
record SentenceCues(int denialOwn, int denialReported, int doubtOwn, int doubtReported,
    int agreement, int negation, int question) {
  static final SentenceCues NONE = new SentenceCues(0, 0, 0, 0, 0, 0, 0);

  /** The cues of every sentence of {@code article}, in sentence order. */
  static SentenceCues[] of(ArticleView article) {
    StanceWords words = StanceWords.STANDARD;
    SentenceCues[] cues = new SentenceCues[article.sentences.size()];
    for (int i = 0; i < cues.length; i++) {
      SentenceView s = article.sentences.get(i);
      List<Integer> denial = words.denial.find(s.terms());
      List<Integer> doubt = words.doubt.find(s.terms());
      int denialReported = reported(article, s, denial);
      int doubtReported = reported(article, s, doubt);
      int negation = 0;
      for (String term : s.terms()) {
        negation += words.negation.contains(term) ? 1 : 0;
      }
      cues[i] = new SentenceCues(denial.size() - denialReported, denialReported,
          doubt.size() - doubtReported, doubtReported, words.agreement.find(s.terms()).size(),
          negation, article.asks(i) ? 1 : 0);
    }
    return cues;
  }

  private static int reported(ArticleView article, SentenceView s, List<Integer> at) {
    return (int) at.stream().filter(k -> article.isReported(s.termStarts()[k])).count();
  }

  /** The sum of the cues of the sentences {@code indices}. */
  static SentenceCues union(SentenceCues[] cues, List<Integer> indices) {
    SentenceCues sum = NONE;
    for (int i : indices) {
      sum = sum.plus(cues[i]);
    }
    return sum;
  }

  /** The sum of all. */
  static SentenceCues total(SentenceCues[] cues) {
    SentenceCues sum = NONE;
    for (SentenceCues c : cues) {
      sum = sum.plus(c);
    }
    return sum;
  }

  SentenceCues plus(SentenceCues o) {
    return new SentenceCues(denialOwn + o.denialOwn, denialReported + o.denialReported,
        doubtOwn + o.doubtOwn, doubtReported + o.doubtReported, agreement + o.agreement,
        negation + o.negation, question + o.question);
  }
}
