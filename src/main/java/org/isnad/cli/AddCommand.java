package org.isnad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.Isnad;
import org.isnad.StoreAdd;
import org.isnad.model.Extraction;
import org.isnad.model.Skipped;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code isnad add PATH... --store DIR}: adds inputs to a store that grows. Only documents whose
 * bytes the store does not hold are analysed; re-adding the same bytes changes nothing. The
 * summary and each failed document and skipped path of this add go to stderr; the exit code is
 * {@link Exit#DOCUMENTS_FAILED} when a document added could not be read.
 */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = {
        "Adds news pages to a store (a folder; created when missing) and links the whole case "
            + "again.",
        "PATH as for analyze. Documents whose bytes the store holds are not read again; the "
            + "store after several adds equals the store after adding everything at once.",
        "A killed add leaves a consistent store: running it again (or export) completes it."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {Exit.CODE_0, Exit.CODE_1, Exit.CODE_2, Exit.CODE_3})
final class AddCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Inputs to add.")
  List<String> inputs;

  @Option(names = "--store", required = true, paramLabel = "DIR",
      description = "The store's folder.")
  Path store;

  @Mixin RunOptions run;

  @Option(names = "--timings",
      description = "Print each phase's wall and CPU time to standard error at the end.")
  boolean timings;

  @Override
  public Integer call() {
    Isnad isnad = run.engine();
    StoreAdd.Added added;
    PhaseTimer timer = null;
    try (TerminalProgress bar = run.progress()) {
      timer = PhaseTimer.of(bar);
      added = isnad.add(store, inputs, timer);
      timer.finished();
    } catch (OutOfMemoryError e) {
      throw new Failure.Internal("the add ran out of memory (" + e
          + "); give Java more (ISNAD_JAVA_OPTS=-Xmx4g) or use fewer --threads", e);
    }
    if (timings) {
      spec.commandLine().getErr().println(timer.summary());
    }
    return report(added);
  }

  private int report(StoreAdd.Added added) {
    PrintWriter err = spec.commandLine().getErr();
    for (Extraction failure : added.failures()) {
      err.println("failed: " + Failure.printable(failure.document().source() + ": "
          + failure.error()));
    }
    for (Skipped skipped : added.skipped()) {
      err.println("skipped: " + Failure.printable(skipped.path() + ": " + skipped.reason()));
    }
    err.println(summary(added));
    err.flush();
    return added.failures().isEmpty() ? Exit.OK : Exit.DOCUMENTS_FAILED;
  }

  /** "3 added, 1 already in the store, 0 extracted again; the store: 12 documents, …". */
  static String summary(StoreAdd.Added added) {
    StoreAdd.Sizes s = added.store();
    return added.added() + " added, " + added.known() + " already in the store, "
        + added.redone() + " extracted again; the store: " + s.documents() + " documents, "
        + s.articles() + " articles, " + s.events() + " events, " + s.stories() + " stories";
  }
}
