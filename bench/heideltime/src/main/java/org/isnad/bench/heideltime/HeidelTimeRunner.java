package org.isnad.bench.heideltime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Command line entry point of the HeidelTime Arabic benchmark harness.
 *
 * <pre>
 *   tag   SENTENCES.tsv PREDICTIONS.tsv
 *   speed DATASET_DIR N
 * </pre>
 *
 * See README.md next to pom.xml. System properties: {@code heideltime.config} (path of a
 * config.props to use instead of the bundled one), {@code bench.verbose=true} (keep HeidelTime's
 * INFO logging), {@code bench.warmup} (warm-up articles in speed mode, default 20),
 * {@code bench.perArticle} (speed mode: also write per-article timings to this TSV file).
 */
public final class HeidelTimeRunner {

  private static final PrintStream ERR = new PrintStream(System.err, true, StandardCharsets.UTF_8);
  private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

  private HeidelTimeRunner() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3 || !(args[0].equals("tag") || args[0].equals("speed"))) {
      usage();
      System.exit(2);
    }
    // Deterministic behaviour independent of the machine's locale (HeidelTime formats and
    // parses dates with the default locale).
    Locale.setDefault(Locale.US);
    configureLogging(Boolean.getBoolean("bench.verbose"));

    long t0 = System.nanoTime();
    HeidelTimeArabic tagger = new HeidelTimeArabic(System.getProperty("heideltime.config"));
    double initSeconds = (System.nanoTime() - t0) / 1e9;
    ERR.printf(Locale.ROOT, "HeidelTime 2.2.1 (arabic, news, TimeML, no POS tagger) initialised in %.2f s%n",
        initSeconds);

    int rc = args[0].equals("tag")
        ? tag(tagger, Path.of(args[1]), Path.of(args[2]))
        : speed(tagger, Path.of(args[1]), parsePositive(args[2]));
    System.exit(rc);
  }

  private static void usage() {
    ERR.println("usage:");
    ERR.println("  java -jar heideltime-bench.jar tag SENTENCES.tsv PREDICTIONS.tsv");
    ERR.println("      input lines: sid<TAB>reference(YYYY-MM-DD)<TAB>text   ('#' lines are comments)");
    ERR.println("      output lines: sid<TAB>start<TAB>end<TAB>type<TAB>value  (code point offsets, end exclusive)");
    ERR.println("  java -jar heideltime-bench.jar speed DATASET_DIR N");
    ERR.println("      DATASET_DIR holds SaudiNewsNet YYYY-MM-DD.zip files");
  }

  // ------------------------------------------------------------------------------------ tag

  private static int tag(HeidelTimeArabic tagger, Path in, Path out) throws IOException {
    int sentences = 0;
    int timexes = 0;
    int badLines = 0;
    int textMismatches = 0;
    int spanMismatches = 0;
    int droppedOverlaps = 0;
    int internalErrors = 0;
    long start = System.nanoTime();
    try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
        BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.endsWith("\r")) {
          line = line.substring(0, line.length() - 1);
        }
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", 3);
        LocalDate dct;
        try {
          if (f.length != 3) {
            throw new IllegalArgumentException("expected 3 tab-separated fields");
          }
          dct = LocalDate.parse(f[1].strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
          ERR.printf("line %d skipped: %s%n", lineNo, e.getMessage());
          badLines++;
          continue;
        }
        String sid = f[0];
        String text = f[2];
        HeidelTimeArabic.Result res = tagger.tag(text, dct);
        sentences++;
        if (res.textMismatch()) {
          textMismatches++;
          ERR.printf("WARNING %s: text re-emitted by HeidelTime differs from the input; "
              + "offsets taken from the CAS annotations instead%n", sid);
        }
        if (res.mismatchedSpans() > 0) {
          spanMismatches += res.mismatchedSpans();
          ERR.printf("WARNING %s: %d TimeML span(s) did not match the CAS annotations; "
              + "offsets taken from the CAS annotations instead%n", sid, res.mismatchedSpans());
        }
        droppedOverlaps += res.droppedOverlaps();
        internalErrors += reportDiagnostics(sid, res);
        for (HeidelTimeArabic.Timex t : res.timexes()) {
          w.write(sid + '\t' + t.start() + '\t' + t.end() + '\t' + t.type() + '\t' + t.value());
          w.newLine();
          timexes++;
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    ERR.printf(Locale.ROOT, "sentences processed: %d%n", sentences);
    ERR.printf(Locale.ROOT, "timexes found:       %d%n", timexes);
    ERR.printf(Locale.ROOT, "wall time:           %.3f s%n", seconds);
    ERR.printf(Locale.ROOT, "sentences/s:         %.1f%n", seconds > 0 ? sentences / seconds : 0.0);
    if (badLines > 0) {
      ERR.printf(Locale.ROOT, "malformed lines skipped: %d%n", badLines);
    }
    ERR.printf(Locale.ROOT, "alignment: %d text mismatch(es), %d span mismatch(es), "
        + "%d overlapping timex(es) dropped by HeidelTime's TimeML writer%n",
        textMismatches, spanMismatches, droppedOverlaps);
    ERR.printf(Locale.ROOT, "HeidelTime internal errors (sentence-level exceptions it swallowed): %d%n",
        internalErrors);
    return badLines > 0 ? 1 : 0;
  }

  // ---------------------------------------------------------------------------------- speed

  private record Article(String content, LocalDate dct) {}

  private static int speed(HeidelTimeArabic tagger, Path dir, int n) throws IOException {
    int warmup = Integer.getInteger("bench.warmup", 20);
    long readStart = System.nanoTime();
    int[] skippedEmpty = {0};
    List<Article> articles = readArticles(dir, n, skippedEmpty);
    double readSeconds = (System.nanoTime() - readStart) / 1e9;
    if (articles.isEmpty()) {
      ERR.println("no articles found in " + dir);
      return 1;
    }
    ERR.printf(Locale.ROOT, "read %d articles in %.2f s (%d empty ones skipped)%n",
        articles.size(), readSeconds, skippedEmpty[0]);

    // Warm-up (untimed): the first `warmup` articles of the same list.
    long w0 = System.nanoTime();
    int warm = Math.min(warmup, articles.size());
    for (int i = 0; i < warm; i++) {
      Article a = articles.get(i);
      tagger.tag(a.content(), a.dct());
    }
    ERR.println("(warm-up articles are the first ones of the list; they are tagged again in the timed run)");
    ERR.printf(Locale.ROOT, "warm-up: %d articles in %.2f s%n", warm, (System.nanoTime() - w0) / 1e9);

    long chars = 0;
    long timexes = 0;
    long mismatches = 0;
    long internalErrors = 0;
    int index = 0;
    long formatBefore = tagger.formatNanos();
    String perArticlePath = System.getProperty("bench.perArticle");
    BufferedWriter perArticle = perArticlePath == null ? null
        : Files.newBufferedWriter(Path.of(perArticlePath), StandardCharsets.UTF_8);
    if (perArticle != null) {
      perArticle.write("index\tdct\tcharacters\tseconds\ttimexes\n");
    }
    long start = System.nanoTime();
    for (Article a : articles) {
      long a0 = System.nanoTime();
      HeidelTimeArabic.Result r = tagger.tag(a.content(), a.dct());
      long a1 = System.nanoTime();
      int cps = a.content().codePointCount(0, a.content().length());
      if (perArticle != null) {
        perArticle.write(String.format(Locale.ROOT, "%d\t%s\t%d\t%.4f\t%d%n",
            index, a.dct(), cps, (a1 - a0) / 1e9, r.timexes().size()));
      }
      chars += cps;
      timexes += r.timexes().size();
      if (r.textMismatch() || r.mismatchedSpans() > 0) {
        mismatches++;
      }
      internalErrors += reportDiagnostics("article#" + index, r);
      index++;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (perArticle != null) {
      perArticle.close();
    }
    double formatSeconds = (tagger.formatNanos() - formatBefore) / 1e9;

    OUT.println("HeidelTime 2.2.1 arabic/news, POSTagger.NO, 1 thread, TimeML output");
    OUT.printf(Locale.ROOT, "%-10s %12s %10s %12s %12s %9s%n",
        "articles", "characters", "seconds", "articles/s", "chars/s", "timexes");
    OUT.printf(Locale.ROOT, "%-10d %12d %10.2f %12.1f %12.0f %9d%n",
        articles.size(), chars, seconds, articles.size() / seconds, chars / seconds, timexes);
    OUT.printf(Locale.ROOT, "of which HeidelTime's TimeMLResultFormatter: %.2f s "
        + "(without it: %.1f articles/s)%n", formatSeconds,
        articles.size() / Math.max(1e-9, seconds - formatSeconds));
    OUT.printf(Locale.ROOT, "articles whose TimeML needed CAS fallback alignment: %d%n", mismatches);
    OUT.printf(Locale.ROOT, "HeidelTime internal errors (sentence-level exceptions it swallowed): %d%n",
        internalErrors);
    return 0;
  }

  /** Reads the first {@code n} non-empty articles, zip files in name order. */
  static List<Article> readArticles(Path dir, int n, int[] skippedEmpty) throws IOException {
    List<Path> zips;
    try (Stream<Path> s = Files.list(dir)) {
      zips = s.filter(p -> p.getFileName().toString().endsWith(".zip")).sorted().toList();
    }
    ObjectMapper mapper = new ObjectMapper();
    List<Article> out = new ArrayList<>(n);
    for (Path zip : zips) {
      String zipDay = zip.getFileName().toString().replaceFirst("\\.zip$", "");
      try (ZipFile zf = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
        List<? extends ZipEntry> entries = zf.stream()
            .filter(e -> !e.isDirectory() && e.getName().endsWith(".json"))
            .sorted((a, b) -> a.getName().compareTo(b.getName())).toList();
        for (ZipEntry e : entries) {
          try (InputStream in = zf.getInputStream(e);
              JsonParser p = mapper.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
              throw new IOException(zip + "!" + e.getName() + ": expected a JSON array");
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
              JsonNode node = mapper.readTree(p);
              String content = node.path("content").asText("");
              if (content.isBlank()) {
                skippedEmpty[0]++;
                continue;
              }
              out.add(new Article(content, dayOf(node.path("date_extracted").asText(""), zipDay)));
              if (out.size() >= n) {
                return out;
              }
            }
          }
        }
      }
    }
    return out;
  }

  /** "2015-07-21 02:51:40" -> 2015-07-21; falls back to the zip's file name. */
  private static LocalDate dayOf(String dateExtracted, String zipDay) {
    String s = dateExtracted.length() >= 10 ? dateExtracted.substring(0, 10) : zipDay;
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      return LocalDate.parse(zipDay);
    }
  }

  // ------------------------------------------------------------------------------- helpers

  /** Summarises what HeidelTime printed while tagging one document; returns its error count. */
  private static int reportDiagnostics(String id, HeidelTimeArabic.Result r) {
    if (r.diagnostics().isEmpty()) {
      return 0;
    }
    if (Boolean.getBoolean("bench.verbose")) {
      ERR.print(r.diagnostics());
    } else {
      String first = r.diagnostics().lines().filter(l -> l.contains("Exception")).findFirst()
          .orElse(r.diagnostics().lines().findFirst().orElse(""));
      ERR.printf("NOTE %s: HeidelTime printed diagnostics (%d internal error(s)); first: %s%n",
          id, r.internalErrors(), first.strip());
    }
    return r.internalErrors();
  }

  private static int parsePositive(String s) {
    int n = Integer.parseInt(s);
    if (n <= 0) {
      throw new IllegalArgumentException("N must be positive: " + s);
    }
    return n;
  }

  /**
   * HeidelTimeStandalone logs several INFO lines per document through java.util.logging, and
   * TimeMLResultFormatter a WARNING per overlap (which we count ourselves). Keep stderr readable.
   */
  private static void configureLogging(boolean verbose) {
    Logger root = Logger.getLogger("");
    Level level = verbose ? Level.ALL : Level.WARNING;
    root.setLevel(level);
    for (Handler h : root.getHandlers()) {
      h.setLevel(level);
    }
    if (!verbose) {
      KEEP.add(Logger.getLogger("TimeMLResultFormatter"));
      KEEP.get(KEEP.size() - 1).setLevel(Level.SEVERE);
    }
  }

  /** Strong references so that logger levels are not lost to garbage collection. */
  private static final List<Logger> KEEP = new ArrayList<>();
}
