package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.isnad.model.Article;
import org.isnad.model.Published;
import org.junit.jupiter.api.Test;

class ArticleContextTest {
  // diacritics and tatweel (normalisation drops them) and a letter outside the basic plane
  private static final String TEXT = "قالَ الوزيـــرُ إنّ الاجتماع انتهى. 𝒜 وأضاف: «سنعود غداً»\n"
      + "الرياض (رويترز) - أعلنت الحكومة";

  private static Article article(String text) {
    return new Article("a1", "d1", null, text, null, null, null, null, List.of(), "ar", null,
        Published.unknown(), List.of());
  }

  @Test
  void valuesAreThoseOfTheTextLayerComputedOnce() {
    ArticleContext context = ArticleContext.of(article(TEXT));
    AlignedText aligned = ArabicNormalizer.standard().normalize(TEXT);
    assertEquals(aligned, context.aligned());
    assertEquals(aligned.normalized(), context.normalized());
    assertSame(context.aligned(), context.aligned());
    assertEquals(CodePoints.of(TEXT).length(), context.codePoints().length());
    assertSame(context.codePoints(), context.codePoints());
    assertEquals(SentenceSplitter.standard().split(TEXT), context.sentences());
    assertEquals(SentenceSplitter.standard().split(aligned.normalized()),
        context.normalizedSentences());
    assertSame(context.sentences(), context.sentences());
  }

  @Test
  void theTwoSentenceViewsHaveOffsetsOfTheirOwnText() {
    ArticleContext context = ArticleContext.of(article(TEXT));
    // «قالَ الوزيـــرُ …انتهى.»: the original sentence is longer by its diacritics and tatweel
    assertEquals("قالَ الوزيـــرُ إنّ الاجتماع انتهى.", context.sentences().get(0).in(TEXT));
    assertEquals("قال الوزير ان الاجتماع انتهي.",  // ى → ي
        context.normalizedSentences().get(0).in(context.normalized()));
  }

  @Test
  void tokensAreThoseOfEachOriginalSentenceWithOffsetsIntoIt() {
    ArticleContext context = ArticleContext.of(article(TEXT));
    List<Sentence> sentences = context.sentences();
    assertEquals(sentences.size(), context.sentenceTokens().size());
    for (int i = 0; i < sentences.size(); i++) {
      assertEquals(ArabicTokenizer.standard().tokenize(sentences.get(i).in(TEXT)),
          context.sentenceTokens().get(i));
    }
    Token first = context.sentenceTokens().get(1).get(0);
    assertEquals("𝒜", sentences.get(1).in(TEXT).substring(first.start(), first.end()));
  }

  @Test
  void anotherRecordOfTheSameTextSharesTheComputedValues() {
    Article article = article(TEXT);
    ArticleContext context = ArticleContext.of(article);
    Article dated = article.withPublished(Published.fromMetadata("2024-12-08", "test"));
    ArticleContext datedContext = context.withArticle(dated);
    assertSame(dated, datedContext.article());
    assertSame(context.aligned(), datedContext.aligned());
    assertSame(context.sentenceTokens(), datedContext.sentenceTokens());
    assertThrows(IllegalArgumentException.class, () -> context.withArticle(article("نص آخر")));
    assertThrows(NullPointerException.class, () -> ArticleContext.of(null));
  }
}
