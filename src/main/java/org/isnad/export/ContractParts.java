package org.isnad.export;

import java.time.Instant;
import java.util.List;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.Article;
import org.isnad.model.Entity;
import org.isnad.model.Event;
import org.isnad.model.Extraction;
import org.isnad.model.Skipped;
import org.isnad.model.Story;

/**
 * A run's analysis as the contract's sections, each read in the contract's order: what
 * {@link AnalysisJsonWriter} writes. An {@link org.isnad.model.Analysis} in memory is one source
 * ({@link #of}); a run whose parts live elsewhere (the Spark job's datasets, read a partition at
 * a time) is another, so the contract is written without the whole run in one place. Every
 * {@code Iterable} may be read more than once (the article sections are read three times: their
 * time expressions, mentions and statements).
 */
public interface ContractParts {
  Instant generatedAt();

  /** The documents in the run's order, each as extracted (its articles' ids and problems). */
  Iterable<Extraction> documents();

  List<Skipped> skipped();

  /** The articles in the run's order, each with its copy's original and its story. */
  Iterable<ArticleLine> articles();

  /** The annotated articles in the run's order: time expressions, mentions and statements. */
  Iterable<AnnotatedArticle> annotated();

  Iterable<Entity> entities();

  Iterable<Event> events();

  Iterable<Story> stories();

  /** One article of the contract: the article, the article it copies (or null), its story id. */
  record ArticleLine(Article article, String duplicateOf, String story) {
    public ArticleLine {
      java.util.Objects.requireNonNull(article, "article");
    }
  }

  /** The sections of an analysis held in memory, read in place. */
  static ContractParts of(org.isnad.model.Analysis analysis) {
    return new InMemory(analysis);
  }

  /** {@link #of}: the analysis's own lists, nothing copied. */
  final class InMemory implements ContractParts {
    private final org.isnad.model.Analysis analysis;

    private InMemory(org.isnad.model.Analysis analysis) {
      this.analysis = java.util.Objects.requireNonNull(analysis, "analysis");
    }

    @Override
    public Instant generatedAt() {
      return analysis.generatedAt();
    }

    @Override
    public Iterable<Extraction> documents() {
      return () -> analysis.annotated().stream().map(d -> d.extraction()).iterator();
    }

    @Override
    public List<Skipped> skipped() {
      return analysis.skipped();
    }

    @Override
    public Iterable<ArticleLine> articles() {
      var timeline = analysis.timeline();
      return () -> analysis.annotated().stream().flatMap(d -> d.articles().stream())
          .map(a -> new ArticleLine(a.article(), timeline.copies().get(a.id()),
              timeline.storyOf().get(a.id()))).iterator();
    }

    @Override
    public Iterable<AnnotatedArticle> annotated() {
      return () -> analysis.annotated().stream().flatMap(d -> d.articles().stream()).iterator();
    }

    @Override
    public Iterable<Entity> entities() {
      return analysis.entities();
    }

    @Override
    public Iterable<Event> events() {
      return analysis.timeline().events();
    }

    @Override
    public Iterable<Story> stories() {
      return analysis.timeline().stories();
    }
  }
}
