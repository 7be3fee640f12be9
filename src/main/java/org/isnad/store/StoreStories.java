package org.isnad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isnad.model.Event;
import org.isnad.model.Story;
import org.isnad.store.CaseView.EventItem;
import org.isnad.store.CaseView.StoryArticle;
import org.isnad.store.CaseView.StoryDetail;

/**
 * A story's page read from the store's tables: the story by id, its articles' small columns
 * (title, outlet, publication date), its events' range of days, and one page of its events in
 * the timeline's order, each one query over the story's ids. Not thread safe: its caller
 * serialises.
 */
final class StoreStories {
  private final SqlStore store;
  /** A subquery of the ids bound as one JSON array. */
  private final String idsIn;
  private final StoreLookup lookup;

  StoreStories(SqlStore store, StoreLookup lookup) {
    this.store = store;
    this.idsIn = store.dialect().jsonTexts();
    this.lookup = lookup;
  }

  Optional<StoryDetail> detail(String id, PageRequest page) {
    if (id == null) {
      return Optional.empty();
    }
    return store.call(() -> store.queries().one("SELECT json FROM stories WHERE id = ?", id,
        Story.class)).map(s -> detail(s, page));
  }

  private StoryDetail detail(Story story, PageRequest page) {
    String articleIds = ModelJson.write(story.articles());
    String eventIds = ModelJson.write(story.events());
    List<StoryArticle> articles = store.call(() -> articles(story.articles(), articleIds));
    List<String> days = store.call(() -> row("SELECT MIN(day_from), MAX(day_to) FROM events "
        + "WHERE id IN " + idsIn, eventIds));
    List<EventItem> events = page.offset() >= story.events().size() ? List.of()
        : store.call(() -> store.queries().texts("SELECT json FROM events WHERE id IN " + idsIn
            + " ORDER BY shown LIMIT ? OFFSET ?", eventIds, page.limit(), page.offset()))
            .stream().map(json -> lookup.item(ModelJson.read(json, Event.class))).toList();
    return StoryPages.detail(story, articles, days.get(0), days.get(1), new Page<>(events,
        story.events().size(), page.offset(), page.limit()), page);
  }

  /** Every article of the story; one the store does not hold has only its id, as in memory. */
  private List<StoryArticle> articles(List<String> ids, String json) throws SQLException {
    Map<String, StoryArticle> found = new HashMap<>();
    try (PreparedStatement p = store.connection().prepareStatement("SELECT id, title, outlet, "
        + "published FROM articles WHERE id IN " + idsIn)) {
      p.setString(1, json);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          found.put(r.getString(1), new StoryArticle(r.getString(1), r.getString(2),
              r.getString(3), r.getString(4)));
        }
      }
    }
    List<StoryArticle> out = new ArrayList<>();
    ids.forEach(id -> out.add(found.getOrDefault(id, new StoryArticle(id, null, null, null))));
    return out;
  }

  private List<String> row(String sql, String param) throws SQLException {
    try (PreparedStatement p = store.connection().prepareStatement(sql)) {
      p.setString(1, param);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return Arrays.asList(r.getString(1), r.getString(2));
      }
    }
  }
}
