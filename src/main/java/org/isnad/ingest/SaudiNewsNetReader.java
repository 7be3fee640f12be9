package org.isnad.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.isnad.model.Document;
import org.isnad.model.Format;
import org.isnad.model.SourceHints;

/**
 * Streams the SaudiNewsNet corpus (zip files of one JSON array each: {@code source, url,
 * date_extracted, title, author, content}) as text documents, for benchmarks and linking tests.
 * The title becomes the first line; {@code date_extracted}'s day is a publication hint. Reads with
 * Jackson's streaming parser, one article at a time.
 */
public final class SaudiNewsNetReader {
  private static final JsonFactory JSON = new JsonFactory();
  private final DocumentFactory factory = new DocumentFactory();

  /**
   * Reads up to {@code limit} articles from the zips in {@code dataset}, in file name order.
   *
   * @throws IllegalArgumentException when {@code dataset} is not a directory or limit is negative
   */
  public long read(Path dataset, long limit, Consumer<Document> sink) {
    if (!Files.isDirectory(dataset)) {
      throw new IllegalArgumentException("not a directory: " + dataset);
    }
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    long[] count = {0};
    for (Path zip : zips(dataset)) {
      if (count[0] >= limit) {
        break;
      }
      readZip(zip, limit, count, sink);
    }
    return count[0];
  }

  private static List<Path> zips(Path dataset) {
    try (Stream<Path> files = Files.list(dataset)) {
      return files.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dataset, e);
    }
  }

  private void readZip(Path zip, long limit, long[] count, Consumer<Document> sink) {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (!entry.getName().endsWith(".json")) {
          continue;
        }
        JsonParser parser = JSON.createParser(in);
        parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        readArray(zip + "!" + entry.getName(), parser, limit, count, sink);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + zip, e);
    }
  }

  private void readArray(String name, JsonParser parser, long limit, long[] count,
      Consumer<Document> sink) throws IOException {
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      throw new IOException("expected a JSON array in " + name);
    }
    int index = 0;
    while (count[0] < limit && parser.nextToken() == JsonToken.START_OBJECT) {
      Map<String, String> fields = readObject(parser);
      sink.accept(document(name + "#" + index++, fields));
      count[0]++;
    }
  }

  private static Map<String, String> readObject(JsonParser parser) throws IOException {
    Map<String, String> fields = new HashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
        parser.skipChildren();
      } else {
        fields.put(field, parser.getValueAsString());
      }
    }
    return fields;
  }

  /**
   * One article's fields as a document named {@code source}: the title, a blank line, then the
   * content (so content offsets shift by the title's length plus two when there is a title).
   */
  public Document document(String source, Map<String, String> fields) {
    String title = fields.getOrDefault("title", "");
    String text = title.isBlank() ? fields.getOrDefault("content", "")
        : title + "\n\n" + fields.getOrDefault("content", "");
    String date = fields.get("date_extracted");
    SourceHints hints = new SourceHints(fields.get("url"), title.isBlank() ? null : title,
        date == null || date.length() < 10 ? null : date.substring(0, 10), fields.get("source"));
    return factory.create(source, text.getBytes(StandardCharsets.UTF_8), Format.TEXT, "UTF-8",
        hints);
  }
}
