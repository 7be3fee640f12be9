package org.isnad.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.Analysis;
import org.isnad.model.AnnotatedDocument;
import org.isnad.model.Entity;
import org.isnad.model.Event;
import org.isnad.model.EventMention;
import org.isnad.model.Published;
import org.isnad.model.Skipped;
import org.isnad.model.Story;
import org.isnad.model.Timeline;

/** Reads back the analysis the last linking stored ({@link DerivedTables}). */
final class StoredAnalysis {
  private final StoreQueries queries;

  StoredAnalysis(StoreQueries queries) {
    this.queries = queries;
  }

  Analysis read(Instant generatedAt, List<Skipped> skipped) throws SQLException {
    List<AnnotatedDocument> documents = SqlStore.sorted(queries.values(
        "SELECT linked FROM documents WHERE linked IS NOT NULL", AnnotatedDocument.class));
    List<Entity> entities = inOrder("entities", Entity.class);
    Timeline timeline = new Timeline(mentions(documents),
        inOrder("events", Event.class),
        inOrder("stories", Story.class),
        part("timeline.copies", new TypeReference<Map<String, String>>() {}, Map.of()),
        part("timeline.storyOf", new TypeReference<Map<String, String>>() {}, Map.of()),
        part("timeline.published", new TypeReference<Map<String, Published>>() {}, Map.of()));
    return new Analysis(generatedAt, documents, entities, timeline, skipped);
  }

  /**
   * The timeline's event reports: kept whole ({@code timeline.mentions}), or as the ids of the
   * documents' reports in order ({@code timeline.mentionOrder}, see {@link DerivedTables}).
   */
  private List<EventMention> mentions(List<AnnotatedDocument> documents) throws SQLException {
    List<String> order = part("timeline.mentionOrder", new TypeReference<List<String>>() {},
        null);
    if (order == null) {
      return part("timeline.mentions", new TypeReference<List<EventMention>>() {}, List.of());
    }
    Map<String, EventMention> byId = new HashMap<>();
    documents.forEach(d -> d.articles().forEach(a -> a.events().forEach(m ->
        byId.put(m.id(), m))));
    List<EventMention> out = new ArrayList<>(order.size());
    for (String id : order) {
      EventMention m = byId.get(id);
      if (m == null) {
        throw new IllegalStateException("the store's timeline lists an event report no document"
            + " holds: " + id);
      }
      out.add(m);
    }
    return out;
  }

  /** The case's entities in the analysis order (what the in-memory view lists them in). */
  List<Entity> entities() throws SQLException {
    return inOrder("entities", Entity.class);
  }

  /** The rows of {@code table} in the analysis order its part {@code order.TABLE} keeps. */
  private <T> List<T> inOrder(String table, Class<T> type) throws SQLException {
    Map<String, String> json = queries.pairs("SELECT id, json FROM " + table);
    List<String> order = part("order." + table, new TypeReference<List<String>>() {}, List.of());
    List<T> out = new ArrayList<>(order.size());
    for (String id : order) {
      out.add(ModelJson.read(json.get(id), type));
    }
    return out;
  }

  private <T> T part(String name, TypeReference<T> type, T none) throws SQLException {
    String json = queries.part(name);
    return json == null ? none : ModelJson.read(json, type);
  }
}
