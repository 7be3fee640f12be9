package org.isnad.spark;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The first articles of SaudiNewsNet (research use: read from the shared data folder, never
 * committed) as JSONL lines {url, title, text, published, outlet}, in the order of the data
 * set's daily zip files and of each file's array: the lines of {@code jq} over the same files
 * (README "Data").
 */
final class SaudiNewsNetSample {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SaudiNewsNetSample() {}

  /**
   * The data set's folder of daily zip files: the system property {@code isnad.saudinewsnet},
   * else {@code ../shared/data/saudinewsnet/dataset} from the repository (the tests run in it);
   * null when absent.
   */
  static Path dataset() {
    Path folder = Path.of(System.getProperty("isnad.saudinewsnet",
        "../shared/data/saudinewsnet/dataset"));
    return Files.isDirectory(folder) ? folder : null;
  }

  /** The first {@code count} articles of {@code dataset} written to {@code out} as JSONL. */
  static void write(Path dataset, int count, Path out) throws IOException {
    List<Path> days;
    try (var list = Files.list(dataset)) {
      days = list.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
    }
    int written = 0;
    try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Path day : days) {
        written = day(day, count - written, writer) + written;
        if (written >= count) {
          return;
        }
      }
    }
  }

  private static int day(Path zip, int wanted, Writer writer) throws IOException {
    int written = 0;
    try (InputStream in = Files.newInputStream(zip); ZipInputStream entries =
        new ZipInputStream(in)) {
      for (ZipEntry e = entries.getNextEntry(); e != null && written < wanted;
          e = entries.getNextEntry()) {
        JsonParser parser = JSON.createParser(entries);
        parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        if (parser.nextToken() != JsonToken.START_ARRAY) {
          continue;
        }
        while (written < wanted && parser.nextToken() == JsonToken.START_OBJECT) {
          JsonNode a = JSON.readTree(parser);
          ObjectNode line = JSON.createObjectNode();
          line.set("url", a.get("url"));
          line.set("title", a.get("title"));
          line.set("text", a.get("content"));
          line.set("published", a.get("date_extracted"));
          line.set("outlet", a.get("source"));
          writer.write(JSON.writeValueAsString(line));
          writer.write('\n');
          written++;
        }
      }
    }
    return written;
  }
}
