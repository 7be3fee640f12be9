package org.isnad.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world event with every report of it across the run.
 *
 * @param id stable id
 * @param type event type
 * @param summary a short line: type, actors, place
 * @param modality asserted, or negated/unrealised when every report says so
 * @param when the agreed day (or the earliest/latest window when reports differ), or {@code null}
 * @param earliest earliest date given, or {@code null}
 * @param latest latest date given, or {@code null}
 * @param actors entity ids
 * @param places entity ids
 * @param reports the reports, article order
 * @param independent how many independent sources the reports come from
 * @param status corroborated, single-source, contested or undated
 * @param conflicts the fields the reports disagree on
 * @param story the story id, or {@code null}
 * @param basis why the reports are one event: one line per join (the article chain, the shared
 *     names and dates of a join across articles, a copy), empty for a single report
 * @param agents the entity ids among {@code actors} that did it (the rest were done to or with)
 */
public record Event(String id, String type, String summary, Modality modality, String when,
    String earliest, String latest, List<String> actors, List<String> places,
    List<Report> reports, int independent, EventStatus status, List<Conflict> conflicts,
    String story, List<String> basis, List<String> agents) {
  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(modality, "modality");
    actors = List.copyOf(actors);
    places = List.copyOf(places);
    reports = List.copyOf(reports);
    Objects.requireNonNull(status, "status");
    conflicts = List.copyOf(conflicts);
    basis = List.copyOf(basis);
    agents = List.copyOf(agents);
  }

  /** A copy in another story. */
  public Event inStory(String storyId) {
    return new Event(id, type, summary, modality, when, earliest, latest, actors, places, reports,
        independent, status, conflicts, storyId, basis, agents);
  }
}
