package org.isnad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code isnad train}: rebuilds a shipped model from public data. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Rebuilds a model that ships with isnad from public training data.",
    subcommands = {TrainNerCommand.class, TrainClustersCommand.class, TrainStanceCommand.class})
final class TrainCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing model: try 'isnad train ner' or 'isnad train clusters'");
  }
}
