package org.isnad.eval.time;

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
 * Reads gold sentences back from the SaudiNewsNet zips (one JSON array per day) and checks each
 * against its hash. Loads each day's file once.
 */
public final class CorpusSentences {
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
   * The text of {@code sentence}.
   *
   * @throws IllegalArgumentException when the pointer is out of range or the hash differs
   */
  public String text(GoldSentence sentence) throws IOException {
    JsonNode articles = day(sentence.file());
    if (sentence.index() >= articles.size()) {
      throw new IllegalArgumentException(sentence.sid() + ": no article " + sentence.index()
          + " in " + sentence.file());
    }
    String content = articles.get(sentence.index()).path("content").asText("");
    int[] points = content.codePoints().toArray();
    if (sentence.end() > points.length) {
      throw new IllegalArgumentException(sentence.sid() + ": sentence ends after the article");
    }
    String text = new String(points, sentence.start(), sentence.end() - sentence.start());
    if (!sha1(text).startsWith(sentence.sha1())) {
      throw new IllegalArgumentException(sentence.sid() + ": text differs from the gold (hash "
          + sha1(text).substring(0, 8) + ", gold " + sentence.sha1() + ")");
    }
    return text;
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
