package org.isnad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code isnad eval}: scores an annotator on public annotated data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Scores an annotator on annotated data and prints precision/recall/F1.",
    subcommands = {EvalTimeCommand.class, EvalQuotesCommand.class, EvalNerCommand.class,
        EvalNamesCommand.class, EvalTimelineCommand.class, EvalStanceCommand.class})
final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing annotator: try 'isnad eval time'");
  }
}
