package org.isnad.check;

import java.util.List;

/**
 * A claim to check.
 *
 * @param id the caller's id for it, or {@code null}
 * @param claim the claim as the user wrote it; not blank
 * @param urls when not empty, only the articles at these URLs are considered
 */
public record ClaimRequest(String id, String claim, List<String> urls) {
  /** Longest claim taken, in characters (a claim is a sentence, not an article). */
  public static final int MAX_CHARS = 2_000;

  /** @throws IllegalArgumentException for a blank or overlong claim or a null URL */
  public ClaimRequest {
    if (claim == null || claim.isBlank()) {
      throw new IllegalArgumentException("a claim must not be blank: '" + claim + "'");
    }
    if (claim.length() > MAX_CHARS) {
      throw new IllegalArgumentException("a claim must be at most " + MAX_CHARS
          + " characters: " + claim.length());
    }
    urls = urls == null ? List.of() : List.copyOf(urls);
  }
}
