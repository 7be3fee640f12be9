package org.isnad.model;

/** How bad a {@link Problem} is: an {@code ERROR} means the document yielded no article. */
public enum Severity {
  WARNING, ERROR
}
