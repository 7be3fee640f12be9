package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.isnad.model.Article;
import org.isnad.model.Document;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Measures Mozilla Readability (readability4j) alone and the extractor against the reviewed golden
 * paragraphs of the HTML fixtures (the {@code paragraphs} of each {@code <page>.expected.json},
 * read from the file, not from a run): body paragraphs each keeps, body paragraphs each loses, and
 * furniture paragraphs (anything not in the reviewed body) each leaves in. Every figure of every
 * page is pinned in {@code readability-baseline.tsv} next to the fixtures, and the totals are the
 * ones the fixtures README quotes; if Readability, the extractor or the fixtures change, rerun,
 * read the printed table, review the pages and update both.
 */
class HtmlReadabilityBaselineTest {
  private static final Path EXPECTED = HtmlPageGoldenTest.DIR.resolve("readability-baseline.tsv");
  private static final String HEADER = "page\tbody\treadability kept\treadability missed"
      + "\treadability furniture left\textractor kept\textractor furniture left\textractor lost";

  /** Paragraphs as they are compared: light normalisation, no spaces. */
  private static String key(String text) {
    return MatchText.of(text).replace(" ", "");
  }

  private static List<String> readability(Document document) {
    Element content = new Readability4JExtended("", document.content()).parse()
        .getArticleContent();
    List<String> texts = new ArrayList<>();
    if (content != null) {
      HtmlBlockWalker.walk(Jsoup.parse(content.outerHtml()).body(), ElementHints.bundled(), false)
          .blocks().forEach(b -> texts.add(b.text()));
    }
    return texts;
  }

  private static List<String> extractor(Document document) {
    List<String> texts = new ArrayList<>();
    for (Article article : new HtmlPageExtractor().extract(document).articles()) {
      texts.addAll(List.of(article.text().split("\n\n")));
    }
    return texts;
  }

  /** The reviewed body paragraphs of a page, from its golden file. */
  private static Set<String> reviewedBody(Path page) throws IOException {
    JsonNode golden = new ObjectMapper().readTree(page.resolveSibling(page.getFileName()
        + ".expected.json").toFile());
    Set<String> body = new LinkedHashSet<>();
    for (JsonNode article : golden.get("articles")) {
      article.get("paragraphs").forEach(p -> body.add(key(p.asText())));
    }
    return body;
  }

  /** Kept, missed and furniture left for one tool's distinct paragraphs against the body. */
  private static int[] score(Set<String> body, List<String> paragraphs) {
    Set<String> seen = new LinkedHashSet<>();
    paragraphs.forEach(p -> seen.add(key(p)));
    int kept = (int) seen.stream().filter(body::contains).count();
    return new int[] {kept, body.size() - kept, seen.size() - kept};
  }

  private static Map<String, String> expectedRows() throws IOException {
    Map<String, String> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(EXPECTED, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#") && !line.equals(HEADER)) {
        rows.put(line.substring(0, line.indexOf('\t')), line);
      }
    }
    return rows;
  }

  @Test
  void readabilityAloneKeepsFurnitureThatTheExtractorDrops() throws IOException {
    int[] total = new int[7];
    Map<String, String> actual = new LinkedHashMap<>();
    for (Path page : HtmlPageGoldenTest.pages()) {
      Document document = HtmlPageGoldenTest.document(page);
      Set<String> body = reviewedBody(page);
      int[] r = score(body, readability(document));
      int[] x = score(body, extractor(document));
      int[] row = {body.size(), r[0], r[1], r[2], x[0], x[2], x[1]};
      StringBuilder line = new StringBuilder(page.getFileName().toString());
      for (int i = 0; i < row.length; i++) {
        line.append('\t').append(row[i]);
        total[i] += row[i];
      }
      actual.put(page.getFileName().toString(), line.toString());
    }
    System.out.println(HEADER);
    actual.values().forEach(System.out::println);
    System.out.printf("total: body %d, readability kept %d, missed %d, furniture left %d;"
        + " extractor kept %d, furniture left %d, lost %d%n", total[0], total[1], total[2],
        total[3], total[4], total[5], total[6]);
    assertEquals(String.join("\n", expectedRows().values()), String.join("\n", actual.values()),
        "per-page figures differ from " + EXPECTED + "; review the pages, then update it");
    assertEquals(List.of(39, 39, 0, 25, 39, 0, 0), List.of(total[0], total[1], total[2],
        total[3], total[4], total[5], total[6]),
        "Readability baseline changed; update the pinned figures and the README");
  }
}
