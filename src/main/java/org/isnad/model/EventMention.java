package org.isnad.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param whenBasis where the date comes from or why there is none ({@link WhenBasis}), or
 *     {@code null} when the report has no date and no reason to say so
 * @param actors entity ids of the people and organisations of the trigger's clause
 * @param places entity ids of the places of the trigger's clause
 * @param count the number of people killed or injured, or {@code null}
 * @param problem a doubt on the date (a weekday that contradicts it), or {@code null}
 * @param roles the role of each actor and place (entity id → role), in clause order
 */
public record EventMention(String id, String articleId, String type, String trigger,
    int triggerStart, int triggerEnd, int start, int end, String sentence, Modality modality,
    String when, String timex, WhenBasis whenBasis, List<String> actors, List<String> places,
    Integer count, String problem, Map<String, ArgumentRole> roles) {
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
    roles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(roles));
  }

  /** A report whose roles are not known (tests, older callers): no role is claimed. */
  public EventMention(String id, String articleId, String type, String trigger,
      int triggerStart, int triggerEnd, int start, int end, String sentence, Modality modality,
      String when, String timex, WhenBasis whenBasis, List<String> actors, List<String> places,
      Integer count, String problem) {
    this(id, articleId, type, trigger, triggerStart, triggerEnd, start, end, sentence, modality,
        when, timex, whenBasis, actors, places, count, problem, Map.of());
  }

  /** The entity ids this report gives {@code role}, in clause order. */
  public List<String> withRole(ArgumentRole role) {
    // asked several times of every report on every linking: a plain loop, no list when none
    List<String> out = null;
    for (Map.Entry<String, ArgumentRole> e : roles.entrySet()) {
      if (e.getValue() == role) {
        if (out == null) {
          out = new java.util.ArrayList<>(2);
        }
        out.add(e.getKey());
      }
    }
    return out == null ? List.of() : java.util.Collections.unmodifiableList(out);
  }

  /** Whether the sentence says the event happened. */
  public boolean happened() {
    return modality == Modality.ASSERTED;
  }
}
