package org.isnad.timeline;

import java.util.List;
import java.util.Objects;
import org.isnad.model.EventMention;

/**
 * One event as the merge of its block of reports ({@link EventMerger}) found it: its reports in
 * the order the merger read them, and why they were joined. What the sources and the event's
 * record are then read from ({@link EventAssembly}).
 *
 * @param mentions the event's reports, never empty
 * @param basis the reasons of each join, possibly empty
 */
public record MergedReports(List<EventMention> mentions, List<String> basis) {
  public MergedReports {
    mentions = List.copyOf(Objects.requireNonNull(mentions, "mentions"));
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("an event has reports: " + mentions);
    }
    basis = List.copyOf(Objects.requireNonNull(basis, "basis"));
  }
}
