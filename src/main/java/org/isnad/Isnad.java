package org.isnad;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.isnad.ProgressListener.Phase;
import org.isnad.annotate.AnnotationPass;
import org.isnad.annotate.Annotator;
import org.isnad.annotate.entity.EntityAnnotator;
import org.isnad.annotate.event.EventAnnotator;
import org.isnad.annotate.ner.PerceptronTagger;
import org.isnad.annotate.quote.QuoteAnnotator;
import org.isnad.annotate.time.TimeAnnotator;
import org.isnad.extract.PageExtractor;
import org.isnad.extract.SiteTemplate;
import org.isnad.extract.UrlDate;
import org.isnad.extract.UrlOutlet;
import org.isnad.ingest.BalyReader;
import org.isnad.ingest.Ingestor;
import org.isnad.ingest.SaudiNewsNetReader;
import org.isnad.link.EntityLinker;
import org.isnad.link.SpeakerLinker;
import org.isnad.model.Analysis;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.AnnotatedDocument;
import org.isnad.model.Article;
import org.isnad.model.Document;
import org.isnad.model.Entity;
import org.isnad.model.EntityMention;
import org.isnad.model.Extraction;
import org.isnad.model.Problem;
import org.isnad.model.ProblemCode;
import org.isnad.model.Quote;
import org.isnad.model.Skipped;
import org.isnad.model.Stage;
import org.isnad.model.Timeline;
import org.isnad.model.Timex;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.ArticleContext;
import org.isnad.timeline.TimelineBuilder;

