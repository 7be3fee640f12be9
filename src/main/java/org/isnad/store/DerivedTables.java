package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.model.Analysis;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.AnnotatedDocument;
import org.isnad.model.Entity;
import org.isnad.model.Event;
import org.isnad.model.Modality;
import org.isnad.model.Report;
import org.isnad.model.Story;
import org.isnad.model.Timeline;

/**
 * Writes what a linking of the whole case derived (the documents as linked, articles, entities,
 * events with their join tables, stories, the rest of the timeline) over the previous one,
 * inside the caller's transaction. A document whose linked JSON did not change is not written.
 */
final class DerivedTables {
  private static final List<String> TABLES = List.of("event_actors", "event_places",
      "event_outlets", "event_origins", "events", "entities", "stories", "articles", "event_mentions", "statements",
      "statement_about", "entity_roles");
  private final Connection connection;

  DerivedTables(Connection connection) {
    this.connection = connection;
  }

  void replace(Analysis analysis) throws SQLException {
    try (Statement s = connection.createStatement()) {
      for (String table : TABLES) {
        s.executeUpdate("DELETE FROM " + table);
      }
      s.executeUpdate("DELETE FROM parts WHERE name LIKE 'timeline.%' OR name LIKE 'view.%'");
    }
    documents(analysis);
    entities(analysis.entities());
    events(analysis.timeline().events(), outlets(analysis));
    stories(analysis.timeline().stories());
    parts(analysis.timeline());
    new ViewTables(connection).write(analysis);
  }

