package org.isnad.eval.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The few fields of an analysis JSON the audit reads: per article its outlet, URL and published
 * date; per event its status, date, sources, conflicts and reports; per story its articles.
 *
 * <p>Design decision: the file is streamed. An analysis of two thousand articles is about
 * 100 MB, mostly texts, mentions and quotes the audit never reads; each article, event and story
 * is read as a small tree, one at a time, and only its facts are kept.
 */
record AnalysisFacts(List<ArticleFacts> articles, List<EventFacts> events,
    List<StoryFacts> stories) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  AnalysisFacts {
    articles = List.copyOf(articles);
    events = List.copyOf(events);
    stories = List.copyOf(stories);
  }

  record ArticleFacts(String id, String outlet, String url, String value, String earliest,
      String latest, String basis, String evidence) {}

  record ReportFacts(String article, String source) {}

  record EventFacts(String id, String summary, String status, boolean asserted, boolean dated,
      int independent, boolean conflicts, List<ReportFacts> reports) {
    EventFacts {
      reports = List.copyOf(reports);
    }
  }

  record StoryFacts(String id, String title, List<String> articles) {
    StoryFacts {
      articles = List.copyOf(articles);
    }
  }

  /**
   * Reads an analysis. Throws {@link IllegalArgumentException} when the JSON is not an object
   * with {@code articles}, {@code events} and {@code stories} arrays, and
   * {@link com.fasterxml.jackson.core.JsonProcessingException} when it is not JSON.
   */
  static AnalysisFacts read(InputStream in) throws IOException {
    try (JsonParser p = new JsonFactory(MAPPER).createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("not an isnad analysis: the JSON is not an object");
      }
      List<ArticleFacts> articles = null;
      List<EventFacts> events = null;
      List<StoryFacts> stories = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "articles" -> articles = array(p, field, AnalysisFacts::article);
          case "events" -> events = array(p, field, AnalysisFacts::event);
          case "stories" -> stories = array(p, field, AnalysisFacts::story);
          default -> p.skipChildren();
        }
      }
      require(articles, "articles");
      require(events, "events");
      require(stories, "stories");
      return new AnalysisFacts(articles, events, stories);
    }
  }

  private static void require(List<?> list, String field) {
    if (list == null) {
      throw new IllegalArgumentException("not an isnad analysis: no \"" + field + "\" array");
    }
  }

  private static <T> List<T> array(JsonParser p, String field, Function<JsonNode, T> facts)
      throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw new IllegalArgumentException("not an isnad analysis: \"" + field + "\" is not an array");
    }
    List<T> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      JsonNode node = MAPPER.readTree(p);
      if (!node.isObject()) {
        throw new IllegalArgumentException("not an isnad analysis: an item of \"" + field
            + "\" is not an object: " + node);
      }
      out.add(facts.apply(node));
    }
    return out;
  }

  private static ArticleFacts article(JsonNode a) {
    JsonNode p = a.path("published");
    return new ArticleFacts(text(a, "id"), text(a, "outlet"), text(a, "url"), text(p, "value"),
        text(p, "earliest"), text(p, "latest"), p.path("basis").asText("none"),
        text(p, "evidence"));
  }

  private static EventFacts event(JsonNode e) {
    JsonNode when = e.path("when");
    boolean dated = text(when, "value") != null || text(when, "earliest") != null
        || text(when, "latest") != null;
    List<ReportFacts> reports = new ArrayList<>();
    e.path("reports").forEach(r -> reports.add(new ReportFacts(text(r, "article"), text(r, "source"))));
    return new EventFacts(text(e, "id"), text(e, "summary"), text(e, "status"),
        e.path("modality").asText("asserted").equals("asserted"), dated,
        e.path("sources").path("independent").asInt(0), !e.path("conflicts").isEmpty(), reports);
  }

  private static StoryFacts story(JsonNode s) {
    List<String> ids = new ArrayList<>();
    s.path("articles").forEach(id -> ids.add(id.asText()));
    return new StoryFacts(text(s, "id"), text(s, "title"), ids);
  }

  /** The field's text, or {@code null} when it is missing, null or blank. */
  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
  }
}
