package org.isnad.spark;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.api.java.JavaRDD;
import org.isnad.export.ContractParts;
import org.isnad.model.Analysis;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.AnnotatedDocument;
import org.isnad.model.Entity;
import org.isnad.model.Event;
import org.isnad.model.EventMention;
import org.isnad.model.Extraction;
import org.isnad.model.Skipped;
import org.isnad.model.Story;
import org.isnad.model.Timeline;
import org.isnad.timeline.EventBlocks;

/**
 * A linked run's contract whose documents stay on the executors: each section is read from the
 * documents in the run's order a partition at a time ({@link JavaRDD#toLocalIterator}), so the
 * driver holds one partition's documents at once, never the run's. The entities, events and
 * stories are given as iterables (read from wherever their stage left them).
 */
final class RunContract implements ContractParts {
  /** One linked document in the run's order, with each article's story id and original. */
  record Finished(long order, byte[] json, String[] story, String[] duplicateOf)
      implements Serializable {}

  private final Instant generatedAt;
  private final JavaRDD<Finished> documents;
  private final List<Skipped> skipped;
  private final Iterable<Entity> entities;
  private final Iterable<Event> events;
  private final Iterable<Story> stories;
  private final Runnable released;
  private final TimelineStages.Finishing finishing;

  /**
   * {@code documents} sorted by their order (each partition's in order, partitions in order);
   * {@code released} lets go of what the events and stories are read from.
   */
  RunContract(Instant generatedAt, JavaRDD<Finished> documents, List<Skipped> skipped,
      Iterable<Entity> entities, Iterable<Event> events, Iterable<Story> stories,
      Runnable released, TimelineStages.Finishing finishing) {
    this.generatedAt = generatedAt;
    this.documents = documents;
    this.skipped = List.copyOf(skipped);
    this.entities = entities;
    this.events = events;
    this.stories = stories;
    this.released = released;
    this.finishing = finishing;
  }

  @Override
  public Instant generatedAt() {
    return generatedAt;
  }

  @Override
  public Iterable<Extraction> documents() {
    return () -> mapped(documents.toLocalIterator(), f -> List.of(decoded(f).extraction()));
  }

  @Override
  public List<Skipped> skipped() {
    return skipped;
  }

  @Override
  public Iterable<ArticleLine> articles() {
    return () -> mapped(documents.toLocalIterator(), f -> {
      AnnotatedDocument d = decoded(f);
      List<ArticleLine> lines = new ArrayList<>(d.articles().size());
      for (int i = 0; i < d.articles().size(); i++) {
        lines.add(new ArticleLine(d.articles().get(i).article(), f.duplicateOf()[i],
            f.story()[i]));
      }
      return lines;
    });
  }

  @Override
  public Iterable<AnnotatedArticle> annotated() {
    return () -> mapped(documents.toLocalIterator(), f -> decoded(f).articles());
  }

  @Override
  public Iterable<Entity> entities() {
    return entities;
  }

  @Override
  public Iterable<Event> events() {
    return events;
  }

  @Override
  public Iterable<Story> stories() {
    return stories;
  }

  /**
   * The whole run as one analysis in the driver's memory, as {@code isnad analyze} holds it:
   * for a store, which takes a linking whole ({@link org.isnad.store.Store#linked}). The
   * timeline's reports are every article's in the engine's report order
   * ({@link EventBlocks#inReportOrder}); its copies, stories by article and corpus dates are the
   * ones the documents were finished with.
   */
  Analysis whole() {
    List<AnnotatedDocument> all = new ArrayList<>();
    documents.toLocalIterator().forEachRemaining(f -> all.add(decoded(f)));
    List<EventMention> reports = new ArrayList<>();
    all.forEach(d -> d.articles().forEach(a -> reports.addAll(a.events())));
    Timeline timeline = new Timeline(EventBlocks.inReportOrder(reports, finishing.copies()),
        listed(events), listed(stories), finishing.copies(), finishing.storyOf(),
        finishing.published());
    return new Analysis(generatedAt, all, listed(entities), timeline, skipped);
  }

  private static <T> List<T> listed(Iterable<T> items) {
    List<T> out = new ArrayList<>();
    items.forEach(out::add);
    return out;
  }

  /** Lets go of the documents, events and stories kept on the executors. */
  void release() {
    documents.unpersist();
    released.run();
  }

  /**
   * The run's documents that failed ({@link org.isnad.model.Outcome#FAILED}, as
   * {@link org.isnad.model.Analysis#failures}), few: found on the executors.
   */
  List<Extraction> failures() {
    return documents.filter(f -> failed(decoded(f).extraction())).collect().stream()
        .map(f -> decoded(f).extraction()).toList();
  }

  private static boolean failed(Extraction extraction) {
    return extraction.outcome() == org.isnad.model.Outcome.FAILED;
  }

  /** How many documents and articles the run holds. */
  long[] counts() {
    return documents.map(f -> new long[] {1, f.story().length})
        .fold(new long[] {0, 0}, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
  }

  private static AnnotatedDocument decoded(Finished f) {
    return ModelCodec.read(f.json(), AnnotatedDocument.class);
  }

  /** The items each row gives, rows read one at a time. */
  static <R, T> Iterator<T> mapped(Iterator<R> rows, Function<R, List<T>> items) {
    return new Iterator<>() {
      private Iterator<T> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && rows.hasNext()) {
          current = items.apply(rows.next()).iterator();
        }
        return current.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return current.next();
      }
    };
  }
}
