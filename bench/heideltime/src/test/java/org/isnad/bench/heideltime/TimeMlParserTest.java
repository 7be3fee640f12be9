package org.isnad.bench.heideltime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeMlParserTest {

  private static final String HEAD =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE TimeML SYSTEM \"TimeML.dtd\">\n<TimeML>\n";
  private static final String TAIL = "\n</TimeML>\n";

  @Test
  void stripsTagsAndKeepsUtf16Offsets() {
    String body = "زار <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2015-07-20\">أمس</TIMEX3> و"
        + "<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P2D\" mod=\"MORE_THAN\">يومين</TIMEX3>";
    TimeMlParser.Parsed p = TimeMlParser.parse(HEAD + body + TAIL);
    assertEquals("زار أمس ويومين", p.text());
    assertEquals(2, p.spans().size());
    assertEquals(4, p.spans().get(0).begin());
    assertEquals(7, p.spans().get(0).end());
    assertEquals("DATE", p.spans().get(0).type());
    assertEquals("2015-07-20", p.spans().get(0).value());
    assertEquals("MORE_THAN", p.spans().get(1).attributes().get("mod"));
    assertEquals("P2D", p.spans().get(1).value());
  }

  @Test
  void unescapedMarkupInTextStaysText() {
    // HeidelTime does not escape the document text.
    String body = "a < b & <b>c</b> <TIMEX3 type=\"DATE\" value=\"2010\">2010</TIMEX3>\n";
    TimeMlParser.Parsed p = TimeMlParser.parse(HEAD + body + TAIL);
    assertEquals("a < b & <b>c</b> 2010\n", p.text());
    assertEquals(17, p.spans().get(0).begin());
  }

  @Test
  void ignoresIntervalWrappersAndHandlesEmptyDocument() {
    String body = "<TIMEX3INTERVAL earliestBegin=\"2010-01-01T00:00:00\">"
        + "<TIMEX3 type=\"DATE\" value=\"2010\">2010</TIMEX3></TIMEX3INTERVAL>";
    TimeMlParser.Parsed p = TimeMlParser.parse(HEAD + body + TAIL);
    assertEquals("2010", p.text());
    assertEquals(0, p.spans().get(0).begin());
    assertEquals("", TimeMlParser.parse(HEAD + TAIL).text());
    assertThrows(IllegalArgumentException.class, () -> TimeMlParser.parse("no timeml"));
  }

  @Test
  void endToEndArabicCodePointOffsets() {
    HeidelTimeArabic tagger = new HeidelTimeArabic(null);
    // The emoji is two UTF-16 units but one code point.
    String text = "وصل الوفد 😀 أمس وسيعود في 25 يوليو المقبل";
    HeidelTimeArabic.Result r = tagger.tag(text, LocalDate.of(2015, 7, 21));
    assertEquals(false, r.textMismatch());
    assertEquals(0, r.mismatchedSpans());
    List<HeidelTimeArabic.Timex> t = r.timexes();
    assertEquals(2, t.size(), t.toString());
    int[] cps = text.codePoints().toArray();
    assertEquals("أمس", new String(cps, t.get(0).start(), t.get(0).end() - t.get(0).start()));
    assertEquals("2015-07-20", t.get(0).value());
    assertEquals("25 يوليو المقبل",
        new String(cps, t.get(1).start(), t.get(1).end() - t.get(1).start()));
    assertEquals("DATE", t.get(1).type());
    assertEquals("2015-07-25", t.get(1).value());
  }
}
