package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.model.Basis;
import org.isnad.model.Document;
import org.isnad.model.Extraction;
import org.isnad.model.Format;
import org.isnad.model.Problem;
import org.isnad.model.Published;
import org.isnad.model.SourceHints;
import org.junit.jupiter.api.Test;

/** Where a page's publication day comes from: metadata, then a stamp, then the URL. */
class PublicationDayTest {
  private static final String TITLE = "انتهاء الاجتماع بين الطرفين دون اتفاق على البنود";
  private static final String BODY = "قال المتحدث باسم الوزارة إن الاجتماع انتهى مساء اليوم دون "
      + "اتفاق على البنود العالقة بين الطرفين.";
  private static final String URL_DAY = "https://www.example.com/politics/2017/8/23/story-1";

  private static Extraction extract(String content, String url, String published) {
    Document document = new Document("dtest", "test.txt", "0", Format.TEXT, "UTF-8", content,
        new SourceHints(url, null, published, null), null, List.of());
    return new TextPageExtractor().extract(document, SiteTemplate.empty());
  }

  private static Published published(Extraction extraction) {
    return extraction.articles().get(0).published();
  }

  private static List<String> codes(Extraction extraction) {
    return extraction.problems().stream().map(p -> p.code().code()).toList();
  }

  @Test
  void aStampLineUnderTheTitleGivesTheDay() {
    Extraction e = extract(TITLE + "\nالأحد 24 ديسمبر 2017 - 02 : 27 بتوقيت غرينتش\n" + BODY, null,
        null);
    assertEquals("2017-12-24", published(e).value());
    assertEquals(Basis.CONTENT, published(e).basis());
    assertEquals("الأحد 24 ديسمبر 2017 - 02 : 27 بتوقيت غرينتش", published(e).evidence());
    assertTrue(e.articles().get(0).text().indexOf("غرينتش") < 0, "the stamp stays out of the text");
  }

  @Test
  void theFirstStampWins() {
    Extraction e = extract(TITLE + "\n24/12/2017\n" + BODY + "\n2016-03-12\n" + BODY, null, null);
    assertEquals("2017-12-24", published(e).value());
  }

  @Test
  void aDateInABodySentenceIsNotAPublicationDay() {
    Extraction e = extract(TITLE + "\nوقع الهجوم في 12 مارس 2016 في وسط المدينة وأسفر عن "
        + "سقوط عدد من الضحايا بين المدنيين.\n" + BODY, null, null);
    assertEquals(Basis.NONE, published(e).basis());
  }

  @Test
  void theUrlDayIsMetadata() {
    Extraction e = extract(TITLE + "\n" + BODY, URL_DAY, null);
    assertEquals("2017-08-23", published(e).value());
    assertEquals(Basis.METADATA, published(e).basis());
    assertEquals("url: " + URL_DAY, published(e).evidence());
    assertEquals(List.of(), codes(e));
  }

  @Test
  void metadataIsKeptAndADisagreeingUrlIsAWarning() {
    Extraction e = extract(TITLE + "\n" + BODY, URL_DAY, "2017-09-30T10:00:00+03:00");
    assertEquals("2017-09-30", published(e).value());
    assertEquals(Basis.METADATA, published(e).basis());
    assertEquals(List.of("url-date-disagrees"), codes(e));
  }

  @Test
  void aUrlOneDayOffIsNoDisagreement() {
    Extraction e = extract(TITLE + "\n" + BODY, URL_DAY, "2017-08-24");
    assertEquals(List.of(), codes(e));
  }

  @Test
  void aStampTheUrlContradictsYieldsToTheUrl() {
    Extraction e = extract(TITLE + "\nالأحد 21 يناير 2018\n" + BODY, URL_DAY, null);
    assertEquals("2017-08-23", published(e).value());
    assertEquals(Basis.METADATA, published(e).basis());
    assertEquals(List.of("stamp-url-disagree"), codes(e));
  }

  @Test
  void aStampTheUrlConfirmsStaysTheStamp() {
    Extraction e = extract(TITLE + "\n23/8/2017\n" + BODY, URL_DAY, null);
    assertEquals(Basis.CONTENT, published(e).basis());
  }
}
