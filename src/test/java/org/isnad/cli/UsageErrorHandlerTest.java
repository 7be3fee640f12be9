package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every exception out of a command is one line and an exit code of its own; never "null". */
class UsageErrorHandlerTest {
  private final StringWriter err = new StringWriter();

  private int handle(Exception e) throws Exception {
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err, true));
    return new UsageErrorHandler().handleExecutionException(e, cli, null);
  }

  @Test
  void aFailureOfTheToolItselfExitsThreeInOneLine() throws Exception {
    IllegalStateException oom = new IllegalStateException(
        "annotation failed: java.lang.OutOfMemoryError: Java heap space",
        new OutOfMemoryError("Java heap space"));
    assertEquals(3, handle(oom));
    assertEquals(1, err.toString().lines().count(), err.toString());
    assertTrue(err.toString().startsWith("isnad: internal failure: "
        + "java.lang.IllegalStateException: annotation failed: java.lang.OutOfMemoryError"),
        err.toString());
  }

  @Test
  void anIoFailureExitsThreeWithoutAStackTrace() throws Exception {
    assertEquals(3, handle(new java.nio.file.FileSystemException("/out/a.json", null,
        "No space left on device")));
    assertEquals("isnad: internal failure: No space left on device: /out/a.json",
        err.toString().strip());
  }

  @Test
  void aCallerMistakeWithoutMessageNeverPrintsNull() throws Exception {
    assertEquals(2, handle(new IllegalArgumentException()));
    assertFalse(err.toString().contains("null"), err.toString());
    assertEquals("isnad: IllegalArgumentException", err.toString().strip());
  }

  @Test
  void anErrorPicocliLetsThroughIsOneLineAndExitThree() {
    CommandLine cli = new CommandLine(new Thrower()).setExecutionExceptionHandler(
        new UsageErrorHandler());
    cli.setErr(new PrintWriter(err, true));
    assertEquals(3, Main.run(cli, new String[0]));
    assertEquals(1, err.toString().lines().count(), err.toString());
    assertTrue(err.toString().startsWith("isnad: internal failure: out of memory (Java heap"
        + " space)"), err.toString());
  }

  /** A command that runs out of memory while starting, as loading the models can. */
  @CommandLine.Command(name = "thrower")
  static final class Thrower implements Runnable {
    @Override
    public void run() {
      throw new OutOfMemoryError("Java heap space");
    }
  }
}
