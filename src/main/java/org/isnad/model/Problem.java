package org.isnad.model;

import java.util.Objects;

/**
 * Something wrong with the content of one document, recorded instead of thrown.
 *
 * @param stage where it was found
 * @param severity {@link Severity#ERROR} when the document could not be processed at all
 * @param code what kind of problem, from a closed set with stable machine codes
 * @param message a human sentence that names the bad value
 */
public record Problem(Stage stage, Severity severity, ProblemCode code, String message) {
  public Problem {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  public static Problem error(Stage stage, ProblemCode code, String message) {
    return new Problem(stage, Severity.ERROR, code, message);
  }

  public static Problem warning(Stage stage, ProblemCode code, String message) {
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
    return fatal() && code.meansNoArticle();
  }

  @Override
  public String toString() {
    return stage.name().toLowerCase(java.util.Locale.ROOT) + "/" + code + ": " + message;
  }
}
