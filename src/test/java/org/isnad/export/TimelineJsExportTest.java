package org.isnad.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The TimelineJS JSON of a small analysis, read back with Jackson. */
class TimelineJsExportTest {
  private static JsonNode timeline() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new TimelineJsExport().write(SmallAnalysis.build(), out);
    return new ObjectMapper().readTree(out.toByteArray());
  }

  @Test
  void theTitleCountsArticlesAndEvents() throws Exception {
    JsonNode title = timeline().get("title").get("text");
    assertEquals("isnad", title.get("headline").asText());
    assertEquals("2 مقال · 4 حدث", title.get("text").asText());
  }

  @Test
  void onlyDatedEventsThatHappenedAreSlidesWithTheirDates() throws Exception {
    List<String> slides = new ArrayList<>();
    for (JsonNode e : timeline().get("events")) {
      slides.add(e.get("unique_id").asText() + " " + e.get("group").asText() + " "
          + e.get("text").get("headline").asText() + " " + e.get("start_date") + " "
          + e.path("end_date"));
    }
    assertEquals(List.of(
        "event-1 MEET لقاء: بوتين مع الأسد {\"year\":\"2024\",\"month\":\"12\",\"day\":\"07\"} ",
        "event-2 VISIT زيارة — موسكو {\"year\":\"2024\",\"month\":\"11\"} "
            + "{\"year\":\"2024\",\"month\":\"12\"}"), slides,
        "the denied attack (event-3) and the undated statement (event-4) have no slide");
  }

  @Test
  void aSlideTellsItsSourcesConflictsAndReportsEscaped() throws Exception {
    JsonNode events = timeline().get("events");
    assertEquals("<p>2 تقارير / 2 مصادر مستقلة · corroborated</p><ul>"
        + "<li>قال &quot;بيسكوف&quot;، إن الاجتماع, انتهى\nأمس — رويترز ← بيسكوف</li>"
        + "<li>التقى الرئيسان في موسكو أمس — طيف بوست</li></ul>",
        events.get(0).get("text").get("text").asText());
    assertEquals("<p>1 تقارير / 1 مصادر مستقلة · contested</p>"
        + "<p>⚠ date: 2024-11 (d1-a1) 2024-12 (d1-a2) </p>"
        + "<ul><li>زار الأسد موسكو — رويترز</li></ul>",
        events.get(1).get("text").get("text").asText());
    assertFalse(events.get(0).has("end_date"), "a one-day event has no end date");
  }
}
