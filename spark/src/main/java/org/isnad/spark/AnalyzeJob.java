package org.isnad.spark;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.isnad.Isnad;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code AnalyzeJob PATH... --out PATH [--format json|jsonl|parquet] [--master local[2]]
 * [--store DIR|URL]}: the engine's analysis of web archives, JSONL and text as a Spark job
 * ({@link SparkAnalysis}), written as the analysis contract ({@link ContractOutput}) and, with
 * {@code --store}, also into a new store for {@code isnad serve}. Exit codes, as
 * {@code isnad analyze}'s: 0 done, 1 some documents could not be read (named on stderr; the
 * contract is written and carries them) or the job failed, 2 a caller mistake (the bad value
 * named on stderr).
 */
@Command(name = "isnad-spark", mixinStandardHelpOptions = true,
    description = "Analyses news pages (WARC, JSONL, HTML, text; any Hadoop path or glob) as a "
        + "Spark job and writes the analysis contract.")
public final class AnalyzeJob implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Inputs: files, folders, globs.")
  List<String> inputs;

  @Option(names = "--out", required = true, paramLabel = "PATH",
      description = "Where to write: a file (json) or a folder (jsonl, parquet).")
  String out;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "json (one file, as isnad analyze), jsonl or parquet (default: json).")
  String format;

  @Option(names = "--master", paramLabel = "URL", defaultValue = "local[2]",
      description = "Spark master (default: local[2]).")
  String master;

  @Option(names = "--store", paramLabel = "DIR|URL",
      description = "Also put the documents, their annotation and the run as linked into this "
          + "new store (a folder, "
          + "or postgresql://HOST[:PORT]/DB?user=…&password=…) for isnad serve.")
  String store;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
      description = "Partitions to annotate in (default: 4 per core of the master).")
  int partitions;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new AnalyzeJob());
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      if (e instanceof IllegalArgumentException) {
        line.getErr().println("isnad-spark: " + e.getMessage());
        return 2;
      }
      throw e;
    });
    return cli;
  }

  /**
   * The session for {@code master}, without the web UI; in local mode bound to the loopback
   * address (a local job needs no other interface, and opens none).
   */
  static SparkSession.Builder session(SparkSession.Builder builder, String master) {
    builder.master(master).config("spark.ui.enabled", "false");
    if (master.startsWith("local")) {
      builder.config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1");
    }
    return builder;
  }

  /**
   * The most heap this JVM's pools held (their peaks added up): in local mode the driver's and
   * the executors' together.
   */
  static long peakHeap() {
    long peak = 0;
    for (java.lang.management.MemoryPoolMXBean pool
        : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  @Override
  public Integer call() {
    OutputFormat chosen = OutputFormat.of(format);
    if (partitions < 0) {
      throw new IllegalArgumentException("--partitions must not be negative: " + partitions);
    }
    java.nio.file.Path storeFolder = store == null ? null : Isnad.storeFolder(store);
    SparkSession spark = session(SparkSession.builder().appName("isnad analyze"), master)
        .getOrCreate();
    try {
      JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
      int parts = partitions > 0 ? partitions : 4 * context.defaultParallelism();
      SparkAnalysis job = new SparkAnalysis(context, parts, Clock.systemUTC());
      SparkAnalysis.Outcome run = job.run(inputs, storeFolder);
      long start = System.nanoTime();
      try {
        ContractOutput.write(run.contract(), out, chosen, spark);
      } finally {
        run.release().run();
      }
      System.err.println("isnad-spark: " + run.documents() + " documents, " + run.articles()
          + " articles, " + run.skipped() + " skipped: " + out);
      System.err.printf(java.util.Locale.ROOT,
          "isnad-spark: %s, write %.1f s (%d partitions); peak heap %d MiB%n", job.timings(),
          (System.nanoTime() - start) / 1e9, parts, peakHeap() >> 20);
      System.err.println("isnad-spark: near-duplicate pairs checked on the executors "
          + job.verdicts().size() + ", on the driver " + job.verdicts().missing());
      if (job.stored() != null) {
        System.err.println("isnad-spark: stored " + job.stored().added() + " documents ("
            + job.stored().store().articles() + " articles, " + job.stored().store().events()
            + " events) in " + store.replaceAll("password=[^&]*", "password=…")
            + (job.storeLinkedAgain() ? ", linked again by the store" : ", as linked here"));
      }
      run.failures().forEach(f -> System.err.println("isnad-spark: failed: "
          + f.document().source() + ": " + f.error()));
      return run.failures().isEmpty() ? 0 : 1;
    } finally {
      spark.stop();
    }
  }
}
