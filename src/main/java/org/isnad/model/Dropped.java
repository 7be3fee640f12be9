package org.isnad.model;

import java.util.Objects;

/**
 * A block removed from a page, kept so users can audit what extraction threw away.
 *
 * @param line 1-based line number for text inputs, {@code null} for HTML
 * @param text the block as it appeared
 * @param reason why it was removed
 */
public record Dropped(Integer line, String text, DropReason reason) {
  public Dropped {
    if (line != null && line < 1) {
      throw new IllegalArgumentException("line must be 1-based: " + line);
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reason, "reason");
  }
}
