package org.isnad.spark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.isnad.link.NearDuplicateFinder;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.AnnotatedDocument;
import org.isnad.model.Article;
import org.isnad.model.Published;
import org.isnad.model.Skipped;
import org.isnad.model.Timeline;
import org.isnad.timeline.TimelineBuilder;
import org.isnad.timeline.TimelineRecall;

/**
 * The timeline of a linked run (copies, stories, events, sources, conflicts, corpus dates) and
 * the run's contract: every document finished with its articles' stories, originals and corpus
 * dates, kept in the run's order on the executors.
 */
final class TimelineStages {
  private TimelineStages() {}

  /** The linked run's contract, its timeline built by the engine's {@link TimelineBuilder}. */
  static RunContract contract(LinkStages.Linked linked, List<Skipped> skipped,
      NearDuplicateFinder.Verdicts verdicts, Instant generatedAt, JavaSparkContext spark,
      int partitions) {
    Timeline timeline = onDriver(linked, verdicts, partitions);
    Broadcast<byte[]> finishing = spark.broadcast(ModelCodec.write(new Finishing(
        timeline.storyOf(), timeline.copies(), timeline.published())));
    JavaRDD<RunContract.Finished> documents = linked.documents()
        .mapPartitions(rows -> {
          Finishing finish = ModelCodec.read(finishing.value(), Finishing.class);
          List<RunContract.Finished> out = new ArrayList<>();
          rows.forEachRemaining(p -> out.add(finished(p, finish)));
          return out.iterator();
        })
        .sortBy(RunContract.Finished::order, true, partitions)
        .persist(StorageLevel.DISK_ONLY());
    documents.count();
    return new RunContract(generatedAt, documents, skipped, linked.entities(),
        timeline.events(), timeline.stories());
  }

  /**
   * What each document is finished with: article id → story id, copy → original, article id →
   * the publication date the corpus implies.
   */
  record Finishing(Map<String, String> storyOf, Map<String, String> copies,
      Map<String, Published> published) {}

  /** Interim: the timeline built on the driver over every linked article. */
  private static Timeline onDriver(LinkStages.Linked linked,
      NearDuplicateFinder.Verdicts verdicts, int partitions) {
    List<AnnotatedArticle> articles = new ArrayList<>();
    Iterator<LinkStages.Placed> rows = linked.documents()
        .sortBy(LinkStages.Placed::order, true, partitions).toLocalIterator();
    while (rows.hasNext()) {
      articles.addAll(ModelCodec.read(rows.next().json(), AnnotatedDocument.class).articles());
    }
    return new TimelineBuilder(text -> null, TimelineRecall.none(), verdicts)
        .build(new TimelineBuilder.Input(articles.stream().map(AnnotatedArticle::article).toList(),
            flat(articles, AnnotatedArticle::events), flat(articles, AnnotatedArticle::quotes),
            flat(articles, AnnotatedArticle::mentions), linked.entities()));
  }

  private static <T> List<T> flat(List<AnnotatedArticle> articles,
      java.util.function.Function<AnnotatedArticle, List<T>> part) {
    return articles.stream().flatMap(a -> part.apply(a).stream()).toList();
  }

  /** A document with its articles' corpus dates, stories and originals. */
  private static RunContract.Finished finished(LinkStages.Placed placed, Finishing timeline) {
    AnnotatedDocument d = ModelCodec.read(placed.json(), AnnotatedDocument.class);
    Map<String, Published> published = timeline.published();
    int n = d.articles().size();
    String[] story = new String[n];
    String[] duplicateOf = new String[n];
    List<AnnotatedArticle> dated = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      AnnotatedArticle a = d.articles().get(i);
      Article article = a.article();
      dated.add(published.containsKey(a.id())
          ? a.withArticle(article.withPublished(published.get(a.id()))) : a);
      story[i] = timeline.storyOf().get(a.id());
      duplicateOf[i] = timeline.copies().get(a.id());
    }
    return new RunContract.Finished(placed.order(), ModelCodec.write(d.withArticles(dated)), story,
        duplicateOf);
  }
}
