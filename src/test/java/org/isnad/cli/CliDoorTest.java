package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The facade is the only door to the engine for the CLI and the evaluations: no class of
 * {@code org.isnad.cli} names a stage package (by import or fully qualified), only
 * {@code org.isnad} top-level types, the model, evaluation, export, picocli and the JDK; no class
 * of {@code org.isnad.eval} (or its subpackages) names a stage package or the export package,
 * only {@code org.isnad.Isnad}, {@code org.isnad.Training}, the model, the evaluation's own
 * classes, libraries and the JDK.
 */
class CliDoorTest {
  private static final Pattern STAGE = Pattern.compile(
      "org\\.isnad\\.(annotate|link|timeline|extract|ingest|text|store|serve)\\b");
  private static final Pattern STAGE_OR_EXPORT = Pattern.compile(
      "org\\.isnad\\.(annotate|link|timeline|extract|ingest|text|store|serve|export)\\b");

  @Test
  void noCliClassNamesAStagePackage() throws IOException {
    assertEquals(List.of(), namings(Path.of("src/main/java/org/isnad/cli"), STAGE),
        "cli classes must reach the stages through org.isnad.Isnad");
  }

  @Test
  void noEvalClassNamesAStagePackage() throws IOException {
    assertEquals(List.of(), namings(Path.of("src/main/java/org/isnad/eval"), STAGE_OR_EXPORT),
        "eval classes must reach the stages through org.isnad.Isnad and org.isnad.Training");
  }

  /** Each line of a source under {@code folder} (subfolders too) that names a package. */
  private static List<String> namings(Path folder, Pattern packages) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = packages.matcher(lines.get(i));
          if (m.find()) {
            found.add(folder.relativize(file) + ":" + (i + 1) + " " + lines.get(i).strip());
          }
        }
      }
    }
    return found;
  }
}
