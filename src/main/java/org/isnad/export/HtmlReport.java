package org.isnad.export;

import static org.isnad.export.ReportLabels.label;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.isnad.model.Analysis;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.AnnotatedDocument;
import org.isnad.model.Article;
import org.isnad.model.DropReason;
import org.isnad.model.Dropped;
import org.isnad.model.Extraction;
import org.isnad.model.Skipped;
import org.isnad.model.Published;
import org.isnad.model.ChainRole;
import org.isnad.model.Quote;
import org.isnad.model.Timex;

/**
 * A self-contained right-to-left HTML report: one section per article (title, outlet, author,
 * dateline, publication date, clean text) and, folded under each document, what was dropped from
 * the page and why. Documents that could not be read are listed first so a user sees them, then,
 * folded, the pages read without an article (a warning, counted apart in the header).
 *
 * <p>The report is one page holding every article; it is for small runs. Above
 * {@link #LARGE_RUN_ARTICLES} articles it opens with a notice saying so, with the number of
 * articles, and pointing to {@code isnad serve}, which pages, filters and searches a case of any
 * size.
 *
 * <p>Thread safe: holds no state. All page text is HTML-escaped and made valid whatever it holds
 * (lone surrogates, control characters: {@link #escape}), so the report is never cut short.
 */
public final class HtmlReport {
  /**
   * The most articles the report is meant for ("a few hundred"): past this, one page holding
   * every article grows too tall to read (issue 17 saw 17 MB and 234,000 elements for 2,000
   * SaudiNewsNet articles).
   */
  public static final int LARGE_RUN_ARTICLES = 300;
  private static final String SERVE_COMMAND = "isnad serve PATH…";

  /** Writes the report for {@code analysis}; does not close {@code out}. */
  public void write(Analysis analysis, Writer out) throws IOException {
    out.write("<!doctype html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.write("<title>isnad — " + label("report-title") + "</title>\n<style>\n" + ReportStyle.CSS
        + "</style>\n");
    out.write("</head>\n<body>\n");
    writeLargeRunNotice(analysis.articles().size(), out);
    writeHeader(analysis, out);
    writeFailures(analysis.failures(), out);
    writeWithoutArticle(analysis.withoutArticle(), out);
    writeSkipped(analysis.skipped(), out);
    TimelineHtml.write(analysis, out);
    for (AnnotatedDocument document : analysis.annotated()) {
      writeDocument(document, out);
    }
    out.write("</body>\n</html>\n");
  }

  /** Above {@link #LARGE_RUN_ARTICLES} articles: this report is for small runs; serve instead. */
  private static void writeLargeRunNotice(int articles, Writer out) throws IOException {
    if (articles <= LARGE_RUN_ARTICLES) {
      return;
    }
    String limit = String.valueOf(LARGE_RUN_ARTICLES);
    out.write("<aside class=\"large-run\" role=\"note\" style=\"border:2px solid #8a6d3b;"
        + "padding:.5rem 1rem;margin-bottom:1rem;background:#fff8e6\"><p>"
        + escape(label("large-run").replace("{n}", String.valueOf(articles))
            .replace("{max}", limit))
        + "<br><code dir=\"ltr\">" + escape(SERVE_COMMAND) + "</code></p>"
        + "<p class=\"meta\" dir=\"ltr\">" + articles + " articles: this one-page report is for"
        + " runs of up to " + limit + " articles. To browse, filter and search this case, run "
        + "<code>" + escape(SERVE_COMMAND) + "</code> with the same inputs.</p></aside>\n");
  }

  private static void writeHeader(Analysis analysis, Writer out) throws IOException {
    int documents = analysis.documents().size();
    int articles = analysis.articles().size();
    int failed = analysis.failures().size();
    int empty = analysis.withoutArticle().size();
    int skipped = analysis.skipped().size();
    out.write("<header><h1>isnad</h1><p class=\"summary\">");
    out.write(documents + " " + label("document") + " · " + articles + " " + label("article")
        + " · " + empty + " " + label("without-article") + " · " + failed
        + " " + label("failed") + " · " + skipped + " " + label("unread-path"));
    out.write("<br><span class=\"meta\" dir=\"ltr\">" + documents + " documents · " + articles
        + " articles · " + empty + " without article · " + failed + " failed · " + skipped
        + " skipped · generated "
        + escape(analysis.generatedAt().toString()) + "</span></p>");
    writeToc(analysis, out);
    out.write("</header>\n");
  }

