package org.isnad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.isnad.AddReports;
import org.isnad.Isnad;
import org.isnad.ServerHandoff;
import org.isnad.StoreAdd;
import org.isnad.model.AddReport;
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
 *
 * <p>While {@code isnad serve --store DIR} serves the store, the add is handed to it
 * ({@link ServerHandoff}) unless {@code --here} is given: it runs on the case the server keeps
 * in memory, which stays kept; the summary and exit code are the same.
 */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = {
        "Adds news pages to a store (a folder; created when missing) and links the whole case "
            + "again.",
        "PATH as for analyze. Documents whose bytes the store holds are not read again; the "
            + "store after several adds equals the store after adding everything at once.",
        "A killed add leaves a consistent store: running it again (or export) completes it.",
        "While isnad serve --store DIR runs, the add is handed to it (unless --here): it uses "
            + "the case the server keeps in memory (about 10 s for 100 articles on 31,000 on an "
            + "idle machine) and keeps it; inputs are sent as absolute paths, and --threads and "
            + "the model options are the server's."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {Exit.CODE_0, Exit.CODE_1, Exit.CODE_2, Exit.CODE_3})
final class AddCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Inputs to add.")
  List<String> inputs;

  @Option(names = "--store", required = true, paramLabel = "DIR",
      converter = StoreOption.class, description = "The store's folder." + StoreOption.HELP)
  Path store;

  @Mixin RunOptions run;

  @Option(names = "--timings",
      description = "Print each phase's wall and CPU time to standard error at the end (only "
          + "the total wall time when the add was handed to a server).")
  boolean timings;

  @Option(names = "--here",
      description = "Add in this process even while isnad serve serves the store.")
  boolean here;

  @Override
  public Integer call() {
    run.checkThreads();
    if (!here) {
      long start = System.nanoTime();
      Optional<ServerHandoff.HandedOver> handed = ServerHandoff.handOver(store, inputs);
      if (handed.isPresent()) {
        return handedOver(handed.get(), System.nanoTime() - start);
      }
    }
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
    return report(AddReports.of(added));
  }

  private int handedOver(ServerHandoff.HandedOver handed, long nanos) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("the add was done by the server at " + handed.url());
    if (timings) {
      err.println(String.format(Locale.ROOT, "timings (wall): total %.2f s "
          + "(handed to the server)", nanos / 1e9));
    }
    return report(handed.report());
  }

  private int report(AddReport added) {
    PrintWriter err = spec.commandLine().getErr();
    for (AddReport.Failed failure : added.failures()) {
      err.println("failed: " + Failure.printable(failure.source() + ": " + failure.error()));
    }
    for (Skipped skipped : added.skipped()) {
      err.println("skipped: " + Failure.printable(skipped.path() + ": " + skipped.reason()));
    }
    err.println(summary(added));
    err.flush();
    return added.failures().isEmpty() ? Exit.OK : Exit.DOCUMENTS_FAILED;
  }

  /** "3 added, 1 already in the store, 0 extracted again; the store: 12 documents, …". */
  static String summary(AddReport added) {
    AddReport.Sizes s = added.store();
    return added.added() + " added, " + added.known() + " already in the store, "
        + added.redone() + " extracted again; the store: " + s.documents() + " documents, "
        + s.articles() + " articles, " + s.events() + " events, " + s.stories() + " stories";
  }
}
