package org.isnad.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.isnad.model.Article;
import org.isnad.model.ArticleBuilder;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.junit.jupiter.api.Test;

/** The annotator hands the tagger the whole article, its sentences in order, at once. */
class EntityAnnotatorDocumentTest {

  @Test
  void theTaggerSeesAllSentencesOfTheArticleAtOnce() {
    List<List<List<String>>> calls = new ArrayList<>();
    NameTagger tagger = new NameTagger() {
      @Override
      public List<Name> tag(List<String> words) {
        throw new AssertionError("tagged one sentence alone: " + words);
      }

      @Override
      public List<List<Name>> tagAll(List<List<String>> sentences) {
        calls.add(sentences);
        List<List<Name>> all = new ArrayList<>();
        for (List<String> words : sentences) {
          List<Name> names = new ArrayList<>();
          for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals("فينغر")) {
              names.add(new Name(i, i + 1, "PERS"));
            }
          }
          all.add(names);
        }
        return all;
      }
    };
    Article article = ArticleBuilder.text(
        "وقال المدرب أرسين فينغر إن فريقه لعب جيدا. وأضاف فينغر أن الفوز مهم.")
        .build();
    List<EntityMention> found = new EntityAnnotator(tagger).annotate(article);
    assertEquals(1, calls.size());
    assertEquals(2, calls.get(0).size());
    assertTrue(calls.get(0).get(1).contains("فينغر"), calls.toString());
    long people = found.stream().filter(m -> m.type() == EntityType.PERSON).count();
    assertTrue(people >= 2, found.toString());
  }
}
