package org.isnad.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.isnad.model.Document;
import org.isnad.model.Format;
import org.isnad.model.Problem;
import org.isnad.model.ProblemCode;
import org.isnad.model.SourceHints;
import org.isnad.model.Stage;

/**
 * Reads JSON Lines: one object a line with {@code text} or {@code html} and optional
 * {@code url}, {@code title}, {@code published}, {@code outlet}. Each line is its own document
 * ({@code file:line}); a bad line fails that line only, and so does a line longer than
 * {@code maxBytes} (never held in memory whole). A file without any non-blank line is one failed
 * {@code empty} document, never nothing. A UTF-8 byte order mark at the start of the file is
 * skipped.
 *
 * <p>Metadata is cleaned here: unpaired surrogates become U+FFFD and control characters other
 * than tab and newline are dropped, with an {@code unsafe-characters} warning on the document;
 * unpaired surrogates in {@code text} or {@code html} become U+FFFD with the same warning.
 */
final class JsonlInput {
  private static final String[] METADATA = {"url", "title", "published", "outlet"};
  private final DocumentFactory factory;
  private final long maxBytes;
  private final MetadataCleaner cleaner = new MetadataCleaner();
  private final ObjectMapper json;

  JsonlInput(DocumentFactory factory, long maxBytes) {
    this.factory = factory;
    this.maxBytes = maxBytes;
    this.json = mapper(maxBytes);
  }

  /**
   * A JSON reader whose longest string is the page cap, not Jackson's default of 20 million
   * characters: a line the cap lets through is read whole, never refused for its length.
   */
  private static ObjectMapper mapper(long maxBytes) {
    int longest = (int) Math.min(maxBytes, Integer.MAX_VALUE - 8);
    return new ObjectMapper(JsonFactory.builder().streamReadConstraints(StreamReadConstraints
        .builder().maxStringLength(longest).build()).build());
  }

  void read(String name, InputStream in, Consumer<Document> sink) throws IOException {
    BoundedLines lines = new BoundedLines(in, maxBytes);
    int number = 0;
    int read = 0;
    for (BoundedLines.Line line = lines.next(); line != null; line = lines.next()) {
      number++;
      String source = name + ":" + number;
      if (line.tooLong()) {
        sink.accept(factory.unreadable(source, ProblemCode.TOO_LARGE, "line larger than " + maxBytes
            + " bytes (" + line.length() + "): " + source));
        read++;
        continue;
      }
      String text = withoutByteOrderMark(new String(line.bytes(), StandardCharsets.UTF_8),
          number);
      if (!text.isBlank()) {
        sink.accept(readLine(source, text));
        read++;
      }
    }
    if (read == 0) {
      sink.accept(factory.unreadable(name, ProblemCode.EMPTY, (number == 0 ? "the JSON Lines file is empty: "
          : "the JSON Lines file has only blank lines: ") + name));
    }
  }

  private Document readLine(String source, String line) {
    JsonNode node;
    try {
      node = json.readTree(line);
    } catch (IOException e) {
      return factory.unreadable(source, ProblemCode.BAD_JSON, "not a JSON object: " + e.getMessage().lines().findFirst().orElse(""));
    }
    boolean html = node.hasNonNull("html");
    if (!node.isObject() || !(html || node.hasNonNull("text"))) {
      return factory.unreadable(source, ProblemCode.BAD_JSON, "a JSONL line needs a \"text\" or \"html\" field");
    }
    List<String> changes = new ArrayList<>();
    String[] values = new String[METADATA.length];
    for (int i = 0; i < METADATA.length; i++) {
      values[i] = cleaned(METADATA[i], field(node, METADATA[i]), changes, true);
    }
    String content = cleaned(html ? "html" : "text", node.get(html ? "html" : "text").asText(),
        changes, false);
    SourceHints hints = new SourceHints(values[0], values[1], values[2], values[3]);
    Document document = factory.createDecoded(source, content, html ? Format.HTML : Format.TEXT,
        hints);
    return changes.isEmpty() ? document : warned(document, changes);
  }

  private String cleaned(String name, String value, List<String> changes, boolean metadata) {
    if (value == null) {
      return null;
    }
    MetadataCleaner.Cleaned cleaned = metadata ? cleaner.clean(value)
        : cleaner.pairSurrogates(value);
    if (cleaned.changed()) {
      changes.add("\"" + name + "\": " + cleaned.surrogates()
          + " unpaired surrogate(s) replaced by U+FFFD, " + cleaned.controls()
          + " control character(s) dropped");
    }
    return cleaned.text();
  }

  private static Document warned(Document d, List<String> changes) {
    List<Problem> problems = new ArrayList<>(d.problems());
    problems.add(Problem.warning(Stage.INGEST, ProblemCode.UNSAFE_CHARACTERS,
        "cleaned JSONL field " + String.join("; ", changes)));
    return new Document(d.id(), d.source(), d.sha256(), d.format(), d.charset(), d.content(),
        d.hints(), d.duplicateOf(), problems);
  }

  /** A UTF-8 byte order mark opens the file, not the first line's JSON: it is skipped. */
  private static String withoutByteOrderMark(String line, int number) {
    return number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  private static String field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value.asText();
  }
}
