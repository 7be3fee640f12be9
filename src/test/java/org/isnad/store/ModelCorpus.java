package org.isnad.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.isnad.Datasets;
import org.isnad.Isnad;
import org.isnad.ProgressListener;
import org.isnad.model.Analysis;
import org.isnad.model.Document;

/**
 * The analyses the codec tests compare the hand-written JSON reader and writer with the mapper
 * on: the sample corpus, and the first 200 SaudiNewsNet articles of the shared data set when it
 * is there ({@code ../shared/data/saudinewsnet/dataset}). Each is made once per test run.
 */
final class ModelCorpus {
  private static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"),
      ZoneOffset.UTC);
  private static final Path SAUDI_NEWS_NET = Path.of("../shared/data/saudinewsnet/dataset");
  private static List<Analysis> analyses;

  private ModelCorpus() {}

  static synchronized List<Analysis> analyses() {
    if (analyses == null) {
      List<Analysis> all = new ArrayList<>();
      Isnad engine = Isnad.with(2, FIXED);
      all.add(engine.analyze(List.of("samples/seeds"), ProgressListener.NONE));
      if (Files.isDirectory(SAUDI_NEWS_NET)) {
        List<Document> documents = new ArrayList<>();
        Datasets.readSaudiNewsNet(SAUDI_NEWS_NET, 200, documents::add);
        all.add(engine.analyzeDocuments(documents));
      }
      analyses = List.copyOf(all);
    }
    return analyses;
  }

  /** Whether the SaudiNewsNet articles are among the analyses (the shared data is there). */
  static boolean withSaudiNewsNet() {
    return analyses().size() > 1;
  }

  /** Every value the store digests or keeps as JSON, of every analysis. */
  static List<Object> values() {
    List<Object> out = new ArrayList<>();
    for (Analysis a : analyses()) {
      out.addAll(a.annotated());
      out.addAll(a.entities());
      out.addAll(a.timeline().events());
      out.addAll(a.timeline().stories());
      out.add(a.timeline().mentions());
      out.add(a.timeline().copies());
      out.add(a.timeline().storyOf());
      out.add(a.timeline().published());
      out.add(a.entities().stream().map(e -> e.id()).toList());
    }
    return out;
  }
}
