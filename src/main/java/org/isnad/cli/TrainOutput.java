package org.isnad.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --out FILE}, the file an {@code isnad train} command writes. The command gives the
 * default (the resource that ships); the description, which differs by command, comes from the
 * command's resource bundle {@code org.isnad.cli.TrainOutput}, keyed
 * {@code isnad.train.NAME.out}. Standard output carries the training log, so {@code -} is
 * refused ({@link IllegalArgumentException}) rather than written as a file named {@code -}.
 */
final class TrainOutput {
  /** The resource bundle a command mixing this option in names. */
  static final String BUNDLE = "org.isnad.cli.TrainOutput";

  @Option(names = "--out", paramLabel = "FILE", descriptionKey = "out")
  Path out;

  /** For picocli only; commands give their default. */
  TrainOutput() {}

  TrainOutput(String out) {
    this.out = Path.of(out);
  }

  /** The file to write; an {@link IllegalArgumentException} for {@code -}. */
  Path file() {
    if (out.toString().equals(Target.STDOUT)) {
      throw new IllegalArgumentException("--out needs a file name, not - (standard output "
          + "carries the training log): " + out);
    }
    return out;
  }
}
