package org.isnad.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.isnad.model.Analysis;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.Article;
import org.isnad.model.Entity;
import org.isnad.model.EntityMention;
import org.isnad.timeline.StorySteps;
import org.isnad.timeline.TimelineBuilder;
import scala.Tuple2;

/**
 * One run's story inputs for {@link StoryStagesTest} and {@link StoryBench}: the articles,
 * their linked entity mentions and the entities; the engine's stories and the stages' numbers
 * of them.
 */
record StoryRun(List<Article> articles, List<EntityMention> mentions, List<Entity> entities) {
  /** The run an analysis linked (its articles as annotated, mentions linked, entities). */
  static StoryRun of(Analysis analysis) {
    List<AnnotatedArticle> annotated = analysis.annotated().stream()
        .flatMap(d -> d.articles().stream()).toList();
    return new StoryRun(annotated.stream().map(AnnotatedArticle::article).toList(),
        annotated.stream().flatMap(a -> a.mentions().stream()).toList(), analysis.entities());
  }

  /** The same run, articles and mentions in another order. */
  StoryRun shuffled(long seed) {
    List<Article> a = new ArrayList<>(articles);
    List<EntityMention> m = new ArrayList<>(mentions);
    Collections.shuffle(a, new Random(seed));
    Collections.shuffle(m, new Random(seed + 1));
    return new StoryRun(a, m, entities);
  }

  /** The engine's stories of the run ({@link TimelineBuilder#stories}). */
  TimelineBuilder.Stories engine() {
    return new TimelineBuilder().stories(articles, mentions, entities);
  }

  /**
   * The stages' numbers, the time they took (the inputs made before), in nanoseconds, and what
   * reached the driver.
   */
  record Staged(Map<String, Integer> numbers, long inputs, long stages,
      StoryStages.Grouped grouped) {}

  /**
   * The stages' numbers: each article and its mentions sent as JSON, its story input made on an
   * executor (and kept, so the stages' time is their own), the entities and broad names
   * broadcast, the copies given; the numbers then collected for the comparison.
   */
  Staged staged(JavaSparkContext context, Map<String, String> copies, int partitions) {
    long start = System.nanoTime();
    Map<String, List<EntityMention>> own = new HashMap<>();
    mentions.forEach(m -> own.computeIfAbsent(m.articleId(), k -> new ArrayList<>()).add(m));
    List<Tuple2<byte[], byte[]>> rows = new ArrayList<>();
    for (Article a : articles) {
      rows.add(new Tuple2<>(ModelCodec.write(a),
          ModelCodec.write(own.getOrDefault(a.id(), List.of()).toArray(EntityMention[]::new))));
    }
    Broadcast<Set<String>> broad = context.broadcast(StorySteps.broadIds(entities));
    JavaRDD<StoryInput> inputs = context.parallelize(rows, partitions)
        .map(r -> StoryInput.of(ModelCodec.read(r._1(), Article.class),
            List.of(ModelCodec.read(r._2(), EntityMention[].class)), broad.value()))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    inputs.count();
    long made = System.nanoTime();
    StoryStages.Grouped grouped = StoryStages.numbers(inputs,
        StoryStages.entities(context, entities), copies, partitions);
    long done = System.nanoTime();
    try {
      return new Staged(new HashMap<>(grouped.numbers().collectAsMap()), made - start,
          done - made, grouped);
    } finally {
      grouped.numbers().unpersist();
      inputs.unpersist();
      broad.destroy();
    }
  }
}
