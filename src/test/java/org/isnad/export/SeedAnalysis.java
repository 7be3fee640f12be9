package org.isnad.export;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.isnad.Isnad;
import org.isnad.ProgressListener;
import org.isnad.model.Analysis;

/** The analysis of the sample corpus (samples/seeds) at a fixed clock, made once for the tests. */
final class SeedAnalysis {
  static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static Analysis analysis;

  private SeedAnalysis() {}

  static synchronized Analysis get() {
    if (analysis == null) {
      analysis = Isnad.with(2, FIXED).analyze(List.of("samples/seeds"), ProgressListener.NONE);
    }
    return analysis;
  }
}
