package org.isnad.eval.timeline;

import java.util.List;
import java.util.Map;
import org.isnad.model.Modality;

/**
 * isnad's timeline on the gold articles, in the gold's terms: offsets into each article's
 * SaudiNewsNet {@code content}, articles by gold key.
 *
 * @param mentions the event mentions found in the content (those in the title are left out)
 * @param events the events those mentions belong to, by id
 * @param storyOf gold article key → isnad's story id
 */
public record SystemRun(List<Mention> mentions, Map<String, Event> events,
    Map<String, String> storyOf) {
  public SystemRun {
    mentions = List.copyOf(mentions);
    events = Map.copyOf(events);
    storyOf = Map.copyOf(storyOf);
  }

  /** One event mention: trigger and sentence as content offsets, and the event it was put in. */
  public record Mention(String article, int triggerStart, int triggerEnd, int sentenceStart,
      int sentenceEnd, String type, Modality modality, String event, String trigger,
      String when) {}

  /**
   * An event: how many independent sources it counts, its day ({@code null} if none) and its
   * place in isnad's timeline (0 first).
   */
  public record Event(String id, int independent, String when, int position) {
    /** An event with no place in a timeline (ties then go to the smaller id). */
    public Event(String id, int independent, String when) {
      this(id, independent, when, 0);
    }
  }
}
