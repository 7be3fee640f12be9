package org.isnad;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.isnad.export.AnalysisJsonWriter;
import org.isnad.model.Analysis;

/**
 * An analysis JSON as one map, for comparing runs: {@code "entity e…"} → the entity's JSON,
 * likewise for documents, articles, time expressions, quotes, events and stories, and
 * {@code "mentions article:start:end:type"} → its entity id. Where a document was read from
 * (its source, and the problems that name it) is left out: only content and ids remain.
 */
final class IdContent {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] KINDS = {"documents", "articles", "timexes", "quotes",
      "entities", "events", "stories"};

  private IdContent() {}

  static Map<String, String> of(Analysis analysis) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new AnalysisJsonWriter().write(analysis, out);
      JsonNode root = JSON.readTree(out.toByteArray());
      Map<String, String> content = new TreeMap<>();
      for (String kind : KINDS) {
        for (JsonNode item : root.path(kind)) {
          ObjectNode copy = item.deepCopy();
          if (kind.equals("documents")) {
            copy.remove("source");
            copy.remove("problems");
          }
          String key = kind + " " + item.path("id").asText();
          if (content.put(key, copy.toString()) != null) {
            throw new AssertionError("two " + kind + " share the id " + key);
          }
        }
      }
      for (JsonNode m : root.path("mentions")) {
        content.put("mentions " + m.path("article").asText() + ":" + m.path("start").asInt() + ":"
            + m.path("end").asInt() + ":" + m.path("type").asText(), m.path("entity").asText());
      }
      return content;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The ids of one kind ({@code "entities"}, {@code "events"} …) in a content map. */
  static java.util.Set<String> ids(Map<String, String> content, String kind) {
    java.util.Set<String> ids = new java.util.TreeSet<>();
    content.keySet().stream().filter(k -> k.startsWith(kind + " "))
        .forEach(k -> ids.add(k.substring(kind.length() + 1)));
    return ids;
  }
}
