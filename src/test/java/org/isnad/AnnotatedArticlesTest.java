package org.isnad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.isnad.extract.SiteTemplate;
import org.isnad.ingest.Ingestor;
import org.isnad.model.Analysis;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.Basis;
import org.isnad.model.Document;
import org.isnad.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * The annotated article is the unit: what the article pass finds in an article (its time
 * expressions, publication date from its own text, mentions, statements) is the same whether the
 * article runs in a batch on several threads or alone. Only what the run links across articles
 * (entity ids, dates the corpus implies) may depend on the batch.
 */
class AnnotatedArticlesTest {
  private static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"),
      ZoneOffset.UTC);

  @Test
  void theArticlesOfARunAreThoseOfTheSameArticlesRunOneByOne() throws IOException {
    List<Document> documents = new ArrayList<>();
    new Ingestor().ingest(samplePages(), documents::add);
    List<Extraction> extractions = Isnad.with(1, FIXED).extractAll(documents,
        SiteTemplate.learn(documents), ProgressListener.NONE);
    Map<String, AnnotatedArticle> batch = byId(Isnad.with(2, FIXED).annotate(extractions));
    Map<String, AnnotatedArticle> alone = new LinkedHashMap<>();
    for (Extraction extraction : extractions) {
      alone.putAll(byId(Isnad.with(1, FIXED).annotate(List.of(extraction))));
    }
    assertEquals(alone.keySet(), batch.keySet());
    assertFalse(batch.isEmpty());
    for (AnnotatedArticle one : alone.values()) {
      AnnotatedArticle inBatch = batch.get(one.id());
      assertEquals(one.timexes(), inBatch.timexes(), one.id());
      assertEquals(unlinked(one), unlinked(inBatch), one.id());
      assertEquals(one.problems(), inBatch.problems(), one.id());
      if (one.article().published().basis() != Basis.CORPUS) {
        assertEquals(one.article(), inBatch.article(), one.id());
      }
    }
  }

  /** Mentions and statements without what linking adds (entity ids). */
  private static List<String> unlinked(AnnotatedArticle article) {
    List<String> parts = new ArrayList<>();
    article.mentions().forEach(m -> parts.add(m.start() + "-" + m.end() + " " + m.type() + " "
        + m.text()));
    article.quotes().forEach(q -> parts.add(q.id() + " " + q.start() + "-" + q.end() + " "
        + q.cue() + " " + q.direct() + " " + q.speaker().text() + ": " + q.content()));
    article.events().forEach(e -> parts.add(e.type() + " " + e.triggerStart() + "-"
        + e.triggerEnd() + " " + e.modality()));
    return parts;
  }

  private static Map<String, AnnotatedArticle> byId(Analysis analysis) {
    Map<String, AnnotatedArticle> of = new LinkedHashMap<>();
    analysis.annotatedArticles().forEach(a -> of.put(a.id(), a));
    return of;
  }

  private static List<String> samplePages() throws IOException {
    try (Stream<Path> pages = Files.list(Path.of("samples/seeds"))) {
      return pages.map(Path::toString).sorted().toList();
    }
  }
}
