package org.isnad.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.AnnotatedDocument;
import org.isnad.model.Analysis;
import org.isnad.model.Document;
import org.isnad.model.Entity;
import org.isnad.model.Event;
import org.isnad.model.EventMention;
import org.isnad.model.Problem;
import org.isnad.model.Skipped;
import org.isnad.model.Story;

/**
 * A case that grows: every document added, as read and as annotated, the site template's line
 * counts, and the tables derived from all documents together (entities, events, stories, the
 * rest of the timeline). Ids are the engine's content-derived ids, never row numbers.
 *
 * <p>Guarantees: each method that writes does so in one transaction, so a process killed at any
 * moment leaves either the state before the call or the one after it. Documents are first
 * {@linkplain #intake() taken in} (pending), then {@linkplain #settle settled} with their
 * annotation; {@link #needsLinking()} stays true from the first document taken in until the
 * derived tables are {@linkplain #linked replaced} by a linking of every settled document, so
 * the next command finishes what a killed one left.
 *
 * <p>Not thread safe: one command, one thread.
 */
public interface Store extends AutoCloseable {
  /**
   * True when the store already holds {@code document}: the same id, or (for a document that is
   * not a duplicate and has content) the same bytes.
   */
  boolean holds(Document document);

  /** On how many text pages each candidate template line was found, every line counted. */
  Map<String, Integer> templateCounts();

  /** Starts taking in new documents in one transaction (see {@link Intake}). */
  Intake intake();

  /** Ids of the documents read but not annotated, or to be extracted again, by id. */
  List<String> unsettled();

  /** The documents as read (content included), in the order of {@code ids}. */
  List<Document> pages(List<String> ids);

  /** Records the documents' annotations (article pass, before linking), in one transaction. */
  void settle(List<Settled> documents);

  /** Every settled document's annotation, by source then id (the order a run lists them in). */
  List<AnnotatedDocument> annotatedDocuments();

  /** Every input path met but not read, by path. */
  List<Skipped> skipped();

  /** True when documents changed since the derived tables were last replaced. */
  boolean needsLinking();

  /**
   * Replaces the derived tables with the linking of every settled document, in one transaction,
   * and clears {@link #needsLinking()}.
   */
  default void linked(Analysis analysis) {
    linked(analysis, Map.of());
  }

  /**
   * As {@link #linked(Analysis)}, and keeps {@code computed}: the event pass results the linking
   * computed, by article id, over the ones kept for those articles; results of articles the
   * analysis no longer has are let go of.
   */
  void linked(Analysis analysis, Map<String, KeptEvents> computed);

  /**
   * The event pass results kept by the last linkings, by article id: what {@link #linked} was
   * given, for the articles linked last.
   */
  Map<String, KeptEvents> keptEvents();

  /** The analysis the last linking stored (an empty one before any). */
  Analysis analysis();

  /** How many documents the store holds. */
  int documentCount();

  /** How many documents, articles, events and stories the store holds (as last linked). */
  Sizes sizes();

  /** The sizes of a store. */
  record Sizes(int documents, int articles, int events, int stories) {}

  /**
   * Events matching {@code filter} in the order a timeline shows them (happened first, dated
   * before undated, then by id), {@code limit} from {@code offset}.
   */
  List<Event> events(EventQuery filter, int offset, int limit);

  /** How many events match {@code filter}. */
  int eventCount(EventQuery filter);

  /** One event by id. */
  Optional<Event> event(String id);

  /** One article as linked, by id. */
  Optional<AnnotatedArticle> article(String id);

  /** One entity by id. */
  Optional<Entity> entity(String id);

  /** Stories in the order shown (most articles first), {@code limit} from {@code offset}. */
  List<Story> stories(int offset, int limit);

  /** Closes the store; a store refuses every call after. */
  @Override
  void close();

  /** One document's annotation and the template lines its extraction was refused. */
  record Settled(AnnotatedDocument annotated, Set<String> refused) {
    public Settled {
      java.util.Objects.requireNonNull(annotated, "annotated");
      refused = Set.copyOf(refused);
    }
  }

  /**
   * What the event pass (the linked pass) made of one article: its event reports and the
   * problems the pass added, with {@code key}, a digest of everything the pass read (the article,
   * its time expressions, linked mentions and statements, and the engine's version). A linking
   * that finds the same key reuses them instead of running the pass again.
   */
  record KeptEvents(String key, List<EventMention> events, List<Problem> problems) {
    public KeptEvents {
      java.util.Objects.requireNonNull(key, "key");
      events = List.copyOf(events);
      problems = List.copyOf(problems);
    }
  }

  /**
   * New documents taken in, in one transaction: nothing of them is stored unless
   * {@link #commit} is called; {@link #close()} without it rolls back.
   */
  interface Intake extends AutoCloseable {
    /** Stores the document as read, pending annotation. */
    void add(Document document);

    /**
     * Commits the documents added with the template counts they bring ({@code counts}: each
     * changed line's new count), marks stale every stored document refused one of
     * {@code joined} (lines that joined the template), records {@code skipped} and marks the
     * store as needing linking.
     */
    void commit(Map<String, Integer> counts, Set<String> joined, List<Skipped> skipped);

    @Override
    void close();
  }
}
