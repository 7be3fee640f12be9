package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.model.Article;
import org.isnad.model.Document;
import org.isnad.model.Extraction;
import org.isnad.model.Format;
import org.isnad.model.Problem;
import org.isnad.model.Segment;

/**
 * What must hold for any input, however hostile, once ingested and extracted. The fuzz tests
 * assert these after every run; a failure is a finding.
 *
 * <ul>
 *   <li>a document that failed has no content, one that did not has a charset;
 *   <li>extraction never reaches its last-resort catch ({@code "extraction failed on"}): that
 *       catch keeps a batch alive, but reaching it means a bug in our code or a library's;
 *   <li>every article's segments lie inside its text and its document's content (code points),
 *       in text order; for text pages both stretches hold the same characters.
 * </ul>
 */
public final class ExtractionChecks {
  /** The message prefix of the safety-net catches in {@code HtmlPageExtractor} and {@code Isnad}. */
  static final String SAFETY_NET = "extraction failed on";
  private static final PageExtractor EXTRACTOR = new PageExtractor();

  private ExtractionChecks() {}

  /** Extracts {@code documents} as a batch does (template learned from them) and checks all. */
  public static List<Extraction> extractAndCheck(List<Document> documents) {
    SiteTemplate template = SiteTemplate.learn(documents);
    return documents.stream().map(d -> {
      checkDocument(d);
      Extraction extraction = EXTRACTOR.extract(d, template);
      checkExtraction(extraction);
      return extraction;
    }).toList();
  }

  /**
   * A document is either failed and empty, a duplicate, or decoded with a named charset; and no
   * problem records a programming error ({@link #PROGRAMMING_ERRORS}) that a catch-all in ingest
   * turned into "unreadable" or "damaged archive".
   */
  public static void checkDocument(Document d) {
    assertNotNull(d.content(), "content");
    d.problems().forEach(p -> checkNotABug(d, p));
    if (d.failed()) {
      assertEquals("", d.content(), d.source() + ": a failed document has no content");
    } else if (d.duplicateOf() == null) {
      assertNotNull(d.charset(), d.source() + ": a decoded document names its charset");
    }
  }

  /** Exceptions that mean a bug in code, never bad content, when a catch-all records them. */
  static final List<String> PROGRAMMING_ERRORS = List.of("java.lang.NullPointerException",
      "java.lang.IndexOutOfBoundsException", "java.lang.ArrayIndexOutOfBoundsException",
      "java.lang.StringIndexOutOfBoundsException", "java.lang.UnsupportedOperationException",
      "java.lang.ClassCastException", "java.lang.ArithmeticException",
      "java.lang.IllegalStateException", "java.lang.NegativeArraySizeException",
      "java.util.ConcurrentModificationException");

  /**
   * The fixed openings of ingest's catch-all messages, each followed directly by the caught
   * exception's {@code toString()}. Only the text right after an opening is looked at: the rest
   * of a message may echo page content, which a fuzzer learns to fill with class names.
   */
  private static List<String> catchAllOpenings(Document d) {
    return List.of("cannot read " + d.source() + ": ",
        "the web archive is damaged or truncated after the records already read: ");
  }

  private static void checkNotABug(Document d, Problem p) {
    assertNotNull(p.message(), "problem message");
    for (String opening : catchAllOpenings(d)) {
      for (String error : PROGRAMMING_ERRORS) {
        assertFalse(p.message().startsWith(opening + error), "a bug recorded as a problem: " + p);
      }
    }
  }

  /** The extraction's problems and articles obey the contract above. */
  public static void checkExtraction(Extraction e) {
    for (Problem p : e.problems()) {
      assertFalse(p.message().startsWith(SAFETY_NET), "safety net reached: " + p);
    }
    assertTrue(!e.document().failed() || e.articles().isEmpty(),
        "a document ingest could not read has no articles");
    String content = e.document().content();
    int[] contentPoints = content.codePoints().toArray();
    for (Article article : e.articles()) {
      checkArticle(article, contentPoints, e.document().format());
    }
  }

  private static void checkArticle(Article article, int[] content, Format format) {
    int[] text = article.text().codePoints().toArray();
    int previous = 0;
    for (Segment s : article.segments()) {
      String where = article.id() + " segment " + s + " (text " + text.length + ", content "
          + content.length + " code points)";
      assertTrue(s.end() <= text.length, where + ": ends after the text");
      assertTrue(s.sourceEnd() <= content.length, where + ": ends after the content");
      assertTrue(s.start() >= previous, where + ": out of text order");
      previous = s.start();
      if (format == Format.TEXT) {
        assertEquals(new String(content, s.sourceStart(), s.sourceEnd() - s.sourceStart()),
            new String(text, s.start(), s.end() - s.start()), where + ": text differs from source");
      }
    }
  }
}
