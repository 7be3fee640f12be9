package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/**
 * An {@code isnad serve} running in this JVM on a free loopback port, for the tests that ask it
 * over HTTP: its URL, the command (to stop it) and its exit code to come.
 */
record ServedInJvm(String url, ServeCommand serve, CompletableFuture<Integer> exit) {
  /** Starts {@code isnad serve ARGS… --port 0 --threads 2 --no-progress}; its stderr to {@code err}. */
  static ServedInJvm start(StringWriter err, String... args) throws InterruptedException {
    CommandLine cli = Main.commandLine();
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    ServeCommand serve = cli.getSubcommands().get("serve").getCommand();
    List<String> line = new ArrayList<>(List.of("serve"));
    line.addAll(List.of(args));
    line.addAll(List.of("--port", "0", "--threads", "2", "--no-progress"));
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
        () -> cli.execute(line.toArray(String[]::new)));
    return new ServedInJvm(ServeCommandTest.awaitLine(out), serve, exit);
  }

  /** Stops the server and checks it exited 0. */
  void stop() throws Exception {
    serve.stop.countDown();
    assertEquals(0, exit.get(30, TimeUnit.SECONDS));
  }
}
