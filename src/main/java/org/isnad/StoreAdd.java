package org.isnad;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.ProgressListener.Phase;
import org.isnad.extract.SiteTemplate;
import org.isnad.ingest.Ingestor;
import org.isnad.model.AddOutcome;
import org.isnad.model.Analysis;
import org.isnad.model.AnnotatedDocument;
import org.isnad.model.Document;
import org.isnad.model.Extraction;
import org.isnad.model.Skipped;
import org.isnad.store.SignatureFile;
import org.isnad.store.SqlStore;
import org.isnad.store.StoreLocation;
import org.isnad.store.StoreIndex;
import org.isnad.store.Store;

/**
 * One {@code isnad add} (or the completion an export makes first) on a store folder.
 *
 * <p>Steps, each a transaction of the store, so a kill between or inside them leaves a store
 * the next command completes: (1) the inputs are read and every document the store does not
 * hold is taken in, pending, with the template line counts it brings; stored documents refused
 * a line that now joins the site template are marked stale, all in one transaction;
 * (2) pending and stale documents are extracted with the template of every stored page and
 * annotated, in chunks; (3) the whole case is linked again (the event pass only on articles whose
 * inputs to it changed, the others reuse what the store kept) and the derived tables replaced.
 *
 * <p>Why it equals one run over every input: a document's extraction depends on the template
 * only through the answers it got, line counts only grow as pages are added, so an answer
 * "template line" stays true and a document is extracted otherwise only when a line it was
 * refused joins the template: exactly the documents step 1 marks stale.
 *
 * <p>One difference from a run over every input: a document whose bytes the store already
 * holds under another name is counted as known and not listed, where one run would list it as
 * a duplicate of the first of them ("re-adding the same bytes changes nothing").
 *
 * <p>Step 4 brings the search index ({@code DIR/index}) up to the store's version
 * ({@link StoreIndex}): a kill before it leaves an index the next add, export or serve
 * completes.
 */
public final class StoreAdd {
  /** Documents extracted and stored per transaction. */
  private static final int CHUNK = 256;
  private final Isnad engine;
  private final Path dir;
  private final ProgressListener progress;
  private final boolean reuse;
  private ResidentCase resident = ResidentCase.NONE;
  /** Runs between the linking's commit and the index's (tests: a kill there). */
  private Runnable afterLinked = () -> { };

  StoreAdd(Isnad engine, Path dir, ProgressListener progress) {
    this(engine, dir, progress, true);
  }

  /** An add that reuses the kept event pass results, or (tests) runs the pass on every article. */
  StoreAdd(Isnad engine, Path dir, ProgressListener progress, boolean reuse) {
    this.engine = engine;
    this.dir = dir;
    this.progress = progress;
    this.reuse = reuse;
  }

  /**
   * What one add did: documents taken in, documents already held (same id or bytes), stored
   * documents extracted again because the template changed, the added documents that failed,
   * the paths not read, the store's sizes after it, and what became of each document read.
   */
  public record Added(int added, int known, int redone, List<Extraction> failures,
      List<Skipped> skipped, Sizes store, List<AddOutcome> documents) {
    public Added {
      failures = List.copyOf(failures);
      skipped = List.copyOf(skipped);
      documents = List.copyOf(documents);
    }
  }

  /** How many documents, articles, events and stories a store holds. */
  public record Sizes(int documents, int articles, int events, int stories) {
    static Sizes of(Store.Sizes s) {
      return new Sizes(s.documents(), s.articles(), s.events(), s.stories());
    }
  }

  /** Keeps the case in memory for the next add ({@code isnad serve}); none by default. */
  StoreAdd resident(ResidentCase kept) {
    this.resident = kept;
    return this;
  }

  /** Sets what runs between the store's commit of a linking and the index's (tests). */
  StoreAdd afterLinked(Runnable hook) {
    this.afterLinked = hook;
    return this;
  }

  Added add(List<String> inputs) {
    if (inputs == null || inputs.isEmpty()) {
      throw new IllegalArgumentException("no inputs given: " + inputs);
    }
    try (AddLock lock = AddLock.take(dir); SqlStore store = SqlStore.open(dir)) {
      resident.check(store);
      try {
        return add(store, inputs);
      } catch (RuntimeException | Error e) {
        resident.forget();
        throw e;
      }
    }
  }

  private Added add(SqlStore store, List<String> inputs) {
    List<String> sorted = inputs.stream().sorted().toList();
    Intake intake = takeIn(store, (take, skip) -> new Ingestor().ingest(sorted, take, skip));
    return added(store, intake, settle(store));
  }

  /**
   * Puts documents another engine read and annotated (the Spark job) into a new store: the
   * documents with their page content, their annotation ({@link Store.Settled}, by document id,
   * made against the template of these same documents) and the paths not read; then links and
   * indexes as {@link #add} does. A document without its annotation is annotated here.
   *
   * @throws IllegalArgumentException when the store already holds documents (its template
   *     would differ from the one the annotation was made against: grow it with isnad add)
   */
  Added addAnnotated(Iterable<Document> documents, Map<String, Store.Settled> annotated,
      List<Skipped> skipped) {
    return addLinked(documents, annotated, skipped, null);
  }

