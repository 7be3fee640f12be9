package org.isnad;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.isnad.export.AnalysisJsonWriter;
import org.junit.jupiter.api.Test;

/**
 * Property: the analysis does not depend on the order the inputs are given in. Twenty random
 * permutations (fixed seed) of the sample pages must give byte-identical JSON.
 */
class IsnadOrderIndependenceTest {
  private static final long SEED = 20261122L;
  private static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"),
      ZoneOffset.UTC);

  @Test
  void outputIsTheSameForEveryInputOrder() throws IOException {
    List<String> files = samplePages();
    String expected = analyse(files);
    Random random = new Random(SEED);
    for (int round = 0; round < 20; round++) {
      List<String> shuffled = new ArrayList<>(files);
      Collections.shuffle(shuffled, random);
      assertEquals(expected, analyse(shuffled), "order " + shuffled);
    }
  }

  private static List<String> samplePages() throws IOException {
    try (Stream<Path> pages = Files.list(Path.of("samples/seeds"))) {
      return pages.map(Path::toString).sorted().toList();
    }
  }

  private static String analyse(List<String> inputs) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new AnalysisJsonWriter().write(Isnad.with(2, FIXED).analyze(inputs, ProgressListener.NONE),
        out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
