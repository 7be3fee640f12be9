package org.isnad.extract;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication day a URL's path states, as many news sites write it:
 * <ul>
 *   <li>{@code /2017/08/23/} and {@code /2017/8/23/} (year, month, day as path segments);</li>
 *   <li>{@code /20171227-…} or {@code /20171227/} (eight digits at the start of a segment);</li>
 *   <li>{@code /2017-08-23/} or {@code /2017-08-23-…} (an ISO day at the start of a segment).</li>
 * </ul>
 * Only the path is read (never the host or query), the year must lie in 1995–2099 and the day
 * must exist; a year and month alone ({@code /2017/08/}) give nothing. Thread safe.
 */
public final class UrlDate {
  private static final Pattern SEGMENTS =
      Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?=/|$|[-_.])");
  private static final Pattern COMPACT =
      Pattern.compile("/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=/|$|[-_.])");
  /** Not when a time follows ("/2011-12-31-10-34-27/": a CMS folder stamp, not the article's). */
  private static final Pattern ISO = Pattern.compile(
      "/((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?=/|$|[_.]|-(?!\\d{2}-\\d{2}-\\d{2}))");

  private UrlDate() {}

  /** The day in {@code url}'s path, or empty when it states none or is not a URL. */
  public static Optional<LocalDate> of(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    String path = path(url);
    for (Pattern p : new Pattern[] {SEGMENTS, COMPACT, ISO}) {
      Matcher m = p.matcher(path);
      while (m.find()) {
        Optional<LocalDate> day = day(m);
        if (day.isPresent()) {
          return day;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> day(Matcher m) {
    try {
      LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
      return d.getYear() >= 1995 ? Optional.of(d) : Optional.empty();
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static String path(String url) {
    try {
      String p = URI.create(url.strip()).getRawPath();
      return p == null ? "" : p;
    } catch (IllegalArgumentException e) {
      int scheme = url.indexOf("://");
      int slash = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
      int query = url.indexOf('?');
      String p = slash < 0 ? "" : url.substring(slash);
      return query > slash && slash >= 0 ? url.substring(slash, query) : p;
    }
  }
}
