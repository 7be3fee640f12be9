package org.isnad;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.isnad.ProgressListener.Phase;
import org.junit.jupiter.api.Test;

/**
 * A run reports each phase with its own count, and steps each phase to its total, so a progress
 * bar never sits full while work remains.
 */
class ProgressPhasesTest {
  private static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"),
      ZoneOffset.UTC);

  /** Records "phase total/steps" for each phase, in order. */
  private static final class Recorder implements ProgressListener {
    final List<String> phases = new ArrayList<>();
    final List<AtomicLong> steps = new ArrayList<>();
    int finished;

    @Override
    public synchronized void phase(Phase phase, long total) {
      phases.add(phase.label() + " " + total);
      steps.add(new AtomicLong());
    }

    @Override
    public void step() {
      steps.get(steps.size() - 1).incrementAndGet();
    }

    @Override
    public void finished() {
      finished++;
    }

    List<String> done() {
      List<String> all = new ArrayList<>();
      for (int i = 0; i < phases.size(); i++) {
        all.add(phases.get(i) + "/" + steps.get(i).get());
      }
      return all;
    }
  }

  @Test
  void eachPhaseCountsItsOwnUnits() {
    Recorder progress = new Recorder();
    Isnad.with(2, FIXED).analyze(List.of("samples/seeds"), progress);
    assertEquals(List.of("read -1/5", "annotate 5/5", "link 1/1", "events 5/5",
        "timeline 1/1"), progress.done());
    assertEquals(1, progress.finished);
    assertEquals(Phase.READ, Phase.values()[0]);
  }
}
