package org.isnad.serve;

import java.util.Objects;

/**
 * An RFC 9457 problem detail: what a failed request answers, as
 * {@code application/problem+json}. {@code detail} is written for the caller and never holds a
 * stack trace; {@code parameter} names the request parameter at fault, if any.
 *
 * @param type a URI naming the kind of problem
 * @param title a short summary of the kind
 * @param status the HTTP status
 * @param detail what went wrong with this request
 * @param parameter the parameter at fault, or {@code null}
 */
record Problem(String type, String title, int status, String detail, String parameter) {
  /** The media type problem details are sent as. */
  static final String MEDIA_TYPE = "application/problem+json";

  Problem {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(detail, "detail");
  }

  static Problem badParameter(String parameter, String detail) {
    return new Problem("urn:isnad:problem:bad-parameter", "Bad parameter", 400, detail,
        parameter);
  }

  static Problem unauthorized() {
    return new Problem("urn:isnad:problem:unauthorized", "Unauthorized", 401,
        "this server needs the header Authorization: Bearer TOKEN", null);
  }

  static Problem notFound(String detail) {
    return new Problem("urn:isnad:problem:not-found", "Not found", 404, detail, null);
  }

  static Problem tooLarge(long limit) {
    return new Problem("urn:isnad:problem:too-large", "Content too large", 413,
        "a request body may hold at most " + limit + " bytes", null);
  }

  static Problem internal() {
    return new Problem("urn:isnad:problem:internal", "Internal error", 500,
        "the server failed on this request; its standard error says why", null);
  }

  static Problem status(int status, String title) {
    return new Problem("urn:isnad:problem:http-" + status, title, status, title, null);
  }

  static Problem unavailable(String detail) {
    return new Problem("urn:isnad:problem:unavailable", "Service unavailable", 503, detail,
        null);
  }

  static Problem busy(String detail) {
    return new Problem("urn:isnad:problem:busy", "Busy", 409, detail, null);
  }
}
