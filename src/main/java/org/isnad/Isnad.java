package org.isnad;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.isnad.extract.PageExtractor;
import org.isnad.extract.SiteTemplate;
import org.isnad.ingest.Ingestor;
import org.isnad.annotate.entity.EntityAnnotator;
import org.isnad.annotate.event.EventAnnotator;
import org.isnad.model.EventMention;
import org.isnad.model.Timeline;
import org.isnad.timeline.TimelineBuilder;
import org.isnad.annotate.ner.PerceptronTagger;
import org.isnad.annotate.quote.QuoteAnnotator;
import org.isnad.link.EntityLinker;
import org.isnad.link.SpeakerLinker;
import org.isnad.model.Entity;
import org.isnad.model.EntityMention;
import org.isnad.annotate.time.TimeAnnotation;
import org.isnad.annotate.time.TimeAnnotator;
import org.isnad.model.Analysis;
import org.isnad.model.Article;
import org.isnad.model.Quote;
import org.isnad.model.Timex;
import org.isnad.model.Document;
import org.isnad.model.Extraction;
import org.isnad.model.Problem;
import org.isnad.model.ProblemCode;
import org.isnad.model.Skipped;
import org.isnad.model.Stage;
import org.isnad.text.ArticleContext;

/**
 * The engine's front door: the CLI and the server call this, never the stages directly.
 *
 * <p>A run ingests every input, learns the batch's site template, then extracts each document
 * on a pool of threads. Documents in the result are sorted by source, so the output does not
 * depend on the order the inputs were given in. Every id derives from content (a document's
 * from its bytes, an article's from its document and place in it, an entity's from its name, an
 * event's from its first report, a story's from its first article), so it is the same in every
 * run, input order and batch.
 *
 * <p>Thread safe; a run holds no state between calls.
 */
public final class Isnad {
  /** The most worker threads a run takes (each has a 64 MiB stack; more gains nothing). */
  public static final int MAX_THREADS = 256;
  private static final long WORKER_STACK_BYTES = 64L << 20;
  private static final EntityAnnotator ENTITIES = new EntityAnnotator(PerceptronTagger.bundled());
  private final int threads;
  private final Clock clock;
  private final PageExtractor extractor = new PageExtractor();

