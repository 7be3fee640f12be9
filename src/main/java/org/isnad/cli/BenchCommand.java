package org.isnad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.isnad.Isnad;
import org.isnad.ProgressListener;
import org.isnad.model.Article;
import org.isnad.model.Document;
import org.isnad.model.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code isnad bench}: throughput of ingest, extract and the text layer on SaudiNewsNet, printed
 * as a table. Each stage is timed on its own, through {@link Isnad} (the engine {@link RunOptions}
 * asks for); the text layer normalises, tokenises and splits every extracted article into
 * sentences.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measures ingest, extract, text layer and time-expression throughput on the SaudiNewsNet corpus "
        + "and prints a table (articles/s, MB/s, peak heap).")
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/saudinewsnet/dataset",
      description = "SaudiNewsNet dataset folder of zips (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "1000000",
      description = "At most N articles.")
  long limit;

  @Mixin RunOptions run = new RunOptions();

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "1",
      description = "Untimed passes over the extract and text stages first (JIT warm-up).")
  int warmup;

  private record Row(String stage, long articles, double seconds, long bytes) {}

  @Override
  public Integer call() {
    Isnad isnad = run.engine();
    int workers = run.workers();
    HeapMeter heap = new HeapMeter();
    heap.reset();
    long start = System.nanoTime();
    List<Document> documents = new ArrayList<>();
    Isnad.readSaudiNewsNet(data, limit, documents::add);
    double ingestSeconds = seconds(start);
    long bytes = documents.stream().mapToLong(d -> d.content().length() * 2L).sum();
    long utf8 = documents.stream().mapToLong(d -> utf8Length(d.content())).sum();
    for (int i = 0; i < warmup; i++) {
      textLayer(extract(isnad, documents).articles, workers);
    }
    start = System.nanoTime();
    Extracted extracted = extract(isnad, documents);
    double extractSeconds = seconds(start);
    start = System.nanoTime();
    long tokens = textLayer(extracted.articles, workers);
    double textSeconds = seconds(start);
    Timed time = timed(() -> timeExpressions(extracted.articles, workers));
    Timed quotes = timed(() -> quotes(extracted.articles, workers));
    Timed mentions = timed(() -> mentions(extracted.articles, workers));
    Timed annotate = timed(() -> (long) isnad.annotate(extracted.extractions).entities().size());
    int n = extracted.articles.size();
    List<Row> rows = List.of(
        new Row("ingest (read zips, hash, decode)", documents.size(), ingestSeconds, utf8),
        new Row("extract (template + line rules)", documents.size(), extractSeconds, utf8),
        new Row("text layer (normalise, tokens, sentences)", n, textSeconds, utf8),
        new Row("time expressions (find, resolve, publication)", n, time.seconds(), utf8),
        new Row("quotes and chains", n, quotes.seconds(), utf8),
        new Row("entity mentions (tagger, outlets, roles)", n, mentions.seconds(), utf8),
        new Row("annotate stage (all annotators + linking)", n, annotate.seconds(), utf8),
        new Row("all", documents.size(),
            ingestSeconds + extractSeconds + textSeconds + annotate.seconds(), utf8));
    print(rows, workers, heap.peakMib(), tokens, extracted.failed, bytes);
    spec.commandLine().getOut().printf("time expressions: %d; statements: %d; mentions: %d;"
        + " entities: %d%n", time.count(), quotes.count(), mentions.count(), annotate.count());
    spec.commandLine().getOut().flush();
    return 0;
  }

  private record Timed(long count, double seconds) {}

  /** Runs {@code work} {@link #warmup} times untimed, then once timed. */
  private Timed timed(java.util.function.LongSupplier work) {
    for (int i = 0; i < warmup; i++) {
      work.getAsLong();
    }
    long start = System.nanoTime();
    long count = work.getAsLong();
    return new Timed(count, seconds(start));
  }

  private record Extracted(List<Extraction> extractions, List<Article> articles, long failed) {}

  private static Extracted extract(Isnad isnad, List<Document> documents) {
    List<Extraction> extractions = isnad.extractAll(documents, ProgressListener.NONE);
    List<Article> articles = extractions.stream().flatMap(e -> e.articles().stream()).toList();
    return new Extracted(extractions, articles, extractions.stream().filter(Extraction::failed).count());
  }

  private static long textLayer(List<Article> articles, int workers) {
    AtomicLong tokens = new AtomicLong();
    java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(workers);
    try {
      pool.submit(() -> articles.parallelStream().forEach(article -> tokens.addAndGet(
          Isnad.textLayer(article)))).join();
    } finally {
      pool.shutdown();
    }
    return tokens.get();
  }

  private static long timeExpressions(List<Article> articles, int workers) {
    AtomicLong timexes = new AtomicLong();
    java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(workers);
    try {
      pool.submit(() -> articles.parallelStream().forEach(article -> timexes.addAndGet(
          Isnad.timeExpressions(article).size()))).join();
    } finally {
      pool.shutdown();
    }
    return timexes.get();
  }

  private static long mentions(List<Article> articles, int workers) {
    AtomicLong mentions = new AtomicLong();
    java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(workers);
    try {
      pool.submit(() -> articles.parallelStream().forEach(article -> mentions.addAndGet(
          Isnad.entityMentions(article).size()))).join();
    } finally {
      pool.shutdown();
    }
    return mentions.get();
  }

  private static long quotes(List<Article> articles, int workers) {
    AtomicLong quotes = new AtomicLong();
    java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(workers);
    try {
      pool.submit(() -> articles.parallelStream().forEach(article -> quotes.addAndGet(
          Isnad.statements(article).size()))).join();
    } finally {
      pool.shutdown();
    }
    return quotes.get();
  }

  private void print(List<Row> rows, int workers, long peakMib, long tokens, long failed,
      long bytes) {
    PrintWriter out = spec.commandLine().getOut();
    out.printf("isnad bench: SaudiNewsNet, %d threads, %d cores, max heap %d MiB%n", workers,
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    out.printf("%-48s %9s %9s %12s %8s%n", "stage", "articles", "seconds", "articles/s", "MB/s");
    for (Row row : rows) {
      out.printf("%-48s %9d %9.2f %12.0f %8.1f%n", row.stage(), row.articles(), row.seconds(),
          row.articles() / row.seconds(), row.bytes() / 1e6 / row.seconds());
    }
    out.printf("peak heap: %d MiB (sum of pool peaks); tokens: %d; documents without article: %d;"
        + " text in memory: %d MB%n", peakMib, tokens, failed, bytes >> 20);
    out.flush();
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static long utf8Length(String text) {
    long length = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      length += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return length;
  }
}
