package org.isnad.spark;

import static org.isnad.spark.ContractText.json;
import static org.isnad.spark.ContractText.masked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.isnad.Isnad;
import org.isnad.ProgressListener;
import org.isnad.export.ContractParts;
import org.isnad.ingest.SeedWarcs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs on HDFS: web archives and text pages copied into an in-process HDFS (MiniDFSCluster,
 * one name node and one data node on the loopback address) are read by the job from
 * {@code hdfs://} paths and globs, and give the analysis {@code isnad analyze} gives of the same
 * files on the local disk (the documents' sources aside, which name where each was read).
 */
class HdfsInputTest {
  private static SparkSession spark;
  private static MiniDFSCluster hdfs;
  @TempDir static Path base;

  @BeforeAll
  static void start() throws IOException {
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.resolve("hdfs").toString());
    hdfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    hdfs.waitActive();
    spark = AnalyzeJob.session(SparkSession.builder().appName("isnad hdfs test"), "local[2]")
        .config("spark.sql.shuffle.partitions", "4").getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
    if (hdfs != null) {
      hdfs.shutdown();
    }
  }

  @Test
  void webArchivesAndPagesOnHdfsGiveTheAnalysisOfTheLocalFiles() throws IOException {
    SeedWarcs.Written written = SeedWarcs.write(Path.of("samples/seeds"), base.resolve("local"));
    FileSystem fs = hdfs.getFileSystem();
    org.apache.hadoop.fs.Path warcs = new org.apache.hadoop.fs.Path("/case/warcs");
    org.apache.hadoop.fs.Path pages = new org.apache.hadoop.fs.Path("/case/pages");
    fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(written.warcs().toUri()), warcs);
    fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(Path.of("samples/seeds")
        .toAbsolutePath().toUri()), pages);
    String root = fs.getUri().toString();
    assertTrue(root.startsWith("hdfs://"), root);
    assertTrue(hdfs.getNameNode().getNameNodeAddress().getAddress().isLoopbackAddress()
        && hdfs.getDataNodes().get(0).getXferAddress().getAddress().isLoopbackAddress(),
        "HDFS on the loopback address only");

    String local = written.warcs().toString();
    assertEquals(single(List.of(local)),
        job(List.of(root + "/case/warcs")).replace(root + "/case/warcs", local));
    assertEquals(single(List.of(local + "/seeds-b.warc.gz")),
        job(List.of(root + "/case/warcs/*.gz")).replace(root + "/case/warcs", local));

    String seeds = Path.of("samples/seeds").toAbsolutePath().toString();
    assertEquals(single(List.of(seeds)),
        job(List.of(root + "/case/pages")).replace(root + "/case/pages", seeds));
  }

  private static String single(List<String> inputs) throws IOException {
    return masked(json(ContractParts.of(Isnad.with(2, Clock.systemUTC()).analyze(inputs,
        ProgressListener.NONE))));
  }

  private static String job(List<String> inputs) throws IOException {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    SparkAnalysis.Outcome run = new SparkAnalysis(context, 2, Clock.systemUTC()).run(inputs);
    try {
      return masked(json(run.contract()));
    } finally {
      run.release().run();
    }
  }
}
