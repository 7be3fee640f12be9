package org.isnad;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.model.Analysis;
import org.isnad.model.AnnotatedDocument;
import org.isnad.store.RowDigests;
import org.isnad.store.SignatureFile;
import org.isnad.store.SqlStore;
import org.isnad.store.Store.KeptEvents;
import org.isnad.text.KeptById;

/**
 * The case of one store as a running server keeps it between adds: the annotated documents and
 * the kept event pass results as the store holds them, each article's event-pass key, the
 * derived rows' digests, the texts' near-duplicate signatures ({@link SignatureFile}) and what
 * the link and timeline stages recall ({@link Recalls}), so an upload reads back from the store
 * only what it settled and computes again only what changed. Everything kept is what the store
 * would give (documents and results are read back from the store after each write), so an add
 * with a kept case writes the same store as one without.
 *
 * <p>The case is trusted only while the store's version and settle count are those it saw last:
 * another process that added to the store meanwhile changes one of them, and the case is read
 * again. Adds hold the store's lock ({@link AddLock}) from check to write, so nothing changes the
 * store between. {@link #NONE} keeps nothing (a one-off {@code isnad add}). Not thread safe: one
 * add at a time, as the lock allows.
 */
final class ResidentCase {
  /** Keeps nothing: every add reads the case from the store. */
  static final ResidentCase NONE = new ResidentCase(false, 0);
  private final boolean keeps;
  private final KeptById<String> eventKeys;
  private final RowDigests digests;
  private Recalls recalls;
  private Map<String, AnnotatedDocument> documents;
  private Map<String, KeptEvents> kept;
  private SignatureFile signatures;
  /** Heap per document a kept case needs (see {@link #fits}). */
  static final long BYTES_PER_DOCUMENT = 96L << 10;
  private final long maxHeap;
  private long version = -1;
  private long settlings = -1;

  private ResidentCase(boolean keeps, long maxHeap) {
    this.keeps = keeps;
    this.maxHeap = maxHeap;
    this.eventKeys = keeps ? KeptById.kept() : KeptById.none();
    this.digests = keeps ? RowDigests.kept() : RowDigests.none();
    this.recalls = keeps ? Recalls.kept() : Recalls.NONE;
  }

  /** A case kept in memory from one add to the next. */
  static ResidentCase kept() {
    return kept(Runtime.getRuntime().maxMemory());
  }

  /** A case kept while it fits in {@code maxHeap} bytes ({@link #fits}). */
  static ResidentCase kept(long maxHeap) {
    return new ResidentCase(true, maxHeap);
  }

  /** Whether a case is held now (tests). */
  boolean holding() {
    return documents != null;
  }

  /** At an add's start: forgets the case when another process changed the store. */
  void check(SqlStore store) {
    if (documents != null
        && (store.version() != version || store.settlings() != settlings)) {
      forget();
    }
  }

  /** The documents {@code ids} were just settled into the store: kept as it reads them. */
  void settled(SqlStore store, List<String> ids) {
    if (documents != null) {
      store.annotatedDocuments(ids).forEach(d -> documents.put(d.document().id(), d));
      settlings = store.settlings();
    }
  }

  /** Every annotated document of the store, in no particular order (the linking sorts them). */
  List<AnnotatedDocument> documents(SqlStore store) {
    if (!keeps) {
      return store.annotatedDocuments();
    }
    if (documents == null && !fits(store.documentCount(), maxHeap)) {
      forget();
      return store.annotatedDocuments();
    }
    if (documents == null) {
      documents = new HashMap<>();
      store.annotatedDocuments().forEach(d -> documents.put(d.document().id(), d));
      kept = store.keptEvents();
      version = store.version();
      settlings = store.settlings();
    }
    return List.copyOf(documents.values());
  }

  /**
   * Whether a case of {@code documents} is kept in a heap of {@code maxHeap} bytes: a case held
   * takes about 3 times the live size of its analysis (the documents as stored, the last
   * linking's rows whose digests are kept, the linking under way), measured at 25–30 KB per
   * SaudiNewsNet document each; a larger case is read from the store on every add instead.
   */
  static boolean fits(long documents, long maxHeap) {
    return documents * BYTES_PER_DOCUMENT <= maxHeap;
  }

  /** The kept event pass results, by article id (after {@link #documents}). */
  Map<String, KeptEvents> keptEvents(SqlStore store) {
    return documents != null ? kept : store.keptEvents();
  }

  /** The event pass of a linking, reusing {@code kept} and the kept keys. */
  EventReuse reuse(Map<String, KeptEvents> kept) {
    if (documents == null) {
      return EventReuse.of(kept);
    }
    eventKeys.turn();
    return EventReuse.of(kept, eventKeys);
  }

  /** What the link and timeline stages recall of former linkings (none while no case is kept). */
  Recalls recalls() {
    return documents == null ? Recalls.NONE : recalls;
  }

  /**
   * The near-duplicate signatures of store folder {@code dir} for a linking: the one kept file,
   * which recalls the last linking's texts without hashing them again, while a case is kept;
   * else the file as it is now.
   */
  SignatureFile signatures(Path dir) {
    if (documents == null) {
      return SignatureFile.open(dir);
    }
    if (signatures == null) {
      signatures = SignatureFile.open(dir);
    }
    return signatures;
  }

  /** The row digests a linking's writing reuses (none while no case is kept). */
  RowDigests digests() {
    return documents == null ? RowDigests.none() : digests;
  }

  /**
   * The store took a linking's {@code analysis} and the event pass results it {@code computed}:
   * the kept results become the store's (computed ones read back, gone articles dropped).
   */
  void linked(SqlStore store, Analysis analysis, Set<String> computed) {
    if (documents == null) {
      return;
    }
    kept = new HashMap<>(kept);
    kept.putAll(store.keptEvents(computed));
    Set<String> articles = new HashSet<>();
    analysis.annotatedArticles().forEach(a -> articles.add(a.id()));
    kept.keySet().retainAll(articles);
    version = store.version();
    settlings = store.settlings();
  }

  /**
   * An add ended: what the linking before the last one computed is let go now, so between adds
   * the case holds one linking's results, not two (the collector then finds the older ones dead
   * when it next runs, instead of after the next add).
   */
  void settle() {
    if (documents == null) {
      return;
    }
    eventKeys.settle();
    digests.settle();
    recalls.settle();
  }

  /** Forgets the whole case (another process changed the store, or an add failed). */
  void forget() {
    documents = null;
    kept = null;
    signatures = null;
    version = -1;
    settlings = -1;
    eventKeys.clear();
    digests.clear();
    recalls = keeps ? Recalls.kept() : Recalls.NONE;
  }
}
