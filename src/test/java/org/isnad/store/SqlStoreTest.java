package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.Isnad;
import org.isnad.ProgressListener;
import org.isnad.model.Analysis;
import org.isnad.model.AnnotatedDocument;
import org.isnad.model.Event;
import org.isnad.model.EventStatus;
import org.isnad.model.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The store on SQL: model records read back equal to the ones written, versioned schema,
 * transactions, stale marking and the paged event queries, over the sample corpus; on SQLite
 * and, where the test is not about SQLite's own files, on PostgreSQL too.
 */
@Timeout(120)
class SqlStoreTest {
  @RegisterExtension
  static final PostgresServer PG = new PostgresServer();
  private static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"),
      ZoneOffset.UTC);
  private static Analysis seeds;

  @BeforeAll
  static void analyse() {
    seeds = Isnad.with(2, FIXED).analyze(List.of("samples/seeds"), ProgressListener.NONE);
  }

  /** A store holding the seed documents, settled as analysed and linked. */
  private static SqlStore linkedStore(Path dir) {
    SqlStore store = SqlStore.open(dir);
    try (Store.Intake intake = store.intake()) {
      seeds.annotated().forEach(d -> intake.add(d.document()));
      intake.commit(Map.of(), Set.of(), List.of());
    }
    store.settle(seeds.annotated().stream().map(d -> new Store.Settled(d, Set.of())).toList());
    store.linked(seeds);
    return store;
  }

  @Test
  void everyAnnotatedDocumentOfTheSeedsReadsBackEqual() {
    for (AnnotatedDocument d : seeds.annotated()) {
      assertEquals(d, ModelJson.read(ModelJson.write(d), AnnotatedDocument.class));
    }
    assertFalse(seeds.timeline().events().isEmpty());
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void theStoredAnalysisEqualsTheOneLinked(StoreKind kind, @TempDir Path temp) {
    Path dir = PG.folder(kind, temp);
    try (SqlStore store = linkedStore(dir)) {
      assertEquals(seeds, store.analysis());
      assertEquals(SqlStore.sorted(seeds.annotated()), store.annotatedDocuments());
      assertFalse(store.needsLinking());
      assertEquals(List.of(), store.unsettled());
    }
    try (SqlStore again = SqlStore.open(dir)) {
      assertEquals(seeds, again.analysis());
    }
  }

  /**
   * The timeline's event reports are kept as ids of the documents' reports when each is one of
   * them, and whole when one is not; both read back as linked, and the part not written is gone.
   */
  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void timelineReportsAreKeptAsIdsOnlyWhenTheDocumentsHoldThem(StoreKind kind, @TempDir Path temp)
      throws Exception {
    Path dir = PG.folder(kind, temp);
    assertTrue(DerivedTables.mentionOrder(seeds) != null);
    Analysis odd = new Analysis(seeds.generatedAt(), seeds.annotated().stream()
        .map(d -> d.withArticles(d.articles().stream().map(a -> a.withEvents(List.of()))
            .toList())).toList(), seeds.entities(), seeds.timeline(), seeds.skipped());
    assertEquals(null, DerivedTables.mentionOrder(odd));
    try (SqlStore store = linkedStore(dir)) {
      assertEquals(seeds, store.analysis());
      assertEquals(null, store.queries().part("timeline.mentions"));
      store.linked(odd);
      assertEquals(odd, store.analysis());
      assertEquals(null, store.queries().part("timeline.mentionOrder"));
      store.linked(seeds);
      assertEquals(seeds, store.analysis());
      assertEquals(null, store.queries().part("timeline.mentions"));
    }
  }

  @Test
  void theSchemaIsMigratedOnceAndANewerStoreIsRefused(@TempDir Path dir) throws Exception {
    SqlStore.open(dir).close();
    try (SqlStore store = SqlStore.open(dir)) {
      assertEquals(Migrations.known().size(), store.schemaVersion());
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("isnad.db"));
        Statement s = c.createStatement()) {
      assertEquals(Migrations.known().size(),
          s.executeQuery("SELECT COUNT(*) FROM schema_version").getInt(1));
      s.execute("INSERT INTO schema_version VALUES (99, 'V99__future.sql', 'x')");
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SqlStore.open(dir));
    assertTrue(e.getMessage().contains("99") && e.getMessage().contains("newer isnad"),
        e.getMessage());
  }

  @Test
  void aStoreMadeBeforeVersion8FindsItsArticlesByUrlOnceMigrated(@TempDir Path dir)
      throws Exception {
    Isnad.with(1, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
        .add(dir, List.of("src/test/resources/org/isnad/check/copies"), ProgressListener.NONE);
    Map<String, String> urls;
    try (SqlStore store = SqlStore.open(dir)) {
      urls = store.queries().pairs("SELECT id, url FROM articles WHERE url IS NOT NULL");
    }
    assertEquals(3, urls.size(), urls.toString());
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("isnad.db"));
        Statement s = c.createStatement()) {
      s.execute("DROP INDEX articles_url");
      s.execute("ALTER TABLE articles DROP COLUMN url");
      s.execute("DELETE FROM schema_version WHERE version = 8");
    }
    try (SqlStore store = SqlStore.open(dir)) {
      assertEquals(urls, store.queries().pairs("SELECT id, url FROM articles WHERE url IS NOT "
          + "NULL"));
      for (Map.Entry<String, String> e : urls.entrySet()) {
        assertTrue(store.articlesAt(List.of(" " + e.getValue() + " ")).contains(e.getKey()),
            e.toString());
      }
      assertEquals(List.of(), store.articlesAt(List.of("https://nowhere.example/")));
    }
  }

  @Test
  void aStoreLinkedBeforeVersion2IsLinkedAgain(@TempDir Path dir) throws Exception {
    String v1;
    try (var in = Migrations.class.getResourceAsStream("migrations/V1__store.sql")) {
      v1 = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("isnad.db"));
        Statement s = c.createStatement()) {
      for (String statement : Migrations.statements(v1)) {
        s.execute(statement);
      }
      s.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
          + "applied_at TEXT NOT NULL)");
      s.execute("INSERT INTO schema_version VALUES (1, 'V1__store.sql', 'x')");
      s.execute("INSERT INTO documents (id, source, sha256, added_at, state, page) "
          + "VALUES ('d1', 'a.txt', 'x', 'x', 'annotated', '{}')");
    }
    try (SqlStore store = SqlStore.open(dir)) {
      assertEquals(Migrations.known().size(), store.schemaVersion());
      assertTrue(store.needsLinking(), "the tables version 2 adds are filled by a linking");
    }
    Path empty = dir.resolve("empty");
    try (SqlStore store = SqlStore.open(empty)) {
      assertFalse(store.needsLinking(), "a new store has nothing to link");
    }
  }

  @Test
  void version7KeepsTheStatementsInTheirOrderKeyedById(@TempDir Path dir) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("isnad.db"));
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
          + "applied_at TEXT NOT NULL)");
      for (int v = 1; v <= 6; v++) {
        String name = Migrations.known().get(v - 1);
        try (var in = Migrations.class.getResourceAsStream("migrations/" + name)) {
          for (String statement : Migrations.statements(
              new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))) {
            s.execute(statement);
          }
        }
        s.execute("INSERT INTO schema_version VALUES (" + v + ", '" + name + "', 'x')");
      }
      s.execute("INSERT INTO statements VALUES (0, 'd2-a1-q1', 'e1', '{\"said\":\"أولا\"}')");
      s.execute("INSERT INTO statements VALUES (1, 'd1-a1-q1', NULL, '{\"said\":\"ثانيا\"}')");
      s.execute("INSERT INTO statement_about VALUES ('e2', 1)");
      s.execute("INSERT INTO statement_about VALUES ('e2', 0)");
    }
    try (SqlStore store = SqlStore.open(dir);
        Statement s = store.connection().createStatement()) {
      assertEquals(Migrations.known().size(), store.schemaVersion());
      List<String> order = new ArrayList<>();
      try (ResultSet r = s.executeQuery("SELECT id FROM statements ORDER BY shown")) {
        while (r.next()) {
          order.add(r.getString(1));
        }
      }
      assertEquals(List.of("d2-a1-q1", "d1-a1-q1"), order);
      List<String> about = new ArrayList<>();
      try (ResultSet r = s.executeQuery("SELECT s.json FROM statement_about a JOIN statements s "
          + "ON s.id = a.statement_id WHERE a.entity_id = 'e2' ORDER BY a.shown")) {
        while (r.next()) {
          about.add(r.getString(1));
        }
      }
      assertEquals(List.of("{\"said\":\"أولا\"}", "{\"said\":\"ثانيا\"}"), about);
    }
  }

  /**
   * A new PostgreSQL database takes the same migrations, to the same version, once: the same
   * versions and names in schema_version, the same tables with the same columns as SQLite; a
   * database newer than this code is refused naming both versions.
   */
  @Test
  void anEmptyPostgresqlDatabaseIsMigratedAsSqliteIs(@TempDir Path temp) throws Exception {
    Path dir = PG.newStoreFolder(temp);
    SqlStore.open(dir).close();
    List<String> columns;
    try (SqlStore store = SqlStore.open(dir)) {
      assertEquals(Migrations.known().size(), store.schemaVersion());
      assertEquals(Migrations.known(), store.call(() -> store.queries().strings(
          "SELECT name FROM schema_version ORDER BY version")));
      columns = sorted(store.call(() -> store.queries().strings("SELECT table_name || '.' || "
          + "column_name FROM information_schema.columns WHERE table_schema = 'public'")));
      store.call(() -> store.connection().createStatement().executeUpdate(
          "INSERT INTO schema_version VALUES (99, 'V99__future.sql', 'x')"));
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SqlStore.open(dir));
    assertTrue(e.getMessage().contains("99"), e.getMessage());
    try (SqlStore sqlite = SqlStore.open(temp.resolve("sqlite"))) {
      assertEquals(sorted(sqlite.call(() -> sqlite.queries().strings("SELECT m.name || '.' || "
          + "p.name FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table'"))),
          columns);
    }
  }

  private static List<String> sorted(List<String> texts) {
    return texts.stream().sorted().toList();
  }

  @Test
  void migrationsSplitAtSemicolonsEndingALine() {
    assertEquals(List.of("CREATE TABLE a (x TEXT)", "CREATE TABLE b (y TEXT)"),
        Migrations.statements("-- a comment; with a semicolon;\nCREATE TABLE a (x TEXT);\n\n"
            + "CREATE TABLE b (y TEXT);\n"));
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void anIntakeNotCommittedLeavesNothing(StoreKind kind, @TempDir Path temp) {
    Path dir = PG.folder(kind, temp);
    try (SqlStore store = SqlStore.open(dir)) {
      try (Store.Intake intake = store.intake()) {
        seeds.annotated().forEach(d -> intake.add(d.document()));
      }
      assertEquals(0, store.documentCount());
      assertFalse(store.needsLinking());
      assertFalse(store.holds(seeds.annotated().get(0).document()));
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void aDocumentRefusedALineThatJoinsTheTemplateIsStale(StoreKind kind, @TempDir Path temp) {
    Path dir = PG.folder(kind, temp);
    try (SqlStore store = linkedStore(dir)) {
      AnnotatedDocument first = seeds.annotated().get(0);
      store.settle(List.of(new Store.Settled(first, Set.of("line one"))));
      try (Store.Intake intake = store.intake()) {
        intake.commit(Map.of("line one", 2, "line two", 2), Set.of("line two"), List.of());
      }
      assertEquals(List.of(), store.unsettled());
      try (Store.Intake intake = store.intake()) {
        intake.commit(Map.of("line one", 2), Set.of("line one"), List.of());
      }
      assertEquals(List.of(first.document().id()), store.unsettled());
      assertEquals(2, store.templateCounts().get("line one"));
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void eventsAreFilteredAndPagedInTimelineOrder(StoreKind kind, @TempDir Path temp) {
    Path dir = PG.folder(kind, temp);
    List<Event> all = ShownOrder.sorted(seeds.timeline().events(), ShownOrder.EVENTS);
    try (SqlStore store = linkedStore(dir)) {
      assertEquals(all, store.events(EventQuery.ALL, 0, 10_000));
      List<Event> paged = new ArrayList<>();
      for (int offset = 0; offset < all.size(); offset += 7) {
        paged.addAll(store.events(EventQuery.ALL, offset, 7));
      }
      assertEquals(all, paged);
      Event some = all.stream().filter(e -> !e.actors().isEmpty()).findFirst().orElseThrow();
      assertEquals(all.stream().filter(e -> e.type().equals(some.type())).toList(),
          store.events(filter(null, null, some.type(), null, null), 0, 1000));
      assertEquals(all.stream().filter(e -> e.actors().contains(some.actors().get(0))).toList(),
          store.events(filter(null, null, null, some.actors().get(0), null), 0, 1000));
      assertEquals(all.stream().filter(e -> e.status() == EventStatus.SINGLE_SOURCE).count(),
          store.eventCount(filter(null, null, null, null, StatusFilter.SINGLE)));
      assertEquals(some, store.event(some.id()).orElseThrow());
      assertTrue(store.event("e-none").isEmpty());
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void datesOutletsAndOriginsFilterEvents(StoreKind kind, @TempDir Path temp) {
    Path dir = PG.folder(kind, temp);
    List<Event> all = ShownOrder.sorted(seeds.timeline().events(), ShownOrder.EVENTS);
    try (SqlStore store = linkedStore(dir)) {
      Event dated = all.stream().filter(e -> EventDays.from(e) != null).findFirst()
          .orElseThrow();
      LocalDate day = EventDays.from(dated);
      List<Event> onDay = store.events(new EventQuery(day, day, null, null, null, null, null,
          null, null), 0, 1000);
      assertTrue(onDay.contains(dated), onDay.toString());
      assertTrue(onDay.stream().allMatch(e -> !EventDays.from(e).isAfter(day)
          && !EventDays.to(e).isBefore(day)), onDay.toString());
      Report report = all.stream().flatMap(e -> e.reports().stream())
          .filter(r -> r.source() != null).findFirst().orElseThrow();
      List<Event> fromOrigin = store.events(new EventQuery(null, null, null, null, null, null,
          report.source(), null, null), 0, 1000);
      assertEquals(all.stream().filter(e -> e.reports().stream()
          .anyMatch(r -> report.source().equals(r.source()))).toList(), fromOrigin);
      String outlet = seeds.articles().stream().map(a -> a.outlet())
          .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
      assertFalse(store.events(new EventQuery(null, null, null, null, null, outlet, null, null,
          null), 0, 1000).isEmpty());
    }
  }

  /**
   * A page found by reading events in shown order and testing the join tables (a filter that
   * lets through many events) is the page found by listing the filter's events: for each join
   * filter, alone and with a type, page by page.
   */
  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void scanningForAPageGivesThePageListingGives(StoreKind kind, @TempDir Path temp) {
    Path dir = PG.folder(kind, temp);
    List<Event> all = ShownOrder.sorted(seeds.timeline().events(), ShownOrder.EVENTS);
    try (SqlStore store = linkedStore(dir)) {
      Event some = all.stream().filter(e -> !e.actors().isEmpty() && !e.places().isEmpty())
          .findFirst().orElseThrow();
      Report report = all.stream().flatMap(e -> e.reports().stream())
          .filter(r -> r.source() != null).findFirst().orElseThrow();
      String outlet = seeds.articles().stream().map(a -> a.outlet())
          .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
      List<EventQuery> filters = List.of(
          new EventQuery(null, null, null, some.actors().get(0), null, null, null, null, null),
          new EventQuery(null, null, null, null, some.places().get(0), null, null, null, null),
          new EventQuery(null, null, null, null, null, outlet, null, null, null),
          new EventQuery(null, null, null, null, null, null, report.source(), null, null),
          new EventQuery(null, null, some.type(), null, null, outlet, null, null, null));
      for (EventQuery f : filters) {
        List<Event> listed = store.events(f, 0, 1000, false);
        assertFalse(listed.isEmpty(), f.toString());
        assertEquals(listed, store.events(f, 0, 1000, true), f.toString());
        for (int offset = 0; offset < listed.size() + 3; offset += 3) {
          assertEquals(store.events(f, offset, 3, false), store.events(f, offset, 3, true),
              f + " at " + offset);
        }
      }
    }
  }

  @Test
  void aFilterOfManyEventsScansAndOneOfFewLists() {
    assertTrue(EventWhere.scans(16_274, 71_260, 0, 50), "one outlet's 16,274 events");
    assertFalse(EventWhere.scans(5, 71_260, 0, 50), "one actor's 5 events");
    assertFalse(EventWhere.scans(16_274, 71_260, 16_000, 50), "a page deep in a large filter");
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void articlesEntitiesAndStoriesAreFoundById(StoreKind kind, @TempDir Path temp) {
    Path dir = PG.folder(kind, temp);
    try (SqlStore store = linkedStore(dir)) {
      seeds.annotatedArticles().forEach(a -> assertEquals(a, store.article(a.id())
          .orElseThrow()));
      seeds.entities().forEach(e -> assertEquals(e, store.entity(e.id()).orElseThrow()));
      assertEquals(ShownOrder.sorted(seeds.timeline().stories(), ShownOrder.STORIES),
          store.stories(0, 1000));
      assertTrue(store.article("a-none").isEmpty());
      assertThrows(IllegalArgumentException.class, () -> store.stories(0, 0));
      assertThrows(IllegalArgumentException.class, () -> store.events(EventQuery.ALL, -1, 5));
    }
  }

  @Test
  void aFileIsNotAStore(@TempDir Path dir) throws Exception {
    Path file = java.nio.file.Files.writeString(dir.resolve("f"), "x");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SqlStore.open(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  private static EventQuery filter(LocalDate from, LocalDate to, String type, String actor,
      StatusFilter status) {
    return new EventQuery(from, to, type, actor, null, null, null, status, null);
  }
}