  private Isnad(int threads, Clock clock) {
    if (threads < 1 || threads > MAX_THREADS) {
      throw new IllegalArgumentException("threads must be between 1 and " + MAX_THREADS + ": "
          + threads);
    }
    this.threads = threads;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** An engine using every available processor (at most {@link #MAX_THREADS}). */
  public static Isnad withDefaults() {
    return new Isnad(Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()),
        Clock.systemUTC());
  }

  /**
   * An engine with a fixed thread count and clock (tests, benchmarks).
   *
   * @throws IllegalArgumentException when {@code threads} is not between 1 and
   *     {@link #MAX_THREADS}, naming the value
   */
  public static Isnad with(int threads, Clock clock) {
    return new Isnad(threads, clock);
  }

  /**
   * Analyses files, directories, archives or {@code -} (standard input).
   *
   * Every path met is in the result: as a document, or in {@link Analysis#skipped()} with why.
   *
   * @throws IllegalArgumentException when an input does not exist or is empty, or the list is
   *     empty
   */
  public Analysis analyze(List<String> inputs, ProgressListener progress) {
    if (inputs == null || inputs.isEmpty()) {
      throw new IllegalArgumentException("no inputs given: " + inputs);
    }
    List<Document> documents = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    // in a fixed order: of inputs with the same bytes, the same one is read (its id is the
    // hash of the bytes) and the others are its duplicates, whatever order they were given in
    new Ingestor().ingest(inputs.stream().sorted().toList(), documents::add, skipped::add);
    documents.sort(Comparator.comparing(Document::source).thenComparing(Document::id));
    progress.started(documents.size());
    SiteTemplate template = SiteTemplate.learn(documents);
    List<Extraction> extractions = extractAll(documents, template, progress);
    progress.finished();
    return annotate(extractions).withSkipped(skipped);
  }

  /**
   * Runs the annotators over every article (time expressions, entity mentions, statements), then
   * links mentions into entities across the run and ties speakers to them. An article whose page
   * gave no date gets the one its text implies.
   */
  public Analysis annotate(List<Extraction> extractions) {
    List<Annotated> results = inPool(() -> extractions.parallelStream().map(Isnad::annotate)
        .toList());
    List<Extraction> documents = results.stream().map(Annotated::extraction).toList();
    List<Timex> timexes = results.stream().flatMap(r -> r.timexes().stream()).toList();
    Map<String, List<EntityMention>> byArticle = new LinkedHashMap<>();
    results.forEach(r -> byArticle.putAll(r.mentions()));
    // linked in article id order, so entity names and aliases never depend on input order;
    // listed in the input's order
    EntityLinker.Linked linked = new EntityLinker().link(new java.util.TreeMap<>(byArticle))
        .inOrderOf(List.copyOf(byArticle.keySet()));
    List<Quote> quotes = attributed(results, linked);
    List<EventsFound> found = inPool(() -> eventMentions(documents, timexes, linked.mentions(),
        quotes));
    List<Extraction> checked = found.stream().map(EventsFound::extraction).toList();
    Timeline timeline = new TimelineBuilder().build(new TimelineBuilder.Input(
        checked.stream().flatMap(d -> d.articles().stream()).toList(),
        found.stream().flatMap(f -> f.mentions().stream()).toList(), quotes,
        linked.mentions(), linked.entities()));
    return new Analysis(clock.instant(), datedByCorpus(checked, timeline), timexes,
        linked.entities(), linked.mentions(), quotes, timeline);
  }

  /** One document's event reports; a failure is recorded on the document, never thrown. */
  private record EventsFound(Extraction extraction, List<EventMention> mentions) {}

  /** The event reports of every article, found after entities are linked. */
  private static List<EventsFound> eventMentions(List<Extraction> documents,
      List<Timex> timexes, List<EntityMention> mentions, List<Quote> quotes) {
    Map<String, List<Timex>> timexesOf = new java.util.HashMap<>();
    timexes.forEach(t -> timexesOf.computeIfAbsent(t.articleId(), k -> new ArrayList<>()).add(t));
    Map<String, List<EntityMention>> mentionsOf = new java.util.HashMap<>();
    mentions.forEach(m -> mentionsOf.computeIfAbsent(m.articleId(), k -> new ArrayList<>())
        .add(m));
    Map<String, List<Quote>> quotesOf = new java.util.HashMap<>();
    quotes.forEach(q -> quotesOf.computeIfAbsent(q.articleId(), k -> new ArrayList<>()).add(q));
    return documents.parallelStream().map(d -> eventsOf(d, new ArticleAnnotations(timexesOf,
        mentionsOf, quotesOf))).toList();
  }

  /** An article's annotations by article id, for the event annotator. */
  private record ArticleAnnotations(Map<String, List<Timex>> timexes,
      Map<String, List<EntityMention>> mentions, Map<String, List<Quote>> quotes) {}

  private static EventsFound eventsOf(Extraction d, ArticleAnnotations of) {
    List<EventMention> found = new ArrayList<>();
    List<Problem> problems = new ArrayList<>(d.problems());
    for (Article a : d.articles()) {
      try {
        // a context of its own: keeping every article's context from the first pass through
        // the linking of the whole batch would hold its normalised text and maps in memory
        found.addAll(EventAnnotator.standard().annotate(ArticleContext.of(a),
            of.timexes().getOrDefault(a.id(), List.of()),
            of.mentions().getOrDefault(a.id(), List.of()),
            of.quotes().getOrDefault(a.id(), List.of())));
      } catch (RuntimeException e) {  // a bug on one article must not cost the batch
        problems.add(failed("event", a, e));
      }
    }
    return new EventsFound(problems.size() == d.problems().size() ? d
        : new Extraction(d.document(), d.articles(), d.dropped(), problems), found);
  }

  /** Articles without a date of their own get the window the corpus implies (basis corpus). */
  private static List<Extraction> datedByCorpus(List<Extraction> documents, Timeline timeline) {
    if (timeline.published().isEmpty()) {
      return documents;
    }
    return documents.stream().map(d -> new Extraction(d.document(), d.articles().stream()
        .map(a -> timeline.published().containsKey(a.id())
            ? a.withPublished(timeline.published().get(a.id())) : a).toList(), d.dropped(),
        d.problems())).toList();
  }

  private record Annotated(Extraction extraction, List<Timex> timexes,
      Map<String, List<EntityMention>> mentions, Map<String, List<Quote>> quotes) {}

  private static List<Quote> attributed(List<Annotated> results, EntityLinker.Linked linked) {
    Map<String, Entity> entities = new LinkedHashMap<>();
    linked.entities().forEach(e -> entities.put(e.id(), e));
    Map<String, List<EntityMention>> mentions = new LinkedHashMap<>();
    linked.mentions().forEach(m -> mentions.computeIfAbsent(m.articleId(), k -> new ArrayList<>())
        .add(m));
    Map<String, String> texts = new LinkedHashMap<>();
    results.forEach(r -> r.extraction().articles().forEach(a -> texts.put(a.id(), a.text())));
    SpeakerLinker speakers = new SpeakerLinker(entities);
    List<Quote> quotes = new ArrayList<>();
    for (Annotated r : results) {
      r.quotes().forEach((article, list) -> quotes.addAll(speakers.link(list,
          mentions.getOrDefault(article, List.of()), texts.get(article))));
    }
    return quotes;
  }

  /**
   * The statements of one article with speakers linked to the article's own entities: what
   * {@code isnad eval quotes} scores. Never throws on content.
   */
  public static List<Quote> attributedQuotes(Article article) {
    ArticleContext context = ArticleContext.of(article);
    List<EntityMention> mentions = ENTITIES.annotate(context);
    EntityLinker.Linked linked = new EntityLinker().link(Map.of(article.id(), mentions));
    Map<String, Entity> entities = new LinkedHashMap<>();
    linked.entities().forEach(e -> entities.put(e.id(), e));
    return new SpeakerLinker(entities).link(QuoteAnnotator.standard().annotate(context, mentions),
        linked.mentions(), article.text());
  }

  /** The entity mentions of one article, not yet linked (benchmarks). */
  public static List<EntityMention> entityMentions(Article article) {
    return ENTITIES.annotate(article);
  }

  private static Annotated annotate(Extraction extraction) {
    List<Article> articles = new ArrayList<>();
    List<Timex> timexes = new ArrayList<>();
    Map<String, List<EntityMention>> mentions = new LinkedHashMap<>();
    Map<String, List<Quote>> quotes = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>(extraction.problems());
    for (Article article : extraction.articles()) {
      ArticleContext context = ArticleContext.of(article);  // read once, for every annotator
      try {
        TimeAnnotation time = TimeAnnotator.standard().annotate(context);
        articles.add(article.withPublished(time.published()));
        timexes.addAll(time.timexes());
      } catch (RuntimeException e) {  // a bug on one article must not cost the batch
        articles.add(article);
        problems.add(failed("time", article, e));
      }
      List<EntityMention> found = List.of();
      try {
        found = ENTITIES.annotate(context);
        mentions.put(article.id(), found);
      } catch (RuntimeException e) {
        problems.add(failed("entity", article, e));
      }
      try {
        quotes.put(article.id(), QuoteAnnotator.standard().annotate(context, found));
      } catch (RuntimeException e) {
        problems.add(failed("quote", article, e));
      }
    }
    return new Annotated(new Extraction(extraction.document(), articles, extraction.dropped(),
        problems), timexes, mentions, quotes);
  }

  private static Problem failed(String annotator, Article article, RuntimeException e) {
    return Problem.warning(Stage.ANNOTATE, ProblemCode.of(annotator + "-annotator-failed"),
        article.id() + ": " + e);
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
    Problem problem = Problem.error(Stage.EXTRACT, ProblemCode.INTERNAL_ERROR,
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
