package org.isnad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding one article to a run keeps every other id: documents, articles and their time
 * expressions and quotes always; an entity, event or story unless the new article really changes
 * it, and then the change is one a consumer can read from the new JSON: an entity id that goes
 * away is in the {@code merged} list of the entity it joined; an event id that goes away had
 * reports that are now grouped otherwise (joined to others, or split), and likewise a story's
 * articles. The ids that change are printed.
 */
class StableIdsTest {
  private static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"),
      ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void addingAnyOneArticleKeepsEveryOtherIdOrRecordsTheMerge() throws IOException {
    Map<String, byte[]> corpus = TinyCorpus.all();
    for (String added : corpus.keySet()) {
      Map<String, byte[]> base = new LinkedHashMap<>(corpus);
      base.remove(added);
      Map<String, String> before = analyse(base, "base-" + added);
      Map<String, String> after = analyse(corpus, "all-" + added);
      Changed changed = check(before, after);
      System.out.println("adding " + added + ": kept " + (IdContent.ids(before, "entities")
          .size() - changed.entities().size()) + " of " + IdContent.ids(before, "entities").size()
          + " entity ids, " + (IdContent.ids(before, "events").size() - changed.events().size())
          + " of " + IdContent.ids(before, "events").size() + " event ids, "
          + (IdContent.ids(before, "stories").size() - changed.stories().size()) + " of "
          + IdContent.ids(before, "stories").size() + " story ids; " + changed);
    }
  }

  @Test
  void anArticleThatJoinsASurnameToAFullerNameRecordsTheMergeAndKeepsTheOtherIds()
      throws IOException {
    Map<String, byte[]> base = new LinkedHashMap<>();
    base.put("surname.txt", TinyCorpus.SURNAME.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Map<String, byte[]> all = new LinkedHashMap<>(base);
    all.put("full.txt", TinyCorpus.FULL_NAME.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Map<String, String> before = analyse(base, "surname");
    Map<String, String> after = analyse(all, "full");
    Changed changed = check(before, after);
    assertEquals(1, changed.entities().size(), "only «الأسد» changes: " + changed);
    String surname = changed.entities().get(0);
    assertTrue(before.get("entities " + surname).contains("\"الأسد\""), before.toString());
    assertFalse(IdContent.ids(after, "entities").contains(surname));
  }

  @Test
  void ofTwoInputsWithTheSameBytesTheSameOneIsReadWhateverTheOrder() throws IOException {
    byte[] bytes = TinyCorpus.BLAST.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Path first = Files.write(dir.resolve("first.txt"), bytes);
    Path second = Files.write(dir.resolve("second.txt"), bytes);
    Map<String, String> forward = documentIds(List.of(first.toString(), second.toString()));
    Map<String, String> backward = documentIds(List.of(second.toString(), first.toString()));
    assertEquals(forward, backward);
  }

  @Test
  void everyIdThatRefersToAnotherNamesOneOfTheRun() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("refs"));
    for (Map.Entry<String, byte[]> f : TinyCorpus.all().entrySet()) {
      Files.write(folder.resolve(f.getKey()), f.getValue());
    }
    org.isnad.model.Analysis a = Isnad.with(2, FIXED).analyze(List.of(folder.toString()),
        ProgressListener.NONE);
    Set<String> articles = new HashSet<>();
    a.articles().forEach(x -> articles.add(x.id()));
    Set<String> entities = new HashSet<>();
    a.entities().forEach(e -> assertTrue(entities.add(e.id()), "two entities " + e.id()));
    Set<String> stories = new HashSet<>();
    a.timeline().stories().forEach(x -> assertTrue(stories.add(x.id()), "two stories"));
    Set<String> events = new HashSet<>();
    a.timeline().events().forEach(e -> assertTrue(events.add(e.id()), "two events " + e.id()));
    a.mentions().forEach(m -> assertTrue(articles.contains(m.articleId())
        && entities.contains(m.entityId()), m.toString()));
    a.quotes().forEach(q -> assertTrue(articles.contains(q.articleId())
        && q.id().startsWith(q.articleId() + "-q"), q.id()));
    a.timexes().forEach(t -> assertTrue(articles.contains(t.articleId())
        && t.id().startsWith(t.articleId() + "-t"), t.id()));
    for (org.isnad.model.Event e : a.timeline().events()) {
      assertTrue(e.story() == null || stories.contains(e.story()), e.id());
      assertTrue(entities.containsAll(e.actors()) && entities.containsAll(e.places()), e.id());
      e.reports().forEach(r -> assertTrue(articles.contains(r.articleId()), e.id()));
    }
    for (org.isnad.model.Story x : a.timeline().stories()) {
      assertTrue(articles.containsAll(x.articles()) && events.containsAll(x.events()), x.id());
    }
    a.timeline().storyOf().values().forEach(x -> assertTrue(stories.contains(x), x));
    a.entities().forEach(e -> e.merged().forEach(m -> assertFalse(entities.contains(m),
        "a merged id names no entity of its own: " + m)));
  }

  /** Source → document id (and the id it duplicates). */
  private static Map<String, String> documentIds(List<String> inputs) {
    Map<String, String> ids = new java.util.TreeMap<>();
    Isnad.with(2, FIXED).analyze(inputs, ProgressListener.NONE).documents().forEach(x -> ids.put(
        x.document().source(), x.document().id() + " " + x.document().duplicateOf()));
    return ids;
  }

  /** The ids of the first run that the second does not have, each checked to be explained. */
  record Changed(List<String> entities, List<String> events, List<String> stories) {}

