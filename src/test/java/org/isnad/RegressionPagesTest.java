package org.isnad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.isnad.model.ProblemCode;
import org.isnad.model.Analysis;
import org.isnad.model.Extraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page that ever crashed or hung isnad lives in {@code src/test/resources/org/isnad/regressions/}
 * (see the README there) and is replayed through the whole pipeline: it must come out as an
 * article or as a recorded error, never as an internal error.
 */
class RegressionPagesTest {
  private static final Path DIR = Path.of("src/test/resources/org/isnad/regressions");

  static Stream<Path> pages() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> !p.getFileName().toString().equals("README.md")).sorted()
          .toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("pages")
  void pageIsProcessedWithoutInternalError(Path page) {
    Analysis analysis = Isnad.with(1, Clock.systemUTC()).analyze(List.of(page.toString()),
        ProgressListener.NONE);
    assertEquals(1, analysis.documents().size(), "the page shows up in the output");
    Extraction result = analysis.documents().get(0);
    assertFalse(result.allProblems().stream().anyMatch(p -> p.code() == ProblemCode.INTERNAL_ERROR),
        () -> result.allProblems().toString());
  }
}
