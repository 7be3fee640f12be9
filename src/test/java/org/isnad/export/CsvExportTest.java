package org.isnad.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.isnad.model.Analysis;
import org.isnad.model.Conflict;
import org.isnad.model.ConflictField;
import org.isnad.model.Event;
import org.isnad.model.EventStatus;
import org.isnad.model.Modality;
import org.isnad.model.Report;
import org.isnad.model.Timeline;
import org.junit.jupiter.api.Test;

/** The CSV export opens safely in a spreadsheet whatever the text holds. */
class CsvExportTest {
  private static final int SUMMARY = 2;
  private static final int CONFLICTS = 8;
  private static final int SENTENCE = 15;

  @Test
  void cellsASpreadsheetWouldReadAsFormulasStartWithAQuoteAndAreQuoted() throws IOException {
    Map<String, String> hostile = HostileAnalysis.strings();
    for (String name : List.of("formula", "plus", "minus", "at", "tab", "carriageReturn",
        "spacedFormula")) {
      String text = hostile.get(name);
      String csv = csv(List.of(event("event-1", text, text, List.of(), 1)));
      assertTrue(csv.contains(",\"'"), name + ": " + csv);
      List<String> row = CsvRows.parse(csv).get(1);
      assertTrue(row.get(SUMMARY).startsWith("'"), name + ": " + row.get(SUMMARY));
      assertTrue(row.get(SENTENCE).startsWith("'"), name + ": " + row.get(SENTENCE));
    }
  }

  @Test
  void theHyperlinkFormulaIsTextNotAFormula() throws IOException {
    String formula = HostileAnalysis.strings().get("formula");
    List<String> row = CsvRows.parse(csv(List.of(event("event-1", formula, formula, List.of(),
        1)))).get(1);
    assertEquals("'" + formula, row.get(SUMMARY));
  }

  @Test
  void ordinaryCellsAreLeftAlone() throws IOException {
    List<String> row = CsvRows.parse(csv(List.of(event("event-1", "هجوم: الموصل",
        "قال المتحدث، إن \"الاجتماع\" انتهى", List.of(), 1)))).get(1);
    assertEquals("هجوم: الموصل", row.get(SUMMARY));
    assertEquals("قال المتحدث، إن \"الاجتماع\" انتهى", row.get(SENTENCE));
  }

  @Test
  void aCellLongerThanExcelAllowsIsCutWithAVisibleMarker() throws IOException {
    String sentence = "ك".repeat(100_000);
    List<String> row = CsvRows.parse(csv(List.of(event("event-1", "حدث", sentence, List.of(),
        1)))).get(1);
    String cell = row.get(SENTENCE);
    assertTrue(cell.length() <= CsvCell.MAX_CHARS, "cell of " + cell.length());
    assertTrue(cell.endsWith("[cut: 100000 characters; full text in the analysis JSON]"), cell
        .substring(cell.length() - 80));
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    String text = "😀".repeat(20_000);
    String cut = CsvCell.capped(text, CsvCell.MAX_CHARS - 1);
    assertTrue(cut.length() < CsvCell.MAX_CHARS);
    assertFalse(Character.isHighSurrogate(cut.charAt(cut.indexOf(" … [cut") - 1)));
  }

  @Test
  void conflictsAreSummarisedPerRowNotRepeatedInFull() throws IOException {
    List<String> articles = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      articles.add("d0123456789ab-a" + i);
    }
    List<Conflict.Value> values = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      values.add(new Conflict.Value("2017-08-" + (10 + i % 20) + "-" + i, articles));
    }
    Conflict conflict = new Conflict(ConflictField.DATE, "reports disagree", values);
    String csv = csv(List.of(event("event-1", "حدث", "جملة", List.of(conflict), 40)));
    List<List<String>> rows = CsvRows.parse(csv);
    assertEquals(41, rows.size());
    String cell = rows.get(1).get(CONFLICTS);
    assertTrue(cell.length() <= ConflictCell.MAX_CHARS, "cell of " + cell.length());
    assertTrue(cell.startsWith("date: 2017-08-10-0 ×1000 | "), cell);
    assertTrue(cell.endsWith("| +47 more"), cell);
    assertFalse(cell.contains("d0123456789ab-a"), "article lists stay in the JSON");
    assertTrue(csv.length() < 40 * 1_000, "CSV of " + csv.length() + " characters");
  }

  @Test
  void hostileStringsGiveValidCharactersOnly() throws IOException {
    StringWriter out = new StringWriter();
    new CsvExport().write(HostileAnalysis.build(), out);
    String csv = out.toString();
    CsvRows.parse(csv);
    assertValidXmlChars(csv);
  }

  /** No lone surrogate and no character XML 1.0 (and a spreadsheet) refuses. */
  static void assertValidXmlChars(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      assertFalse(Character.isSurrogate(c), "lone surrogate at " + i);
      assertFalse(c < 0x20 && c != '\t' && c != '\n' && c != '\r',
          "control character " + (int) c + " at " + i);
      assertFalse(c == 0xFFFE || c == 0xFFFF, "non-character at " + i);
    }
  }

  private static Event event(String id, String summary, String sentence,
      List<Conflict> conflicts, int reports) {
    List<Report> list = new ArrayList<>();
    for (int i = 0; i < reports; i++) {
      list.add(new Report("m" + i, "d1-a" + i, 0, 4, sentence, null, List.of("رويترز"),
          "رويترز"));
    }
    return new Event(id, "ATTACK", summary, Modality.ASSERTED, null, null, null, List.of(),
        List.of(), list, 1, conflicts.isEmpty() ? EventStatus.UNDATED : EventStatus.CONTESTED,
        conflicts, null, List.of(), List.of());
  }

  private static String csv(List<Event> events) throws IOException {
    Analysis analysis = new Analysis(Instant.EPOCH, List.of(), List.of(), List.of(), List.of(),
        List.of(), new Timeline(List.of(), events, List.of(), Map.of(), Map.of(), Map.of()));
    StringWriter out = new StringWriter();
    new CsvExport().write(analysis, out);
    return out.toString();
  }
}
