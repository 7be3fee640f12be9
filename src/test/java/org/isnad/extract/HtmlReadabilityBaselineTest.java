package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.isnad.model.Article;
import org.isnad.model.Document;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Measures Mozilla Readability (readability4j) alone against the reviewed golden paragraphs of
 * the HTML fixtures: body paragraphs it keeps and misses, and furniture paragraphs it leaves in.
 * The totals are pinned so the figures quoted in the fixtures README stay true; if Readability or
 * the fixtures change, rerun, read the printed table and update both.
 */
class HtmlReadabilityBaselineTest {
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

  @Test
  void readabilityAloneKeepsFurnitureThatTheExtractorDrops() throws IOException {
    int[] total = new int[4];
    StringBuilder table = new StringBuilder("page | body | readability kept | missed | furniture"
        + " left | extractor kept | furniture left\n");
    for (Path page : HtmlPageGoldenTest.pages()) {
      Document document = HtmlPageGoldenTest.document(page);
      Set<String> body = new HashSet<>();
      for (Article article : new HtmlPageExtractor().extract(document).articles()) {
        for (String paragraph : article.text().split("\n\n")) {
          body.add(key(paragraph));
        }
      }
      int kept = 0;
      int furniture = 0;
      Set<String> seen = new HashSet<>();
      for (String text : readability(document)) {
        String key = key(text);
        if (!seen.add(key)) {
          continue;
        }
        if (body.contains(key)) {
          kept++;
        } else {
          furniture++;
        }
      }
      total[0] += body.size();
      total[1] += kept;
      total[2] += body.size() - kept;
      total[3] += furniture;
      table.append(page.getFileName()).append(" | ").append(body.size()).append(" | ")
          .append(kept).append(" | ").append(body.size() - kept).append(" | ").append(furniture)
          .append(" | ").append(body.size()).append(" | 0\n");
    }
    System.out.print(table);
    System.out.printf("total: body %d, readability kept %d, missed %d, furniture left %d%n",
        total[0], total[1], total[2], total[3]);
    assertEquals(List.of(39, 39, 0, 25), List.of(total[0], total[1], total[2], total[3]),
        "Readability baseline changed; update the pinned figures and the README");
  }
}
