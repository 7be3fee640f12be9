package org.isnad;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
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
import org.isnad.extract.TemplateLearner;
import org.isnad.ingest.Ingestor;
import org.isnad.link.EntityLinker;
import org.isnad.link.LinkRecall;
import org.isnad.link.NearDuplicateFinder;
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
import org.isnad.store.Store;
import org.isnad.store.StoreLocation;
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
 * <p>Thread safe; a run holds no state between calls (a server's uploads hand the engine what
 * they keep of the case, {@link ResidentCase}).
 */
public final class Isnad {
  /** The most worker threads a run takes (each has a 64 MiB stack; more gains nothing). */
  public static final int MAX_THREADS = 256;
  private final Workers workers;
  private final Clock clock;
  private final PageExtractor extractor = new PageExtractor();
  private Isnad(int threads, Clock clock) {
    checkThreads(threads);
    this.workers = new Workers(threads);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Checks a thread count before any engine is built.
   *
   * @throws IllegalArgumentException if {@code threads} is not 1 to {@link #MAX_THREADS},
   *     naming it
   */
  public static void checkThreads(int threads) {
    if (threads < 1 || threads > MAX_THREADS) {
      throw new IllegalArgumentException("threads must be between 1 and " + MAX_THREADS + ": "
          + threads);
    }
  }

  /**
   * The store folder a {@code --store} value names: a folder as it is, or for a
   * {@code postgresql://} URL its local working folder, made and linked to the database
   * ({@link StoreLocation}), which every method taking a store folder then opens.
   *
   * @throws IllegalArgumentException naming the value (never its password) when it is neither
   */
  public static Path storeFolder(String value) {
    StoreLocation location = StoreLocation.parse(value);
    return location.isDatabase() ? location.prepared() : location.folder();
  }

  /** An engine using every available processor (at most {@link #MAX_THREADS}). */
  public static Isnad withDefaults() {
    return new Isnad(defaultThreads(), Clock.systemUTC());
  }

  /** The worker threads {@link #withDefaults()} runs: every available processor, capped. */
  public static int defaultThreads() {
    return Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
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
   * Documents flow read → extract → annotate: each page is extracted and its articles
   * annotated on the workers as soon as it is read, while the rest is read and the tagger's model
   * loads; the batch's site template is learnt as the pages come in, and a page extracted before
   * it was complete is extracted again when the complete one changes it. A page's content is let
   * go of once it is annotated; only the annotated articles stay for linking and the timeline,
   * sorted by source, so the result is the same whatever the reading speed or input order. The
   * listener hears the phases {@code read}, {@code annotate}, {@code link}, {@code events} and
   * {@code timeline}.
   *
   * @throws IllegalArgumentException when an input does not exist or is empty, or the list is
   *     empty
   */
  public Analysis analyze(List<String> inputs, ProgressListener progress) {
    if (inputs == null || inputs.isEmpty()) {
      throw new IllegalArgumentException("no inputs given: " + inputs);
    }
    // the tagger's model loads on a thread aside while the inputs are read; a failure shows
    // where the annotator is first used (the workers record it on their articles)
    workers.aside(() -> Entities.ANNOTATOR);
    List<Skipped> skipped = new ArrayList<>();
    // in a fixed order: of inputs with the same bytes, the same one is read (its id is the
    // hash of the bytes) and the others are its duplicates, whatever order they were given in
    Map<String, NearDuplicateFinder.Signature> signatures =
        new java.util.concurrent.ConcurrentHashMap<>();
    List<AnnotatedDocument> annotated = readAndAnnotate(inputs.stream().sorted().toList(),
        skipped, signatures, progress);
    annotated.sort(Comparator.comparing((AnnotatedDocument d) -> d.document().source())
        .thenComparing(d -> d.document().id()));
    Analysis analysis = linked(annotated, signatures::get, EventReuse.NONE, Recalls.NONE, progress)
        .withSkipped(skipped);
    progress.finished();
    return analysis;
  }

  /** The most documents read but not yet annotated (the reader waits when there are more). */
  private static final int READ_AHEAD = 1 << 15;

  /**
   * Reads the inputs and extracts and annotates each document on the workers as soon as it is
   * read, in reading order, while the tagger's model loads and the rest is read. The batch's site
   * template is learnt on the reader's thread as the pages come in ({@link TemplateLearner}): a
   * document extracted before the last page was read used the template so far, and is extracted
   * again with the learnt one when any of its answers differs, so every document's result is the
   * one the batch's template gives, whatever the reading speed. A worker lets go of its page once
   * it is sure of that; only the annotated articles stay.
   */
  private List<AnnotatedDocument> readAndAnnotate(List<String> inputs, List<Skipped> skipped,
      Map<String, NearDuplicateFinder.Signature> signatures, ProgressListener progress) {
    progress.phase(Phase.READ, -1);
    TemplateLearner learner = new TemplateLearner();
    HeldSteps annotatedSteps = new HeldSteps(progress);
    int[] read = {0};
    List<Speculative> first = workers.streamed(sink -> {
      new Ingestor().ingest(inputs, d -> {
        learner.count(d);
        read[0]++;
        progress.step();
        sink.accept(d);
      }, skipped::add);
      learner.finish();
      annotatedSteps.release(Phase.ANNOTATE, read[0]);
    }, READ_AHEAD, Document::withoutContent, d -> {
      try {
        return Speculative.of(d, learner, t -> annotateOne(d, t, signatures));
      } finally {
        annotatedSteps.step();
      }
    }, (d, e) -> new Speculative(AnnotatedDocument.of(crashed(d, e)), null, null));
    return settled(first, learner.learnt(), signatures);
  }

  /**
   * The first results, each made again with the learnt {@code template} when it was made with
   * a template that answered otherwise (or failed before it was learnt).
   */
  private List<AnnotatedDocument> settled(List<Speculative> first, SiteTemplate template,
      Map<String, NearDuplicateFinder.Signature> signatures) {
    List<AnnotatedDocument> done = new ArrayList<>(first.size());
    List<Integer> again = new ArrayList<>();
    List<Document> pages = new ArrayList<>();
    for (int i = 0; i < first.size(); i++) {
      Speculative s = first.set(i, null);
      done.add(s.result());
      if (s.page() != null && (s.template() == null || !s.template().answersAs(template))) {
        again.add(i);
        pages.add(s.page());
      }
    }
    List<AnnotatedDocument> redone = workers.windowed(pages, Document::withoutContent,
        d -> annotateOne(d, template, signatures),
        (d, e) -> AnnotatedDocument.of(crashed(d, e)));
    for (int i = 0; i < again.size(); i++) {
      done.set(again.get(i), redone.get(i));
    }
    return done;
  }

  /**
   * One document's first result and, when it was made before the batch's template was learnt
   * and may differ from the one the template gives, the page to make it again from and the
   * template it was made with (null when it failed: then it is always made again).
   */
  private record Speculative(AnnotatedDocument result, SiteTemplate template, Document page) {
    static Speculative of(Document page, TemplateLearner learner,
        Function<SiteTemplate, AnnotatedDocument> work) {
      SiteTemplate learnt = learner.learntIfDone();
      if (learnt != null) {
        return new Speculative(work.apply(learnt), null, null);
      }
      SiteTemplate probe = learner.probe();
      AnnotatedDocument result;
      try {
        result = work.apply(probe);
      } catch (RuntimeException | Error e) {
        return new Speculative(null, null, page);
      }
      learnt = learner.learntIfDone();
      return learnt != null && probe.answersAs(learnt) ? new Speculative(result, null, null)
          : new Speculative(result, probe, page);
    }
  }

  /**
   * One document extracted and annotated; each article's near-duplicate signature goes to
   * {@code signatures} as it leaves the pass (a function of the text alone, so a document made
   * again only adds its new texts' signatures).
   */
  private AnnotatedDocument annotateOne(Document document, SiteTemplate template,
      Map<String, NearDuplicateFinder.Signature> signatures) {
    return signed(articlePass(AnnotatedDocument.of(extractOne(document, template))), signatures);
  }

  /**
   * Documents extracted with the template whose lines {@code templateLine} accepts and
   * annotated (the article pass, no linking), each with the short lines its extraction was told
   * are not template lines (a store extracts a document again when one of them joins the
   * template). In the documents' order, on the run's threads; a bug of ours costs its document
   * (a recorded problem), never the batch.
   */
  public List<Store.Settled> annotateAgainst(List<Document> documents,
      Predicate<String> templateLine) {
    return workers.windowed(new ArrayList<>(documents), Document::withoutContent, d -> {
      SiteTemplate template = SiteTemplate.answering(templateLine);
      AnnotatedDocument done = articlePass(AnnotatedDocument.of(extractOne(d, template)));
      return new Store.Settled(done, template.refused());
    }, (d, e) -> new Store.Settled(AnnotatedDocument.of(crashed(d, e)), Set.of()));
  }

  /**
   * Links annotated documents (each as {@link #annotateAgainst} left it) into the analysis a run
   * over their inputs gives: sorted by source then id as a run sorts them, entities and speakers
   * linked, the linked pass run, the timeline built, {@code skipped} as the paths not read.
   */
  public Analysis link(List<AnnotatedDocument> documents, List<Skipped> skipped,
      ProgressListener progress) {
    return linked(sorted(documents), text -> null, EventReuse.NONE, Recalls.NONE, progress)
        .withSkipped(skipped);
  }

  /**
   * As {@link #link(List, List, ProgressListener)}, reusing {@code kept}, the event pass results
   * a former linking computed (by article id), for every article whose inputs to the pass are
   * unchanged (its key matches): the analysis equals the one without reuse. Hands back the
   * results it computed, for the caller to keep.
   */
  public Linked link(List<AnnotatedDocument> documents, List<Skipped> skipped,
      Map<String, Store.KeptEvents> kept, ProgressListener progress) {
    return link(documents, skipped, kept, text -> null, progress);
  }

  /**
   * As {@link #link(List, List, Map, ProgressListener)}, with the near-duplicate signatures
   * {@code signatures} gives (a text's {@link NearDuplicateFinder.Signature}, or {@code null}
   * when it is to be read here): the analysis is the same either way.
   */
  public Linked link(List<AnnotatedDocument> documents, List<Skipped> skipped,
      Map<String, Store.KeptEvents> kept,
      Function<String, NearDuplicateFinder.Signature> signatures, ProgressListener progress) {
    return link(documents, skipped, EventReuse.of(kept), Recalls.NONE, signatures, progress);
  }

  /**
   * As {@link #link(List, List, Map, Function, ProgressListener)}, taking the verdicts on the
   * copies' candidate pairs checked elsewhere from {@code verdicts} (a Spark job checks them on
   * its executors; see {@link NearDuplicateFinder.Verdicts}): a pair they know is not checked
   * here. The analysis is the same either way when the verdicts are the check's.
   */
  public Linked link(List<AnnotatedDocument> documents, List<Skipped> skipped,
      Map<String, Store.KeptEvents> kept,
      Function<String, NearDuplicateFinder.Signature> signatures,
      NearDuplicateFinder.Verdicts verdicts, ProgressListener progress) {
    EventReuse reuse = EventReuse.of(kept);
    Analysis analysis = linked(sorted(documents), signatures, verdicts, reuse, Recalls.NONE,
        progress).withSkipped(skipped);
    return new Linked(analysis, reuse.computed());
  }

  /**
   * As {@link #link(List, List, Map, Function, ProgressListener)}, with the given reuse and
   * what the stages recall of the last linkings (a running server's).
   */
  Linked link(List<AnnotatedDocument> documents, List<Skipped> skipped, EventReuse reuse,
      Recalls recalls, Function<String, NearDuplicateFinder.Signature> signatures,
      ProgressListener progress) {
    Analysis analysis = linked(sorted(documents), signatures, reuse, recalls, progress)
        .withSkipped(skipped);
    return new Linked(analysis, reuse.computed());
  }

  /**
   * What {@link #link(List, List, Map, ProgressListener)} made: the analysis, and the event pass
   * results it computed rather than reused, by article id.
   */
  public record Linked(Analysis analysis, Map<String, Store.KeptEvents> computed) {
    public Linked {
      Objects.requireNonNull(analysis, "analysis");
      computed = Map.copyOf(computed);
    }
  }

  /** The documents in a run's order: by source, then id. */
  private static List<AnnotatedDocument> sorted(List<AnnotatedDocument> documents) {
    List<AnnotatedDocument> sorted = new ArrayList<>(documents);
    sorted.sort(Comparator.comparing((AnnotatedDocument d) -> d.document().source())
        .thenComparing(d -> d.document().id()));
    return sorted;
  }

  /**
   * Adds inputs to the store in folder {@code store} (created when missing): only documents
   * whose bytes the store does not hold are read into it and annotated; documents of the store
   * whose site template the new pages change are extracted again; then the whole case is linked
   * again. The store then equals one made by adding every input at once, and its analysis the
   * one {@link #analyze} gives for all of them. A kill at any moment leaves a store the next
   * add or export completes.
   *
   * @throws IllegalArgumentException when an input does not exist or is empty, the list is
   *     empty, or the store is not a folder or is newer than this code
   */
  public StoreAdd.Added add(Path store, List<String> inputs, ProgressListener progress) {
    return new StoreAdd(this, store, progress).add(inputs);
  }

  /**
   * Puts documents read and annotated elsewhere (the Spark job: {@link #annotateAgainst} per
   * partition, against the template of these same documents) into the new store in folder
   * {@code store}, then links and indexes it as {@link #add} does; a document without its
   * annotation in {@code annotated} (by document id) is annotated here.
   *
   * @throws IllegalArgumentException when the store already holds documents
   */
  public StoreAdd.Added addAnnotated(Path store, Iterable<Document> documents,
      Map<String, Store.Settled> annotated, List<Skipped> skipped, ProgressListener progress) {
    return new StoreAdd(this, store, progress).addAnnotated(documents, annotated, skipped);
  }

  /**
   * As {@link #addAnnotated}, with {@code linked} the linking of these same documents made
   * elsewhere (the Spark job's, which is {@link #analyze}'s): written into the store as it is
   * rather than linked again, when the store took in exactly its documents with the annotation
   * given ({@link StoreAdd}); else the store links them itself.
   *
   * @throws IllegalArgumentException when the store already holds documents
   */
  public StoreAdd.Added addLinked(Path store, Iterable<Document> documents,
      Map<String, Store.Settled> annotated, List<Skipped> skipped, Analysis linked,
      ProgressListener progress) {
    return new StoreAdd(this, store, progress).addLinked(documents, annotated, skipped,
        java.util.Objects.requireNonNull(linked, "linked"));
  }

  /**
   * The analysis kept in the store in folder {@code store}, completing first what a killed add
   * left undone.
   *
   * @throws IllegalArgumentException when there is no store there, or it is newer than this code
   */
  public Analysis stored(Path store, ProgressListener progress) {
    return new StoreAdd(this, store, progress).stored();
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
    return linked(annotated, text -> null, EventReuse.NONE, Recalls.NONE,
        ProgressListener.NONE);
  }

  /**
   * The entity annotator and the tagger model it scores with, loaded on first use: a run starts
   * loading it aside ({@link Workers#aside}) so the model is read while the inputs are.
   */
  private static final class Entities {
    static final EntityAnnotator ANNOTATOR = new EntityAnnotator(PerceptronTagger.bundled());
  }

  /** The annotators every article goes through before linking (see {@link Annotator}). */
  static final AnnotationPass ARTICLE_PASS = AnnotationPass.of(
      new AnnotationPass.Step<>("time", TimeAnnotator.standard(),
          (a, time) -> a.withArticle(a.article().withPublished(time.published()))
              .withTimexes(time.timexes())),
      new AnnotationPass.Step<>("entity",
          (context, earlier) -> Entities.ANNOTATOR.annotate(context, earlier),
          AnnotatedArticle::withMentions),
      new AnnotationPass.Step<>("quote", QuoteAnnotator.standard(),
          AnnotatedArticle::withQuotes));

  /** The annotators every article goes through once entities are linked. */
  static final AnnotationPass LINKED_PASS = AnnotationPass.of(
      new AnnotationPass.Step<>("event", EventAnnotator.standard(),
          AnnotatedArticle::withEvents));

  /** Each article of the document through the article pass, on one shared reading of it. */
  private static AnnotatedDocument articlePass(AnnotatedDocument document) {
    return document.withArticles(document.articles().stream()
        .map(a -> ARTICLE_PASS.run(ArticleContext.of(a.article()), a)).toList());
  }

  /**
   * Each article's near-duplicate signature, read as its document leaves the article pass (a
   * function of its text alone, so the timeline finds copies without shingling every text again
   * after the pass), by text.
   */
  private static AnnotatedDocument signed(AnnotatedDocument document,
      Map<String, NearDuplicateFinder.Signature> signatures) {
    document.articles().forEach(a -> signatures.computeIfAbsent(a.article().text(),
        NearDuplicateFinder.Signature::of));
    return document;
  }

  /**
   * Links entities and speakers across the run, runs the linked pass, builds the timeline and
   * dates the articles the corpus dates; {@code signatures} gives the near-duplicate signatures
   * read already ({@code null} for a text not read); {@code reuse} runs the event pass or
   * reuses its kept result; {@code recalls} holds what the stages recall of former linkings.
   */
  private Analysis linked(List<AnnotatedDocument> annotated,
      Function<String, NearDuplicateFinder.Signature> signatures, EventReuse reuse,
      Recalls recalls, ProgressListener progress) {
    return linked(annotated, signatures, NearDuplicateFinder.Verdicts.NONE, reuse, recalls,
        progress);
  }

  /** As above, with the copies' candidate pairs checked elsewhere ({@code verdicts}). */
  private Analysis linked(List<AnnotatedDocument> annotated,
      Function<String, NearDuplicateFinder.Signature> signatures,
      NearDuplicateFinder.Verdicts verdicts, EventReuse reuse, Recalls recalls,
      ProgressListener progress) {
    progress.phase(Phase.LINK, 1);
    Map<String, List<EntityMention>> byArticle = new LinkedHashMap<>();
    annotated.forEach(d -> d.articles().forEach(a -> byArticle.put(a.id(), a.mentions())));
    EntityLinker.Linked names = linkedNames(byArticle, recalls.link());
    TimelineBuilder builder = new TimelineBuilder(signatures, recalls.timeline().next(),
        verdicts);
    // neither the speakers nor the event pass change the articles or their linked names, all
    // the stories read (with the entities): built beside both, joined when the timeline needs them
    List<Article> articles = annotated.stream().flatMap(d -> d.articles().stream())
        .map(AnnotatedArticle::article).toList();
    Supplier<TimelineBuilder.Stories> stories = workers.aside(() -> builder.stories(articles,
        names.mentions(), names.entities()));
    Linking linking = withSpeakers(annotated, names, recalls.link());
    progress.step();
    // the event pass changes neither the articles nor their mentions and statements: they are
    // read once here
    List<AnnotatedArticle> linked = linking.documents().stream()
        .flatMap(d -> d.articles().stream()).toList();
    List<EntityMention> mentions = flat(linked, AnnotatedArticle::mentions);
    progress.phase(Phase.EVENTS, annotated.size());
    List<AnnotatedDocument> withEvents = workers.inOrder(linking.documents(),
        d -> d.withArticles(d.articles().stream().map(a -> reuse.run(LINKED_PASS, a))
            .toList()), progress);
    progress.phase(Phase.TIMELINE, 1);
    Instant generatedAt = clock.instant();
    Timeline timeline = builder.build(stories.get(), new TimelineBuilder.Input(articles,
        flat(withEvents.stream().flatMap(d -> d.articles().stream()).toList(),
            AnnotatedArticle::events), flat(linked, AnnotatedArticle::quotes), mentions,
        linking.entities()));
    progress.step();
    return new Analysis(generatedAt, datedByCorpus(withEvents, timeline), linking.entities(),
        timeline, List.of());
  }

  /** One part of every article, in the articles' order. */
  private static <T> List<T> flat(List<AnnotatedArticle> articles,
      Function<AnnotatedArticle, List<T>> part) {
    return articles.stream().flatMap(a -> part.apply(a).stream()).toList();
  }

  /** The documents with linked mentions and speakers, and the run's entities. */
  private record Linking(List<AnnotatedDocument> documents, List<Entity> entities) {}

  /**
   * The run's entities and every article's linked mentions, {@code byArticle} giving each
   * article's mentions in the input's order.
   */
  private static EntityLinker.Linked linkedNames(Map<String, List<EntityMention>> byArticle,
      LinkRecall recall) {
    return LinkedArticles.names(byArticle, recall);
  }

  /** The documents with linked mentions and speakers, and the run's entities. */
  private Linking withSpeakers(List<AnnotatedDocument> documents, EntityLinker.Linked linked,
      LinkRecall recall) {
    LinkedArticles articles = new LinkedArticles(linked.entities(), recall);
    // each article's speakers read only its own mentions: linked on the workers, in order
    List<AnnotatedDocument> done = workers.inOrder(withOwnMentions(documents, linked.mentions()),
        d -> d.withArticles(d.articles().stream()
            .map(a -> articles.withSpeakers(a, a.mentions())).toList()),
        ProgressListener.NONE);
    return new Linking(done, linked.entities());
  }

  /**
   * The documents with each article's linked mentions: {@code mentions} list every article's
   * together, in the documents' order.
   */
  private static List<AnnotatedDocument> withOwnMentions(List<AnnotatedDocument> documents,
      List<EntityMention> mentions) {
    int next = 0;
    List<AnnotatedDocument> own = new ArrayList<>(documents.size());
    for (AnnotatedDocument d : documents) {
      List<AnnotatedArticle> articles = new ArrayList<>(d.articles().size());
      for (AnnotatedArticle a : d.articles()) {
        int from = next;
        while (next < mentions.size() && mentions.get(next).articleId().equals(a.id())) {
          next++;
        }
        articles.add(a.withMentions(mentions.subList(from, next)));
      }
      own.add(d.withArticles(articles));
    }
    return own;
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
    List<EntityMention> mentions = Entities.ANNOTATOR.annotate(context);
    EntityLinker.Linked linked = new EntityLinker().link(Map.of(article.id(), mentions));
    return speakerLinker(linked, LinkRecall.none()).link(QuoteAnnotator.standard().annotate(context, mentions),
        linked.mentions(), article.text());
  }

  /** A speaker linker over the linked entities, by id in their order. */
  private static SpeakerLinker speakerLinker(EntityLinker.Linked linked, LinkRecall recall) {
    Map<String, Entity> entities = new LinkedHashMap<>();
    linked.entities().forEach(e -> entities.put(e.id(), e));
    return new SpeakerLinker(entities, recall);
  }

  /** The entity mentions of one article, not yet linked: what {@code isnad eval names} scores. */
  public static List<EntityMention> entityMentions(Article article) {
    return Entities.ANNOTATOR.annotate(article);
  }

  /**
   * The time expressions the standard time annotator finds in one article, on its own reading of
   * it: what {@code isnad eval time} scores. Never throws on content.
   */
  public static List<Timex> timeExpressions(Article article) {
    return TimeAnnotator.standard().annotate(article).timexes();
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
}
