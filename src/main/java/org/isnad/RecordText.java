package org.isnad;

import java.util.List;
import org.isnad.model.ChainLink;
import org.isnad.model.Published;
import org.isnad.model.Quote;
import org.isnad.model.Speaker;

/**
 * The text forms ({@code toString}) of the records the event pass key digests, written out
 * without the format string the JDK's generated record {@code toString} goes through (a third
 * of the key's time): {@code Name[component=value, ...]}, lists as {@code [a, b]}, {@code null}
 * as "null". {@code EventReuseKeyTest} checks each form against the record's own.
 */
final class RecordText {
  private RecordText() {}

  /** {@code published.toString()}. */
  static String of(Published published) {
    if (published == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(96);
    out.append("Published[value=").append(published.value())
        .append(", earliest=").append(published.earliest())
        .append(", latest=").append(published.latest())
        .append(", basis=").append(published.basis())
        .append(", evidence=").append(published.evidence()).append(']');
    return out.toString();
  }

  /** {@code quotes.toString()} for a list of statements (none of them null). */
  static String of(List<Quote> quotes) {
    StringBuilder out = new StringBuilder(256 * quotes.size() + 2);
    out.append('[');
    for (int i = 0; i < quotes.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      quote(out, quotes.get(i));
    }
    return out.append(']').toString();
  }

  private static void quote(StringBuilder out, Quote q) {
    out.append("Quote[id=").append(q.id())
        .append(", articleId=").append(q.articleId())
        .append(", start=").append(q.start())
        .append(", end=").append(q.end())
        .append(", content=").append(q.content())
        .append(", cue=").append(q.cue())
        .append(", cueStart=").append(q.cueStart())
        .append(", direct=").append(q.direct())
        .append(", speaker=");
    speaker(out, q.speaker());
    out.append(", chain=");
    if (q.chain() == null) {
      out.append("null");
    } else {
      out.append('[');
      for (int i = 0; i < q.chain().size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        link(out, q.chain().get(i));
      }
      out.append(']');
    }
    out.append(']');
  }

  private static void speaker(StringBuilder out, Speaker s) {
    if (s == null) {
      out.append("null");
      return;
    }
    out.append("Speaker[text=").append(s.text())
        .append(", start=").append(s.start())
        .append(", end=").append(s.end())
        .append(", entity=").append(s.entity()).append(']');
  }

  private static void link(StringBuilder out, ChainLink link) {
    if (link == null) {
      out.append("null");
      return;
    }
    out.append("ChainLink[name=").append(link.name())
        .append(", entity=").append(link.entity())
        .append(", role=").append(link.role()).append(']');
  }
}
