package org.isnad.annotate;

import org.isnad.model.AnnotatedArticle;
import org.isnad.text.ArticleContext;

/**
 * One annotator of one article: the article's shared reading ({@link ArticleContext}) and what
 * earlier annotators found in it ({@link AnnotatedArticle}) in, a typed result out. It reads
 * nothing but its arguments and the rule files it loaded, so an article's result never depends on
 * the other articles of the batch, their order or the thread it runs on. It may throw on a bug:
 * the {@link AnnotationPass} running it records a problem on the article and goes on.
 *
 * <p>A run has two passes, each a list of annotators run in order on every article:
 * <ol>
 *   <li>the <em>article pass</em> (time, entity, statement): each annotator sees the results of
 *       those before it in the list, unlinked (mentions without entity ids, statements without
 *       speaker entities);</li>
 *   <li>after the run links entities across articles and ties speakers to them, the
 *       <em>linked pass</em> (events): its annotators see the article with linked mentions and
 *       statements, on a fresh context of the article (contexts are not kept between passes, so
 *       a batch does not hold every article's normalised text through linking).</li>
 * </ol>
 * Adding an annotator is a class implementing this interface and one line in the facade's pass,
 * naming it and saying where its result goes in the article ({@link AnnotationPass.Step}).
 *
 * @param <T> what the annotator finds in one article
 */
@FunctionalInterface
public interface Annotator<T> {
  /** What this annotator finds in the article; {@code earlier} is the same article. */
  T annotate(ArticleContext context, AnnotatedArticle earlier);
}
