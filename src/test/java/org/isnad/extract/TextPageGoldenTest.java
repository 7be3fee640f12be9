package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.isnad.model.Document;
import org.isnad.model.Format;
import org.isnad.model.SourceHints;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The text pages under {@code src/test/resources/org/isnad/extract/text/} against their expected
 * JSON. The site template is learned from all pages of the folder together, as in a batch.
 */
class TextPageGoldenTest {
  static final Path DIR = Path.of("src/test/resources/org/isnad/extract/text");

  static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  static Document document(Path page) throws IOException {
    String content = Files.readString(page, StandardCharsets.UTF_8);
    return new Document("d" + page.getFileName().toString().replace(".txt", ""),
        page.toString(), "0", Format.TEXT, "UTF-8", content, SourceHints.none(), null, List.of());
  }

  static SiteTemplate batchTemplate() throws IOException {
    List<Document> documents = new ArrayList<>();
    for (Path page : pages()) {
      documents.add(document(page));
    }
    return SiteTemplate.learn(documents);
  }

  @ParameterizedTest
  @MethodSource("pages")
  void pageMatchesItsExpectedJson(Path page) throws IOException {
    Golden.check(page, new TextPageExtractor().extract(document(page), batchTemplate()));
  }

  @ParameterizedTest
  @MethodSource("pages")
  void everyLineIsKeptOrDroppedExactlyOnce(Path page) throws IOException {
    Document document = document(page);
    var extraction = new TextPageExtractor().extract(document, batchTemplate());
    long nonBlank = document.content().lines().filter(l -> !l.isBlank()).count();
    long kept = extraction.articles().stream()
        .mapToLong(a -> a.text().isEmpty() ? 0 : a.text().split("\n\n").length).sum();
    assertEquals(nonBlank, kept + extraction.dropped().size());
  }

  @ParameterizedTest
  @MethodSource("pages")
  void segmentsMapBackToTheSameText(Path page) throws IOException {
    Document document = document(page);
    var extraction = new TextPageExtractor().extract(document, batchTemplate());
    int[] content = document.content().codePoints().toArray();
    for (var article : extraction.articles()) {
      int[] text = article.text().codePoints().toArray();
      for (var segment : article.segments()) {
        assertEquals(new String(text, segment.start(), segment.end() - segment.start()),
            new String(content, segment.sourceStart(), segment.sourceEnd() - segment.sourceStart()));
      }
    }
  }
}
