package org.isnad.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code isnad} command. Exit codes ({@link Exit}): 0 everything processed, 1 some documents
 * could not be read, 2 usage error, 3 internal failure.
 */
@Command(
    name = "isnad",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Arabic news pages in, a sourced timeline out.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {Exit.CODE_0, Exit.CODE_1, Exit.CODE_2, Exit.CODE_3},
    subcommands = {AnalyzeCommand.class, AddCommand.class, ExportCommand.class,
        ServeCommand.class, CheckCommand.class, AuditCommand.class, EvalCommand.class,
        TrainCommand.class,
        BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(commandLine(), args));
  }

  /**
   * The exit code of {@code cli.execute(args)}; an error picocli lets through (out of memory
   * while loading the models, say) is one line on stderr and {@link Exit#INTERNAL}, not a stack
   * trace and exit code 1.
   */
  static int run(CommandLine cli, String[] args) {
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError e) {
      cli.getErr().println("isnad: internal failure: out of memory (" + Failure.describe(e)
          + "); give Java more (ISNAD_JAVA_OPTS=-Xmx4g) or use fewer --threads");
    } catch (Error e) {
      cli.getErr().println("isnad: internal failure: " + e.getClass().getName() + ": "
          + Failure.describe(e));
    }
    cli.getErr().flush();
    return Exit.INTERNAL;
  }

  /**
   * The configured command line; tests call {@code execute} on it and read its writers. Its
   * writer is standard output in UTF-8 whatever the locale, as the files isnad writes are, so
   * {@code analyze -o -} prints the same bytes as {@code -o FILE} holds; it writes to the file
   * descriptor, not through {@code System.out}, which would swallow a closed pipe or a full disk
   * that {@link PrintWriter#checkError} must see.
   */
  public static CommandLine commandLine() {
    return new CommandLine(new Main())
        .setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
            StandardCharsets.UTF_8), true))
        .setExecutionExceptionHandler(new UsageErrorHandler());
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'isnad analyze --help'");
  }
}
