package org.isnad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --gold FILE}, {@code --data DIR} and {@code --errors}, the options every gold-scoring
 * {@code isnad eval} command shares. The command gives the defaults (its gold file; its corpus
 * folder, or none to take it from the gold's first line, {@link GoldData}); the descriptions of
 * {@code --data} and {@code --errors}, which differ by command, come from the command's resource
 * bundle {@code org.isnad.cli.GoldOptions}, keyed {@code isnad.eval.NAME.data} or
 * {@code isnad.eval.NAME.errors}, falling back to the unqualified key.
 */
final class GoldOptions {
  /** The resource bundle a command mixing these options in names. */
  static final String BUNDLE = "org.isnad.cli.GoldOptions";

  @Option(names = "--gold", paramLabel = "FILE",
      description = "Gold file (default: ${DEFAULT-VALUE}).")
  Path gold;

  @Option(names = "--data", paramLabel = "DIR", descriptionKey = "data")
  Path data;

  @Option(names = "--errors", descriptionKey = "errors")
  boolean errors;

  /** For picocli only; commands give their defaults. */
  GoldOptions() {}

  /** Options whose defaults are {@code gold} and {@code data} (null: by the gold's first line). */
  GoldOptions(String gold, String data) {
    this.gold = Path.of(gold);
    this.data = data == null ? null : Path.of(data);
  }

  /** The gold file; an {@link IllegalArgumentException} naming it when it is not a file. */
  Path goldFile() {
    if (!Files.isRegularFile(gold)) {
      throw new IllegalArgumentException("gold file not found: " + gold);
    }
    return gold;
  }

  /** The corpus folder: {@code --data}, or the one the gold's first line names. */
  Path folder() throws IOException {
    return GoldData.folder(goldFile(), data);
  }
}
