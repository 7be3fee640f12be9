package org.isnad.store;

import java.util.Locale;
import org.isnad.model.EventStatus;

/**
 * The event statuses a timeline can be filtered on: corroborated (two or more independent
 * sources), contested (the reports conflict) and single (one independent source).
 */
public enum StatusFilter {
  CORROBORATED,
  CONTESTED,
  SINGLE;

  /** Whether an event with {@code status} passes this filter. */
  public boolean admits(EventStatus status) {
    return status == status();
  }

  /** The one event status this filter lets through. */
  public EventStatus status() {
    return switch (this) {
      case CORROBORATED -> EventStatus.CORROBORATED;
      case CONTESTED -> EventStatus.CONTESTED;
      case SINGLE -> EventStatus.SINGLE_SOURCE;
    };
  }

  /** The filter spelt {@code text} (any case); another spelling is a caller's mistake. */
  public static StatusFilter parse(String text) {
    for (StatusFilter f : values()) {
      if (f.name().equalsIgnoreCase(text)) {
        return f;
      }
    }
    throw new IllegalArgumentException("status must be corroborated, contested or single: "
        + text);
  }

  /** The spelling clients use. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
