package org.isnad.model;

import java.util.Locale;

/** Where a report's date comes from, or why it has none (an {@link EventMention}'s basis). */
public enum WhenBasis {
  /** A time expression of the report's own sentence. */
  SENTENCE,
  /** Carried from the preceding narration. */
  CONTEXT,
  /** No date: the sentence sets the event at another time («قبل سنوات»). */
  OTHER_TIME,
  /** No date: an event named as told elsewhere («محاكمة المتهمين في تفجير …»). */
  REFERENCE,
  /** No date: the only day the sentence gives lies after publication (a plan, not the event). */
  AFTER_PUBLICATION,
  /**
   * No date: the sentence's time is not tied to the event — a birth or a founding («مواليد
   * 1986»), a span's edge two or more years before the page («منذ سنة 1959»), or a far date
   * outside the trigger's clause or carried from the narration.
   */
  UNTIED;

  /** The spelling used in messages: {@code other-time}, {@code after-publication} … */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
