package org.isnad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.extract.PageExtractor;
import org.isnad.extract.SiteTemplate;
import org.isnad.ingest.Ingestor;
import org.isnad.model.Article;
import org.isnad.model.Document;
import org.isnad.model.Extraction;
import org.isnad.model.Segment;
import org.junit.jupiter.api.Test;

/**
 * A document decoded stretch by stretch (half UTF-8, half windows-1256) is still one text: the
 * article's segments map its text back to code point offsets of the decoded document, and the
 * text holds both halves right.
 */
class MixedCharsetOffsetsTest {
  private static final Path FIXTURES = Path.of("src/test/resources/org/isnad/hostile/charset");

  @Test
  void segmentsOfAMixedCharsetDocumentMapBackToItsDecodedContent() throws IOException {
    List<Document> documents = new ArrayList<>();
    new Ingestor().ingest(List.of(FIXTURES.resolve("half-utf8-half-cp1256.txt").toString()),
        documents::add);
    Document document = documents.get(0);
    Extraction extraction = new PageExtractor().extract(document, SiteTemplate.empty());
    assertFalse(extraction.articles().isEmpty());
    String text = extraction.articles().stream().map(Article::text).reduce("", String::concat);
    for (String paragraph : Files.readString(FIXTURES.resolve("article.txt"),
        StandardCharsets.UTF_8).strip().split("\n\n")) {
      String firstWords = paragraph.substring(0, paragraph.indexOf(' ', 30));
      assertTrue(text.contains(firstWords), "missing «" + firstWords + "» in " + text);
    }
    String content = document.content();
    for (Article article : extraction.articles()) {
      for (Segment s : article.segments()) {
        assertEquals(codePoints(article.text(), s.start(), s.end()),
            codePoints(content, s.sourceStart(), s.sourceEnd()), "segment " + s);
      }
    }
  }

  private static String codePoints(String text, int start, int end) {
    int from = text.offsetByCodePoints(0, start);
    return text.substring(from, text.offsetByCodePoints(from, end - start));
  }
}