  private static void writeToc(Analysis analysis, Writer out) throws IOException {
    out.write("<nav><ol>");
    for (Article article : analysis.articles()) {
      String title = article.title() == null ? "(" + label("untitled") + ")" : article.title();
      out.write("<li><a href=\"#" + escape(article.id()) + "\">" + escape(title) + "</a></li>");
    }
    out.write("</ol></nav>");
  }

  private static void writeFailures(List<Extraction> failures, Writer out) throws IOException {
    if (failures.isEmpty()) {
      return;
    }
    out.write("<section class=\"failures\"><h2>" + label("failed-documents") + "</h2><ul>");
    for (Extraction failure : failures) {
      out.write("<li><code dir=\"ltr\">" + escape(failure.document().source()) + "</code>: "
          + "<span dir=\"ltr\">" + escape(failure.error()) + "</span></li>");
    }
    out.write("</ul></section>\n");
  }

  /** Pages read without an article: a warning, folded, below the failures. */
  private static void writeWithoutArticle(List<Extraction> pages, Writer out) throws IOException {
    if (pages.isEmpty()) {
      return;
    }
    out.write("<details class=\"no-article\"><summary>" + label("pages-without-article") + " ("
        + pages.size() + ")</summary><ul>");
    for (Extraction page : pages) {
      out.write("<li><code dir=\"ltr\">" + escape(page.document().source()) + "</code>: "
          + "<span dir=\"ltr\">" + escape(page.error()) + "</span></li>");
    }
    out.write("</ul></details>\n");
  }

  /** Input paths met but not read (hidden, FIFOs, dangling links…), folded, with why. */
  private static void writeSkipped(List<Skipped> paths, Writer out) throws IOException {
    if (paths.isEmpty()) {
      return;
    }
    out.write("<details class=\"no-article\"><summary>" + label("unread-paths") + " ("
        + paths.size() + ")</summary><ul>");
    for (Skipped path : paths) {
      out.write("<li><code dir=\"ltr\">" + escape(path.path()) + "</code>: <span dir=\"ltr\">"
          + escape(path.code()) + " — " + escape(path.reason()) + "</span></li>");
    }
    out.write("</ul></details>\n");
  }

  private static void writeDocument(AnnotatedDocument annotated, Writer out)
      throws IOException {
    var document = annotated.document();
    out.write("<section class=\"document\" id=\"" + escape(document.id()) + "\">\n");
    out.write("<p class=\"source\" dir=\"ltr\"><code>" + escape(document.source()) + "</code>"
        + (document.charset() == null ? "" : " · " + escape(document.charset()))
        + (document.duplicateOf() == null ? "" : " · duplicate of " + escape(document.duplicateOf()))
        + "</p>\n");
    for (AnnotatedArticle article : annotated.articles()) {
      writeArticle(article.article(), article.timexes(), article.quotes(), out);
    }
    writeDropped(annotated.dropped(), out);
    out.write("</section>\n");
  }

  private static void writeArticle(Article article, List<Timex> timexes, List<Quote> quotes,
      Writer out) throws IOException {
    out.write("<article id=\"" + escape(article.id()) + "\">\n");
    out.write("<h2>" + escape(article.title() == null ? "(" + label("untitled") + ")"
        : article.title()) + "</h2>\n");
    out.write("<dl class=\"fields\">");
    field(out, label("outlet"), article.outlet());
    field(out, label("author"), article.author());
    field(out, label("dateline"), article.dateline());
    field(out, label("source"), article.credit());
    field(out, label("published"), published(article.published()));
    field(out, label("tags"), article.tags().isEmpty() ? null : String.join("، ", article.tags()));
    field(out, label("link"), article.url());
    out.write("</dl>\n<div class=\"text\"><p>");
    out.write(TextMarkup.withTimexes(article.text(), timexes));
    out.write("</p></div>\n");
    writeTimexList(timexes, out);
    writeQuoteList(quotes, out);
    out.write("</article>\n");
  }

  /** Who said what, through whom: one row per statement, the chain from publisher to origin. */
  private static void writeQuoteList(List<Quote> quotes, Writer out) throws IOException {
    if (quotes.isEmpty()) {
      return;
    }
    out.write("<details class=\"quotes\"><summary>" + label("attributed-statements") + " ("
        + quotes.size()
        + ")</summary>\n<table><tr><th>" + label("speaker") + "</th><th>" + label("verb")
        + "</th><th>" + label("statement") + "</th><th>" + label("chain") + "</th>"
        + "</tr>\n");
    for (Quote quote : quotes) {
      String chain = quote.chain().stream().map(l -> escape(l.name()) + " <small>("
          + ROLE_NAMES.get(l.role()) + ")</small>").collect(java.util.stream.Collectors.joining(
              " ← "));
      out.write("<tr><td>" + escape(quote.speaker().text())
          + (quote.speaker().carried() ? " <small>(" + label("implicit") + ")</small>" : "")
          + "</td><td>"
          + escape(quote.cue()) + "</td><td>" + (quote.direct() ? "«" : "")
          + escape(quote.content()) + (quote.direct() ? "»" : "") + "</td><td>" + chain
          + "</td></tr>\n");
    }
    out.write("</table></details>\n");
  }

