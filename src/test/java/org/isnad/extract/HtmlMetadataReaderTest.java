package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.model.ProblemCode;
import org.isnad.model.Severity;
import org.isnad.model.SourceHints;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** One test per metadata source of {@link HtmlMetadataReader}. */
class HtmlMetadataReaderTest {
  private final HtmlMetadataReader reader = new HtmlMetadataReader();

  private PageMetadata read(String head, String body) {
    return reader.read(Jsoup.parse("<html lang=\"ar-SA\"><head>" + head + "</head><body>" + body
        + "</body></html>"), SourceHints.none());
  }

  private static String ld(String json) {
    return "<script type=\"application/ld+json\">" + json + "</script>";
  }

  @Test
  void openGraphGivesTitleOutletDateAndUrl() {
    PageMetadata m = read("<meta property=\"og:title\" content=\"عنوان الخبر\">"
        + "<meta property=\"og:site_name\" content=\"الموقع\">"
        + "<meta property=\"og:url\" content=\"https://x.example/a\">"
        + "<meta property=\"article:published_time\" content=\"2024-12-13T10:00:00+03:00\">", "");
    assertEquals("عنوان الخبر", m.title());
    assertEquals("الموقع", m.outlet());
    assertEquals("https://x.example/a", m.url());
    assertEquals("2024-12-13", m.published());
    assertEquals("article:published_time=2024-12-13T10:00:00+03:00", m.publishedEvidence());
    assertEquals("ar", m.language());
  }

  @Test
  void twitterTitleWhenNoOpenGraph() {
    assertEquals("عنوان تويتر",
        read("<meta name=\"twitter:title\" content=\"عنوان تويتر\">", "<h1>غيره</h1>").title());
  }

  @Test
  void jsonLdObjectGivesHeadlineAuthorPublisherDateKeywords() {
    PageMetadata m = read(ld("{\"@type\":\"NewsArticle\",\"headline\":\"العنوان\","
        + "\"author\":{\"@type\":\"Person\",\"name\":\"سلمى العلي\"},"
        + "\"publisher\":{\"name\":\"شبكة الخبر\"},\"datePublished\":\"2023-02-20T08:00:00Z\","
        + "\"keywords\":\"اقتصاد، موازنة\"}"), "");
    assertEquals("العنوان", m.title());
    assertEquals("سلمى العلي", m.author());
    assertEquals("شبكة الخبر", m.outlet());
    assertEquals("2023-02-20", m.published());
    assertEquals("JSON-LD datePublished=2023-02-20T08:00:00Z", m.publishedEvidence());
    assertEquals(List.of("اقتصاد", "موازنة"), m.tags());
  }

  @Test
  void jsonLdArrayAndAuthorArray() {
    PageMetadata m = read(ld("[{\"@type\":\"Organization\",\"name\":\"منظمة\"},"
        + "{\"@type\":\"NewsArticle\",\"author\":[{\"name\":\"خالد\"},\"رنا\"]}]"), "");
    assertEquals("خالد، رنا", m.author());
  }

  @Test
  void jsonLdGraphPrefersTheArticleObject() {
    PageMetadata m = read(ld("{\"@graph\":[{\"@type\":\"WebPage\",\"datePublished\":\"2020-01-01\"},"
        + "{\"@type\":[\"NewsArticle\"],\"datePublished\":\"2025-01-09\",\"headline\":\"خبر\"}]}"),
        "");
    assertEquals("2025-01-09", m.published());
    assertEquals("خبر", m.title());
  }

  @Test
  void brokenJsonLdIsAWarningAndOtherSourcesStillCount() {
    PageMetadata m = read(ld("{\"@type\": \"NewsArticle\", \"headline\": \"مقطوع")
        + "<title>العنوان | الموقع</title>", "");
    assertEquals(1, m.problems().size());
    assertEquals(Severity.WARNING, m.problems().get(0).severity());
    assertEquals(ProblemCode.BROKEN_JSON_LD, m.problems().get(0).code());
    assertEquals("العنوان", m.title());
    assertEquals("الموقع", m.outlet());
  }

