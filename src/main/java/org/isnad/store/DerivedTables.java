package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.isnad.model.Analysis;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.AnnotatedDocument;
import org.isnad.model.Entity;
import org.isnad.model.Event;
import org.isnad.model.EventMention;
import org.isnad.model.Modality;
import org.isnad.model.Report;
import org.isnad.model.Story;
import org.isnad.model.Timeline;

/**
 * Writes what a linking of the whole case derived (the documents as linked, articles, entities,
 * events with their join tables, stories, the rest of the timeline) over the previous one,
 * inside the caller's transaction. Only what changed is written: a document, article, entity,
 * event, story or part whose digest (of the content its row is written from) equals the kept
 * one is not touched, the rows the case no longer has are deleted, and no row holds a place in a
 * list (the analysis order of entities, events and stories is one part each, {@code order.*}),
 * so an add of a few articles to a large case writes little more than the rows they changed,
 * the view tables ({@link ViewTables}) included.
 */
final class DerivedTables {
  private static final List<String> EVENT_JOINS = List.of("event_actors", "event_places",
      "event_outlets", "event_origins");
  private final Connection connection;
  private final Dialect dialect;
  private final RowDigests digests;

  DerivedTables(Connection connection, RowDigests digests) throws SQLException {
    this.connection = connection;
    this.dialect = Dialect.of(connection);
    this.digests = digests;
  }

  void replace(Analysis analysis) throws SQLException {
    digests.turn();
    try (Statement s = connection.createStatement()) {
      s.executeUpdate("DELETE FROM parts WHERE name LIKE 'view.%'");
    }
    // the audit's figures read the whole case and no table: counted beside the writing
    CompletableFuture<String> audit = CompletableFuture.supplyAsync(
        () -> ModelJson.write(AuditCount.of(analysis)));
    documents(analysis);
    entities(analysis.entities());
    events(analysis.timeline().events(), outlets(analysis));
    stories(analysis.timeline().stories());
    parts(analysis);
    new ViewTables(connection, digests).write(analysis, joined(audit));
  }

  /** The result of {@code work}, its failure thrown as it was. */
  private static String joined(CompletableFuture<String> work) {
    try {
      return work.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw e;
    }
  }

  /**
   * The documents as linked, each written only when the digest of its JSON differs from the
   * kept one (digests taken on the common pool: serialising every document is the costly part),
   * and the articles table.
   */
  private void documents(Analysis analysis) throws SQLException {
    Map<String, String> kept = keptDocuments();
    List<String> digests = this.digests.documents(analysis.annotated());
    Map<String, String> now = new HashMap<>(kept);
    try (PreparedStatement doc = connection.prepareStatement("UPDATE documents SET linked = ?, "
        + "linked_sha256 = ? WHERE id = ?")) {
      for (int i = 0; i < digests.size(); i++) {
        AnnotatedDocument d = analysis.annotated().get(i);
        if (!digests.get(i).equals(kept.get(d.document().id()))) {
          doc.setString(1, ModelJson.write(d));
          doc.setString(2, digests.get(i));
          doc.setString(3, d.document().id());
          doc.executeUpdate();
          now.put(d.document().id(), digests.get(i));
        }
      }
    }
    this.digests.tableWritten("documents", now);
    articles(analysis);
  }

