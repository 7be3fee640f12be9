package org.isnad.store.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Throwaway measurement, not a test: indexes the articles, statements and events of an analysis
 * JSON ({@code isnad analyze … -o X.json}) into a new index and prints the indexing time, the
 * index size and the median latency of a few warm queries (100 runs each, first page of 20 with
 * snippets); an index already holding entries is only queried. Usage:
 * {@code java -cp target/test-classes:target/isnad.jar org.isnad.store.search.SearchBench
 * X.json INDEX_DIR [query…]}.
 */
public final class SearchBench {
  private static final List<String> QUERIES = List.of("الاسد", "الملك سلمان", "\"ولي العهد\"",
      "وزارة الصحة", "الرياض", "الحوثي");

  private SearchBench() {}

  public static void main(String[] args) throws IOException {
    JsonNode analysis = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    List<SearchEntry> entries = entries(analysis);
    Path dir = Path.of(args[1]);
    long start = System.nanoTime();
    long cpu = cpuNanos();
    try (SearchIndex index = SearchIndex.open(dir)) {
      if (index.size() == 0) {
        index.putAll(entries);
        index.commit();
        long took = System.nanoTime() - start;
        System.out.printf("entries %d (%s), indexed and committed in %.1f s wall, %.1f s CPU"
            + " (all threads), index %.1f MB%n", entries.size(), kinds(entries), took / 1e9,
            (cpuNanos() - cpu) / 1e9, bytes(dir) / 1e6);
      }
      List<String> queries = args.length > 2 ? Arrays.asList(args).subList(2, args.length)
          : QUERIES;
      for (String query : queries) {
        latency(index, query);
      }
    }
  }

  private static void latency(SearchIndex index, String query) throws IOException {
    SearchQuery asked = SearchQuery.of(query);
    for (int i = 0; i < 20; i++) {
      index.search(asked);
    }
    long[] runs = new long[100];
    SearchResults last = null;
    long cpu = cpuNanos();
    for (int i = 0; i < runs.length; i++) {
      long t = System.nanoTime();
      last = index.search(asked);
      runs[i] = System.nanoTime() - t;
    }
    long cpuEach = (cpuNanos() - cpu) / runs.length;
    Arrays.sort(runs);
    System.out.printf("%-16s total %6d  median %.2f ms  p90 %.2f ms  CPU %.2f ms a query%n",
        query, last.total(), runs[50] / 1e6, runs[90] / 1e6, cpuEach / 1e6);
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static Map<SearchEntry.Kind, Long> kinds(List<SearchEntry> entries) {
    Map<SearchEntry.Kind, Long> kinds = new java.util.TreeMap<>();
    entries.forEach(e -> kinds.merge(e.kind(), 1L, Long::sum));
    return kinds;
  }

  private static long bytes(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static List<SearchEntry> entries(JsonNode analysis) {
    List<SearchEntry> entries = new ArrayList<>();
    Map<String, JsonNode> articles = new HashMap<>();
    for (JsonNode a : analysis.get("articles")) {
      articles.put(a.get("id").asText(), a);
      entries.add(new SearchEntry(SearchEntry.Kind.ARTICLE, a.get("id").asText(),
          a.get("id").asText(), text(a, "title"), text(a, "text"), text(a, "outlet"), day(a)));
    }
    for (JsonNode q : analysis.get("quotes")) {
      JsonNode a = articles.get(q.get("article").asText());
      entries.add(new SearchEntry(SearchEntry.Kind.STATEMENT, q.get("id").asText(),
          q.get("article").asText(), q.get("speaker").get("text").asText(),
          span(text(a, "text"), q.get("start").asInt(), q.get("end").asInt()),
          text(a, "outlet"), day(a)));
    }
    for (JsonNode e : analysis.get("events")) {
      StringBuilder sentences = new StringBuilder();
      String first = null;
      for (JsonNode r : e.get("reports")) {
        JsonNode a = articles.get(r.get("article").asText());
        first = first == null ? r.get("article").asText() : first;
        sentences.append(span(text(a, "text"), r.get("start").asInt(), r.get("end").asInt()))
            .append('\n');
      }
      entries.add(new SearchEntry(SearchEntry.Kind.EVENT, e.get("id").asText(), first,
          text(e, "summary"), sentences.toString().strip(), null, null));
    }
    return entries;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** Code points [start, end) of {@code text}, as the analysis JSON counts them. */
  private static String span(String text, int start, int end) {
    if (text == null) {
      return "";
    }
    int[] points = text.codePoints().toArray();
    return new String(points, Math.min(start, points.length),
        Math.min(end, points.length) - Math.min(start, points.length));
  }

  private static LocalDate day(JsonNode article) {
    JsonNode value = article.path("published").path("value");
    String day = value.isTextual() ? value.asText() : "";
    return day.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(day) : null;
  }
}
