package org.isnad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.Isnad;
import org.isnad.export.AnalysisJsonWriter;
import org.isnad.export.CsvExport;
import org.isnad.export.GraphmlExport;
import org.isnad.export.HtmlReport;
import org.isnad.export.TimelineJsExport;
import org.isnad.model.Analysis;
import org.isnad.model.Extraction;
import org.isnad.model.Skipped;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code isnad analyze PATH... -o FILE.json [--html FILE.html]}. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
        "Reads news pages and writes the analysis JSON (and optionally an HTML report).",
        "PATH may be a file (.txt .html .htm .warc .warc.gz .jsonl), a directory (read "
            + "recursively) or - for standard input.",
        "Paths met but not read (hidden, FIFO/socket/device, dangling link, symlink loop, "
            + "unreadable directory) are listed on stderr and in the JSON's \"skipped\".",
        "Exit code: 0 all documents processed, 1 some documents failed (listed on stderr), "
            + "2 usage error."})
final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Inputs to analyse.")
  List<String> inputs;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.json",
      description = "Where to write the analysis JSON (- for standard output).")
  String output;

  @Option(names = "--html", paramLabel = "FILE.html", description = "Also write an HTML report.")
  Path html;

  @Option(names = "--timelinejs", paramLabel = "FILE.json",
      description = "Also write the timeline as Knight Lab TimelineJS JSON.")
  Path timelineJs;

  @Option(names = "--csv", paramLabel = "FILE.csv",
      description = "Also write one CSV row per event report.")
  Path csv;

  @Option(names = "--graphml", paramLabel = "FILE.graphml",
      description = "Also write who-cites-whom (actors, outlets, chains) as GraphML for Gephi.")
  Path graphml;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  Integer threads;

  @Option(names = "--no-progress", description = "Never show the progress bar.")
  boolean noProgress;

  @Override
  public Integer call() throws IOException {
    Isnad isnad = threads == null ? Isnad.withDefaults()
        : Isnad.with(threads, java.time.Clock.systemUTC());
    Analysis analysis;
    try (TerminalProgress progress = TerminalProgress.forTerminal(!noProgress)) {
      analysis = isnad.analyze(inputs, progress);
    }
    writeJson(analysis);
    if (html != null) {
      writeHtml(analysis);
    }
    writeExports(analysis);
    return report(analysis);
  }

  private void writeJson(Analysis analysis) throws IOException {
    if ("-".equals(output)) {
      new AnalysisJsonWriter().write(analysis, System.out);
      System.out.flush();
      return;
    }
    Path path = Path.of(output);
    createParent(path);
    try (OutputStream out = Files.newOutputStream(path)) {
      new AnalysisJsonWriter().write(analysis, out);
    }
  }

  private void writeHtml(Analysis analysis) throws IOException {
    createParent(html);
    try (BufferedWriter out = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
      new HtmlReport().write(analysis, out);
    }
  }

  private void writeExports(Analysis analysis) throws IOException {
    if (timelineJs != null) {
      createParent(timelineJs);
      try (OutputStream out = Files.newOutputStream(timelineJs)) {
        new TimelineJsExport().write(analysis, out);
      }
    }
    if (csv != null) {
      createParent(csv);
      try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
        new CsvExport().write(analysis, out);
      }
    }
    if (graphml != null) {
      createParent(graphml);
      try (BufferedWriter out = Files.newBufferedWriter(graphml, StandardCharsets.UTF_8)) {
        new GraphmlExport().write(analysis, out);
      }
    }
  }

  private static void createParent(Path path) throws IOException {
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }

  private int report(Analysis analysis) {
    PrintWriter err = spec.commandLine().getErr();
    List<Extraction> failures = analysis.failures();
    for (Extraction failure : failures) {
      err.println("failed: " + failure.document().source() + ": " + failure.error());
    }
    for (Skipped skipped : analysis.skipped()) {
      err.println("skipped: " + skipped.path() + ": " + skipped.reason());
    }
    err.printf("%d documents, %d articles, %d failed, %d skipped%n", analysis.documents().size(),
        analysis.articles().size(), failures.size(), analysis.skipped().size());
    err.flush();
    return failures.isEmpty() ? 0 : 1;
  }
}
