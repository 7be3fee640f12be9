package org.isnad.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.export.AnalysisJsonWriter;
import org.isnad.export.AtomicFile;
import org.isnad.model.Analysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code isnad export --store DIR -o FILE.json}: writes the analysis JSON of a store, the same
 * JSON {@code isnad analyze} writes for the store's inputs. The file is replaced whole or not at
 * all; {@code -} is this command's writer. A store a killed add left behind is completed first.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Writes the analysis JSON of a store (as analyze writes it for its inputs).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {Exit.CODE_0, Exit.CODE_2, Exit.CODE_3})
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--store", required = true, paramLabel = "DIR",
      converter = StoreOption.class, description = "The store's folder." + StoreOption.HELP)
  Path store;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.json",
      description = "Where to write the analysis JSON (- for standard output).")
  String output;

  @Mixin RunOptions run;

  @Override
  public Integer call() {
    Target target = new Target("-o", output);
    OutputCheck.refuse(List.of(store.toString()), List.of(target));
    Analysis analysis;
    try (TerminalProgress progress = run.progress()) {
      analysis = run.engine().stored(store, progress);
      progress.finished();
    }
    AtomicFile.Content content = out -> new AnalysisJsonWriter().write(analysis, out);
    try {
      if (target.stdout()) {
        try (WriterOutputStream stream = new WriterOutputStream(spec.commandLine().getOut())) {
          content.writeTo(stream);
        }
      } else {
        AtomicFile.write(target.path(), content);
      }
    } catch (IOException e) {
      spec.commandLine().getErr().println("isnad: could not write "
          + Failure.printable(target.toString()) + ": " + Failure.describe(e));
      return Exit.INTERNAL;
    }
    return Exit.OK;
  }
}
