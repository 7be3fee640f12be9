package org.isnad.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.isnad.Isnad;
import org.isnad.annotate.event.EventAnnotator;
import org.isnad.annotate.quote.QuoteAnnotator;
import org.isnad.annotate.time.TimeAnnotation;
import org.isnad.annotate.time.TimeAnnotator;
import org.isnad.model.Article;
import org.isnad.model.EntityMention;
import org.isnad.model.Published;
import org.isnad.model.Quote;
import org.isnad.text.ArticleContext;
import org.junit.jupiter.api.Test;

/** One context read by every annotator gives what each annotator finds on the article alone. */
class SharedContextTest {
  private static final String TEXT = "بيروت (رويترز) - قالَ وزير الخارجية اللبناني عبد الله"
      + " بوحبيب يوم الأحد 8 ديسمبر 2024 إن «الحكومة ستجتمع غداً».\n"
      + "وأضاف أن غارة إسرائيلية قتلت ثلاثة أشخاص في جنوب لبنان أمس.\n"
      + "ونقلت وكالة الأنباء الرسمية عن مصادر قولها إن الاجتماع سيعقد في القصر الجمهوري.";

  private static Article article() {
    return new Article("a1", "d1", null, TEXT, null, null, null, null, List.of(), "ar", null,
        Published.unknown(), List.of());
  }

  @Test
  void everyAnnotatorFindsTheSameOnASharedContext() {
    Article article = article();
    ArticleContext shared = ArticleContext.of(article);
    TimeAnnotation time = TimeAnnotator.standard().annotate(shared);
    List<EntityMention> mentions = Isnad.entityMentions(article);
    List<Quote> quotes = QuoteAnnotator.standard().annotate(article, mentions);
    assertEquals(TimeAnnotator.standard().annotate(article), time);
    assertEquals(mentions, new org.isnad.annotate.entity.EntityAnnotator(
        org.isnad.annotate.ner.PerceptronTagger.bundled()).annotate(shared));
    assertEquals(quotes, QuoteAnnotator.standard().annotate(shared, mentions));
    Article dated = article.withPublished(time.published());
    assertEquals(EventAnnotator.standard().annotate(dated, time.timexes(), mentions, quotes),
        EventAnnotator.standard().annotate(shared.withArticle(dated), time.timexes(), mentions,
            quotes));
    assertFalse(time.timexes().isEmpty());
    assertFalse(quotes.isEmpty());
  }
}
