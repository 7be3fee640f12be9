package org.isnad;

import java.util.List;
import org.isnad.annotate.AnnotationPass;
import org.isnad.model.AnnotatedArticle;
import org.isnad.text.ArticleContext;

/**
 * The engine's door for benchmarks of the article pass: its steps one at a time, on one shared
 * reading of an article, as a run takes them ({@code isnad bench}, the JMH hot paths). Stateless
 * and thread safe.
 */
public final class ArticlePassSteps {
  private ArticlePassSteps() {}

  /** The article pass, one step at a time (benchmarks: each annotator timed on its own). */
  private static final List<AnnotationPass> ARTICLE_STEPS = Isnad.ARTICLE_PASS.steps().stream()
      .map(AnnotationPass::of).toList();

  /** The names of the article pass's steps, in the order a run takes them (benchmarks). */
  public static List<String> articlePassSteps() {
    return Isnad.ARTICLE_PASS.steps().stream().map(AnnotationPass.Step::name).toList();
  }

  /**
   * One article part-way through the article pass as a run takes it (benchmarks): its reading,
   * built once and shared by every step as in a run, and the article with what the steps run so
   * far found. Immutable.
   */
  public static final class ArticleInPass {
    private final ArticleContext context;
    private final AnnotatedArticle annotated;

    private ArticleInPass(ArticleContext context, AnnotatedArticle annotated) {
      this.context = context;
      this.annotated = annotated;
    }

    /** The article with what the steps run so far found. */
    public AnnotatedArticle annotated() {
      return annotated;
    }

    /**
     * This article after step {@code step} of the article pass (0 is the first of
     * {@link #articlePassSteps()}), on the same reading; a step that throws leaves a problem on
     * the article, as in a run.
     */
    public ArticleInPass after(int step) {
      return new ArticleInPass(context, ARTICLE_STEPS.get(step).run(context, annotated));
    }

    /** How many tokens the reading's sentences have. */
    public int tokens() {
      return context.sentenceTokens().stream().mapToInt(List::size).sum();
    }
  }

  /**
   * An article read as the article pass reads it, every value of the reading computed now (the
   * text layer: normalised text and its alignment, code points, both sentence views, tokens),
   * no step run yet (benchmarks).
   */
  public static ArticleInPass readForArticlePass(AnnotatedArticle article) {
    ArticleContext context = ArticleContext.of(article.article());
    context.aligned();
    context.codePoints();
    context.sentences();
    context.normalizedSentences();
    context.sentenceTokens();
    return new ArticleInPass(context, article);
  }
}
