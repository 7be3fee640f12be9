package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.model.Document;
import org.isnad.model.DropReason;
import org.isnad.model.Extraction;
import org.isnad.model.Format;
import org.isnad.model.SourceHints;
import org.junit.jupiter.api.Test;

/**
 * A template learnt while the batch is read: a page extracted before the last page is in says
 * when its extraction may differ from the one the batch's template gives, and is otherwise
 * already that extraction, so the result never depends on how fast the pages came in.
 */
class TemplateLearnerTest {
  private static final String FURNITURE = "شبكة الأخبار";
  private static final String BODY_1 = "قال المتحدث باسم الوزارة إن الاجتماع انتهى مساء اليوم دون "
      + "اتفاق على البنود العالقة بين الطرفين.";
  private static final String BODY_2 = "وأضاف أن جولة جديدة من المحادثات ستعقد الأسبوع المقبل في "
      + "العاصمة بحضور الوسطاء الإقليميين والدوليين.";
  private final TextPageExtractor extractor = new TextPageExtractor();

  private static Document page(String id, String content) {
    return new Document(id, id + ".txt", id, Format.TEXT, "UTF-8", content, SourceHints.none(),
        null, List.of());
  }

  @Test
  void aPageExtractedBeforeItsFurnitureRepeatsIsToBeExtractedAgain() {
    Document first = page("a", FURNITURE + "\n" + BODY_1);
    Document second = page("b", FURNITURE + "\n" + BODY_2);
    TemplateLearner learner = new TemplateLearner();
    learner.count(first);
    SiteTemplate probe = learner.probe();
    Extraction early = extractor.extract(first, probe);
    learner.count(second);
    learner.finish();
    SiteTemplate learnt = learner.learnt();
    assertFalse(probe.answersAs(learnt), "the furniture line became template after the page");
    Extraction again = extractor.extract(first, learnt);
    assertEquals(DropReason.SITE_TEMPLATE, again.dropped().get(0).reason());
    assertNotEquals(again.dropped(), early.dropped());
    assertEquals(again, extractor.extract(first, SiteTemplate.learn(List.of(second, first))));
  }

  @Test
  void aPageWhoseAnswersStayTheSameIsAlreadyTheBatchsExtraction() {
    Document first = page("a", FURNITURE + "\n" + BODY_1);
    Document second = page("b", FURNITURE + "\n" + BODY_2);
    Document third = page("c", "أخبار المملكة\n" + BODY_2);
    TemplateLearner learner = new TemplateLearner();
    learner.count(first);
    learner.count(second);
    SiteTemplate probe = learner.probe();
    Extraction early = extractor.extract(second, probe);
    learner.count(third);
    learner.finish();
    assertTrue(probe.answersAs(learner.learnt()));
    assertEquals(extractor.extract(second, SiteTemplate.learn(List.of(third, first, second))),
        early);
  }

  @Test
  void theLearntTemplateIsTheBatchsWhateverTheReadingOrder() {
    List<Document> pages = List.of(page("a", FURNITURE + "\n" + BODY_1),
        page("b", FURNITURE + "\n" + BODY_2), page("c", "أخبار المملكة\n" + BODY_1));
    TemplateLearner forward = new TemplateLearner();
    pages.forEach(forward::count);
    TemplateLearner backward = new TemplateLearner();
    for (int i = pages.size() - 1; i >= 0; i--) {
      backward.count(pages.get(i));
    }
    assertEquals(1, forward.learnt().size());
    assertEquals(1, backward.learnt().size());
    assertTrue(forward.learnt().contains(MatchText.of(FURNITURE)));
    assertTrue(backward.learnt().contains(MatchText.of(FURNITURE)));
  }
}
