package org.isnad.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.isnad.model.Document;
import org.isnad.model.Format;
import org.isnad.model.SourceHints;

/**
 * Reads JSON Lines: one object a line with {@code text} or {@code html} and optional
 * {@code url}, {@code title}, {@code published}, {@code outlet}. Each line is its own document
 * ({@code file:line}); a bad line fails that line only. A UTF-8 byte order mark at the start of
 * the file is skipped.
 */
final class JsonlInput {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final DocumentFactory factory;

  JsonlInput(DocumentFactory factory) {
    this.factory = factory;
  }

  void read(String name, InputStream in, Consumer<Document> sink) throws IOException {
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    skipByteOrderMark(lines);
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (!line.isBlank()) {
        sink.accept(readLine(name + ":" + number, line));
      }
    }
  }

  private Document readLine(String source, String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (IOException e) {
      return factory.unreadable(source, "bad-json", "not a JSON object: " + e.getMessage().lines().findFirst().orElse(""));
    }
    boolean html = node.hasNonNull("html");
    if (!node.isObject() || !(html || node.hasNonNull("text"))) {
      return factory.unreadable(source, "bad-json", "a JSONL line needs a \"text\" or \"html\" field");
    }
    String content = node.get(html ? "html" : "text").asText();
    SourceHints hints = new SourceHints(field(node, "url"), field(node, "title"),
        field(node, "published"), field(node, "outlet"));
    return factory.create(source, content.getBytes(StandardCharsets.UTF_8),
        html ? Format.HTML : Format.TEXT, "UTF-8", hints);
  }

  /** A UTF-8 byte order mark opens the file, not the first line's JSON: it is skipped. */
  private static void skipByteOrderMark(BufferedReader lines) throws IOException {
    lines.mark(1);
    if (lines.read() != '\uFEFF') {
      lines.reset();
    }
  }

  private static String field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value.asText();
  }
}
