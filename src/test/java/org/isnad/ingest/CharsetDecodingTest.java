package org.isnad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.model.Document;
import org.isnad.model.Format;
import org.isnad.model.Problem;
import org.isnad.model.ProblemCode;
import org.isnad.model.Severity;
import org.isnad.model.SourceHints;
import org.junit.jupiter.api.Test;

/** Hostile charsets: text is decoded by what the bytes are, and every doubt is a warning. */
class CharsetDecodingTest {
  static final Path FIXTURES = Path.of("src/test/resources/org/isnad/hostile/charset");

  static String article() throws IOException {
    return Files.readString(FIXTURES.resolve("article.txt"), StandardCharsets.UTF_8);
  }

  static List<String> paragraphs() throws IOException {
    return List.of(article().strip().split("\n\n"));
  }

  static List<Document> ingest(String name) {
    List<Document> documents = new ArrayList<>();
    new Ingestor().ingest(List.of(FIXTURES.resolve(name).toString()), documents::add);
    return documents;
  }

  static Document one(String name) {
    List<Document> documents = ingest(name);
    assertEquals(1, documents.size());
    return documents.get(0);
  }

  static Document fromBytes(byte[] bytes, String declared) {
    return new DocumentFactory().create("test", bytes, Format.HTML, declared, SourceHints.none());
  }

  static boolean has(Document document, String code) {
    return document.problems().stream().anyMatch(p -> p.code() == ProblemCode.of(code));
  }

  static void assertWarned(Document document, String code) {
    assertTrue(document.problems().stream()
        .anyMatch(p -> p.code() == ProblemCode.of(code) && p.severity() == Severity.WARNING),
        "expected a " + code + " warning, got " + document.problems());
  }

  /** How many of the article's words appear, in order, in the decoded content. */
  static int wordsRight(String content, String expected) {
    String[] words = expected.split("\\s+");
    int right = 0;
    int from = 0;
    for (String word : words) {
      int at = content.indexOf(word, from);
      if (at >= 0) {
        right++;
        from = at + word.length();
      }
    }
    return right;
  }

  static long count(String text, char c) {
    return text.chars().filter(x -> x == c).count();
  }

  @Test
  void invalidBytesAtTheStartOfUtf8DoNotTurnTheFileToWindows1256() throws IOException {
    Document document = one("utf8-bad-start.txt");
    assertEquals("UTF-8", document.charset());
    assertTrue(document.content().endsWith(article()), document.content());
    assertTrue(document.content().startsWith("\uFFFD"), document.content());
    assertWarned(document, "undecodable-bytes");
    assertWarned(document, "decoding-doubtful");
  }

  @Test
  void aFewStrayBytesInUtf8BecomeReplacementsWithAWarning() throws IOException {
    Document document = one("utf8-stray-bytes.txt");
    String article = article();
    assertEquals("UTF-8", document.charset());
    assertEquals(article.split("\\s+").length, wordsRight(document.content(), article));
    assertEquals(3, count(document.content(), '\uFFFD'));
    assertWarned(document, "undecodable-bytes");
    assertFalse(has(document, "decoding-doubtful"), document.problems().toString());
  }

  @Test
  void halfUtf8HalfWindows1256IsDecodedPerSegment() throws IOException {
    Document document = one("half-utf8-half-cp1256.txt");
    for (String paragraph : paragraphs()) {
      assertTrue(document.content().contains(paragraph), document.content());
    }
    assertEquals("UTF-8+windows-1256", document.charset());
    assertWarned(document, "mixed-charsets");
    assertEquals(0, count(document.content(), '\uFFFD'));
  }

  @Test
  void latin1DeclaredOverIso88596BytesIsOverriddenByTheBytes() throws IOException {
    Document document = one("latin1-declared-over-iso-8859-6.html");
    assertEquals("ISO-8859-6", document.charset());
    assertTrue(document.content().contains(paragraphs().get(0)), document.content());
    assertTrue(document.content().contains(paragraphs().get(1)), document.content());
    assertWarned(document, "charset-mismatch");
  }

  @Test
  void utf16DeclaredInTheMetaOverUtf8BytesIsUtf8() throws IOException {
    Document document = one("utf16-declared-over-utf8.html");
    assertEquals("UTF-8", document.charset());
    assertTrue(document.content().contains(paragraphs().get(0)), document.content());
    assertWarned(document, "charset-mismatch");
  }

