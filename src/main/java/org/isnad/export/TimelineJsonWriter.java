package org.isnad.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.isnad.model.Conflict;
import org.isnad.model.Event;
import org.isnad.model.Report;
import org.isnad.model.Story;

/** Writes the contract's {@code events} and {@code stories} arrays. Stateless. */
final class TimelineJsonWriter {
  private TimelineJsonWriter() {}

  /** The two arrays from the events and the stories, each read once in order. */
  static void write(JsonGenerator json, Iterable<Event> events, Iterable<Story> stories)
      throws IOException {
    json.writeArrayFieldStart("events");
    for (Event event : events) {
      writeEvent(json, event);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("stories");
    for (Story story : stories) {
      json.writeStartObject();
      json.writeStringField("id", story.id());
      json.writeStringField("title", story.title());
      strings(json, "articles", story.articles());
      strings(json, "events", story.events());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeEvent(JsonGenerator json, Event event) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", event.id());
    json.writeStringField("type", event.type());
    json.writeStringField("summary", event.summary());
    json.writeStringField("modality", event.modality().name().toLowerCase(Locale.ROOT));
    if (event.earliest() == null) {
      json.writeNullField("when");
    } else {
      json.writeObjectFieldStart("when");
      json.writeStringField("value", event.when());
      json.writeStringField("earliest", event.earliest());
      json.writeStringField("latest", event.latest());
      json.writeEndObject();
    }
    strings(json, "actors", event.actors());
    strings(json, "places", event.places());
    json.writeObjectFieldStart("roles");
    strings(json, "agents", event.agents());
    strings(json, "patients", event.actors().stream().filter(a -> !event.agents().contains(a))
        .toList());
    strings(json, "places", event.places());
    json.writeEndObject();
    json.writeArrayFieldStart("reports");
    for (Report r : event.reports()) {
      writeReport(json, r);
    }
    json.writeEndArray();
    json.writeObjectFieldStart("sources");
    json.writeNumberField("reports", event.reports().size());
    json.writeNumberField("independent", event.independent());
    strings(json, "origins", event.reports().stream().map(Report::source).distinct().toList());
    json.writeEndObject();
    json.writeStringField("status", event.status().label());
    json.writeArrayFieldStart("conflicts");
    for (Conflict c : event.conflicts()) {
      writeConflict(json, c);
    }
    json.writeEndArray();
    json.writeStringField("story", event.story());
    strings(json, "basis", event.basis());
    json.writeEndObject();
  }

  private static void writeReport(JsonGenerator json, Report r) throws IOException {
    json.writeStartObject();
    json.writeStringField("article", r.articleId());
    json.writeNumberField("start", r.start());
    json.writeNumberField("end", r.end());
    json.writeStringField("when", r.when());
    strings(json, "chain", r.chain());
    json.writeStringField("source", r.source());
    json.writeEndObject();
  }

  private static void writeConflict(JsonGenerator json, Conflict c) throws IOException {
    json.writeStartObject();
    json.writeStringField("field", c.field().label());
    json.writeStringField("note", c.note());
    json.writeArrayFieldStart("values");
    for (Conflict.Value v : c.values()) {
      json.writeStartObject();
      json.writeStringField("value", v.value());
      strings(json, "articles", v.articles());
      strings(json, "sources", v.sources());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void strings(JsonGenerator json, String field, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (String v : values) {
      json.writeString(v);
    }
    json.writeEndArray();
  }
}
