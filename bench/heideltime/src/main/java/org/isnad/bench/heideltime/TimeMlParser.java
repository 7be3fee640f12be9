package org.isnad.bench.heideltime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the TimeML string produced by HeidelTime's {@code TimeMLResultFormatter} back into
 * plain text plus TIMEX3 spans.
 *
 * <p>HeidelTime 2.2.1 writes
 * {@code <?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n<TimeML>\n} + body +
 * {@code \n</TimeML>\n}, where the body is the document text, character by character, with
 * {@code <TIMEX3 tid=".." type=".." value=".." ...>} / {@code </TIMEX3>} inserted (and
 * {@code TIMEX3INTERVAL} tags when interval tagging is on). The document text is NOT
 * XML-escaped, so a generic XML parser cannot be used: only the exact tag shapes HeidelTime
 * emits are recognised, everything else is text. The caller must check that {@link
 * Parsed#text()} equals the input (a literal "&lt;TIMEX3" in the input would otherwise be
 * mistaken for a tag).
 */
public final class TimeMlParser {

  /** A TIMEX3 span with UTF-16 offsets into {@link Parsed#text()} (end exclusive). */
  public record Span(int begin, int end, Map<String, String> attributes) {
    public String type() {
      return attributes.getOrDefault("type", "");
    }

    public String value() {
      return attributes.getOrDefault("value", "");
    }
  }

  /** Untagged text and the TIMEX3 spans found in it, in document order. */
  public record Parsed(String text, List<Span> spans) {}

  private static final String OPEN_ROOT = "<TimeML>\n";
  private static final String CLOSE_ROOT = "\n</TimeML>";
  private static final Pattern OPEN_TIMEX =
      Pattern.compile("\\G<TIMEX3((?:\\s+[A-Za-z]+=\"[^\"<>]*\")*)\\s*>");
  private static final Pattern OPEN_INTERVAL =
      Pattern.compile("\\G<TIMEX3INTERVAL((?:\\s+[A-Za-z]+=\"[^\"<>]*\")*)\\s*>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z]+)=\"([^\"]*)\"");
  private static final String CLOSE_TIMEX = "</TIMEX3>";
  private static final String CLOSE_INTERVAL = "</TIMEX3INTERVAL>";

  private TimeMlParser() {}

  /** Parses a full HeidelTime TimeML document. */
  public static Parsed parse(String timeml) {
    if (timeml == null) {
      throw new IllegalArgumentException("HeidelTime returned no output (null)");
    }
    int open = timeml.indexOf(OPEN_ROOT);
    int close = timeml.lastIndexOf(CLOSE_ROOT);
    if (open < 0 || close < open + OPEN_ROOT.length() - 1) {
      throw new IllegalArgumentException("not a HeidelTime TimeML document: " + abbreviate(timeml));
    }
    int bodyStart = open + OPEN_ROOT.length();
    // Empty document: "<TimeML>\n\n</TimeML>" -> body is "".
    String body = close >= bodyStart ? timeml.substring(bodyStart, close) : "";
    return parseBody(body);
  }

  /** Parses the body (text with inline TIMEX3 tags) only. */
  public static Parsed parseBody(String body) {
    StringBuilder text = new StringBuilder(body.length());
    List<Span> spans = new ArrayList<>();
    // HeidelTime never nests TIMEX3 tags, but keep a stack so that nesting would still work.
    List<int[]> openStarts = new ArrayList<>();
    List<Map<String, String>> openAttributes = new ArrayList<>();
    Matcher openTimex = OPEN_TIMEX.matcher(body);
    Matcher openInterval = OPEN_INTERVAL.matcher(body);
    int i = 0;
    int n = body.length();
    while (i < n) {
      char c = body.charAt(i);
      if (c == '<') {
        if (body.startsWith("<TIMEX3INTERVAL", i) && openInterval.find(i) && openInterval.start() == i) {
          i = openInterval.end(); // interval wrappers carry no TIMEX3 of their own
          continue;
        }
        if (body.startsWith(CLOSE_INTERVAL, i)) {
          i += CLOSE_INTERVAL.length();
          continue;
        }
        if (body.startsWith("<TIMEX3", i) && openTimex.find(i) && openTimex.start() == i) {
          openStarts.add(new int[] {text.length()});
          openAttributes.add(attributes(openTimex.group(1)));
          i = openTimex.end();
          continue;
        }
        if (body.startsWith(CLOSE_TIMEX, i) && !openStarts.isEmpty()) {
          int last = openStarts.size() - 1;
          spans.add(new Span(openStarts.remove(last)[0], text.length(), openAttributes.remove(last)));
          i += CLOSE_TIMEX.length();
          continue;
        }
      }
      text.append(c);
      i++;
    }
    if (!openStarts.isEmpty()) {
      throw new IllegalArgumentException("unclosed <TIMEX3> in HeidelTime output");
    }
    spans.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin())
        : Integer.compare(a.end(), b.end()));
    return new Parsed(text.toString(), spans);
  }

  private static Map<String, String> attributes(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = ATTRIBUTE.matcher(raw);
    while (m.find()) {
      out.put(m.group(1), m.group(2));
    }
    return out;
  }

  private static String abbreviate(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "...";
  }
}
