package org.isnad;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.isnad.extract.PageExtractor;
import org.isnad.extract.SiteTemplate;
import org.isnad.ingest.Ingestor;
import org.isnad.annotate.quote.QuoteAnnotator;
import org.isnad.annotate.time.TimeAnnotation;
import org.isnad.annotate.time.TimeAnnotator;
import org.isnad.model.Analysis;
import org.isnad.model.Article;
import org.isnad.model.Quote;
import org.isnad.model.Timex;
import org.isnad.model.Document;
import org.isnad.model.Extraction;
import org.isnad.model.Problem;
import org.isnad.model.Stage;

/**
 * The engine's front door: the CLI and the server call this, never the stages directly.
 *
 * <p>A run ingests every input, learns the batch's site template, then extracts each document
 * on a pool of threads. Documents in the result are sorted by source, so the output does not
 * depend on the order the inputs were given in.
 *
 * <p>Thread safe; a run holds no state between calls.
 */
public final class Isnad {
  private static final long WORKER_STACK_BYTES = 64L << 20;
  private final int threads;
  private final Clock clock;
  private final PageExtractor extractor = new PageExtractor();

  private Isnad(int threads, Clock clock) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.threads = threads;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** An engine using every available processor. */
  public static Isnad withDefaults() {
    return new Isnad(Runtime.getRuntime().availableProcessors(), Clock.systemUTC());
  }

  /** An engine with a fixed thread count and clock (tests, benchmarks). */
  public static Isnad with(int threads, Clock clock) {
    return new Isnad(threads, clock);
  }

  /**
   * Analyses files, directories, archives or {@code -} (standard input).
   *
   * @throws IllegalArgumentException when an input does not exist or the list is empty
   */
  public Analysis analyze(List<String> inputs, ProgressListener progress) {
    if (inputs == null || inputs.isEmpty()) {
      throw new IllegalArgumentException("no inputs given: " + inputs);
    }
    List<Document> documents = new ArrayList<>();
    new Ingestor().ingest(inputs, documents::add);
    documents.sort(Comparator.comparing(Document::source).thenComparing(Document::id));
    progress.started(documents.size());
    SiteTemplate template = SiteTemplate.learn(documents);
    List<Extraction> extractions = extractAll(documents, template, progress);
    progress.finished();
    return annotated(extractions);
  }

  /**
   * Runs the annotators over every article: time expressions for now. An article whose page gave
   * no date gets the one its text implies.
   */
  private Analysis annotated(List<Extraction> extractions) {
    List<Annotated> results = inPool(() -> extractions.parallelStream().map(Isnad::annotate)
        .toList());
    List<Extraction> documents = results.stream().map(Annotated::extraction).toList();
    List<Timex> timexes = results.stream().flatMap(r -> r.timexes().stream()).toList();
    List<Quote> quotes = results.stream().flatMap(r -> r.quotes().stream()).toList();
    return new Analysis(clock.instant(), documents, timexes, quotes);
  }

  private record Annotated(Extraction extraction, List<Timex> timexes, List<Quote> quotes) {}

  private static Annotated annotate(Extraction extraction) {
    List<Article> articles = new ArrayList<>();
    List<Timex> timexes = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    List<Problem> problems = new ArrayList<>(extraction.problems());
    for (Article article : extraction.articles()) {
      try {
        TimeAnnotation time = TimeAnnotator.standard().annotate(article);
        articles.add(article.withPublished(time.published()));
        timexes.addAll(time.timexes());
      } catch (RuntimeException e) {  // a bug on one article must not cost the batch
        articles.add(article);
        problems.add(Problem.warning(Stage.ANNOTATE, "time-annotator-failed",
            article.id() + ": " + e));
      }
      try {
        quotes.addAll(QuoteAnnotator.standard().annotate(article));
      } catch (RuntimeException e) {
        problems.add(Problem.warning(Stage.ANNOTATE, "quote-annotator-failed",
            article.id() + ": " + e));
      }
    }
    return new Annotated(new Extraction(extraction.document(), articles, extraction.dropped(),
        problems), timexes, quotes);
  }

  private <T> T inPool(java.util.concurrent.Callable<T> work) {
    java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
    try {
      return pool.submit(work).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while annotating", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("annotation failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  /** Extracts documents that are already in memory (benchmarks, tests). */
  public List<Extraction> extractAll(List<Document> documents, SiteTemplate template,
      ProgressListener progress) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    try {
      List<Future<Extraction>> futures = new ArrayList<>(documents.size());
      for (Document document : documents) {
        futures.add(pool.submit(() -> extractOne(document, template, progress)));
      }
      List<Extraction> results = new ArrayList<>(futures.size());
      for (int i = 0; i < futures.size(); i++) {
        results.add(await(futures.get(i), documents.get(i)));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private Extraction extractOne(Document document, SiteTemplate template,
      ProgressListener progress) {
    try {
      return extractor.extract(document, template);
    } catch (RuntimeException | StackOverflowError e) {
      return crashed(document, e);
    } finally {
      progress.documentDone();
    }
  }

  private static Extraction await(Future<Extraction> future, Document document) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return crashed(document, e);
    } catch (ExecutionException e) {
      return crashed(document, e.getCause());
    }
  }

  /** A bug of ours must not take the batch down: the document records it and the run goes on. */
  private static Extraction crashed(Document document, Throwable e) {
    Problem problem = Problem.error(Stage.EXTRACT, "internal-error",
        "extraction failed on " + document.source() + ": " + e);
    return new Extraction(document, List.of(), List.of(), List.of(problem));
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    return runnable -> {
      // A large stack lets third-party parsers survive deeply nested pages.
      Thread thread = new Thread(null, runnable, "isnad-worker", WORKER_STACK_BYTES);
      thread.setDaemon(true);
      return thread;
    };
  }
}
