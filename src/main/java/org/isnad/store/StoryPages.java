package org.isnad.store;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.isnad.model.Event;
import org.isnad.model.Story;
import org.isnad.store.CaseView.EventItem;
import org.isnad.store.CaseView.OutletCount;
import org.isnad.store.CaseView.StoryArticle;
import org.isnad.store.CaseView.StoryDetail;

/**
 * A story's page, made alike by both views from what each reads of it: the in-memory view from
 * its indexes, the store from its tables ({@link StoreStories}). Rules:
 *
 * <ul>
 *   <li>articles by publication date (those with a known year first, earliest first), then id;
 *   <li>outlets by how many of the story's articles they published, then by name;
 *   <li>the publication range over the dates with a known year; the days' range over the days
 *       its events may have happened on ({@link EventDays}), as the timeline's day filters read
 *       them.
 * </ul>
 */
final class StoryPages {
  /** The order a story's articles are listed in. */
  static final Comparator<StoryArticle> ARTICLES = Comparator
      .comparing((StoryArticle a) -> !dated(a.published()))
      .thenComparing(a -> dated(a.published()) ? a.published() : "")
      .thenComparing(StoryArticle::id);

  private StoryPages() { }

  /**
   * The page of {@code story}: {@code articles} are all of its articles (any order),
   * {@code events} the asked page of its events, {@code firstDay}/{@code lastDay} its events'
   * range of days.
   */
  static StoryDetail detail(Story story, List<StoryArticle> articles, String firstDay,
      String lastDay, Page<EventItem> events, PageRequest page) {
    Objects.requireNonNull(page, "page");
    List<StoryArticle> sorted = articles.stream().sorted(ARTICLES).toList();
    List<String> dates = sorted.stream().map(StoryArticle::published)
        .filter(StoryPages::dated).sorted().toList();
    return new StoryDetail(story.id(), story.title(), outlets(sorted),
        dates.isEmpty() ? null : dates.get(0), dates.isEmpty() ? null : dates.get(dates.size()
            - 1), firstDay, lastDay, Page.of(sorted, page), events);
  }

  /** The first and last day {@code events} may have happened on, each {@code null} if none. */
  static String[] days(List<Event> events) {
    String first = events.stream().map(EventDays::from).filter(Objects::nonNull)
        .min(Comparator.naturalOrder()).map(LocalDate::toString).orElse(null);
    String last = events.stream().map(EventDays::to).filter(Objects::nonNull)
        .max(Comparator.naturalOrder()).map(LocalDate::toString).orElse(null);
    return new String[] {first, last};
  }

  private static List<OutletCount> outlets(List<StoryArticle> articles) {
    Map<String, Integer> counts = articles.stream().map(StoryArticle::outlet)
        .filter(Objects::nonNull).collect(Collectors.toMap(o -> o, o -> 1, Integer::sum,
            TreeMap::new));
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .map(e -> new OutletCount(e.getKey(), e.getValue())).toList();
  }

  /** Whether a publication date has a known year. */
  private static boolean dated(String published) {
    return published != null && !published.isEmpty() && Character.isDigit(published.charAt(0));
  }
}
