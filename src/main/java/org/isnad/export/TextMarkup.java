package org.isnad.export;

import java.util.Comparator;
import java.util.List;
import org.isnad.model.Timex;

/**
 * Article text as HTML: escaped, paragraphs as {@code <p>}, time expressions wrapped in
 * {@code <mark>} with their value as a tooltip (flagged ones in a second colour). Offsets are
 * code points, as in the model.
 */
final class TextMarkup {
  private TextMarkup() {}

  static String withTimexes(String text, List<Timex> timexes) {
    int[] points = text.codePoints().toArray();
    StringBuilder html = new StringBuilder(text.length() + timexes.size() * 40);
    int at = 0;
    for (Timex timex : timexes.stream().sorted(Comparator.comparingInt(Timex::start)).toList()) {
      if (timex.start() < at || timex.end() > points.length) {
        continue;
      }
      html.append(plain(points, at, timex.start()));
      String title = (timex.value() == null ? "?" : timex.value())
          + (timex.problem() == null ? "" : " — " + timex.problem());
      html.append("<mark class=\"").append(timex.problem() == null ? "timex" : "timex flag")
          .append("\" title=\"").append(HtmlReport.escape(title)).append("\">")
          .append(plain(points, timex.start(), timex.end())).append("</mark>");
      at = timex.end();
    }
    html.append(plain(points, at, points.length));
    return html.toString();
  }

  private static String plain(int[] points, int from, int to) {
    return HtmlReport.escape(new String(points, from, to - from))
        .replace("\n\n", "</p>\n<p>").replace("\n", "<br>");
  }
}
