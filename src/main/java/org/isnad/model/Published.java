package org.isnad.model;

import java.util.Objects;

/**
 * An article's publication date, as precise as known and never guessed.
 *
 * @param value TIMEX3-style date ({@code 2024}, {@code 2024-12}, {@code 2024-12-13}) or {@code null}
 * @param earliest earliest possible date or {@code null}
 * @param latest latest possible date or {@code null}
 * @param basis where the value comes from
 * @param evidence the metadata field or sentence it was read from, or {@code null}
 */
public record Published(String value, String earliest, String latest, Basis basis, String evidence) {
  private static final Published UNKNOWN = new Published(null, null, null, Basis.NONE, null);
  /** A value that starts with a day: asked of every article on every linking, compiled once. */
  private static final java.util.regex.Pattern STARTS_WITH_DAY =
      java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

  public Published {
    Objects.requireNonNull(basis, "basis");
    if (value == null && basis != Basis.NONE && earliest == null && latest == null) {
      throw new IllegalArgumentException("a published date with basis " + basis + " needs a value");
    }
  }

  /** The publication day, when {@code value} gives one ({@code 2024-12-13}), else empty. */
  public java.util.Optional<java.time.LocalDate> day() {
    if (value == null || !STARTS_WITH_DAY.matcher(value).matches()) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(java.time.LocalDate.parse(value.substring(0, 10)));
    } catch (java.time.DateTimeException e) {
      return java.util.Optional.empty();
    }
  }

  public static Published unknown() {
    return UNKNOWN;
  }

  public static Published fromMetadata(String value, String evidence) {
    return new Published(value, null, null, Basis.METADATA, evidence);
  }
}
