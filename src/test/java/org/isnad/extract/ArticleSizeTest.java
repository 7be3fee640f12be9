package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.ingest.Ingestor;
import org.isnad.model.Document;
import org.isnad.model.Extraction;
import org.isnad.model.Format;
import org.isnad.model.Problem;
import org.isnad.model.ProblemCode;
import org.isnad.model.Severity;
import org.isnad.model.SourceHints;
import org.junit.jupiter.api.Test;

/** An article above the size limit becomes a problem of its document; the others go on. */
class ArticleSizeTest {
  private static final String SENTENCE = "قال المتحدث باسم الوزارة إن الاجتماع انتهى مساء اليوم "
      + "دون اتفاق على البنود العالقة بين الطرفين. ";

  private static Document page(String id, String content) {
    return new Document(id, id + ".txt", id, Format.TEXT, "UTF-8", content, SourceHints.none(),
        null, List.of());
  }

  private static String article(int sentences) {
    return "انتهاء الاجتماع دون اتفاق\n\n" + SENTENCE.repeat(sentences);
  }

  @Test
  void anArticleAboveTheLimitIsAnErrorNamingItsLengthAndTheLimit() {
    PageExtractor extractor = new PageExtractor(2_000);
    Extraction long1 = extractor.extract(page("dlong", article(40)), SiteTemplate.empty());
    Extraction short1 = extractor.extract(page("dshort", article(5)), SiteTemplate.empty());
    assertEquals(List.of(), long1.articles());
    assertTrue(long1.failed());
    Problem problem = long1.problems().get(long1.problems().size() - 1);
    assertEquals(ProblemCode.ARTICLE_TOO_LONG, problem.code());
    assertEquals(Severity.ERROR, problem.severity());
    assertTrue(problem.message().contains("more than the limit of 2000"), problem.message());
    assertTrue(problem.message().contains("dlong.txt"), problem.message());
    assertEquals(1, short1.articles().size());
    assertTrue(!short1.failed());
  }

  @Test
  void theDefaultLimitLetsAnyArticleOfTheSeedsThroughAndIsWithinTheIngestCap() {
    Extraction seed = new PageExtractor().extract(page("dseed", article(40)),
        SiteTemplate.empty());
    assertEquals(1, seed.articles().size());
    assertEquals(Ingestor.DEFAULT_MAX_BYTES * 3 / 16, ArticleSize.MAX_CHARS);
  }

  /** Generated at run time: an article of just over the real limit (about 21 MB of text). */
  @Test
  void theRealLimitTurnsAnArticleOfAFewMillionCharactersIntoAnError() {
    String text = article(ArticleSize.MAX_CHARS / SENTENCE.length() + 10);
    Extraction huge = new PageExtractor().extract(page("dhuge", text), SiteTemplate.empty());
    assertEquals(List.of(), huge.articles());
    assertEquals(ProblemCode.ARTICLE_TOO_LONG, huge.problems().get(huge.problems().size() - 1).code());
  }

  @Test
  void aLimitBelowOneIsACallerMistake() {
    assertThrows(IllegalArgumentException.class, () -> new PageExtractor(0));
  }
}
