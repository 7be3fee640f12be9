package org.isnad.cli;

import org.isnad.check.StanceJudge;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.isnad.Serving;
import org.isnad.RunningServer;
import org.isnad.model.Analysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code isnad serve INPUT…|--store DIR [--port N] [--bind ADDR] [--token T]}: analyses the inputs as
 * {@code analyze} does, then serves the result (HTTP API and web app) until interrupted. It
 * prints the URL on a line of its own once the server listens, and the token when it made one.
 * Options are checked before the analysis starts, so a mistake costs nothing.
 *
 * <p>With {@code --store DIR} it serves a store instead ({@code isnad add} grows it, handing its
 * adds to this server, as do uploads through the web app); inputs and a store together, or
 * neither, are a usage error. A signal that ends the process closes the server first.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Analyses the inputs (or opens the store --store DIR) and serves the result: an HTTP API under /api/v1 and a "
        + "right-to-left web app, on 127.0.0.1 unless --bind says otherwise.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:stopped after serving", "2:usage error (bad option, no input, address "
        + "not bindable)", "3:internal failure"})
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Inputs to analyse and serve.")
  List<String> inputs;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8017",
      description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}). Any address other than "
          + "loopback needs a token.")
  String bind;

  @Option(names = "--token", paramLabel = "T",
      description = "Bearer token every API request must carry (Authorization: Bearer T). "
          + "Made up and printed when binding beyond loopback without one.")
  String token;

  @Option(names = "--store", paramLabel = "DIR", converter = StoreOption.class,
      description = "Serve the store in folder DIR (made empty when missing; isnad add and "
          + "uploads grow it) instead of analysing inputs." + StoreOption.HELP)
  Path store;

  @Option(names = "--kept-mib", paramLabel = "N", defaultValue = "64",
      description = "MiB of read answers kept until the case changes, so a page asked again "
          + "is answered at once; 0 answers every request afresh (default: ${DEFAULT-VALUE}).")
  int keptMiB;

  @Option(names = "--stance-model", paramLabel = "FILE",
      defaultValue = org.isnad.Checking.DEFAULT_MODEL,
      description = "The stance model POST /api/v1/check judges with, loaded once (default: "
          + "${DEFAULT-VALUE}; ./isnad train stance builds it). Without it that route answers "
          + "503.")
  java.nio.file.Path stanceModel;

  @Mixin RunOptions run;

  /** Released to stop serving (tests); an interrupt does the same. */
  final CountDownLatch stop = new CountDownLatch(1);

  @Override
  public Integer call() {
    boolean none = inputs == null || inputs.isEmpty();
    if (none == (store == null)) {
      throw new IllegalArgumentException(none ? "no inputs given: serve needs PATH… or --store DIR"
          : "serve takes PATH… or --store DIR, not both: " + inputs + " and " + store);
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535: " + port);
    }
    StanceJudge judge = judge();
    PrintWriter out = spec.commandLine().getOut();
    boolean made = token == null && !Serving.isLoopback(bind);
    String used = made ? Serving.newToken() : token;
    try (RunningServer server = start(used, judge)) {
      Thread closing = new Thread(server::close, "isnad-serve-close");
      // stopped by a signal (Ctrl-C, kill): closed all the same, so its serving.json goes
      Runtime.getRuntime().addShutdownHook(closing);
      out.println(server.url());
      if (made) {
        out.println("token: " + used);
      }
      out.flush();
      awaitStop();
      unhook(closing);
    }
    return 0;
  }

  private static void unhook(Thread closing) {
    try {
      Runtime.getRuntime().removeShutdownHook(closing);
    } catch (IllegalStateException e) {
      // the JVM is shutting down already: the hook closes it
    }
  }

  private RunningServer start(String used, StanceJudge judge) {
    try (TerminalProgress progress = run.progress()) {
      if (store != null) {
        return Serving.serve(run.engine(), store, bind, port, used, keptMiB, progress, judge);
      }
      Analysis analysis = run.engine().analyze(inputs, progress);
      return Serving.serve(analysis, bind, port, used, judge);
    }
  }

  /**
   * The judge of {@code --stance-model}, or {@code null} when there is no such file (then the
   * check route answers 503 and stderr says so); a file that is no model is a usage error.
   */
  private StanceJudge judge() {
    if (!java.nio.file.Files.isRegularFile(stanceModel)) {
      spec.commandLine().getErr().println("isnad: no stance model at " + stanceModel
          + ": POST /api/v1/check will answer 503 (./isnad train stance builds one)");
      return null;
    }
    return CheckCommand.judges.apply(stanceModel);
  }

  private void awaitStop() {
    try {
      stop.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
