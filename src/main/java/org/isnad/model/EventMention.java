package org.isnad.model;

import java.util.List;
import java.util.Objects;

/**
 * One report of an event in one sentence of an article. Offsets are code points into the article
 * text, end exclusive.
 *
 * @param id stable id: the article id plus a running number
 * @param articleId the article
 * @param type event type from the trigger lexicon ({@code DEPART}, {@code ATTACK} …)
 * @param trigger the trigger word as written
 * @param triggerStart offset of the trigger
 * @param triggerEnd end of the trigger
 * @param start start of the sentence
 * @param end end of the sentence
 * @param sentence the sentence text
 * @param modality asserted, negated or unrealised
 * @param when TIMEX3 value of the day (or month, year) the report gives, or {@code null}
 * @param timex id of the time expression the date comes from, or {@code null}
 * @param whenBasis {@code sentence} (a time expression of the sentence), {@code context} (carried
 *     from the preceding narration) or {@code null}
 * @param actors entity ids of the people and organisations in the sentence
 * @param places entity ids of the places in the sentence
 * @param count the number of people killed or injured, or {@code null}
 * @param problem a doubt on the date (a weekday that contradicts it), or {@code null}
 */
public record EventMention(String id, String articleId, String type, String trigger,
    int triggerStart, int triggerEnd, int start, int end, String sentence, Modality modality,
    String when, String timex, String whenBasis, List<String> actors, List<String> places,
    Integer count, String problem) {
  public EventMention {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(type, "type");
    if (triggerStart < start || triggerEnd > end || triggerEnd <= triggerStart) {
      throw new IllegalArgumentException("trigger [" + triggerStart + "," + triggerEnd
          + ") outside sentence [" + start + "," + end + ")");
    }
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(modality, "modality");
    actors = List.copyOf(actors);
    places = List.copyOf(places);
  }

  /** Whether the sentence says the event happened. */
  public boolean happened() {
    return modality == Modality.ASSERTED;
  }
}
