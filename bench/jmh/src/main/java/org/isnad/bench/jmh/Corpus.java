package org.isnad.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The texts every benchmark of a run reads: the first {@code isnad.bench.articles} (default
 * 2,000) SaudiNewsNet articles of {@code isnad.bench.data} (default
 * ../shared/data/saudinewsnet/dataset, day zips of JSON arrays, read in name order), or the
 * sample pages of samples/seeds when that folder is missing. Deterministic: the same files give
 * the same texts in the same order.
 */
final class Corpus {
  private Corpus() {
  }

  static List<String> texts() throws IOException {
    int want = Integer.getInteger("isnad.bench.articles", 2000);
    Path data = Path.of(System.getProperty("isnad.bench.data", "../shared/data/saudinewsnet/dataset"));
    List<String> texts = Files.isDirectory(data) ? saudiNewsNet(data, want) : samples();
    if (texts.isEmpty()) {
      throw new IllegalStateException("no texts under " + data.toAbsolutePath() + " or samples/seeds");
    }
    return texts;
  }

  private static List<String> saudiNewsNet(Path dir, int want) throws IOException {
    List<String> texts = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    List<Path> zips;
    try (Stream<Path> files = Files.list(dir)) {
      zips = files.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
    }
    for (Path zip : zips) {
      try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
        for (ZipEntry e = in.getNextEntry(); e != null && texts.size() < want; e = in.getNextEntry()) {
          if (e.getName().endsWith(".json")) {
            addContents(json.readTree(noClose(in)), texts, want);
          }
        }
      }
      if (texts.size() >= want) {
        break;
      }
    }
    return texts;
  }

  private static void addContents(JsonNode array, List<String> texts, int want) {
    for (JsonNode row : array) {
      String content = row.path("content").asText("");
      if (!content.isBlank() && texts.size() < want) {
        texts.add(content);
      }
    }
  }

  private static List<String> samples() throws IOException {
    Path dir = Path.of("samples/seeds");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<String> texts = new ArrayList<>();
      for (Path p : files.sorted().toList()) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
      return texts;
    }
  }

  /** Jackson closes what it reads; the zip stream must stay open for the next entry. */
  private static InputStream noClose(InputStream in) {
    return new java.io.FilterInputStream(in) {
      @Override
      public void close() {
      }
    };
  }
}
