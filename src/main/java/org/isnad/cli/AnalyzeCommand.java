package org.isnad.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.Isnad;
import org.isnad.ProgressListener;
import org.isnad.export.AnalysisJsonWriter;
import org.isnad.export.AtomicFile;
import org.isnad.export.CsvExport;
import org.isnad.export.GraphmlExport;
import org.isnad.export.HtmlReport;
import org.isnad.export.TimelineJsExport;
import org.isnad.model.Analysis;
import org.isnad.model.Extraction;
import org.isnad.model.Skipped;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code isnad analyze PATH... -o FILE.json [--html FILE.html] [--csv …]}.
 *
 * <p>Every output is checked before the analysis starts ({@link OutputCheck}) and written whole
 * or not at all ({@link AtomicFile}); one of them may be standard output ({@code -}), which is
 * this command's writer ({@code spec.commandLine().getOut()}), never a file named {@code -}. An
 * output that still cannot be written is one line on stderr, the other outputs are still
 * written, and the exit code is {@link Exit#INTERNAL}.
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
        "Reads news pages and writes the analysis JSON (and optionally an HTML report).",
        "PATH may be a file (.txt .html .htm .warc .warc.gz .jsonl), a directory (read "
            + "recursively) or - for standard input.",
        "Paths met but not read (hidden, FIFO/socket/device, dangling link, symlink loop, "
            + "unreadable or empty directory) are listed on stderr and in the JSON's \"skipped\".",
        "Every output is checked before any work (it must be writable, not an input, not another "
            + "output) and replaced whole or not at all. One output may be - (standard output)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {Exit.CODE_0, Exit.CODE_1, Exit.CODE_2, Exit.CODE_3})
final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Inputs to analyse.")
  List<String> inputs;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.json",
      description = "Where to write the analysis JSON (- for standard output).")
  String output;

  @Option(names = "--html", paramLabel = "FILE.html",
      description = "Also write an HTML report (- for standard output).")
  String html;

  @Option(names = "--timelinejs", paramLabel = "FILE.json",
      description = "Also write the timeline as Knight Lab TimelineJS JSON (- for standard "
          + "output).")
  String timelineJs;

  @Option(names = "--csv", paramLabel = "FILE.csv",
      description = "Also write one CSV row per event report (- for standard output).")
  String csv;

  @Option(names = "--graphml", paramLabel = "FILE.graphml",
      description = "Also write who-cites-whom (actors, outlets, chains) as GraphML for Gephi (-"
          + " for standard output).")
  String graphml;

  @Mixin RunOptions run;

  @Override
  public Integer call() {
    Isnad isnad = run.engine();
    List<Target> outputs = targets();
    OutputCheck.refuse(inputs, outputs);
    try (TerminalProgress progress = run.progress()) {
      Analysis analysis = analyzed(isnad, progress);
      progress.phase(ProgressListener.Phase.WRITE, AnalysisJsonWriter.units(analysis));
      int written = write(analysis, outputs, progress);
      progress.finished();
      return Math.max(written, report(analysis));
    }
  }

  private Analysis analyzed(Isnad isnad, TerminalProgress progress) {
    try {
      return isnad.analyze(inputs, progress);
    } catch (OutOfMemoryError e) {
      throw new Failure.Internal("the analysis ran out of memory (" + e
          + "); give Java more (ISNAD_JAVA_OPTS=-Xmx4g) or use fewer --threads", e);
    } catch (StackOverflowError e) {
      throw new Failure.Internal("the analysis overflowed its stack (" + e + ")", e);
    }
  }

  /** The outputs asked for, the JSON first. */
  private List<Target> targets() {
    List<Target> all = new ArrayList<>();
    all.add(new Target("-o", output));
    add(all, "--html", html);
    add(all, "--timelinejs", timelineJs);
    add(all, "--csv", csv);
    add(all, "--graphml", graphml);
    return all;
  }

  private static void add(List<Target> all, String option, String value) {
    if (value != null) {
      all.add(new Target(option, value));
    }
  }

  private static AtomicFile.Content content(String option, Analysis analysis,
      ProgressListener progress) {
    return switch (option) {
      case "-o" -> out -> new AnalysisJsonWriter().write(analysis, out, progress::step);
      case "--html" -> text(out -> new HtmlReport().write(analysis, out));
      case "--timelinejs" -> out -> new TimelineJsExport().write(analysis, out);
      case "--csv" -> text(out -> new CsvExport().write(analysis, out));
      case "--graphml" -> text(out -> new GraphmlExport().write(analysis, out));
      default -> throw new IllegalStateException("no writer for " + option);
    };
  }

  /** A writer of text as UTF-8 bytes. */
  private interface TextContent {
    void writeTo(Writer out) throws IOException;
  }

  private static AtomicFile.Content text(TextContent content) {
    return out -> {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      content.writeTo(writer);
      writer.flush();
    };
  }

  /** Writes every output; the exit code {@link Exit#INTERNAL} if one could not be written. */
  private int write(Analysis analysis, List<Target> outputs, ProgressListener progress) {
    int code = Exit.OK;
    for (Target target : outputs) {
      AtomicFile.Content content = content(target.option(), analysis, progress);
      try {
        if (target.stdout()) {
          toWriter(content);
        } else {
          AtomicFile.write(target.path(), content);
        }
      } catch (IOException | RuntimeException | OutOfMemoryError e) {
        String bug = e instanceof IOException || e instanceof UncheckedIOException ? ""
            : e.getClass().getName() + ": ";
        spec.commandLine().getErr().println("isnad: could not write "
            + Failure.printable(target.toString()) + ": " + bug + Failure.describe(e));
        code = Exit.INTERNAL;
      }
    }
    return code;
  }

  /** Writes {@code content} to this command's writer (standard output unless a caller set one). */
  private void toWriter(AtomicFile.Content content) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try (WriterOutputStream stream = new WriterOutputStream(out)) {
      content.writeTo(stream);
    }
    if (out.checkError()) {
      throw new IOException("standard output failed (closed pipe?)");
    }
  }

  private int report(Analysis analysis) {
    PrintWriter err = spec.commandLine().getErr();
    List<Extraction> failures = analysis.failures();
    for (Extraction failure : failures) {
      err.println("failed: " + Failure.printable(failure.document().source() + ": "
          + failure.error()));
    }
    for (Extraction page : analysis.withoutArticle()) {
      err.println("warning: no article: " + Failure.printable(page.document().source() + ": "
          + page.error()));
    }
    for (Skipped skipped : analysis.skipped()) {
      err.println("skipped: " + Failure.printable(skipped.path() + ": " + skipped.reason()));
    }
    err.println(summary(analysis));
    err.flush();
    return failures.isEmpty() ? Exit.OK : Exit.DOCUMENTS_FAILED;
  }

  /** The summary line, one count a part: "12 documents, 10 articles, 1 without article, …". */
  static String summary(Analysis analysis) {
    List<String> counts = new ArrayList<>();
    counts.add(analysis.documents().size() + " documents");
    counts.add(analysis.articles().size() + " articles");
    counts.add(analysis.withoutArticle().size() + " without article");
    counts.add(analysis.failures().size() + " failed");
    counts.add(analysis.skipped().size() + " skipped");
    return String.join(", ", counts);
  }
}
