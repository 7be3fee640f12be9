package org.isnad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Function;
import org.isnad.ArticlePassSteps;
import org.isnad.Datasets;
import org.isnad.Isnad;
import org.isnad.ProgressListener;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.Article;
import org.isnad.model.Document;
import org.isnad.model.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code isnad bench}: throughput of ingest, extract, the text layer and each annotator on
 * SaudiNewsNet, printed as a table. Each stage is timed on its own, through {@link Isnad} (the
 * engine {@link RunOptions} asks for). The annotators are timed as a run takes them: each
 * article is read once (the text layer: normalised text, code points, sentences, tokens) and
 * that reading is shared by the article pass's steps, run in the engine's order through the
 * same annotator interface, each step timed over a block of articles on the worker threads.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measures ingest, extract, text layer and time-expression throughput on the SaudiNewsNet corpus "
        + "and prints a table (articles/s, MB/s, peak heap).")
final class BenchCommand implements Callable<Integer> {
  /** Articles read and annotated step by step together (bounds what the pass holds). */
  private static final int BLOCK = 256;
  /** The table's row of each step of the article pass, in the table's order. */
  private static final Map<String, String> STEP_ROWS = stepRows();

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

  private static Map<String, String> stepRows() {
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put("time", "time expressions (find, resolve, publication)");
    rows.put("quote", "quotes and chains");
    rows.put("entity", "entity mentions (tagger, outlets, roles)");
    return rows;
  }

  @Override
  public Integer call() {
    Isnad isnad = run.engine();
    int workers = run.workers();
    HeapMeter heap = new HeapMeter();
    heap.reset();
    long start = System.nanoTime();
    List<Document> documents = new ArrayList<>();
    Datasets.readSaudiNewsNet(data, limit, documents::add);
    double ingestSeconds = seconds(start);
    long bytes = documents.stream().mapToLong(d -> d.content().length() * 2L).sum();
    long utf8 = documents.stream().mapToLong(d -> utf8Length(d.content())).sum();
    for (int i = 0; i < warmup; i++) {
      articlePass(extract(isnad, documents).articles, workers);
    }
    start = System.nanoTime();
    Extracted extracted = extract(isnad, documents);
    double extractSeconds = seconds(start);
    Pass pass = articlePass(extracted.articles, workers);
    Timed annotate = timed(() -> (long) isnad.annotate(extracted.extractions).entities().size());
    int n = extracted.articles.size();
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("ingest (read zips, hash, decode)", documents.size(), ingestSeconds, utf8));
    rows.add(new Row("extract (template + line rules)", documents.size(), extractSeconds, utf8));
    rows.addAll(passRows(pass, n, utf8));
    rows.add(new Row("annotate stage (all annotators + linking)", n, annotate.seconds(), utf8));
    rows.add(new Row("all", documents.size(),
        ingestSeconds + extractSeconds + pass.readSeconds + annotate.seconds(), utf8));
    print(rows, workers, heap.peakMib(), pass.tokens, extracted.failed, bytes);
    spec.commandLine().getOut().printf("time expressions: %d; statements: %d; mentions: %d;"
        + " entities: %d%n", pass.timexes, pass.quotes, pass.mentions, annotate.count());
    spec.commandLine().getOut().flush();
    return 0;
  }

  /**
   * The text layer's row, then each step's: the steps the table has always shown in its order,
   * then any other step of the pass under its own name.
   */
  private static List<Row> passRows(Pass pass, int articles, long utf8) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("text layer (normalise, tokens, sentences)", articles, pass.readSeconds,
        utf8));
    List<String> steps = ArticlePassSteps.articlePassSteps();
    STEP_ROWS.forEach((step, row) -> {
      if (steps.contains(step)) {
        rows.add(new Row(row, articles, pass.stepSeconds[steps.indexOf(step)], utf8));
      }
    });
    for (int s = 0; s < steps.size(); s++) {
      if (!STEP_ROWS.containsKey(steps.get(s))) {
        rows.add(new Row(steps.get(s), articles, pass.stepSeconds[s], utf8));
      }
    }
    return rows;
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

  /** What the article pass took: seconds to read and per step, and what it found. */
  private static final class Pass {
    double readSeconds;
    final double[] stepSeconds = new double[ArticlePassSteps.articlePassSteps().size()];
    long tokens;
    long timexes;
    long mentions;
    long quotes;

    void count(ArticlePassSteps.ArticleInPass article) {
      tokens += article.tokens();
      timexes += article.annotated().timexes().size();
      mentions += article.annotated().mentions().size();
      quotes += article.annotated().quotes().size();
    }
  }

  /**
   * The article pass over every article, block by block on {@code workers} threads: each block is
   * read (one reading per article), then taken through each step in turn; each is timed.
   */
  private static Pass articlePass(List<Article> articles, int workers) {
    Pass pass = new Pass();
    ForkJoinPool pool = new ForkJoinPool(workers);
    try {
      for (int from = 0; from < articles.size(); from += BLOCK) {
        List<AnnotatedArticle> block = articles.subList(from,
            Math.min(articles.size(), from + BLOCK)).stream().map(AnnotatedArticle::of).toList();
        long start = System.nanoTime();
        List<ArticlePassSteps.ArticleInPass> read = onPool(pool, block, ArticlePassSteps::readForArticlePass);
        pass.readSeconds += seconds(start);
        for (int s = 0; s < pass.stepSeconds.length; s++) {
          int step = s;
          start = System.nanoTime();
          read = onPool(pool, read, a -> a.after(step));
          pass.stepSeconds[s] += seconds(start);
        }
        read.forEach(pass::count);
      }
    } finally {
      pool.shutdown();
    }
    return pass;
  }

  /**
   * {@code work} on each item on the pool's threads, one task an item (as a run hands articles
   * to its workers, so no thread waits on a share of the block at the end); results in the
   * items' order.
   */
  private static <A, B> List<B> onPool(ForkJoinPool pool, List<A> items, Function<A, B> work) {
    List<ForkJoinTask<B>> tasks = new ArrayList<>(items.size());
    items.forEach(item -> tasks.add(pool.submit(() -> work.apply(item))));
    List<B> done = new ArrayList<>(items.size());
    tasks.forEach(task -> done.add(task.join()));
    return done;
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
