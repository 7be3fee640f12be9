package org.isnad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads gold sentences (of the time and quote golds) back from the SaudiNewsNet zips (one JSON array per day) and checks each
 * against its hash. Loads each day's file once.
 */
public final class CorpusSentences implements GoldCorpus {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path dataset;
  private final Map<String, JsonNode> days = new HashMap<>();

  /** @throws IllegalArgumentException when {@code dataset} is not a directory */
  public CorpusSentences(Path dataset) {
    if (!Files.isDirectory(dataset)) {
      throw new IllegalArgumentException("SaudiNewsNet dataset folder not found: " + dataset);
    }
    this.dataset = dataset;
  }

  /**
   * The fields of the index-th article of {@code file} ({@code source, url, date_extracted,
   * title, author, content}), checked against the first hex digits of its content's SHA-1.
   *
   * @throws IllegalArgumentException when the article is missing or its content differs
   */
  public java.util.Map<String, String> article(String sid, String file, int index, String sha1)
      throws IOException {
    JsonNode articles = day(file);
    if (index < 0 || index >= articles.size()) {
      throw new IllegalArgumentException(sid + ": no article " + index + " in " + file);
    }
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
    articles.get(index).properties().forEach(f -> fields.put(f.getKey(), f.getValue()
        .asText("")));
    String content = fields.getOrDefault("content", "");
    if (!sha1(content).startsWith(sha1)) {
      throw new IllegalArgumentException(sid + ": content differs from the gold (hash "
          + sha1(content).substring(0, 8) + ", gold " + sha1 + ")");
    }
    return fields;
  }

  /** Code points [start, end) of the content of the index-th article of file, unchecked. */
  @Override
  public String span(String sid, String file, int index, int start, int end) throws IOException {
    JsonNode articles = day(file);
    if (index >= articles.size()) {
      throw new IllegalArgumentException(sid + ": no article " + index + " in " + file);
    }
    String content = articles.get(index).path("content").asText("");
    int[] points = content.codePoints().toArray();
    if (end > points.length || start < 0 || start > end) {
      throw new IllegalArgumentException(sid + ": span " + start + "-" + end
          + " outside the article");
    }
    return new String(points, start, end - start);
  }

  private JsonNode day(String file) throws IOException {
    JsonNode cached = days.get(file);
    if (cached != null) {
      return cached;
    }
    Path zip = dataset.resolve(file.replaceFirst("\\.json$", ".zip"));
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entry.getName().endsWith(file)) {
          JsonNode array = JSON.readTree(in.readAllBytes());
          days.put(file, array);
          return array;
        }
      }
    }
    throw new IllegalArgumentException("no " + file + " in " + zip);
  }

  /** SHA-1 of the UTF-8 bytes, lower-case hex. */
  public static String sha1(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-1")
          .digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is always available", e);
    }
  }
}
