package org.isnad.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * {@link EventStagesTest#bench} from the command line, for a run larger than the tests' heap:
 * {@code java -Xmx8g <spark.jvm.opens> -cp <test class path> org.isnad.spark.EventStagesBench
 * /tmp/snn.jsonl 8} (input, partitions). Exit 0 when the events are the engine's, 1 when not.
 */
final class EventStagesBench {
  private EventStagesBench() {}

  public static void main(String[] args) {
    SparkSession spark = AnalyzeJob.session(SparkSession.builder().appName("isnad events bench"),
        "local[2]").getOrCreate();
    spark.sparkContext().addSparkListener(new org.apache.spark.scheduler.SparkListener() {
      @Override
      public void onStageCompleted(
          org.apache.spark.scheduler.SparkListenerStageCompleted done) {
        org.apache.spark.scheduler.StageInfo stage = done.stageInfo();
        long ms = (long) stage.completionTime().get() - (long) stage.submissionTime().get();
        System.out.printf(java.util.Locale.ROOT, "stage %d %s: %d tasks, %.1f s%n",
            stage.stageId(), stage.name(), stage.numTasks(), ms / 1e3);
      }
    });
    try {
      boolean equal = EventStagesTest.bench(JavaSparkContext.fromSparkContext(
          spark.sparkContext()), args[0], Integer.parseInt(args[1]));
      spark.stop();
      System.exit(equal ? 0 : 1);
    } finally {
      spark.stop();
    }
  }
}
