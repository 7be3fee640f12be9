package org.isnad.spark;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.isnad.Isnad;
import org.isnad.ProgressListener;
import org.isnad.StoreAdd;
import org.isnad.extract.SiteTemplate;
import org.isnad.link.NearDuplicateFinder;
import org.isnad.model.Analysis;
import org.isnad.model.AnnotatedDocument;
import org.isnad.model.Document;
import org.isnad.model.Extraction;
import org.isnad.export.ContractParts;
import org.isnad.model.Skipped;
import org.isnad.store.Store;
import scala.Tuple2;

/**
 * The analysis {@code isnad analyze} gives, computed as Spark stages:
 * <ol>
 *   <li>list the input files on the driver (names only, {@link InputFiles});
 *   <li>read each file on an executor with the engine's ingestor ({@link FileIngest}), then
 *       mark exact copies across files by the hash of their bytes ({@link CopiesAcrossFiles});
 *   <li>learn the batch's site template as a count by line across partitions
 *       ({@link SiteTemplate#countedLines}, {@link SiteTemplate#recurs}); only the template's
 *       lines reach the driver, broadcast back;
 *   <li>extract and annotate each partition's documents ({@link PartitionAnnotator}), reading
 *       each article's near-duplicate signature there;
 *   <li>find the near-duplicate candidate pairs by band key and check each on its two texts'
 *       shingles ({@link CopyChecks}): only the verdicts reach the driver;
 *   <li>link: the documents put in the run's order, entities linked by name keys and each
 *       article linked against them ({@link LinkStages}, {@link EntityStages});
 *   <li>the timeline: copy groups, stories, events with their sources and conflicts, corpus
 *       dates, and the run's contract kept on the executors ({@link TimelineStages}), written
 *       a partition at a time ({@link RunContract}, {@link ContractOutput}).
 * </ol>
 * <p>Design decision: the driver holds tables (names, entities, story links, each article's
 * story number and place in the run's order), never the run's articles, reports or events;
 * docs/SCALE.md says what still reaches it and what breaks first. With a store, the run is
 * also collected on the driver (documents as read, as annotated and as linked) and written into
 * it as linked here: a store holds a case whole, as {@code isnad serve} reads it.
 */
final class SparkAnalysis {
  private final JavaSparkContext spark;
  private final int partitions;
  private final Clock clock;

