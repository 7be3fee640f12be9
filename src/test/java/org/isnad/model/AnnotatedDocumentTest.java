package org.isnad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A document after annotation keeps what the output needs and not its page: the content is
 * dropped, and as an extraction it lists its annotated articles and every problem, the
 * extraction's first.
 */
class AnnotatedDocumentTest {
  private static final Problem EXTRACT = Problem.warning(Stage.EXTRACT, ProblemCode.PAGE_TRUNCATED,
      "سطور ملتصقة");
  private static final Problem TIME = Problem.warning(Stage.ANNOTATE, ProblemCode.TIME_ANNOTATOR_FAILED,
      "d1-a1: عطل");

  private static Article article(String id) {
    return ArticleBuilder.text("افتُتح صباح اليوم معرض الكتاب.").id(id).document("d1")
        .build();
  }

  @Test
  void anAnnotatedDocumentDropsThePageAndKeepsEveryProblemInOrder() {
    Document page = new Document("d1", "d1.html", "0", Format.HTML, "UTF-8",
        "<p>افتُتح صباح اليوم معرض الكتاب.</p>", null, null, List.of());
    Dropped dropped = new Dropped(1, "اقرأ أيضا", DropReason.values()[0]);
    AnnotatedDocument annotated = AnnotatedDocument.of(new Extraction(page,
        List.of(article("d1-a1"), article("d1-a2")), List.of(dropped), List.of(EXTRACT)));
    assertEquals("", annotated.document().content());
    assertEquals(page.id(), annotated.document().id());
    Published dated = Published.fromMetadata("2024-12-08", "article:published_time");
    AnnotatedArticle first = annotated.articles().get(0);
    AnnotatedDocument done = annotated.withArticles(List.of(
        first.withArticle(first.article().withPublished(dated)).withProblem(TIME),
        annotated.articles().get(1)));
    Extraction extraction = done.extraction();
    assertEquals(List.of(EXTRACT, TIME), extraction.problems());
    assertEquals(dated, extraction.articles().get(0).published());
    assertEquals(List.of("d1-a1", "d1-a2"), extraction.articles().stream().map(Article::id)
        .toList());
    assertEquals(List.of(dropped), extraction.dropped());
    assertSame(annotated.document(), annotated.document().withoutContent());
  }
}
