package org.isnad.check;

import java.util.ArrayList;
import java.util.List;
import org.isnad.model.AnnotatedArticle;

/**
 * A stand-in for the trained judge (tests only): an article whose text holds {@code deny}
 * disagrees, else one holding {@code agree} agrees, else it is unrelated; the rationale is each
 * paragraph holding the word, code point offsets into the text.
 */
public final class FakeJudge implements StanceJudge {
  private final String agree;
  private final String deny;

  private FakeJudge(String agree, String deny) {
    this.agree = agree;
    this.deny = deny;
  }

  /** Agrees when the text holds {@code agree}, disagrees when it holds {@code deny}. */
  public static FakeJudge of(String agree, String deny) {
    return new FakeJudge(agree, deny);
  }

  @Override
  public Judgement judge(String claim, AnnotatedArticle article) {
    String text = article.article().text();
    if (deny != null && text.contains(deny)) {
      return new Judgement(Stance.DISAGREE, 0.9, paragraphs(text, deny));
    }
    if (text.contains(agree)) {
      return new Judgement(Stance.AGREE, 0.8, paragraphs(text, agree));
    }
    return new Judgement(Stance.UNRELATED, 0.7, List.of());
  }

  private static List<Rationale> paragraphs(String text, String word) {
    List<Rationale> all = new ArrayList<>();
    int from = 0;
    for (String p : text.split("\n", -1)) {
      if (p.contains(word)) {
        int start = text.codePointCount(0, from);
        all.add(new Rationale(start, start + p.codePointCount(0, p.length()), p, 1.0));
      }
      from += p.length() + 1;
    }
    return all;
  }
}