  @Test
  void utf16DeclaredByTheContainerOverUtf8BytesIsUtf8() throws IOException {
    Document document = fromBytes(article().getBytes(StandardCharsets.UTF_8), "utf-16");
    assertEquals("UTF-8", document.charset());
    assertEquals(article(), document.content());
    assertWarned(document, "charset-mismatch");
  }

  @Test
  void utf16WithoutAByteOrderMarkIsDecodedNotRejectedAsBinary() throws IOException {
    for (String order : List.of("le", "be")) {
      Document document = one("utf16" + order + "-no-bom.txt");
      assertFalse(document.failed(), document.problems().toString());
      assertEquals("UTF-16" + order.toUpperCase(java.util.Locale.ROOT), document.charset());
      assertEquals(article(), document.content());
      assertWarned(document, "charset-guessed");
    }
  }

  @Test
  void utf16WithoutAByteOrderMarkWinsOverAWrongDeclaration() throws IOException {
    Document document = fromBytes(article().getBytes(StandardCharsets.UTF_16LE), "windows-1256");
    assertEquals("UTF-16LE", document.charset());
    assertEquals(article(), document.content());
    assertWarned(document, "charset-mismatch");
  }

  @Test
  void jsonLinesStartingWithAByteOrderMarkAreRead() throws IOException {
    List<Document> documents = ingest("bom.jsonl");
    assertEquals(2, documents.size());
    assertFalse(documents.get(0).failed(), documents.get(0).problems().toString());
    assertEquals(paragraphs().get(0), documents.get(0).content());
    assertEquals("https://example.com/1", documents.get(0).hints().url());
    assertEquals(paragraphs().get(1), documents.get(1).content());
  }

  @Test
  void aPageLabelledArabicWithoutArabicLettersIsDoubtful() {
    Document document = one("labelled-arabic-no-arabic.html");
    assertTrue(document.content().contains("ministère"), document.content());
    assertWarned(document, "decoding-doubtful");
  }

  @Test
  void damagedBytesThatAreArabicInNoCharsetStayReplacementCharacters() throws IOException {
    Document document = one("utf8-with-junk.txt");
    assertEquals("UTF-8", document.charset());
    assertTrue(document.content().startsWith(paragraphs().get(0) + "\n\uFFFD"));
    assertWarned(document, "undecodable-bytes");
    assertWarned(document, "decoding-doubtful");
  }

  @Test
  void anUndeclaredLegacyCharsetIsAGuessWithAWarning() throws IOException {
    Document document = fromBytes(article().getBytes("windows-1256"), null);
    assertEquals("windows-1256", document.charset());
    assertEquals(article(), document.content());
    assertWarned(document, "charset-guessed");
  }

  @Test
  void iso88596IsChosenOverWindows1256ByTheArabicLettersItGives() throws IOException {
    Document document = fromBytes(article().getBytes("ISO-8859-6"), null);
    assertEquals("ISO-8859-6", document.charset());
    assertEquals(article(), document.content());
  }

  @Test
  void aDeclaredLegacyCharsetOverUtf8WithAStrayByteIsUtf8() throws IOException {
    byte[] utf8 = article().getBytes(StandardCharsets.UTF_8);
    byte[] damaged = new byte[utf8.length + 1];
    System.arraycopy(utf8, 0, damaged, 1, utf8.length);
    damaged[0] = (byte) 0xFF;
    Document document = fromBytes(damaged, "windows-1256");
    assertEquals("UTF-8", document.charset());
    assertEquals("\uFFFD" + article(), document.content());
    assertWarned(document, "charset-mismatch");
  }

  @Test
  void aRightDeclarationGivesNoWarning() throws IOException {
    assertEquals(List.of(), fromBytes(article().getBytes("windows-1256"), "windows-1256")
        .problems());
    assertEquals(List.of(), fromBytes(article().getBytes(StandardCharsets.UTF_8), "UTF-8")
        .problems());
    assertEquals(List.of(), fromBytes(article().getBytes(StandardCharsets.UTF_8), null)
        .problems());
  }