  private static Changed check(Map<String, String> before, Map<String, String> after)
      throws IOException {
    for (String kind : List.of("documents", "articles", "timexes", "quotes")) {
      for (String id : IdContent.ids(before, kind)) {
        assertTrue(after.containsKey(kind + " " + id), kind + " " + id + " went away");
      }
    }
    for (String id : IdContent.ids(before, "articles")) {
      assertEquals(JSON.readTree(before.get("articles " + id)).path("text"),
          JSON.readTree(after.get("articles " + id)).path("text"), "the text of " + id);
    }
    List<String> entities = new ArrayList<>();
    Set<String> merged = new HashSet<>();
    for (String id : IdContent.ids(after, "entities")) {
      JSON.readTree(after.get("entities " + id)).path("merged").forEach(m -> merged.add(
          m.asText()));
    }
    for (String id : IdContent.ids(before, "entities")) {
      if (!after.containsKey("entities " + id)) {
        assertTrue(merged.contains(id), "entity " + id + " went away unrecorded: "
            + before.get("entities " + id));
        entities.add(id);
      }
    }
    Map<String, String> eventOfReport = reports(after);
    Map<String, String> storyOfArticle = new LinkedHashMap<>();
    Map<String, Set<String>> articlesOfStory = new LinkedHashMap<>();
    for (String id : IdContent.ids(after, "stories")) {
      Set<String> articles = new HashSet<>();
      JSON.readTree(after.get("stories " + id)).path("articles").forEach(a -> {
        storyOfArticle.put(a.asText(), id);
        articles.add(a.asText());
      });
      articlesOfStory.put(id, articles);
    }
    List<String> events = new ArrayList<>();
    Map<String, Set<String>> reportsOfEvent = new LinkedHashMap<>();
    for (String id : IdContent.ids(after, "events")) {
      Set<String> reports = new HashSet<>();
      JSON.readTree(after.get("events " + id)).path("reports").forEach(r -> reports.add(
          key(r)));
      reportsOfEvent.put(id, reports);
    }
    for (String id : IdContent.ids(before, "events")) {
      if (!after.containsKey("events " + id)) {
        Set<String> was = new HashSet<>();
        JSON.readTree(before.get("events " + id)).path("reports").forEach(r -> was.add(key(r)));
        boolean regrouped = was.stream().map(eventOfReport::get).anyMatch(now -> now == null
            || !reportsOfEvent.get(now).equals(was));
        assertTrue(regrouped, "event " + id + " changed its id, not its reports");
        events.add(id);
      }
    }
    List<String> stories = new ArrayList<>();
    for (String id : IdContent.ids(before, "stories")) {
      if (!after.containsKey("stories " + id)) {
        Set<String> was = new HashSet<>();
        JSON.readTree(before.get("stories " + id)).path("articles").forEach(a -> was.add(
            a.asText()));
        boolean regrouped = was.stream().map(storyOfArticle::get).anyMatch(now -> now == null
            || !articlesOfStory.get(now).equals(was));
        assertTrue(regrouped, "story " + id + " changed its id, not its articles");
        stories.add(id);
      }
    }
    // every mention, report and article still points to the id it had, unless that id went away
    IdContent.ids(before, "mentions").forEach(m -> assertTrue(entities.contains(before.get(
        "mentions " + m)) || before.get("mentions " + m).equals(after.get("mentions " + m)),
        "mention " + m + " now names another entity"));
    Map<String, String> eventBefore = reports(before);
    eventBefore.forEach((report, event) -> assertTrue(events.contains(event)
        || event.equals(eventOfReport.get(report)), "report " + report + " moved"));
    // a story whose old articles are still together, alone, keeps its id unless a new article
    // joined it and comes first
    Set<String> old = IdContent.ids(before, "articles");
    for (String id : IdContent.ids(before, "stories")) {
      Set<String> was = new java.util.TreeSet<>();
      JSON.readTree(before.get("stories " + id)).path("articles").forEach(a -> was.add(
          a.asText()));
      String now = storyOfArticle.get(was.iterator().next());
      Set<String> members = new java.util.TreeSet<>(articlesOfStory.get(now));
      Set<String> oldMembers = new HashSet<>(members);
      oldMembers.retainAll(old);
      assertTrue(!oldMembers.equals(was) || now.equals(id) || !old.contains(members.iterator()
          .next()), "story " + id + " kept its articles but not its id");
    }
    return new Changed(entities, events, stories);
  }

  /** Report (article, sentence, type) → its event id in a run. */
  private static Map<String, String> reports(Map<String, String> content) throws IOException {
    Map<String, String> of = new LinkedHashMap<>();
    for (String id : IdContent.ids(content, "events")) {
      JsonNode event = JSON.readTree(content.get("events " + id));
      for (JsonNode r : event.path("reports")) {
        of.put(key(r) + " " + event.path("type").asText(), id);
      }
    }
    Map<String, String> byReport = new LinkedHashMap<>();
    of.forEach((k, v) -> byReport.put(k.substring(0, k.lastIndexOf(' ')), v));
    return byReport;
  }

  private static String key(JsonNode report) {
    return report.path("article").asText() + ":" + report.path("start").asInt() + ":"
        + report.path("end").asInt();
  }

  private Map<String, String> analyse(Map<String, byte[]> files, String name) throws IOException {
    Path folder = Files.createDirectory(dir.resolve(name));
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Files.write(folder.resolve(f.getKey()), f.getValue());
    }
    return IdContent.of(Isnad.with(2, FIXED).analyze(List.of(folder.toString()),
        ProgressListener.NONE));
  }
}
