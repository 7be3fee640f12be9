package org.isnad.spark;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.isnad.Isnad;
import org.isnad.ProgressListener;
import org.isnad.timeline.TimelineBuilder;

/**
 * The story stages against the engine at bench size ({@code bench/spark/stories.sh FILE}): the
 * run analysed by {@code Isnad.analyze} (its articles, linked mentions and entities), its
 * stories grouped by the engine ({@link TimelineBuilder#stories}) and by {@link StoryStages}
 * (local[2]), twice; prints the sizes, the times and whether the numbers are equal.
 */
final class StoryBench {
  private StoryBench() {}

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: StoryBench INPUT [PARTITIONS]");
      System.exit(2);
    }
    int partitions = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    SparkSession spark = AnalyzeJob.session(SparkSession.builder().appName("isnad story bench"),
        "local[2]").getOrCreate();
    try {
      boolean same = run(JavaSparkContext.fromSparkContext(spark.sparkContext()), args[0],
          partitions, System.out);
      spark.stop();
      System.exit(same ? 0 : 1);
    } catch (RuntimeException e) {
      spark.stop();
      throw e;
    }
  }

  /** Whether the stages' numbers equal the engine's on {@code corpus}, twice; prints both. */
  static boolean run(JavaSparkContext context, String corpus, int partitions, PrintStream out) {
    long start = System.nanoTime();
    StoryRun run = StoryRun.of(Isnad.with(2, Clock.systemUTC()).analyze(List.of(corpus),
        ProgressListener.NONE));
    long analysed = System.nanoTime();
    TimelineBuilder.Stories engine = run.engine();
    long grouped = System.nanoTime();
    Map<String, Integer> numbers = engine.storyNumbers();
    out.printf(Locale.ROOT, "%s: %d articles, %d entity mentions, %d entities, %d copies, %d "
        + "stories; analyze %.1f s; engine stories() %.2f s (copies included)%n", corpus,
        run.articles().size(), run.mentions().size(), run.entities().size(),
        engine.copies().size(), numbers.values().stream().distinct().count(),
        (analysed - start) / 1e9, (grouped - analysed) / 1e9);
    boolean same = true;
    for (int trial = 1; trial <= 2; trial++) {
      StoryRun.Staged staged = run.staged(context, engine.copies(), partitions);
      long differ = numbers.entrySet().stream()
          .filter(e -> !e.getValue().equals(staged.numbers().get(e.getKey()))).count();
      same &= differ == 0 && staged.numbers().size() == numbers.size();
      StoryStages.Grouped g = staged.grouped();
      out.printf(Locale.ROOT, "trial %d, %d partitions: inputs made %.1f s, story stages %.1f s;"
          + " %d numbers, %d differ from the engine's; to the driver: %d link pairs, %d names "
          + "over the cap; %d articles in connected parts, the largest %d%n", trial, partitions,
          staged.inputs() / 1e9, staged.stages() / 1e9, staged.numbers().size(), differ,
          g.links(), g.overCap(), g.partArticles(), g.largestPart());
    }
    return same;
  }
}