  private void documents(Analysis analysis) throws SQLException {
    Map<String, String> storyOf = analysis.timeline().storyOf();
    try (PreparedStatement doc = connection.prepareStatement("UPDATE documents SET linked = ?, "
        + "linked_sha256 = ? WHERE id = ? AND (linked_sha256 IS NULL OR linked_sha256 <> ?)");
        PreparedStatement article = connection.prepareStatement("INSERT INTO articles (id, "
            + "document_id, position, outlet, published, story, title, copy_of) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      int position = 0;
      for (AnnotatedDocument d : analysis.annotated()) {
        String json = ModelJson.write(d);
        String sha = sha256(json);
        doc.setString(1, json);
        doc.setString(2, sha);
        doc.setString(3, d.document().id());
        doc.setString(4, sha);
        doc.executeUpdate();
        for (AnnotatedArticle a : d.articles()) {
          article.setString(1, a.id());
          article.setString(2, d.document().id());
          article.setInt(3, position++);
          article.setString(4, a.article().outlet());
          article.setString(5, a.article().published() == null ? null
              : a.article().published().value());
          article.setString(6, storyOf.get(a.id()));
          article.setString(7, a.article().title());
          article.setString(8, analysis.timeline().copies().get(a.id()));
          article.addBatch();
        }
      }
      article.executeBatch();
    }
  }

  /** The hex SHA-256 of the text's UTF-8 bytes. */
  private static String sha256(String text) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest
          .getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private void entities(List<Entity> entities) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("INSERT INTO entities (id, position,"
        + " type, name, mentions, json) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < entities.size(); i++) {
        Entity e = entities.get(i);
        p.setString(1, e.id());
        p.setInt(2, i);
        p.setString(3, e.type().name());
        p.setString(4, e.name());
        p.setInt(5, e.mentionCount());
        p.setString(6, ModelJson.write(e));
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  /** Each article's outlet, by article id. */
  private static Map<String, String> outlets(Analysis analysis) {
    Map<String, String> out = new HashMap<>();
    analysis.annotatedArticles().forEach(a -> {
      if (a.article().outlet() != null) {
        out.put(a.id(), a.article().outlet());
      }
    });
    return out;
  }

  private void events(List<Event> events, Map<String, String> outlets) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("INSERT INTO events (id, position, "
        + "type, status, modality, day_from, day_to, story, json, shown) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Joins joins = new Joins(connection)) {
      Map<Event, Integer> shown = shown(events, ShownOrder.EVENTS);
      for (int i = 0; i < events.size(); i++) {
        Event e = events.get(i);
        p.setString(1, e.id());
        p.setInt(2, i);
        p.setString(3, e.type());
        p.setString(4, e.status().label());
        p.setString(5, label(e.modality()));
        p.setString(6, day(EventDays.from(e)));
        p.setString(7, day(EventDays.to(e)));
        p.setString(8, e.story());
        p.setString(9, ModelJson.write(e));
        p.setInt(10, shown.get(e));
        p.addBatch();
        joins.add(e, outlets);
      }
      p.executeBatch();
      joins.execute();
    }
  }

  /** Each item's rank in {@code order} (records compare by value, so equal ones share it). */
  private static <T> Map<T, Integer> shown(List<T> items, java.util.Comparator<T> order) {
    Map<T, Integer> rank = new HashMap<>();
    List<T> sorted = ShownOrder.sorted(items, order);
    for (int i = 0; i < sorted.size(); i++) {
      rank.putIfAbsent(sorted.get(i), i);
    }
    return rank;
  }

  /** The column value a modality is stored under. */
  static String label(Modality modality) {
    return modality.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String day(LocalDate day) {
    return day == null ? null : day.toString();
  }

  /** The join tables of events: actors, places, outlets, origins. */
  private static final class Joins implements AutoCloseable {
    private final PreparedStatement actors;
    private final PreparedStatement places;
    private final PreparedStatement outlets;
    private final PreparedStatement origins;

    Joins(Connection connection) throws SQLException {
      actors = connection.prepareStatement(insert("event_actors", "entity_id"));
      places = connection.prepareStatement(insert("event_places", "entity_id"));
      outlets = connection.prepareStatement(insert("event_outlets", "outlet"));
      origins = connection.prepareStatement(insert("event_origins", "origin"));
    }

    private static String insert(String table, String column) {
      return "INSERT INTO " + table + " (event_id, " + column + ") VALUES (?, ?)";
    }

    void add(Event e, Map<String, String> outletOf) throws SQLException {
      rows(actors, e.id(), new LinkedHashSet<>(e.actors()));
      rows(places, e.id(), new LinkedHashSet<>(e.places()));
      Set<String> outlets = new LinkedHashSet<>();
      Set<String> origins = new LinkedHashSet<>();
      for (Report r : e.reports()) {
        if (outletOf.containsKey(r.articleId())) {
          outlets.add(outletOf.get(r.articleId()));
        }
        if (r.source() != null) {
          origins.add(r.source());
        }
      }
      rows(this.outlets, e.id(), outlets);
      rows(this.origins, e.id(), origins);
    }

    private static void rows(PreparedStatement p, String event, Set<String> values)
        throws SQLException {
      for (String value : values) {
        p.setString(1, event);
        p.setString(2, value);
        p.addBatch();
      }
    }

    void execute() throws SQLException {
      actors.executeBatch();
      places.executeBatch();
      outlets.executeBatch();
      origins.executeBatch();
    }

    @Override
    public void close() throws SQLException {
      actors.close();
      places.close();
      outlets.close();
      origins.close();
    }
  }

  private void stories(List<Story> stories) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("INSERT INTO stories (id, position, "
        + "title, articles, json, shown) VALUES (?, ?, ?, ?, ?, ?)")) {
      Map<Story, Integer> shown = shown(stories, ShownOrder.STORIES);
      for (int i = 0; i < stories.size(); i++) {
        Story s = stories.get(i);
        p.setString(1, s.id());
        p.setInt(2, i);
        p.setString(3, s.title());
        p.setInt(4, s.articles().size());
        p.setString(5, ModelJson.write(s));
        p.setInt(6, shown.get(s));
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private void parts(Timeline timeline) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(
        "INSERT INTO parts (name, json) VALUES (?, ?)")) {
      part(p, "timeline.mentions", timeline.mentions());
      part(p, "timeline.copies", timeline.copies());
      part(p, "timeline.storyOf", timeline.storyOf());
      part(p, "timeline.published", timeline.published());
      p.executeBatch();
    }
  }

  private static void part(PreparedStatement p, String name, Object value) throws SQLException {
    p.setString(1, name);
    p.setString(2, ModelJson.write(value));
    p.addBatch();
  }
}
