package org.isnad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.Article;
import org.isnad.model.EntityMention;
import org.isnad.model.Problem;
import org.isnad.model.ProblemCode;
import org.isnad.model.Stage;
import org.isnad.store.Store.KeptEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event pass is reused only for the same inputs: a kept result whose key matches is taken
 * as it is (the pass does not run), and a change to anything the pass reads (the text, a time
 * expression, a mention's entity, a statement) gives another key, so the pass runs again.
 */
class EventReuseTest {
  private static final String TEXT = "قال وزير الداخلية محمد العلي إن خمسة أشخاص قتلوا أمس في"
      + " انفجار في بغداد. وأعلنت الشرطة اعتقال ثلاثة مشتبه بهم يوم الأحد.";

  /** The article as the event pass gets it: annotated and linked, without events. */
  private static AnnotatedArticle input(Path dir) throws Exception {
    Path page = Files.write(dir.resolve("page.txt"), TEXT.getBytes(StandardCharsets.UTF_8));
    AnnotatedArticle linked = StoreCorpus.engine().analyze(List.of(page.toString()),
        ProgressListener.NONE).annotatedArticles().get(0);
    assertFalse(linked.events().isEmpty(), "the fixture reports events");
    return linked.withEvents(List.of());
  }

  @Test
  void aKeptResultOfTheSameInputsIsTakenWithoutRunningThePass(@TempDir Path dir)
      throws Exception {
    AnnotatedArticle a = input(dir);
    Problem marker = Problem.warning(Stage.ANNOTATE, ProblemCode.of("event-annotator-failed"),
        "kept");
    EventReuse reuse = EventReuse.of(Map.of(a.id(),
        new KeptEvents(EventReuse.key(a), List.of(), List.of(marker))));
    AnnotatedArticle done = reuse.run(Isnad.LINKED_PASS, a);
    assertEquals(List.of(), done.events());
    assertEquals(marker, done.problems().get(done.problems().size() - 1));
    assertTrue(reuse.computed().isEmpty());
  }

  @Test
  void aChangeToAnythingThePassReadsRunsItAgain(@TempDir Path dir) throws Exception {
    AnnotatedArticle a = input(dir);
    for (AnnotatedArticle changed : changes(a)) {
      assertNotEquals(EventReuse.key(a), EventReuse.key(changed));
      EventReuse reuse = EventReuse.of(Map.of(a.id(),
          new KeptEvents(EventReuse.key(a), List.of(), List.of())));
      AnnotatedArticle done = reuse.run(Isnad.LINKED_PASS, changed);
      assertEquals(Isnad.LINKED_PASS.run(changed), done);
      assertEquals(new KeptEvents(EventReuse.key(changed), done.events(), List.of()),
          reuse.computed().get(a.id()));
    }
  }

  @Test
  void withoutAStoreNothingIsKept(@TempDir Path dir) throws Exception {
    AnnotatedArticle a = input(dir);
    assertEquals(Isnad.LINKED_PASS.run(a), EventReuse.NONE.run(Isnad.LINKED_PASS, a));
    assertTrue(EventReuse.NONE.computed().isEmpty());
  }

  /** The article with one input of the pass changed at a time. */
  private static List<AnnotatedArticle> changes(AnnotatedArticle a) {
    assertFalse(a.mentions().isEmpty() || a.timexes().isEmpty() || a.quotes().isEmpty(),
        "the fixture has mentions, time expressions and statements");
    List<AnnotatedArticle> out = new ArrayList<>();
    Article t = a.article();
    out.add(a.withArticle(new Article(t.id(), t.documentId(), t.title(), t.text() + " ",
        t.outlet(), t.author(), t.dateline(), t.credit(), t.tags(), t.language(), t.url(),
        t.published(), t.segments())));
    out.add(a.withTimexes(a.timexes().subList(1, a.timexes().size())));
    List<EntityMention> mentions = new ArrayList<>(a.mentions());
    EntityMention m = mentions.get(0);
    mentions.set(0, new EntityMention(m.articleId(), m.start(), m.end(), m.text(), m.type(),
        "e-other"));
    out.add(a.withMentions(mentions));
    out.add(a.withQuotes(List.of()));
    return out;
  }
}