  /**
   * As {@link #addAnnotated}, with the run also linked elsewhere: {@code linked} (nullable), the
   * Spark job's linking of these same documents and annotation, which is the store's own
   * linking of them ({@code isnad analyze}'s). Its derived tables are written as they are, and
   * the case is not linked again here, when the store took in every one of its documents, each
   * with the annotation given, and no other. Otherwise (a document given twice under one id,
   * or one the store annotated itself) the store links as {@link #add} does. Not kept from it: the event pass results and the near-duplicate
   * signatures, caches both (the next add computes them once; the store is the same without).
   *
   * @throws IllegalArgumentException when the store already holds documents
   */
  Added addLinked(Iterable<Document> documents, Map<String, Store.Settled> annotated,
      List<Skipped> skipped, Analysis linked) {
    try (AddLock lock = AddLock.take(dir); SqlStore store = SqlStore.open(dir)) {
      if (store.documentCount() > 0) {
        throw new IllegalArgumentException("the store " + dir + " already holds "
            + store.documentCount() + " documents: annotated documents go into a new store");
      }
      Intake intake = takeIn(store, (take, skip) -> {
        documents.forEach(take);
        skipped.forEach(skip);
      });
      List<Store.Settled> given = store.unsettled().stream().map(annotated::get)
          .filter(java.util.Objects::nonNull).toList();
      store.settle(given);
      int settled = given.size() + settle(store);
      if (linked != null && given.size() == intake.added().size()
          && sameDocuments(linked, intake.added())) {
        return added(store, intake, settled, written(store, linked));
      }
      return added(store, intake, settled);
    }
  }

  /** Whether {@code analysis} lists exactly the documents {@code ids}, each once. */
  private static boolean sameDocuments(Analysis analysis, Set<String> ids) {
    Set<String> listed = new HashSet<>();
    for (AnnotatedDocument d : analysis.annotated()) {
      if (!ids.contains(d.document().id()) || !listed.add(d.document().id())) {
        return false;
      }
    }
    return listed.size() == ids.size();
  }

  /** Step 3 with the case linked elsewhere: {@code linked} written as the store's linking. */
  private Relinked written(SqlStore store, Analysis linked) {
    progress.phase(Phase.STORE, 1);
    StoreIndex.Before before = StoreIndex.before(store, resident.digests());
    store.linked(linked, Map.of(), resident.digests());
    resident.linked(store, linked, Set.of());
    progress.step();
    return new Relinked(linked, before);
  }

  private Added added(SqlStore store, Intake intake, int settled) {
    // nothing new: the store is as it was, and its analysis is not read back for nothing
    return added(store, intake, settled, store.needsLinking() ? relink(store) : null);
  }

  /** Step 4 after {@code relinked} (null: no linking was needed), and what the add did. */
  private Added added(SqlStore store, Intake intake, int settled, Relinked relinked) {
    indexed(store, relinked);
    resident.settle();
    Analysis linked = relinked == null ? null : relinked.analysis();
    List<Extraction> failures = linked == null ? List.of() : linked.failures().stream()
        .filter(e -> intake.added().contains(e.document().id())).toList();
    return new Added(intake.added().size(), intake.known(),
        Math.max(0, settled - intake.added().size()), failures, intake.skipped(),
        Sizes.of(store.sizes()), outcomes(intake, linked));
  }

  /** What became of each document read and each path skipped, in the order met. */
  private static List<AddOutcome> outcomes(Intake intake, Analysis linked) {
    Map<String, AnnotatedDocument> annotated = new HashMap<>();
    if (linked != null) {
      linked.annotated().forEach(d -> annotated.put(d.document().id(), d));
    }
    List<AddOutcome> out = new ArrayList<>();
    for (Document d : intake.met().values()) {
      out.add(intake.held().contains(d.id())
          ? new AddOutcome(d.source(), d.id(), AddOutcome.HELD, List.of(), null)
          : AddOutcome.of(d, annotated.get(d.id())));
    }
    intake.skipped().forEach(s -> out.add(new AddOutcome(s.path(), null,
        AddOutcome.FAILED, List.of(), s.reason())));
    return out;
  }

  Analysis stored() {
    requireStore();
    try (AddLock lock = AddLock.take(dir); SqlStore store = SqlStore.open(dir)) {
      settle(store);
      if (store.needsLinking()) {
        Relinked relinked = relink(store);
        indexed(store, relinked);
        return relinked.analysis();
      }
      Analysis analysis = store.analysis();
      afterLinked.run();
      progress.phase(Phase.INDEX, 1);
      StoreIndex.update(dir, store, () -> analysis);
      return analysis;
    }
  }

