package org.isnad.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception out of a command into one line on stderr and an exit code, never a stack
 * trace and never "null": a caller mistake ({@link IllegalArgumentException}, e.g. an input path
 * that does not exist) is a usage error, {@link Exit#USAGE}; anything else is a failure of the
 * tool itself (out of memory, an output that could not be written, a bug), {@link Exit#INTERNAL}.
 */
final class UsageErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parsed) {
    if (e instanceof IllegalArgumentException) {
      commandLine.getErr().println("isnad: " + Failure.describe(e));
      return Exit.USAGE;
    }
    String what = e instanceof Failure.Internal || e instanceof java.io.IOException
        ? Failure.describe(e) : e.getClass().getName() + ": " + Failure.describe(e);
    commandLine.getErr().println("isnad: internal failure: " + what);
    return Exit.INTERNAL;
  }
}
