package org.isnad.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.isnad.model.Document;
import org.isnad.model.Format;
import org.isnad.model.SourceHints;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The HTML pages under {@code src/test/resources/org/isnad/extract/html/} against their JSON. */
class HtmlPageGoldenTest {
  static final Path DIR = Path.of("src/test/resources/org/isnad/extract/html");

  static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  static Document document(Path page) throws IOException {
    return new Document("dhtml", page.toString(), "0", Format.HTML, "UTF-8",
        Files.readString(page, StandardCharsets.UTF_8), SourceHints.none(), null, List.of());
  }

  @ParameterizedTest
  @MethodSource("pages")
  void pageMatchesItsExpectedJson(Path page) throws IOException {
    Golden.check(page, new HtmlPageExtractor().extract(document(page)));
  }
}