  /** The linked documents' digests the store holds, by id (known, or read). */
  private Map<String, String> keptDocuments() throws SQLException {
    Map<String, String> known = digests.table("documents");
    if (known != null) {
      return known;
    }
    Map<String, String> kept = new HashMap<>();
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
        "SELECT id, linked_sha256 FROM documents WHERE linked_sha256 IS NOT NULL")) {
      while (r.next()) {
        kept.put(r.getString(1), r.getString(2));
      }
    }
    return kept;
  }

  private void articles(Analysis analysis) throws SQLException {
    Map<String, String> storyOf = analysis.timeline().storyOf();
    ChangedRows rows = new ChangedRows(connection, "articles", this.digests.table("articles"));
    Map<String, List<String>> byDocument = new HashMap<>();
    try (PreparedStatement article = connection.prepareStatement(dialect.replace(
        "articles", List.of("id"), List.of("id", "document_id", "outlet", "published", "story",
        "title", "copy_of", "url", "digest")))) {
      for (AnnotatedDocument d : analysis.annotated()) {
        for (AnnotatedArticle a : d.articles()) {
          byDocument.computeIfAbsent(d.document().id(), k -> new ArrayList<>()).add(a.id());
          List<String> values = Arrays.asList(d.document().id(), a.article().outlet(),
              a.article().published() == null ? null : a.article().published().value(),
              storyOf.get(a.id()), a.article().title(), analysis.timeline().copies().get(a.id()),
              a.article().url());
          String digest = Digest.of(values);
          if (rows.changed(a.id(), digest)) {
            article.setString(1, a.id());
            for (int i = 0; i < values.size(); i++) {
              article.setString(i + 2, values.get(i));
            }
            article.setString(values.size() + 2, digest);
            article.addBatch();
          }
        }
      }
      article.executeBatch();
    }
    rows.deleteGone();
    this.digests.tableWritten("articles", rows.now());
    this.digests.articlesWritten(byDocument);
  }

  private void entities(List<Entity> entities) throws SQLException {
    ChangedRows rows = new ChangedRows(connection, "entities", this.digests.table("entities"));
    List<String> digests = this.digests.entities(entities, Entity::id);
    try (PreparedStatement p = connection.prepareStatement(dialect.replace("entities",
        List.of("id"), List.of("id", "type", "name", "mentions", "json", "digest")))) {
      for (int i = 0; i < entities.size(); i++) {
        Entity e = entities.get(i);
        if (rows.changed(e.id(), digests.get(i))) {
          p.setString(1, e.id());
          p.setString(2, e.type().name());
          p.setString(3, e.name());
          p.setInt(4, e.mentionCount());
          p.setString(5, ModelJson.write(e));
          p.setString(6, digests.get(i));
          p.addBatch();
        }
      }
      p.executeBatch();
    }
    rows.deleteGone();
    this.digests.tableWritten("entities", rows.now());
    part("order.entities", entities.stream().map(Entity::id).toList());
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

  /** An event row's content: the event and the outlets of its reports' articles. */
  private record EventRow(Event event, Set<String> outlets) {
    static EventRow of(Event e, Map<String, String> outletOf) {
      Set<String> outlets = new LinkedHashSet<>();
      for (Report r : e.reports()) {
        if (outletOf.containsKey(r.articleId())) {
          outlets.add(outletOf.get(r.articleId()));
        }
      }
      return new EventRow(e, outlets);
    }
  }

  private void events(List<Event> events, Map<String, String> outlets) throws SQLException {
    ChangedRows rows = new ChangedRows(connection, "events", this.digests.table("events"));
    List<EventRow> content = events.stream().map(e -> EventRow.of(e, outlets)).toList();
    List<String> digests = this.digests.events(content, r -> r.event().id(),
        r -> List.of(r.event(), List.copyOf(r.outlets())));
    List<String> rewritten = new ArrayList<>();
    try (PreparedStatement p = connection.prepareStatement(dialect.replace("events",
        List.of("id"), List.of("id", "type", "status", "modality", "day_from", "day_to", "story",
        "shown", "json", "digest")));
        Joins joins = new Joins(connection)) {
      for (int i = 0; i < events.size(); i++) {
        Event e = events.get(i);
        if (!rows.changed(e.id(), digests.get(i))) {
          continue;
        }
        if (rows.held(e.id())) {
          rewritten.add(e.id());
        }
        p.setString(1, e.id());
        p.setString(2, e.type());
        p.setString(3, e.status().label());
        p.setString(4, label(e.modality()));
        p.setString(5, day(EventDays.from(e)));
        p.setString(6, day(EventDays.to(e)));
        p.setString(7, e.story());
        p.setString(8, ShownOrder.eventKey(e));
        p.setString(9, ModelJson.write(e));
        p.setString(10, digests.get(i));
        p.addBatch();
        joins.add(content.get(i));
      }
      // the join rows of rewritten and vanished events go before the new ones are put
      rewritten.addAll(rows.gone());
      for (String table : EVENT_JOINS) {
        rows.delete(table, "event_id", rewritten);
      }
      p.executeBatch();
      joins.execute();
    }
    rows.deleteGone();
    this.digests.tableWritten("events", rows.now());
    part("order.events", events.stream().map(Event::id).toList());
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

    void add(EventRow row) throws SQLException {
      Event e = row.event();
      rows(actors, e.id(), new LinkedHashSet<>(e.actors()));
      rows(places, e.id(), new LinkedHashSet<>(e.places()));
      Set<String> origins = new LinkedHashSet<>();
      for (Report r : e.reports()) {
        if (r.source() != null) {
          origins.add(r.source());
        }
      }
      rows(outlets, e.id(), row.outlets());
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
    ChangedRows rows = new ChangedRows(connection, "stories", this.digests.table("stories"));
    List<String> digests = this.digests.stories(stories, Story::id);
    try (PreparedStatement p = connection.prepareStatement(dialect.replace("stories",
        List.of("id"), List.of("id", "title", "articles", "shown", "json", "digest")))) {
      for (int i = 0; i < stories.size(); i++) {
        Story s = stories.get(i);
        if (rows.changed(s.id(), digests.get(i))) {
          p.setString(1, s.id());
          p.setString(2, s.title());
          p.setInt(3, s.articles().size());
          p.setString(4, ShownOrder.storyKey(s));
          p.setString(5, ModelJson.write(s));
          p.setString(6, digests.get(i));
          p.addBatch();
        }
      }
      p.executeBatch();
    }
    rows.deleteGone();
    this.digests.tableWritten("stories", rows.now());
    part("order.stories", stories.stream().map(Story::id).toList());
  }

  /**
   * The rest of the timeline. Its event reports are the documents' own, in another order: when
   * each is one of the documents' (equal, by id), only their ids are kept, in order
   * ({@code timeline.mentionOrder}, a fiftieth of their JSON), else the reports themselves
   * ({@code timeline.mentions}); the part not written is deleted.
   */
  private void parts(Analysis analysis) throws SQLException {
    Timeline timeline = analysis.timeline();
    List<String> order = mentionOrder(analysis);
    if (order != null) {
      part("timeline.mentionOrder", order);
      deletePart("timeline.mentions");
    } else {
      part("timeline.mentions", timeline.mentions());
      deletePart("timeline.mentionOrder");
    }
    part("timeline.copies", timeline.copies());
    part("timeline.storyOf", timeline.storyOf());
    part("timeline.published", timeline.published());
  }

  /**
   * The ids of the timeline's event reports in its order, when each report is the event report
   * of that id of the documents (ids unique); else null.
   */
  static List<String> mentionOrder(Analysis analysis) {
    Map<String, EventMention> byId = new HashMap<>();
    for (AnnotatedArticle a : analysis.annotatedArticles()) {
      for (EventMention m : a.events()) {
        if (byId.put(m.id(), m) != null) {
          return null;
        }
      }
    }
    List<String> order = new ArrayList<>(analysis.timeline().mentions().size());
    for (EventMention m : analysis.timeline().mentions()) {
      if (!m.equals(byId.remove(m.id()))) {
        return null;
      }
      order.add(m.id());
    }
    return order;
  }

  private void deletePart(String name) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("DELETE FROM parts WHERE name = ?")) {
      p.setString(1, name);
      p.executeUpdate();
    }
  }

  /** Writes part {@code name} when the digest of {@code value} differs from the kept one. */
  private void part(String name, Object value) throws SQLException {
    Digest.Json json = Digest.json(value);
    String digest = json.digest();
    try (PreparedStatement p = connection.prepareStatement(
        "SELECT 1 FROM parts WHERE name = ? AND digest = ?")) {
      p.setString(1, name);
      p.setString(2, digest);
      try (ResultSet r = p.executeQuery()) {
        if (r.next()) {
          return;
        }
      }
    }
    try (PreparedStatement p = connection.prepareStatement(
        dialect.replace("parts", List.of("name"), List.of("name", "json", "digest")))) {
      p.setString(1, name);
      p.setString(2, json.text());
      p.setString(3, digest);
      p.executeUpdate();
    }
  }
}