  /**
   * Completes what a killed add left (annotation, linking), reading nothing else back; makes
   * an empty store when there is none.
   */
  void complete() {
    try (AddLock lock = AddLock.take(dir); SqlStore store = SqlStore.open(dir)) {
      settle(store);
      indexed(store, store.needsLinking() ? relink(store) : null);
    }
  }

  /** A linking's result, and the store's digests read before it (for the search index). */
  private record Relinked(Analysis analysis, StoreIndex.Before before) { }

  /**
   * Step 4: brings the search index up to date with the store's version, with {@code linked}
   * (the case as just linked: only what it changed) or, when null and the index is behind, the
   * stored analysis.
   */
  private void indexed(SqlStore store, Relinked linked) {
    afterLinked.run();
    progress.phase(Phase.INDEX, 1);
    if (linked == null) {
      StoreIndex.update(dir, store, store::analysis);
    } else {
      StoreIndex.update(dir, store, linked.analysis(), linked.before());
    }
  }

  private void requireStore() {
    if (!StoreLocation.at(dir).exists()) {
      throw new IllegalArgumentException("no store in " + dir + " (isnad add makes one)");
    }
  }

  /** What step 1 took in; {@code met}: each document read, by id, with whether it was held. */
  private record Intake(Set<String> added, int known, List<Skipped> skipped,
      Map<String, Document> met, Set<String> held) {}

  /** Where step 1's documents come from: each read document to one sink, each path not read to the other. */
  private interface Source {
    void read(java.util.function.Consumer<Document> take,
        java.util.function.Consumer<Skipped> skip);
  }

  private Intake takeIn(Store store, Source source) {
    progress.phase(Phase.READ, -1);
    Map<String, Integer> before = store.templateCounts();
    Map<String, Integer> changed = new HashMap<>();
    List<Skipped> skipped = new ArrayList<>();
    Set<String> added = new HashSet<>();
    Map<String, Document> met = new java.util.LinkedHashMap<>();
    Set<String> held = new HashSet<>();
    int[] known = {0};
    try (Store.Intake intake = store.intake()) {
      source.read(d -> {
        progress.step();
        met.putIfAbsent(d.id(), d);
        if (added.contains(d.id()) || store.holds(d)) {
          known[0]++;
          held.add(d.id());
          return;
        }
        intake.add(d);
        added.add(d.id());
        for (String line : SiteTemplate.countedLines(d)) {
          changed.merge(line, before.getOrDefault(line, 0) + 1, (old, one) -> old + 1);
        }
      }, skipped::add);
      intake.commit(changed, joined(before, changed), skipped);
    }
    return new Intake(added, known[0], skipped, met, held);
  }

  /** The lines that joined the template: counted on too few pages before, enough now. */
  private static Set<String> joined(Map<String, Integer> before, Map<String, Integer> changed) {
    Set<String> joined = new HashSet<>();
    changed.forEach((line, now) -> {
      if (SiteTemplate.recurs(now) && !SiteTemplate.recurs(before.getOrDefault(line, 0))) {
        joined.add(line);
      }
    });
    return joined;
  }

  /** Step 2: extracts and annotates every pending or stale document; returns how many. */
  private int settle(SqlStore store) {
    List<String> ids = store.unsettled();
    if (ids.isEmpty()) {
      return 0;
    }
    Map<String, Integer> counts = store.templateCounts();
    progress.phase(Phase.ANNOTATE, ids.size());
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      List<Document> pages = store.pages(chunk);
      store.settle(engine.annotateAgainst(pages,
          line -> SiteTemplate.recurs(counts.getOrDefault(line, 0))));
      resident.settled(store, chunk);
      pages.forEach(p -> progress.step());
    }
    return ids.size();
  }

  /**
   * Step 3: links every settled document and replaces the derived tables; the event pass runs
   * only on articles whose inputs to it changed since the result the store kept.
   */
  private Relinked relink(SqlStore store) {
    progress.phase(Phase.LOAD, 1);
    StoreIndex.Before before = StoreIndex.before(store, resident.digests());
    List<AnnotatedDocument> documents = resident.documents(store);
    Map<String, Store.KeptEvents> kept = reuse ? resident.keptEvents(store) : Map.of();
    progress.step();
    // the texts' near-duplicate signatures kept from the last linking: read again only for
    // texts it did not see (a cache: the analysis is the same without it)
    SignatureFile signatures = resident.signatures(dir);
    Isnad.Linked linked = engine.link(documents, store.skipped(), resident.reuse(kept),
        resident.recalls(), signatures::of, progress);
    signatures.save();
    progress.phase(Phase.STORE, 1);
    store.linked(linked.analysis(), linked.computed(), resident.digests());
    resident.linked(store, linked.analysis(), linked.computed().keySet());
    progress.step();
    return new Relinked(linked.analysis(), before);
  }
}
