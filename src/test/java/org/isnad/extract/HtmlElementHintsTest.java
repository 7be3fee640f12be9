package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.model.DropReason;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link ElementHints} and {@link HtmlBlockWalker}. */
class HtmlElementHintsTest {
  private final ElementHints hints = ElementHints.bundled();

  private static Element first(String html) {
    return Jsoup.parse(html).body().child(0);
  }

  private DropReason reason(String html) {
    return hints.furniture(first(html));
  }

  @Test
  void classNamesSplitIntoWordsAtDashesUnderscoresAndCamelCase() {
    assertEquals(List.of(List.of("related", "posts"), List.of("post", "share", "bar")),
        ElementHints.names(first("<div class=\"relatedPosts\" id=\"post-share_bar\"></div>")));
  }

  @Test
  void wholeWordsOnly() {
    assertNull(reason("<div class=\"shareholders-report\"></div>"));
    assertEquals(DropReason.SHARE_FOLLOW, reason("<div class=\"share-box\"></div>"));
  }

  @Test
  void furnitureTags() {
    assertEquals(DropReason.NAVIGATION, reason("<nav></nav>"));
    assertEquals(DropReason.COMMENT_FORM, reason("<form></form>"));
    assertTrue(hints.isSilent(first("<button>إرسال</button>")));
  }

  @Test
  void aContentNameRescuesAnElementFromAnotherFurnitureName() {
    assertNull(reason("<div class=\"main-content with-sidebar\"></div>"));
    assertEquals(DropReason.NON_CONTENT, reason("<div class=\"sidebar-content\"></div>"));
    assertEquals(DropReason.TAGS, reason("<div class=\"entry-tags\"></div>"));
  }

  @Test
  void aPreciseReasonWinsOverNonContent() {
    assertEquals(DropReason.RELATED_LIST, reason("<section class=\"widget widget_popular\">"
        + "</section>"));
  }

  @Test
  void hintsAreNotReadOnInlineElementsOrArticle() {
    assertNull(reason("<span class=\"share\">نص</span>"));
    assertNull(reason("<article class=\"related\"></article>"));
  }

  @Test
  void refineLooksInsideAGenericBlockThenAtItsText() {
    Element footer = first("<footer class=\"entry-footer\"><span class=\"tags-links\">الوسوم: "
        + "<a>أ</a></span></footer>");
    assertEquals(DropReason.TAGS, HtmlBlockWalker.refine(footer, DropReason.NON_CONTENT,
        footer.text(), hints));
    Element stamp = first("<div>20 يناير 2025</div>");
    assertEquals(DropReason.DATE_STAMP, HtmlBlockWalker.refine(stamp, null, stamp.text(), hints));
  }

  @Test
  void walkerSplitsAtBlocksAndBreaksAndCountsLinkText() {
    HtmlBlockWalker.Result r = HtmlBlockWalker.walk(first("<div>سطر أول<br>سطر <a>ثان</a>"
        + "<p>فقرة</p>ذيل<script>x()</script></div>"), hints);
    assertEquals(List.of("سطر أول", "سطر ثان", "فقرة", "ذيل"),
        r.blocks().stream().map(HtmlBlock::text).toList());
    assertEquals(3, r.blocks().get(1).linkChars());
    assertEquals("p", r.blocks().get(2).element().normalName());
  }

  @Test
  void walkerListsFurnitureAndKeepsTagLinks() {
    HtmlBlockWalker.Result r = HtmlBlockWalker.walk(first("<div><p>نص</p><div class=\"tags\">"
        + "<a>#سوريا</a><a>دمشق</a></div></div>"), hints);
    assertEquals(List.of("سوريا", "دمشق"), r.tags());
    assertEquals(DropReason.TAGS, r.dropped().get(0).reason());
  }

  @Test
  void longSummariesAreCut() {
    String summary = HtmlBlockWalker.summary("ب".repeat(500));
    assertEquals(HtmlBlockWalker.SUMMARY_CHARS + 1, summary.length());
    assertTrue(summary.endsWith("…"));
  }

  @Test
  void codePointIndexCountsSurrogatePairsOnce() {
    CodePointIndex index = new CodePointIndex("a😀b😀c");
    assertEquals(0, index.codePoints(0));
    assertEquals(2, index.codePoints(3));
    assertEquals(5, index.codePoints(7));
  }
}
