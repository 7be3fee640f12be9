package org.isnad.model;

import java.util.Objects;

/**
 * A time expression found in an article, normalised to a TIMEX3 value.
 *
 * @param id identifier, unique in the run ({@code <article>-t<n>})
 * @param articleId the article it was found in
 * @param start code point offset in the article text
 * @param end code point offset just after it
 * @param text the expression as written
 * @param type DATE, TIME, DURATION or SET
 * @param value TIMEX3 value ({@code 2024-12-08}, {@code 2024-12-07T18:58}, {@code XXXX-12-08},
 *     {@code P3D}), or {@code null} when it cannot be normalised
 * @param mod TIMEX3 modifier ({@code START}, {@code MID}, {@code END}) or {@code null}
 * @param anchor what a relative expression was resolved against: {@code published}, a timex id,
 *     or {@code null}
 * @param problem why the expression is suspect (a weekday that contradicts its date), or
 *     {@code null}
 */
public record Timex(String id, String articleId, int start, int end, String text, TimexType type,
    String value, TimexMod mod, String anchor, String problem) {
  public Timex {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(articleId, "articleId");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad timex span [" + start + "," + end + ")");
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }
}
