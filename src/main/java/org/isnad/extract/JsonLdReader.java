package org.isnad.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.isnad.model.Problem;
import org.isnad.model.ProblemCode;
import org.isnad.model.Stage;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the JSON-LD blocks of a page ({@code <script type="application/ld+json">}): a single
 * object, an array, or an object with an {@code @graph}, nested at any depth. Parsing is lenient
 * (comments, trailing commas, single quotes, raw control characters); a block that still does
 * not parse is skipped with a {@code broken-json-ld} warning. Thread safe.
 */
final class JsonLdReader {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .build();
  private static final int MAX_NODES = 10_000;
  private static final int EXCERPT_CHARS = 60;

  /**
   * The JSON objects of a page, article objects ({@code NewsArticle}, {@code Article},
   * {@code BlogPosting}…) first, then the others in page order.
   */
  record JsonLd(List<JsonNode> objects, List<Problem> problems) {
    JsonLd {
      objects = List.copyOf(objects);
      problems = List.copyOf(problems);
    }

    /** The first non-blank text of {@code field} among the objects, or {@code null}. */
    String text(String field) {
      for (JsonNode node : objects) {
        String value = textOf(node.get(field));
        if (value != null) {
          return value;
        }
      }
      return null;
    }

    /** The name(s) of {@code field} (an object, a string, or an array of them), or null. */
    String name(String field) {
      for (JsonNode node : objects) {
        String value = nameOf(node.get(field));
        if (value != null) {
          return value;
        }
      }
      return null;
    }
  }

  JsonLd read(Document page) {
    List<JsonNode> articles = new ArrayList<>();
    List<JsonNode> others = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
      try {
        JsonNode root = JSON.readTree(script.data());
        collect(root, articles, others);
      } catch (Exception e) {
        problems.add(Problem.warning(Stage.EXTRACT, ProblemCode.BROKEN_JSON_LD,
            "JSON-LD block skipped (" + firstLine(e.getMessage()) + "): "
                + excerpt(script.data())));
      }
    }
    articles.addAll(others);
    return new JsonLd(articles, problems);
  }

  private static void collect(JsonNode root, List<JsonNode> articles, List<JsonNode> others) {
    Deque<JsonNode> pending = new ArrayDeque<>();
    List<JsonNode> ordered = new ArrayList<>();
    if (root != null) {
      pending.add(root);
    }
    while (!pending.isEmpty() && ordered.size() < MAX_NODES) {
      JsonNode node = pending.poll();
      if (node.isArray()) {
        node.forEach(pending::add);
      } else if (node.isObject()) {
        ordered.add(node);
        if (node.has("@graph")) {
          pending.add(node.get("@graph"));
        }
        if (node.has("mainEntity") && node.get("mainEntity").isObject()) {
          pending.add(node.get("mainEntity"));
        }
      }
    }
    for (JsonNode node : ordered) {
      (isArticle(node) ? articles : others).add(node);
    }
  }

  private static boolean isArticle(JsonNode node) {
    JsonNode type = node.get("@type");
    List<String> types = new ArrayList<>();
    if (type != null && type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else if (type != null) {
      types.add(type.asText());
    }
    return types.stream().map(t -> t.toLowerCase(Locale.ROOT))
        .anyMatch(t -> t.endsWith("article") || t.equals("blogposting") || t.equals("report")
            || t.equals("liveblogposting"));
  }

  private static String textOf(JsonNode value) {
    if (value == null) {
      return null;
    }
    if (value.isTextual() || value.isNumber()) {
      String text = value.asText().strip();
      return text.isEmpty() ? null : text;
    }
    if (value.isArray()) {
      List<String> texts = new ArrayList<>();
      value.forEach(v -> {
        String text = textOf(v);
        if (text != null) {
          texts.add(text);
        }
      });
      return texts.isEmpty() ? null : String.join(", ", texts);
    }
    return null;
  }

  private static String nameOf(JsonNode value) {
    if (value == null) {
      return null;
    }
    if (value.isArray()) {
      List<String> names = new ArrayList<>();
      value.forEach(v -> {
        String name = nameOf(v);
        if (name != null && !names.contains(name)) {
          names.add(name);
        }
      });
      return names.isEmpty() ? null : String.join("، ", names);
    }
    if (value.isObject()) {
      return textOf(value.get("name"));
    }
    return textOf(value);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private static String excerpt(String data) {
    String flat = data.strip().replaceAll("\\s+", " ");
    return flat.length() <= EXCERPT_CHARS ? flat : flat.substring(0, EXCERPT_CHARS) + "…";
  }
}
