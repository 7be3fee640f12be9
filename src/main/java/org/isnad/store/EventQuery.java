package org.isnad.store;

import java.time.LocalDate;
import org.isnad.model.Event;
import org.isnad.model.Modality;

/**
 * Which events a timeline shows; a {@code null} component does not filter. An event passes the
 * day range when the days it may have happened on ({@code earliest} to {@code latest}) meet it;
 * an undated event, or one whose year is unknown, never passes a day range (it is not placed on
 * a guessed date). Entity filters take entity ids; {@code outlet} is a publishing outlet's name
 * and {@code origin} an independent source as the reports count it.
 *
 * @param from first day, or {@code null}
 * @param to last day, or {@code null}
 * @param type event type ({@code ATTACK}, {@code CAPTURE} …), or {@code null}
 * @param actor an actor's entity id, or {@code null}
 * @param place a place's entity id, or {@code null}
 * @param outlet the outlet of one of its reports, or {@code null}
 * @param origin the independent source of one of its reports, or {@code null}
 * @param status corroborated, contested or single, or {@code null}
 * @param modality asserted, negated or unrealised, or {@code null}
 */
public record EventQuery(LocalDate from, LocalDate to, String type, String actor, String place,
    String outlet, String origin, StatusFilter status, Modality modality) {
  /** No filter: every event. */
  public static final EventQuery ALL = new EventQuery(null, null, null, null, null, null, null,
      null, null);

  public EventQuery {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from: " + from + " > " + to);
    }
  }

  /** Whether the query filters on days. */
  public boolean hasDays() {
    return from != null || to != null;
  }

  /**
   * Whether an event dated {@code earliest} to {@code latest} (ISO days, months or years as the
   * analysis writes them; {@code null} when undated) meets the day range.
   */
  public boolean meetsDays(String earliest, String latest) {
    if (!hasDays()) {
      return true;
    }
    if (earliest == null || latest == null || earliest.startsWith("X")
        || latest.startsWith("X")) {
      return false;
    }
    // a month or year compares as its whole stretch: "2024-12" ends after "2024-12-31"
    boolean afterFrom = from == null || (latest + "~").compareTo(from.toString()) >= 0;
    boolean beforeTo = to == null || earliest.compareTo(to.toString()) <= 0;
    return afterFrom && beforeTo;
  }

  /**
   * Whether {@code event} meets the day range: the days it may have happened on
   * ({@link EventDays}, as the store filters them) overlap it.
   */
  boolean meetsDays(Event event) {
    if (!hasDays()) {
      return true;
    }
    LocalDate first = EventDays.from(event);
    LocalDate last = EventDays.to(event);
    return first != null && last != null && (from == null || !last.isBefore(from))
        && (to == null || !first.isAfter(to));
  }
}
