package org.isnad.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.isnad.model.Basis;
import org.isnad.model.Problem;
import org.isnad.model.ProblemCode;
import org.isnad.model.Published;
import org.isnad.model.Stage;

/**
 * An article's publication day from what its page states, strongest first:
 * <ol>
 *   <li>a metadata date (page head, JSON-LD, container hints): basis {@code metadata};
 *   <li>a date stamp on the page ({@link StampDate}): basis {@code content}, the stamp line as
 *       evidence;
 *   <li>the day in the article's URL ({@link UrlDate}): basis {@code metadata}, evidence
 *       {@code url: <url>} (a URL is page metadata).
 * </ol>
 * Disagreements of more than a day with the URL are recorded as warnings: a metadata date is
 * kept ({@code url-date-disagrees}); a stamp yields to the URL ({@code stamp-url-disagree}).
 *
 * <p>Design decision: a stamp that the URL contradicts is more often the site's "today" in the
 * page header (the crawl day) than the article's date, while the URL was minted when the article
 * was published; so the URL wins over a contradicted stamp, and the stamp still counts where the
 * URL states no day. Thread safe (stateless).
 */
final class PublicationDay {
  private static final long TOLERANCE_DAYS = 1;

  /** A date stamp found on the page: its day and the line it was read from. */
  record Stamp(LocalDate day, String line) {}

  private PublicationDay() {}

  /**
   * @param metadata the metadata date ({@code YYYY-MM-DD} or coarser), or {@code null}
   * @param evidence where the metadata date was read
   * @param stamp the page's first date stamp, or {@code null}
   * @param url the article's URL, or {@code null}
   * @param problems receives the disagreement warnings
   */
  static Published decide(String metadata, String evidence, Stamp stamp, String url,
      List<Problem> problems) {
    Optional<LocalDate> urlDay = UrlDate.of(url);
    if (metadata != null) {
      LocalDate day = day(metadata);
      if (day != null && urlDay.isPresent() && apart(day, urlDay.get())) {
        problems.add(Problem.warning(Stage.EXTRACT, ProblemCode.URL_DATE_DISAGREES, "the metadata date "
            + metadata + " and the day " + urlDay.get() + " in the URL differ; kept the metadata: "
            + url));
      }
      return Published.fromMetadata(metadata, evidence);
    }
    if (stamp != null && urlDay.isPresent() && apart(stamp.day(), urlDay.get())) {
      problems.add(Problem.warning(Stage.EXTRACT, ProblemCode.STAMP_URL_DISAGREE, "the date stamp "
          + stamp.day() + " («" + stamp.line() + "») and the day " + urlDay.get()
          + " in the URL differ; took the URL: " + url));
      return fromUrl(urlDay.get(), url);
    }
    if (stamp != null) {
      return new Published(stamp.day().toString(), null, null, Basis.CONTENT, stamp.line());
    }
    return urlDay.map(d -> fromUrl(d, url)).orElse(Published.unknown());
  }

  private static Published fromUrl(LocalDate day, String url) {
    return Published.fromMetadata(day.toString(), "url: " + url);
  }

  private static boolean apart(LocalDate a, LocalDate b) {
    return Math.abs(ChronoUnit.DAYS.between(a, b)) > TOLERANCE_DAYS;
  }

  private static LocalDate day(String value) {
    try {
      return value.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(value) : null;
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
