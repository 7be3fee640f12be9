package org.isnad.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.annotate.entity.EntityAnnotator;
import org.isnad.annotate.ner.PerceptronTagger;
import org.isnad.annotate.quote.QuoteAnnotator;
import org.isnad.annotate.time.TimeAnnotator;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.Article;
import org.isnad.model.EntityMention;
import org.isnad.model.Problem;
import org.isnad.model.ProblemCode;
import org.isnad.model.Published;
import org.isnad.model.Quote;
import org.isnad.text.ArticleContext;
import org.junit.jupiter.api.Test;

/**
 * A pass runs its annotators in order, each seeing the results of those before it; one that
 * throws costs only its own result, as a warning naming it and the article.
 */
class AnnotationPassTest {
  private static final String TEXT = "قال وزير الخارجية اللبناني عبد الله بوحبيب يوم الأحد 8"
      + " ديسمبر 2024 إن «الحكومة ستجتمع غداً».";
  private static final EntityAnnotator ENTITIES =
      new EntityAnnotator(PerceptronTagger.bundled());

  private static AnnotatedArticle article() {
    return AnnotatedArticle.of(new Article("d1-a1", "d1", null, TEXT, null, null, null, null,
        List.of(), "ar", null, Published.unknown(), List.of()));
  }

  private static AnnotationPass.Step<List<EntityMention>> entities() {
    return new AnnotationPass.Step<>("entity", ENTITIES, AnnotatedArticle::withMentions);
  }

  private static AnnotationPass.Step<List<Quote>> quotes() {
    return new AnnotationPass.Step<>("quote", QuoteAnnotator.standard(),
        AnnotatedArticle::withQuotes);
  }

  @Test
  void eachAnnotatorSeesTheResultsOfThoseBeforeIt() {
    AnnotatedArticle done = AnnotationPass.of(entities(), quotes()).run(article());
    ArticleContext context = ArticleContext.of(article().article());
    List<EntityMention> mentions = ENTITIES.annotate(context);
    assertEquals(mentions, done.mentions());
    assertEquals(QuoteAnnotator.standard().annotate(context, mentions), done.quotes());
    assertFalse(done.quotes().isEmpty());
    assertTrue(done.problems().isEmpty());
  }

  @Test
  void anAnnotatorThatThrowsCostsOnlyItsOwnResult() {
    AnnotationPass.Step<List<Quote>> broken = new AnnotationPass.Step<>("quote",
        (context, earlier) -> {
          throw new IllegalStateException("عطل");
        }, AnnotatedArticle::withQuotes);
    AnnotatedArticle done = AnnotationPass.of(
        new AnnotationPass.Step<>("time", TimeAnnotator.standard(),
            (a, time) -> a.withTimexes(time.timexes())), broken, entities()).run(article());
    assertFalse(done.timexes().isEmpty(), "the annotator before it keeps its result");
    assertFalse(done.mentions().isEmpty(), "the annotator after it still runs");
    assertEquals(List.of(), done.quotes());
    Problem problem = done.problems().get(0);
    assertEquals(1, done.problems().size());
    assertEquals(ProblemCode.QUOTE_ANNOTATOR_FAILED, problem.code());
    assertTrue(problem.message().startsWith("d1-a1: java.lang.IllegalStateException: عطل"),
        problem.message());
  }

  @Test
  void aStepMustHaveAFailureCode() {
    assertThrows(IllegalArgumentException.class, () -> new AnnotationPass.Step<>("broken",
        QuoteAnnotator.standard(), AnnotatedArticle::withQuotes));
  }
}