/**
 * The engine's front door: the CLI and the server call this, never the stages directly.
 *
 * <p>A run ingests every input, learns the batch's site template, then extracts each document
 * and annotates its articles on a pool of threads (the article pass: time, entity, statement;
 * see {@link Annotator}), keeping per article only the {@link AnnotatedArticle}, not the page.
 * It then links entities and speakers across the run, runs the linked pass (events) and builds
 * the timeline. Documents in the result are sorted by source, so the output does not
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
  private static final EntityAnnotator ENTITIES = new EntityAnnotator(PerceptronTagger.bundled());
  private final Workers workers;
  private final Clock clock;
  private final PageExtractor extractor = new PageExtractor();

  private Isnad(int threads, Clock clock) {
    if (threads < 1 || threads > MAX_THREADS) {
      throw new IllegalArgumentException("threads must be between 1 and " + MAX_THREADS + ": "
          + threads);
    }
    this.workers = new Workers(threads);
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
   * <p>Every path met is in the result: as a document, or in {@link Analysis#skipped()} with why.
   * Documents flow read → extract → annotate: all pages are read first (the batch's site
   * template is learnt from them and they are sorted by source), then each is extracted and its
   * articles annotated as soon as a worker is free, and the page's content is let go of as it is
   * extracted; only the annotated articles stay for linking and the timeline. The listener hears
   * the phases {@code read}, {@code annotate}, {@code link}, {@code events} and
   * {@code timeline}.
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
    progress.phase(Phase.READ, -1);
    // in a fixed order: of inputs with the same bytes, the same one is read (its id is the
    // hash of the bytes) and the others are its duplicates, whatever order they were given in
    new Ingestor().ingest(inputs.stream().sorted().toList(), d -> {
      documents.add(d);
      progress.step();
    }, skipped::add);
    documents.sort(Comparator.comparing(Document::source).thenComparing(Document::id));
    SiteTemplate template = SiteTemplate.learn(documents);
    progress.phase(Phase.ANNOTATE, documents.size());
    List<AnnotatedDocument> annotated = extractAndAnnotate(documents, template, progress);
    Analysis analysis = linked(annotated, progress).withSkipped(skipped);
    progress.finished();
    return analysis;
  }

  /**
   * Runs the annotators over every article (time expressions, entity mentions, statements), then
   * links mentions into entities across the run and ties speakers to them, then finds event
   * reports and builds the timeline. An article whose page gave no date gets the one its text
   * implies.
   */
  public Analysis annotate(List<Extraction> extractions) {
    List<AnnotatedDocument> annotated = workers.inOrder(extractions,
        e -> articlePass(AnnotatedDocument.of(e)), ProgressListener.NONE);
    return linked(annotated, ProgressListener.NONE);
  }

  /** The annotators every article goes through before linking (see {@link Annotator}). */
  private static final AnnotationPass ARTICLE_PASS = AnnotationPass.of(
      new AnnotationPass.Step<>("time", TimeAnnotator.standard(),
          (a, time) -> a.withArticle(a.article().withPublished(time.published()))
              .withTimexes(time.timexes())),
      new AnnotationPass.Step<>("entity", ENTITIES, AnnotatedArticle::withMentions),
      new AnnotationPass.Step<>("quote", QuoteAnnotator.standard(),
          AnnotatedArticle::withQuotes));

  /** The annotators every article goes through once entities are linked. */
  private static final AnnotationPass LINKED_PASS = AnnotationPass.of(
      new AnnotationPass.Step<>("event", EventAnnotator.standard(),
          AnnotatedArticle::withEvents));

  /** Each article of the document through the article pass, on one shared reading of it. */
  private static AnnotatedDocument articlePass(AnnotatedDocument document) {
    return document.withArticles(document.articles().stream()
        .map(a -> ARTICLE_PASS.run(ArticleContext.of(a.article()), a)).toList());
  }

  /**
   * Links entities and speakers across the run, runs the linked pass, builds the timeline and
   * dates the articles the corpus dates.
   */
  private Analysis linked(List<AnnotatedDocument> annotated, ProgressListener progress) {
    progress.phase(Phase.LINK, 1);
    Linking linking = linkedEntities(annotated);
    progress.step();
    progress.phase(Phase.EVENTS, annotated.size());
    List<AnnotatedDocument> withEvents = workers.inOrder(linking.documents(),
        d -> d.withArticles(d.articles().stream().map(LINKED_PASS::run).toList()), progress);
    progress.phase(Phase.TIMELINE, 1);
    Analysis undated = new Analysis(clock.instant(), withEvents, linking.entities(),
        Timeline.empty(), List.of());
    Timeline timeline = new TimelineBuilder().build(new TimelineBuilder.Input(
        undated.articles(), undated.annotatedArticles().stream()
            .flatMap(a -> a.events().stream()).toList(), undated.quotes(), undated.mentions(),
        linking.entities()));
    progress.step();
    return new Analysis(undated.generatedAt(), datedByCorpus(withEvents, timeline),
        linking.entities(), timeline, List.of());
  }

  /** The documents with linked mentions and speakers, and the run's entities. */
  private record Linking(List<AnnotatedDocument> documents, List<Entity> entities) {}

  private static Linking linkedEntities(List<AnnotatedDocument> documents) {
    Map<String, List<EntityMention>> byArticle = new LinkedHashMap<>();
    documents.forEach(d -> d.articles().forEach(a -> byArticle.put(a.id(), a.mentions())));
    // linked in article id order, so entity names and aliases never depend on input order;
    // listed in the input's order, so each article's linked mentions follow one another
    EntityLinker.Linked linked = new EntityLinker().link(new TreeMap<>(byArticle))
        .inOrderOf(List.copyOf(byArticle.keySet()));
    Map<String, Entity> entities = new LinkedHashMap<>();
    linked.entities().forEach(e -> entities.put(e.id(), e));
    SpeakerLinker speakers = new SpeakerLinker(entities);
    List<EntityMention> mentions = linked.mentions();
    int next = 0;
    List<AnnotatedDocument> done = new ArrayList<>(documents.size());
    for (AnnotatedDocument d : documents) {
      List<AnnotatedArticle> articles = new ArrayList<>(d.articles().size());
      for (AnnotatedArticle a : d.articles()) {
        int from = next;
        while (next < mentions.size() && mentions.get(next).articleId().equals(a.id())) {
          next++;
        }
        List<EntityMention> own = mentions.subList(from, next);
        articles.add(a.withMentions(own).withQuotes(a.quotes().isEmpty() ? List.of()
            : speakers.link(a.quotes(), own, a.article().text())));
      }
      done.add(d.withArticles(articles));
    }
    return new Linking(done, linked.entities());
  }

  /** Articles without a date of their own get the window the corpus implies (basis corpus). */
  private static List<AnnotatedDocument> datedByCorpus(List<AnnotatedDocument> documents,
      Timeline timeline) {
    if (timeline.published().isEmpty()) {
      return documents;
    }
    return documents.stream().map(d -> d.withArticles(d.articles().stream()
        .map(a -> timeline.published().containsKey(a.id())
            ? a.withArticle(a.article().withPublished(timeline.published().get(a.id()))) : a)
        .toList())).toList();
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

  /** The entity mentions of one article, not yet linked: what {@code isnad eval names} scores. */
  public static List<EntityMention> entityMentions(Article article) {
    return ENTITIES.annotate(article);
  }

  /**
   * The time expressions the standard time annotator finds in one article, on its own reading of
   * it: what {@code isnad eval time} scores. Never throws on content.
   */
  public static List<Timex> timeExpressions(Article article) {
    return TimeAnnotator.standard().annotate(article).timexes();
  }

  /**
   * Reads at most {@code limit} articles of the SaudiNewsNet dataset folder (its zips, one day
   * each) as documents, in the dataset's order (benchmarks, evaluation). Returns how many.
   */
  public static long readSaudiNewsNet(Path dataset, long limit, Consumer<Document> sink) {
    return new SaudiNewsNetReader().read(dataset, limit, sink);
  }

  /**
   * Analyses documents already in memory as one batch (evaluation): learns the batch's site
   * template from them, extracts each (in the given order, on the run's threads), then annotates
   * and links them as {@link #annotate} does.
   */
  public Analysis analyzeDocuments(List<Document> documents) {
    return annotate(extractAll(documents, ProgressListener.NONE));
  }

  /**
   * Extracts documents that are already in memory with the site template learnt from them
   * (benchmarks); results in the documents' order.
   */
  public List<Extraction> extractAll(List<Document> documents, ProgressListener progress) {
    return extractAll(documents, SiteTemplate.learn(documents), progress);
  }

  /**
   * Extracts and annotates each document on the workers, results in document order. The list
   * lets go of each document as it is handed to a worker, and a worker keeps only its
   * extraction's articles (the content is dropped), so the pages of the batch are freed while it
   * runs.
   */
  private List<AnnotatedDocument> extractAndAnnotate(List<Document> documents,
      SiteTemplate template, ProgressListener progress) {
    return workers.windowed(documents, Document::withoutContent, d -> {
      try {
        return articlePass(AnnotatedDocument.of(extractOne(d, template)));
      } finally {
        progress.step();
      }
    }, (d, e) -> AnnotatedDocument.of(crashed(d, e)));
  }

  /** Extracts documents that are already in memory (benchmarks, tests); the list is kept. */
  public List<Extraction> extractAll(List<Document> documents, SiteTemplate template,
      ProgressListener progress) {
    return workers.windowed(new ArrayList<>(documents), d -> d,
        d -> extractOne(d, template, progress), Isnad::crashed);
  }

  private Extraction extractOne(Document document, SiteTemplate template,
      ProgressListener progress) {
    try {
      return extractOne(document, template);
    } finally {
      progress.step();
    }
  }

  private Extraction extractOne(Document document, SiteTemplate template) {
    try {
      return extractor.extract(document, template);
    } catch (RuntimeException | StackOverflowError e) {
      return crashed(document, e);
    }
  }

  /** A bug of ours must not take the batch down: the document records it and the run goes on. */
  private static Extraction crashed(Document document, Throwable e) {
    Problem problem = Problem.error(Stage.EXTRACT, ProblemCode.INTERNAL_ERROR,
        "extraction failed on " + document.source() + ": " + e);
    return new Extraction(document, List.of(), List.of(), List.of(problem));
  }

  /** The article pass, one step at a time (benchmarks: each annotator timed on its own). */
  private static final List<AnnotationPass> ARTICLE_STEPS = ARTICLE_PASS.steps().stream()
      .map(AnnotationPass::of).toList();

  /** The names of the article pass's steps, in the order a run takes them (benchmarks). */
  public static List<String> articlePassSteps() {
    return ARTICLE_PASS.steps().stream().map(AnnotationPass.Step::name).toList();
  }

  /**
   * One article part-way through the article pass as a run takes it (benchmarks): its reading,
   * built once and shared by every step as in a run, and the article with what the steps run so
   * far found. Immutable.
   */
  public static final class ArticleInPass {
    private final ArticleContext context;
    private final AnnotatedArticle annotated;

    private ArticleInPass(ArticleContext context, AnnotatedArticle annotated) {
      this.context = context;
      this.annotated = annotated;
    }

    /** The article with what the steps run so far found. */
    public AnnotatedArticle annotated() {
      return annotated;
    }

    /**
     * This article after step {@code step} of the article pass (0 is the first of
     * {@link #articlePassSteps()}), on the same reading; a step that throws leaves a problem on
     * the article, as in a run.
     */
    public ArticleInPass after(int step) {
      return new ArticleInPass(context, ARTICLE_STEPS.get(step).run(context, annotated));
    }

    /** How many tokens the reading's sentences have. */
    public int tokens() {
      return context.sentenceTokens().stream().mapToInt(List::size).sum();
    }
  }

  /**
   * An article read as the article pass reads it, every value of the reading computed now (the
   * text layer: normalised text and its alignment, code points, both sentence views, tokens),
   * no step run yet (benchmarks).
   */
  public static ArticleInPass readForArticlePass(AnnotatedArticle article) {
    ArticleContext context = ArticleContext.of(article.article());
    context.aligned();
    context.codePoints();
    context.sentences();
    context.normalizedSentences();
    context.sentenceTokens();
    return new ArticleInPass(context, article);
  }

  /** A name compared after normalisation (evaluation): the standard normaliser's text. */
  public static String normalized(String text) {
    return ArabicNormalizer.standard().normalizeToString(text);
  }

  /** The day a news URL's path states, if any (evaluation: the audit). */
  public static Optional<LocalDate> urlDay(String url) {
    return UrlDate.of(url);
  }

  /** The outlet a URL's site stands for, if known (evaluation: the audit). */
  public static Optional<String> urlOutlet(String url) {
    return UrlOutlet.of(url);
  }

  /** Whether {@code dataset} holds Baly et al. (2018) claim files rather than SaudiNewsNet zips. */
  public static boolean isClaimFolder(Path dataset) throws IOException {
    return BalyReader.isClaimFolder(dataset);
  }

  /**
   * One SaudiNewsNet article's fields as the document a run reads (evaluation): the title, a
   * blank line, then the content; the url, title, day and source as hints.
   */
  public static Document saudiNewsNetDocument(String source, Map<String, String> fields) {
    return new SaudiNewsNetReader().document(source, fields);
  }

  /** The claim files of Baly et al. (2018) in {@code dataset}, read as a run reads them. */
  public static ClaimFiles claimFiles(Path dataset) {
    return new ClaimFiles(dataset);
  }

  /**
   * Articles of Baly et al. (2018) claim files (evaluation): {@code file} a claim file of the
   * dataset, {@code index} the article in its {@code article} array. Each file is parsed once.
   * Not thread safe.
   */
  public static final class ClaimFiles {
    private final BalyReader reader = new BalyReader();
    private final Path dataset;

    private ClaimFiles(Path dataset) {
      this.dataset = dataset;
    }

    /**
     * The raw text of the article.
     *
     * @throws IllegalArgumentException when the file or the article is missing
     */
    public String text(String file, int index) throws IOException {
      return reader.article(dataset, file, index).text();
    }

    /** The article's url, or {@code null}; throws as {@link #text} does. */
    public String url(String file, int index) throws IOException {
      return reader.article(dataset, file, index).url();
    }

    /** The article as the text document named {@code source} a run reads, its url a hint. */
    public Document document(String source, String file, int index) throws IOException {
      return reader.document(source, reader.article(dataset, file, index));
    }
  }
}
