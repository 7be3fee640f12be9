package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A value's digest is the SHA-256 of its JSON written as UTF-8 bytes: for text without
 * surrogates the bytes of the text {@link ModelJson#write} gives; a surrogate (paired or lone) is
 * written escaped, so the text handed back reads back as the same value and two values never
 * share their JSON.
 */
class DigestTest {
  @Test
  void bytesAndTextAgreeOnArabicControlsAndNulls() {
    for (Object value : List.of(List.of("الأسد", "a\"b\\c", "\u0001\n\u2028"),
        Map.of("k", "قال"), Arrays.asList("x", null))) {
      String text = ModelJson.write(value);
      assertEquals(Digest.ofText(text), Digest.of(value), text);
      assertEquals(text, Digest.json(value).text(), text);
    }
  }

  @Test
  void surrogatesAreEscapedAndReadBackTheSame() {
    for (String odd : List.of("a\ud800b", "\ud83d\ude00", "x\udfff")) {
      List<String> value = List.of(odd);
      String text = Digest.json(value).text();
      assertEquals(value, ModelJson.read(text, List.class), text);
      assertEquals(Digest.ofText(text), Digest.of(value), text);
      assertNotEquals(Digest.of(List.of(questionMarked(odd))), Digest.of(value), text);
    }
  }

  /** Each UTF-16 surrogate unit of {@code text} replaced by a question mark. */
  private static String questionMarked(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> out.append(Character.isSurrogate((char) c) ? '?' : (char) c));
    return out.toString();
  }

  /**
   * A document as linked whose text is unchanged but one linking output is (a mention's entity,
   * a statement's speaker entity) gets another digest, so its row is written again.
   */
  @Test
  void aLinkingOutputChangedUnderAnUnchangedTextChangesTheDigest() {
    int checked = 0;
    for (org.isnad.model.Analysis a : ModelCorpus.analyses()) {
      for (org.isnad.model.AnnotatedDocument d : a.annotated()) {
        for (int i = 0; i < d.articles().size(); i++) {
          org.isnad.model.AnnotatedArticle x = d.articles().get(i);
          if (x.mentions().isEmpty()) {
            continue;
          }
          java.util.List<org.isnad.model.EntityMention> mentions =
              new java.util.ArrayList<>(x.mentions());
          mentions.set(0, mentions.get(0).withEntity("other-entity"));
          java.util.List<org.isnad.model.AnnotatedArticle> articles =
              new java.util.ArrayList<>(d.articles());
          articles.set(i, x.withMentions(mentions));
          assertNotEquals(Digest.of(d), Digest.of(d.withArticles(articles)));
          assertEquals(Digest.of(d), Digest.of(d.withArticles(d.articles())));
          checked++;
        }
      }
    }
    // the sample pages' articles with names; with the shared data, many more
    org.junit.jupiter.api.Assertions.assertTrue(checked >= (ModelCorpus.withSaudiNewsNet() ? 100 : 4),
        "articles checked: " + checked);
  }

  @Test
  void differentValuesDifferentDigests() {
    assertNotEquals(Digest.of(List.of("a", "b")), Digest.of(List.of("ab")));
    assertEquals(64, Digest.of("x").length());
    assertEquals(Digest.ofText("\"x\""), Digest.of("x"));
    assertEquals(new String("\"x\"".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
        Digest.json("x").text());
  }
}
