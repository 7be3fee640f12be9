package org.isnad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.Article;
import org.isnad.model.EntityMention;
import org.isnad.model.Timex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event pass key is the digest the store's kept results were made with: the buffered feed
 * gives, for every article of the corpus, the digest of feeding the same bytes one at a time (the
 * form the kept keys of older stores were computed in), so no kept result is lost to a new key.
 */
class EventReuseKeyTest {
  @Test
  void theKeyIsTheDigestOfTheSameBytesFedOneAtATime(@TempDir Path dir) throws Exception {
    List<AnnotatedArticle> articles = StoreCorpus.engine().analyze(StoreCorpus.write(dir),
        ProgressListener.NONE).annotatedArticles();
    assertTrue(articles.size() > 5, "the corpus has articles: " + articles.size());
    for (AnnotatedArticle a : articles) {
      assertEquals(byteAtATime(a), EventReuse.key(a), a.id());
      AnnotatedArticle bare = a.withEvents(List.of());
      assertEquals(byteAtATime(bare), EventReuse.key(bare), a.id());
      assertEquals(a.quotes().toString(), RecordText.of(a.quotes()));
      assertEquals(String.valueOf(a.article().published()), RecordText.of(a.article()
          .published()));
    }
  }

  @Test
  void aTextLongerThanTheBufferKeepsItsDigest(@TempDir Path dir) throws Exception {
    AnnotatedArticle a = StoreCorpus.engine().analyze(StoreCorpus.write(dir),
        ProgressListener.NONE).annotatedArticles().get(0);
    Article long1 = a.article();
    String text = long1.text().repeat(1 + 40_000 / Math.max(1, long1.text().length()));
    AnnotatedArticle longer = a.withArticle(new Article(long1.id(), long1.documentId(),
        long1.title(), text, long1.outlet(), long1.author(), long1.dateline(), long1.credit(),
        long1.tags(), long1.language(), long1.url(), long1.published(), List.of()));
    assertEquals(byteAtATime(longer), EventReuse.key(longer));
  }

  /** The key as it was first written: each byte handed to the digest alone. */
  private static String byteAtATime(AnnotatedArticle article) throws Exception {
    MessageDigest d = MessageDigest.getInstance("SHA-256");
    text(d, EventReuse.code());
    Article a = article.article();
    for (String s : new String[] {a.id(), a.documentId(), a.title(), a.text(), a.outlet(),
        a.author(), a.dateline(), a.credit(), a.language(), a.url(),
        String.valueOf(a.published())}) {
      text(d, s);
    }
    number(d, a.tags().size());
    a.tags().forEach(t -> text(d, t));
    number(d, a.segments().size());
    a.segments().forEach(s -> {
      number(d, s.start());
      number(d, s.end());
      number(d, s.sourceStart());
      number(d, s.sourceEnd());
    });
    number(d, article.timexes().size());
    for (Timex t : article.timexes()) {
      for (String s : new String[] {t.id(), t.articleId(), t.text(), String.valueOf(t.type()),
          t.value(), String.valueOf(t.mod()), t.anchor(), t.problem()}) {
        text(d, s);
      }
      number(d, t.start());
      number(d, t.end());
    }
    number(d, article.mentions().size());
    for (EntityMention m : article.mentions()) {
      for (String s : new String[] {m.articleId(), m.text(), String.valueOf(m.type()),
          m.entityId()}) {
        text(d, s);
      }
      number(d, m.start());
      number(d, m.end());
    }
    text(d, article.quotes().toString());
    return HexFormat.of().formatHex(d.digest());
  }

  private static void text(MessageDigest d, String value) {
    if (value == null) {
      number(d, -1);
      return;
    }
    number(d, value.length());
    for (int i = 0; i < value.length(); i++) {
      d.update((byte) (value.charAt(i) >>> 8));
      d.update((byte) value.charAt(i));
    }
  }

  private static void number(MessageDigest d, int value) {
    d.update((byte) (value >>> 24));
    d.update((byte) (value >>> 16));
    d.update((byte) (value >>> 8));
    d.update((byte) value);
  }
}
