package org.isnad.annotate;

import java.util.List;
import java.util.function.BiFunction;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.Problem;
import org.isnad.model.ProblemCode;
import org.isnad.model.Stage;
import org.isnad.text.ArticleContext;

/**
 * A list of annotators run in order on one article (see {@link Annotator} for the two passes of
 * a run). Each step's result is put into the article before the next step runs. A step that
 * throws leaves the article as it was and adds a warning {@code NAME-annotator-failed} naming the
 * article and the error: a bug on one article never costs the batch or the other annotators.
 *
 * <p>Immutable and thread safe when its annotators are.
 */
public final class AnnotationPass {
  private final List<Step<?>> steps;

  private AnnotationPass(List<Step<?>> steps) {
    this.steps = List.copyOf(steps);
  }

  /** A pass running {@code steps} in this order. */
  public static AnnotationPass of(Step<?>... steps) {
    return new AnnotationPass(List.of(steps));
  }

  /**
   * One annotator of a pass: its name (for problems), the annotator, and how its result goes
   * into the article.
   */
  public record Step<T>(String name, Annotator<T> annotator,
      BiFunction<AnnotatedArticle, T, AnnotatedArticle> into) {
    /**
     * @throws IllegalArgumentException when {@code NAME-annotator-failed} is not a
     *     {@link ProblemCode}, naming it (a new annotator adds its code there)
     */
    public Step {
      failure(name);
    }

    private static ProblemCode failure(String name) {
      return ProblemCode.of(name + "-annotator-failed");
    }

    AnnotatedArticle run(ArticleContext context, AnnotatedArticle article) {
      try {
        return into.apply(article, annotator.annotate(context, article));
      } catch (RuntimeException e) {
        return article.withProblem(Problem.warning(Stage.ANNOTATE, failure(name),
            article.id() + ": " + e));
      }
    }
  }

  /** The steps, in the order they run. */
  public List<Step<?>> steps() {
    return steps;
  }

  /** The article with every step's result, read through {@code context} (of this article). */
  public AnnotatedArticle run(ArticleContext context, AnnotatedArticle article) {
    AnnotatedArticle done = article;
    for (Step<?> step : steps) {
      done = step.run(context, done);
    }
    return done;
  }

  /** The article with every step's result, on a context of its own. */
  public AnnotatedArticle run(AnnotatedArticle article) {
    return run(ArticleContext.of(article.article()), article);
  }
}
