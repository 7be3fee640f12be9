package org.isnad.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.isnad.model.Document;
import org.isnad.model.Format;
import org.isnad.model.SourceHints;

/**
 * Reads the articles of the Baly et al. (2018) fact-checking corpus: one JSON file per claim with
 * parallel lists {@code article} (the raw scraped text) and {@code url}. An article becomes a text
 * document with its url as a hint, as a JSONL row with {@code text} and {@code url} would: no
 * title, so document offsets are offsets into the raw article text.
 */
public final class BalyReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final DocumentFactory factory = new DocumentFactory();
  private final Map<Path, JsonNode> claims = new HashMap<>();

  /** One article of a claim file: its raw text and its url ({@code null} when none). */
  public record Article(String text, String url) {}

  /**
   * The index-th article of the claim file {@code file} in {@code dataset}.
   *
   * @throws IllegalArgumentException when the file has no such article
   */
  public Article article(Path dataset, String file, int index) throws IOException {
    Path path = dataset.resolve(file);
    JsonNode claim = claims.get(path);
    if (claim == null) {
      if (!Files.isRegularFile(path)) {
        throw new IllegalArgumentException("claim file not found: " + path);
      }
      claim = JSON.readTree(Files.readString(path, StandardCharsets.UTF_8));
      claims.put(path, claim);
    }
    JsonNode articles = claim.get("article");
    if (articles == null || !articles.isArray() || index < 0 || index >= articles.size()) {
      throw new IllegalArgumentException("no article " + index + " in " + path);
    }
    JsonNode urls = claim.get("url");
    JsonNode url = urls == null || index >= urls.size() ? null : urls.get(index);
    return new Article(articles.get(index).asText(""),
        url == null || url.isNull() || url.asText().isBlank() ? null : url.asText());
  }

  /** The article as a text document named {@code source}, its url as the only hint. */
  public Document document(String source, Article article) {
    return factory.create(source, article.text().getBytes(StandardCharsets.UTF_8), Format.TEXT,
        "UTF-8", new SourceHints(article.url(), null, null, null));
  }

  /** Whether {@code dataset} holds claim files ({@code *.json}) rather than SaudiNewsNet zips. */
  public static boolean isClaimFolder(Path dataset) throws IOException {
    if (!Files.isDirectory(dataset)) {
      return false;
    }
    try (var files = Files.list(dataset)) {
      return files.anyMatch(p -> p.getFileName().toString().endsWith(".json"))
          && !hasZips(dataset);
    }
  }

  private static boolean hasZips(Path dataset) throws IOException {
    try (var files = Files.list(dataset)) {
      return files.anyMatch(p -> p.getFileName().toString().endsWith(".zip"));
    }
  }
}