  @Test
  void lenientJsonLdWithTrailingCommaIsRead() {
    assertEquals("2024-05-01", read(ld("{\"datePublished\":\"2024-05-01\",}"), "").published());
  }

  @Test
  void timeDatetimeWhenNoMetaDate() {
    PageMetadata m = read("", "<article><time datetime=\"2023-02-20\">20 فبراير</time></article>");
    assertEquals("2023-02-20", m.published());
    assertEquals("time datetime=2023-02-20", m.publishedEvidence());
  }

  @Test
  void itempropAndPubdateMeta() {
    assertEquals("2022-03-04", read("<meta itemprop=\"datePublished\" content=\"2022-03-04\">", "")
        .published());
    assertEquals("2021-07-08", read("<meta name=\"pubdate\" content=\"2021/7/8\">", "")
        .published());
  }

  @Test
  void invalidDateIsSkippedForTheNextSource() {
    PageMetadata m = read("<meta property=\"article:published_time\" content=\"قريباً\">"
        + "<meta name=\"date\" content=\"2024-02-30\">", "<time datetime=\"2024-02-28\">x</time>");
    assertEquals("2024-02-28", m.published());
  }

  @Test
  void titleSuffixGivesOutletAndIsRemoved() {
    PageMetadata m = read("<title>الحكومة تقر الموازنة - صحيفة المساء</title>", "");
    assertEquals("الحكومة تقر الموازنة", m.title());
    assertEquals("صحيفة المساء", m.outlet());
    assertEquals("خبر", read("<meta property=\"og:title\" content=\"خبر | الموقع\">"
        + "<meta property=\"og:site_name\" content=\"الموقع\">", "").title());
  }

  @Test
  void authorFromMetaBylineClassAndRelAuthor() {
    assertEquals("عمر", read("<meta name=\"author\" content=\"عمر\">", "").author());
    assertEquals("سلمى العلي", read("", "<span class=\"byline\">بقلم: سلمى العلي</span>").author());
    assertEquals("رنا", read("", "<a rel=\"author\" href=\"/a\">رنا</a>").author());
  }

  @Test
  void authorThatIsTheSiteOrAUrlIsSkipped() {
    PageMetadata m = read("<meta property=\"og:site_name\" content=\"الموقع\">"
        + "<meta name=\"author\" content=\"الموقع\">"
        + "<meta property=\"article:author\" content=\"https://facebook.com/x\">", "");
    assertNull(m.author());
  }

  @Test
  void tagsFromArticleTagKeywordsAndRelTag() {
    PageMetadata m = read("<meta property=\"article:tag\" content=\"سوريا\">"
        + "<meta name=\"keywords\" content=\"دمشق،سوريا\">", "<a rel=\"tag\" href=\"/t\">#حلب</a>");
    assertEquals(List.of("سوريا", "دمشق", "حلب"), m.tags());
  }

  @Test
  void canonicalLinkIsTheUrl() {
    assertEquals("https://x.example/c", read("<link rel=\"canonical\" href=\"https://x.example/c\">"
        + "<meta property=\"og:url\" content=\"https://x.example/og\">", "").url());
  }

  @Test
  void containerHintsFillWhatThePageLacks() {
    PageMetadata m = reader.read(Jsoup.parse("<p>نص</p>"),
        new SourceHints("https://h.example/1", "عنوان التلميح", "2024-12-08T06:00:00Z", "وكالة"));
    assertEquals("https://h.example/1", m.url());
    assertEquals("عنوان التلميح", m.title());
    assertEquals("وكالة", m.outlet());
    assertEquals("2024-12-08", m.published());
    assertTrue(m.publishedEvidence().startsWith("source metadata="));
  }

  @Test
  void isoDateForms() {
    assertEquals("2024-12-13", IsoDate.of("2024-12-13T10:00:00+03:00"));
    assertEquals("2024-12-13", IsoDate.of("20241213"));
    assertEquals("2024-01-05", IsoDate.of("٢٠٢٤/١/٥"));
    assertNull(IsoDate.of("13 ديسمبر 2024"));
    assertNull(IsoDate.of("2024-13-01"));
    assertNull(IsoDate.of(null));
  }
}
