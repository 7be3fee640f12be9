package org.isnad.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact CSV of a small analysis: header, one row per report, RFC 4180 quoting. */
class CsvExportShapeTest {
  private static String csv() throws IOException {
    StringWriter out = new StringWriter();
    new CsvExport().write(SmallAnalysis.build(), out);
    return out.toString();
  }

  @Test
  void theHeaderAndTheRowsAreExactlyTheseLines() throws IOException {
    String expected = String.join("\r\n",
        "event,type,summary,modality,status,event_when,reports,independent,conflicts,article,"
            + "report_when,source,chain,start,end,sentence",
        "event-1,MEET,لقاء: بوتين مع الأسد,asserted,corroborated,2024-12-07,2,2,,d1-a1,2024-12-07,"
            + "بيسكوف,رويترز ← بيسكوف,0,36,\"قال \"\"بيسكوف\"\"، إن الاجتماع, انتهى\nأمس\"",
        "event-1,MEET,لقاء: بوتين مع الأسد,asserted,corroborated,2024-12-07,2,2,,d1-a2,,"
            + "طيف بوست,طيف بوست,0,27,التقى الرئيسان في موسكو أمس",
        "event-2,VISIT,زيارة — موسكو,asserted,contested,,1,1,date: 2024-11 ×1 | 2024-12 ×1,"
            + "d1-a1,2024-11,رويترز,رويترز,0,15,زار الأسد موسكو",
        "event-3,ATTACK,لم يحدث: هجوم,negated,single-source,2024-12-08,1,1,,d1-a2,2024-12-08,"
            + "مصادر,مصادر,0,17,نفى الجيش أي هجوم",
        "event-4,STATEMENT,بيان,asserted,undated,,1,1,,d1-a2,,طيف بوست,طيف بوست,0,23,"
            + "\"وقال بيان إن\nالوضع هادئ\"") + "\r\n";
    assertEquals(expected, csv());
  }

  @Test
  void aStrictReaderGetsTheCellsBackUnchanged() throws IOException {
    List<List<String>> rows = CsvRows.parse(csv());
    assertEquals(6, rows.size(), "header and five reports");
    rows.forEach(r -> assertEquals(16, r.size(), r.toString()));
    assertEquals(SmallAnalysis.TRICKY, rows.get(1).get(15));
    assertEquals("وقال بيان إن\nالوضع هادئ", rows.get(5).get(15), "a line break alone is quoted");
    assertEquals("رويترز ← بيسكوف", rows.get(1).get(12));
    assertEquals("date: 2024-11 ×1 | 2024-12 ×1", rows.get(3).get(8));
  }
}
