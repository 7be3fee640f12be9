package org.isnad.model;

import java.util.Objects;

/**
 * Something wrong with the content of one document, recorded instead of thrown.
 *
 * @param stage where it was found
 * @param severity {@link Severity#ERROR} when the document could not be processed at all
 * @param code a short stable machine code, e.g. {@code binary-content}
 * @param message a human sentence that names the bad value
 */
public record Problem(Stage stage, Severity severity, String code, String message) {
  /**
   * Codes of the fatal problems that only say a readable page holds no article (an empty input
   * or row, a page without text, a page of boilerplate only): see {@link #noArticle()}.
   */
  public static final java.util.Set<String> NO_ARTICLE_CODES = java.util.Set.of("empty",
      "no-content", "no-article");

  public Problem {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(severity, "severity");
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("problem code must not be blank: " + code);
    }
    Objects.requireNonNull(message, "message");
  }

  public static Problem error(Stage stage, String code, String message) {
    return new Problem(stage, Severity.ERROR, code, message);
  }

  public static Problem warning(Stage stage, String code, String message) {
    return new Problem(stage, Severity.WARNING, code, message);
  }

  public boolean fatal() {
    return severity == Severity.ERROR;
  }

  /**
   * True when this fatal problem means "no article on this page" rather than "could not be
   * read": the document is counted apart from failures and alone does not fail a run.
   */
  public boolean noArticle() {
    return fatal() && NO_ARTICLE_CODES.contains(code);
  }

  @Override
  public String toString() {
    return stage.name().toLowerCase(java.util.Locale.ROOT) + "/" + code + ": " + message;
  }
}