  SparkAnalysis(JavaSparkContext spark, int partitions, Clock clock) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1: " + partitions);
    }
    this.spark = spark;
    this.partitions = partitions;
    this.clock = clock;
  }

  Outcome run(List<String> inputs) {
    return run(inputs, null);
  }

  /**
   * A run's contract and what the job reports of it: its documents, articles, skipped paths and
   * failed documents. {@link #release} lets go of what the contract reads on the executors:
   * call it once the contract is written.
   */
  record Outcome(ContractParts contract, long documents, long articles, int skipped,
      List<Extraction> failures, Runnable release) {
    static Outcome of(Analysis analysis) {
      return new Outcome(ContractParts.of(analysis), analysis.documents().size(),
          analysis.articles().size(), analysis.skipped().size(), analysis.failures(), () -> { });
    }
  }

  /**
   * The run's contract; with {@code store} (a store's folder: {@link Isnad#storeFolder}) the
   * documents as read and as annotated here, and the run as linked here, are also put into that
   * new store for {@code isnad serve} ({@link Isnad#addLinked}): the store is not linked again
   * (unless it took in other documents than the run's, {@link #storeLinkedAgain}).
   */
  Outcome run(List<String> inputs, Path store) {
    long start = System.nanoTime();
    Annotation annotation = annotated(InputFiles.list(inputs, spark.hadoopConfiguration()),
        store != null);
    try {
      long copies = System.nanoTime();
      List<CopyChecks.Verdict> checked = CopyChecks.checked(annotation.rows(), partitions);
      JavaRDD<LinkStages.Placed> placed = LinkStages.placed(annotation.rows(), partitions)
          .persist(StorageLevel.DISK_ONLY());
      try {
        if (!LinkStages.uniqueIds(placed)) {
          return Outcome.of(intoStore(annotation, store,
              onDriver(annotation, List.of(), start, copies)));
        }
        long link = System.nanoTime();
        LinkStages.Linked linked = LinkStages.linked(placed, spark, partitions);
        verdicts = new CopyChecks.Verdicts(checked);
        long timeline = System.nanoTime();
        RunContract contract = TimelineStages.contract(linked, annotation.skipped(), checked,
            clock.instant(), spark, partitions);
        linked.documents().unpersist();
        timings = new Timings(annotation.annotating() - start, copies - annotation.annotating(),
            link - copies, timeline - link, System.nanoTime() - timeline);
        if (store != null) {
          Analysis whole = contract.whole();
          contract.release();
          return Outcome.of(intoStore(annotation, store, whole));
        }
        long[] counts = contract.counts();
        return new Outcome(contract, counts[0], counts[1], annotation.skipped().size(),
            contract.failures(), contract::release);
      } finally {
        placed.unpersist();
      }
    } finally {
      annotation.rows().unpersist();
      if (annotation.documents() != null) {
        annotation.documents().unpersist();
      }
    }
  }

  /**
   * The run linked on the driver by the engine over every annotated document: only when two
   * articles share an id (the key the linking stages join on), with the copy verdicts
   * {@code checked} given then by ids that do not name one article.
   */
  private Analysis onDriver(Annotation annotation, List<CopyChecks.Verdict> checked, long start,
      long copies) {
    long collect = System.nanoTime();
    Case whole = decoded(annotation.rows().toLocalIterator());
    verdicts = new CopyChecks.Verdicts(checked);
    long link = System.nanoTime();
    Analysis analysis = Isnad.with(Isnad.defaultThreads(), clock).link(whole.documents(),
        annotation.skipped(), Map.of(), whole.signatures()::get, verdicts,
        ProgressListener.NONE).analysis();
    timings = new Timings(annotation.annotating() - start, copies - annotation.annotating(),
        collect - copies, link - collect, System.nanoTime() - link);
    return analysis;
  }

  /**
   * With a {@code store}, the run put into it, the documents as read and annotated here with
   * {@code linked}, the run as linked here; {@code linked} either way.
   */
  private Analysis intoStore(Annotation annotation, Path store, Analysis linked) {
    if (store == null) {
      return linked;
    }
    long start = System.nanoTime();
    Set<ProgressListener.Phase> phases = java.util.EnumSet.noneOf(ProgressListener.Phase.class);
    stored = Isnad.with(Isnad.defaultThreads(), clock).addLinked(store,
        documents(annotation.documents()), settled(annotation.rows().toLocalIterator()),
        annotation.skipped(), linked, new ProgressListener() {
          @Override
          public void phase(ProgressListener.Phase phase, long total) {
            phases.add(phase);
          }
        });
    storeLinkedAgain = phases.contains(ProgressListener.Phase.LINK);
    timings = timings.withStore(System.nanoTime() - start);
    return linked;
  }

  private boolean storeLinkedAgain;

  /**
   * Whether the last run's store linked the documents itself rather than take the run's
   * linking: only when it did not take in exactly the run's documents with their annotation.
   */
  boolean storeLinkedAgain() {
    return storeLinkedAgain;
  }

  /** The documents as read, page content included, in the run's reading order, one at a time. */
  private Iterable<Document> documents(JavaRDD<Ingested> documents) {
    return () -> {
      Iterator<Ingested> rows = documents.sortBy(Ingested::order, true, partitions)
          .toLocalIterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Document next() {
          return ModelCodec.read(rows.next().json(), Document.class);
        }
      };
    };
  }

  private StoreAdd.Added stored;

  /** What the last run put into its store (null without one). */
  StoreAdd.Added stored() {
    return stored;
  }

  /**
   * The run's annotated documents, kept on the executors' disks, the paths not read, when the
   * annotation started ({@link System#nanoTime}), and the documents as read when a store wants
   * them (else null).
   */
  private record Annotation(JavaRDD<Annotated> rows, List<Skipped> skipped, long annotating,
      JavaRDD<Ingested> documents) {}

  /** Steps 2 to 4: read, copies, template, then every partition annotated at once. */
  private Annotation annotated(InputFiles.Listing listing, boolean keepDocuments) {
    HadoopSettings settings = HadoopSettings.of(spark.hadoopConfiguration());
    JavaRDD<Ingested> read = spark.parallelize(listing.files(),
            Math.max(1, Math.min(listing.files().size(), partitions)))
        .flatMap(f -> FileIngest.read(f, settings.configuration()).iterator())
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<Ingested> documents = CopiesAcrossFiles.marked(read.filter(r -> !r.skipped()),
        partitions).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Broadcast<Set<String>> template = spark.broadcast(templateLines(documents));
      List<Skipped> skipped = skipped(listing, read);
      long annotating = System.nanoTime();
      // kept on disk, so the driver then reads one partition at a time rather than every
      // document's JSON at once
      JavaRDD<Annotated> annotated = documents
          .mapPartitions(rows -> PartitionAnnotator.annotate(rows, template.value()))
          .persist(StorageLevel.DISK_ONLY());
      annotated.count();
      return new Annotation(annotated, skipped, annotating, keepDocuments ? documents : null);
    } finally {
      if (!keepDocuments) {
        documents.unpersist();
      }
      read.unpersist();
    }
  }

  /**
   * The last run's time in its parts, in nanoseconds; with a store, {@code store} holds the
   * collect of the run and the store's writing and indexing.
   */
  record Timings(long readAndTemplate, long annotate, long copyChecks, long linkArticles,
      long timeline, long store) {
    Timings(long readAndTemplate, long annotate, long copyChecks, long linkArticles,
        long timeline) {
      this(readAndTemplate, annotate, copyChecks, linkArticles, timeline, 0);
    }

    Timings withStore(long nanos) {
      return new Timings(readAndTemplate, annotate, copyChecks, linkArticles, timeline, nanos);
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "read, copies and template %.1f s, extract "
          + "and annotate %.1f s, near-duplicate candidates and checks %.1f s, entities and "
          + "articles linked %.1f s, timeline %.1f s", readAndTemplate / 1e9, annotate / 1e9,
          copyChecks / 1e9, linkArticles / 1e9, timeline / 1e9)
          + (store == 0 ? "" : String.format(java.util.Locale.ROOT,
              ", collected and stored %.1f s", store / 1e9));
    }
  }

  private Timings timings;
  private CopyChecks.Verdicts verdicts;

  /**
   * The last run's near-duplicate verdicts from the executors, with how many pairs the linker
   * asked and how many it checked itself (null before a run).
   */
  CopyChecks.Verdicts verdicts() {
    return verdicts;
  }

  /** The last run's time in its parts (null before a run). */
  Timings timings() {
    return timings;
  }

  /** The batch's site template: lines that recur on enough readable text pages. */
  static Set<String> templateLines(JavaRDD<Ingested> documents) {
    List<String> lines = documents
        .flatMap(r -> SiteTemplate.countedLines(ModelCodec.read(r.json(), Document.class))
            .iterator())
        .mapToPair(line -> new Tuple2<>(line, 1))
        .reduceByKey(Integer::sum)
        .filter(t -> SiteTemplate.recurs(t._2()))
        .keys()
        .collect();
    return new HashSet<>(lines);
  }

  private static List<Skipped> skipped(InputFiles.Listing listing, JavaRDD<Ingested> read) {
    List<Skipped> skipped = new ArrayList<>(listing.skipped());
    read.filter(Ingested::skipped).collect()
        .forEach(r -> skipped.add(ModelCodec.read(r.json(), Skipped.class)));
    skipped.sort(Comparator.comparing(Skipped::path));
    return skipped;
  }

  /**
   * The annotated documents of a run, their texts' near-duplicate signatures, and whether no two
   * articles share an id (the key of the executors' copy verdicts).
   */
  private record Case(List<AnnotatedDocument> documents,
      Map<String, NearDuplicateFinder.Signature> signatures, boolean uniqueIds) {}

  /** Each document's annotation with the template lines it refused, by document id. */
  private static Map<String, Store.Settled> settled(Iterator<Annotated> rows) {
    Map<String, Store.Settled> settled = new HashMap<>();
    rows.forEachRemaining(row -> {
      AnnotatedDocument d = ModelCodec.read(row.json(), AnnotatedDocument.class);
      settled.put(d.document().id(), new Store.Settled(d, Set.copyOf(row.refused())));
    });
    return settled;
  }

  private static Case decoded(Iterator<Annotated> rows) {
    List<AnnotatedDocument> documents = new ArrayList<>();
    Map<String, NearDuplicateFinder.Signature> signatures = new HashMap<>();
    Set<String> ids = new HashSet<>();
    boolean unique = true;
    while (rows.hasNext()) {
      Annotated row = rows.next();
      AnnotatedDocument d = ModelCodec.read(row.json(), AnnotatedDocument.class);
      documents.add(d);
      for (int i = 0; i < d.articles().size(); i++) {
        unique &= ids.add(d.articles().get(i).id());
        signatures.putIfAbsent(d.articles().get(i).article().text(),
            NearDuplicateFinder.Signature.ofBands(row.bands().get(i)));
      }
    }
    return new Case(documents, signatures, unique);
  }
}
