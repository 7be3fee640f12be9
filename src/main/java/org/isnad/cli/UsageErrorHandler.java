package org.isnad.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a caller mistake found while running ({@link IllegalArgumentException}, e.g. an input
 * path that does not exist) into a usage error: message on stderr, exit code 2.
 */
final class UsageErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parsed)
      throws Exception {
    if (e instanceof IllegalArgumentException) {
      commandLine.getErr().println("isnad: " + e.getMessage());
      return CommandLine.ExitCode.USAGE;
    }
    throw e;
  }
}
