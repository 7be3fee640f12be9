package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.Article;
import org.isnad.model.Dropped;
import org.isnad.model.Extraction;

/**
 * Golden files: an extraction rendered as pretty-printed JSON with sorted keys, compared with
 * {@code <page>.expected.json} next to the page. Run with {@code -Dgolden.update=true} to rewrite
 * the expected files, then review the diff before committing.
 */
final class Golden {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .setDefaultPrettyPrinter(new DefaultPrettyPrinter()
          .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
          .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")))
      .enable(SerializationFeature.INDENT_OUTPUT);

  private Golden() {}

  static void check(Path page, Extraction extraction) throws IOException {
    Path expected = page.resolveSibling(page.getFileName() + ".expected.json");
    String actual = JSON.writeValueAsString(render(extraction)) + "\n";
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    if (!Files.exists(expected)) {
      throw new AssertionError("no golden file " + expected + ": run with -Dgolden.update=true");
    }
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual,
        "golden file differs: " + expected + " (rerun with -Dgolden.update=true and review)");
  }

  private static Map<String, Object> render(Extraction extraction) {
    List<Object> articles = new ArrayList<>();
    for (Article article : extraction.articles()) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("title", article.title());
      a.put("outlet", article.outlet());
      a.put("author", article.author());
      a.put("dateline", article.dateline());
      a.put("credit", article.credit());
      a.put("tags", article.tags());
      a.put("language", article.language());
      a.put("url", article.url());
      a.put("published", article.published().value());
      a.put("paragraphs", List.of(article.text().split("\n\n")));
      articles.add(a);
    }
    List<Object> dropped = new ArrayList<>();
    for (Dropped block : extraction.dropped()) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("line", block.line());
      d.put("reason", block.reason().code());
      d.put("text", block.text());
      dropped.add(d);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("articles", articles);
    out.put("dropped", dropped);
    out.put("problems", extraction.problems().stream().map(Object::toString).toList());
    return out;
  }
}