  @Test
  void manyAlternatingCharsetsFallBackToOneWithAWarning() {
    StringBuilder utf8 = new StringBuilder();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    byte[] legacyWord = {(byte) 0xC7, (byte) 0xE1, ' '};
    byte[] utf8Word = "من ".getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 150_000; i++) {
      bytes.write(utf8Word, 0, utf8Word.length);
      bytes.write(legacyWord, 0, legacyWord.length);
    }
    Document document = fromBytes(bytes.toByteArray(), null);
    assertFalse(document.failed());
    assertWarned(document, "decoding-doubtful");
  }

  @Test
  void binaryDataIsStillBinary() {
    byte[] noise = new byte[4096];
    new java.util.Random(14).nextBytes(noise);
    assertTrue(fromBytes(noise, null).failed());
  }

  @Test
  void theTwoArabicCharsetsOverrideEachOtherWhenTheBytesSaySo() throws IOException {
    Document iso = fromBytes(article().getBytes("ISO-8859-6"), "windows-1256");
    assertEquals("ISO-8859-6", iso.charset());
    assertEquals(article(), iso.content());
    assertWarned(iso, "charset-mismatch");
    Document windows = fromBytes(article().getBytes("windows-1256"), "ISO-8859-6");
    assertEquals("windows-1256", windows.charset());
    assertEquals(article(), windows.content());
    assertWarned(windows, "charset-mismatch");
  }

  @Test
  void aDeclaredLatinCharsetOverLatinTextIsKept() {
    String french = "Le ministère a annoncé l'ouverture d'un hôpital près de la frontière.";
    Document document = fromBytes(french.getBytes(StandardCharsets.ISO_8859_1), "windows-1252");
    assertEquals("windows-1252", document.charset());
    assertEquals(french, document.content());
    assertEquals(List.of(), document.problems());
  }

  @Test
  void anUnknownDeclaredCharsetIsIgnoredWithAWarning() throws IOException {
    byte[] page = ("<meta charset=\"windows-1256\"><p>" + paragraphs().get(0) + "</p>")
        .getBytes("windows-1256");
    Document document = fromBytes(page, "x-no-such-charset");
    assertEquals("windows-1256", document.charset());
    assertTrue(document.content().contains(paragraphs().get(0)));
    assertWarned(document, "charset-unknown");
  }

  @Test
  void aDeclaredMultiByteCharsetOverWindows1256BytesIsOverridden() throws IOException {
    Document document = fromBytes(article().getBytes("windows-1256"), "GBK");
    assertEquals("windows-1256", document.charset());
    assertEquals(article(), document.content());
    assertWarned(document, "charset-mismatch");
  }

  @Test
  void theMixedCharsetsWarningStaysShortOnAPageOfManyStretches() throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < 200; i++) {
      out.writeBytes((paragraphs().get(i % 4) + "\n").getBytes(
          i % 2 == 0 ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName("windows-1256")));
    }
    Document document = fromBytes(out.toByteArray(), null);
    assertEquals("UTF-8+windows-1256", document.charset());
    for (String paragraph : paragraphs()) {
      assertTrue(document.content().contains(paragraph));
    }
    for (Problem problem : document.problems()) {
      assertTrue(problem.message().length() < 2000, problem.message());
    }
  }

  @Test
  void aTextThatMerelyMentionsLangArIsNotLabelledArabic() {
    String text = "Use the attribute lang=\"ar\" on the html element for Arabic pages.";
    Document document = new DocumentFactory().create("notes.txt",
        text.getBytes(StandardCharsets.UTF_8), Format.TEXT, null, SourceHints.none());
    assertEquals(List.of(), document.problems());
  }

  @Test
  void aUtf16ByteOrderMarkOverUtf8IsIgnoredWithAWarning() throws IOException {
    byte[] text = article().getBytes(StandardCharsets.UTF_8);
    byte[] input = new byte[text.length + 2];
    input[0] = (byte) 0xFF;
    input[1] = (byte) 0xFE;
    System.arraycopy(text, 0, input, 2, text.length);
    Document document = fromBytes(input, null);
    assertEquals("UTF-8", document.charset());
    assertEquals(article(), document.content());
    assertWarned(document, "charset-mismatch");
  }
}
