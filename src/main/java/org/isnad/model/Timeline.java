package org.isnad.model;

import java.util.List;
import java.util.Map;

/**
 * What the timeline stage adds to a run: event reports, events, stories, copies and the
 * publication dates the corpus implies.
 *
 * @param mentions every event report found, happened or not
 * @param events events across articles, by date then id
 * @param stories groups of articles about one matter
 * @param copies copy article id → original article id
 * @param storyOf article id → story id
 * @param published article id → a publication date inferred from the corpus (basis corpus)
 */
public record Timeline(List<EventMention> mentions, List<Event> events, List<Story> stories,
    Map<String, String> copies, Map<String, String> storyOf, Map<String, Published> published) {
  private static final Timeline EMPTY = new Timeline(List.of(), List.of(), List.of(), Map.of(),
      Map.of(), Map.of());

  public Timeline {
    mentions = List.copyOf(mentions);
    events = List.copyOf(events);
    stories = List.copyOf(stories);
    copies = Map.copyOf(copies);
    storyOf = Map.copyOf(storyOf);
    published = Map.copyOf(published);
  }

  /** No timeline (extraction only, or annotations without linking). */
  public static Timeline empty() {
    return EMPTY;
  }
}
