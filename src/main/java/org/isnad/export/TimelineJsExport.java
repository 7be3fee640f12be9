package org.isnad.export;

import static org.isnad.export.ReportLabels.label;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import org.isnad.model.Analysis;
import org.isnad.model.Conflict;
import org.isnad.model.Event;
import org.isnad.model.Modality;
import org.isnad.model.Report;

/**
 * Knight Lab TimelineJS JSON: one slide per dated event that happened, the headline its summary,
 * the text its status, sources and conflicts, and each report with its chain. Undated events
 * and events the sources deny have no place on a time axis and are left out. Stateless.
 */
public final class TimelineJsExport {

  /** Writes {@code analysis}'s timeline; does not close {@code out}. */
  public void write(Analysis analysis, OutputStream out) throws IOException {
    try (JsonGenerator json = JsonOutput.open(out)) {
      json.writeStartObject();
      json.writeObjectFieldStart("title");
      json.writeObjectFieldStart("text");
      json.writeStringField("headline", "isnad");
      json.writeStringField("text", analysis.articles().size() + " " + label("article") + " · "
          + analysis.timeline().events().size() + " " + label("event"));
      json.writeEndObject();
      json.writeEndObject();
      json.writeArrayFieldStart("events");
      for (Event e : analysis.timeline().events()) {
        if (e.modality() == Modality.ASSERTED && e.earliest() != null) {
          writeSlide(json, e);
        }
      }
      json.writeEndArray();
      json.writeEndObject();
    }
  }

  private static void writeSlide(JsonGenerator json, Event e) throws IOException {
    json.writeStartObject();
    writeDate(json, "start_date", e.earliest());
    if (e.latest() != null && !e.latest().equals(e.earliest())) {
      writeDate(json, "end_date", e.latest());
    }
    json.writeObjectFieldStart("text");
    json.writeStringField("headline", e.summary());
    json.writeStringField("text", body(e));
    json.writeEndObject();
    json.writeStringField("group", e.type());
    json.writeStringField("unique_id", e.id());
    json.writeEndObject();
  }

  private static void writeDate(JsonGenerator json, String field, String value)
      throws IOException {
    String[] parts = value.split("-");
    json.writeObjectFieldStart(field);
    json.writeStringField("year", parts[0]);
    if (parts.length > 1) {
      json.writeStringField("month", parts[1]);
    }
    if (parts.length > 2) {
      json.writeStringField("day", parts[2]);
    }
    json.writeEndObject();
  }

  private static String body(Event e) {
    StringBuilder s = new StringBuilder("<p>" + e.reports().size() + " "
        + label("reports-few") + " / "
        + e.independent() + " " + label("independent-few") + " · " + e.status().label() + "</p>");
    for (Conflict c : e.conflicts()) {
      s.append("<p>⚠ ").append(HtmlReport.escape(c.field().label())).append(": ");
      for (Conflict.Value v : c.values()) {
        s.append(HtmlReport.escape(v.value())).append(" (")
            .append(HtmlReport.escape(String.join("، ", v.articles()))).append(") ");
      }
      s.append("</p>");
    }
    s.append("<ul>");
    for (Report r : e.reports()) {
      s.append("<li>").append(HtmlReport.escape(r.sentence())).append(" — ")
          .append(HtmlReport.escape(String.join(" ← ", r.chain()))).append("</li>");
    }
    return s.append("</ul>").toString();
  }
}