  private static final java.util.Map<ChainRole, String> ROLE_NAMES = java.util.Map.of(
      ChainRole.PUBLISHER, label("publisher"), ChainRole.RELAY, label("relay"),
      ChainRole.SPEAKER, label("speaker"),
      ChainRole.SOURCE, label("speaker-source"));

  private static void writeTimexList(List<Timex> timexes, Writer out) throws IOException {
    if (timexes.isEmpty()) {
      return;
    }
    long flagged = timexes.stream().filter(t -> t.problem() != null).count();
    out.write("<details class=\"timexes\"><summary>" + label("time-expressions") + " ("
        + timexes.size() + ")"
        + (flagged == 0 ? "" : " — <span class=\"flag\">" + flagged + " " + label("doubtful")
            + "</span>")
        + "</summary><table><tr><th>" + label("text") + "</th><th>" + label("type") + "</th><th>"
        + label("value") + "</th><th>" + label("reference") + "</th>"
        + "<th>" + label("note") + "</th></tr>\n");
    for (Timex timex : timexes) {
      out.write("<tr><td>" + escape(timex.text()) + "</td><td dir=\"ltr\">" + timex.type()
          + "</td><td dir=\"ltr\">" + escape(timex.value() == null ? "—" : timex.value())
          + (timex.mod() == null ? "" : " (" + escape(timex.mod().name()) + ")") + "</td><td dir=\"ltr\">"
          + escape(timex.anchor() == null ? "" : timex.anchor()) + "</td><td dir=\"ltr\" class=\"flag\">"
          + escape(timex.problem() == null ? "" : timex.problem()) + "</td></tr>\n");
    }
    out.write("</table></details>\n");
  }

  private static String published(Published published) {
    if (published.value() == null && published.earliest() == null) {
      return label("unknown") + " (" + published.basis().json() + ")";
    }
    String window = published.earliest() == null ? ""
        : " [" + published.earliest() + " … " + published.latest() + "]";
    String evidence = published.evidence() == null ? "" : " — «" + published.evidence() + "»";
    return (published.value() == null ? "?" : published.value()) + window + " ("
        + published.basis().json() + ")" + evidence;
  }

  private static void field(Writer out, String label, String value) throws IOException {
    String shown = value == null ? "—" : value;
    out.write("<dt>" + label + "</dt><dd" + (value == null ? " class=\"missing\"" : "") + ">"
        + escape(shown) + "</dd>");
  }

  private static void writeDropped(List<Dropped> dropped, Writer out) throws IOException {
    if (dropped.isEmpty()) {
      return;
    }
    Map<DropReason, Long> counts = dropped.stream()
        .collect(Collectors.groupingBy(Dropped::reason, Collectors.counting()));
    out.write("<details class=\"dropped\"><summary>" + label("dropped-from-page") + " ("
        + dropped.size() + "): " + escape(summary(counts)) + "</summary>\n<table>");
    out.write("<tr><th>" + label("line") + "</th><th>" + label("reason") + "</th><th>"
        + label("text") + "</th></tr>\n");
    for (Dropped block : dropped) {
      out.write("<tr><td>" + (block.line() == null ? "" : block.line()) + "</td><td dir=\"ltr\">"
          + escape(block.reason().code()) + "<br><small>" + escape(block.reason().description())
          + "</small></td><td>" + escape(block.text()) + "</td></tr>\n");
    }
    out.write("</table></details>\n");
  }

  private static String summary(Map<DropReason, Long> counts) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey().code() + " ×" + e.getValue())
        .collect(Collectors.joining(", "));
  }

  /**
   * {@code text} as HTML/XML character data or attribute value: markup characters escaped, and
   * whatever XML 1.0 does not allow removed or replaced ({@link SafeText#xml}); never throws.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    String safe = SafeText.xml(text);
    StringBuilder out = new StringBuilder(safe.length() + 16);
    safe.codePoints().forEach(c -> out.append(ESCAPES.getOrDefault(c, Character.toString(c))));
    return out.toString();
  }

  private static final Map<Integer, String> ESCAPES = Map.of(
      (int) '<', "&lt;", (int) '>', "&gt;", (int) '&', "&amp;", (int) '"', "&quot;",
      (int) '\'', "&#39;");
}
