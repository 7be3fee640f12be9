package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.isnad.ProgressListener;
import org.isnad.ProgressListener.Phase;
import org.junit.jupiter.api.Test;

/** Each phase timed from its start to the next one's, on the clock given; all passed on. */
class PhaseTimerTest {
  @Test
  void eachPhaseLastsUntilTheNextAndTheTotalFromTheStart() {
    long[] now = {1_000_000_000L};
    long[] cpu = {7L};
    List<String> heard = new ArrayList<>();
    ProgressListener next = new ProgressListener() {
      @Override
      public void phase(Phase phase, long total) {
        heard.add(phase.label());
      }

      @Override
      public void finished() {
        heard.add("finished");
      }
    };
    PhaseTimer timer = new PhaseTimer(next, () -> now[0], () -> cpu[0]);
    now[0] += 500_000_000L;
    timer.phase(Phase.READ, -1);
    now[0] += 250_000_000L;
    cpu[0] += 400_000_000L;
    timer.phase(Phase.LINK, 1);
    now[0] += 2_000_000_000L;
    cpu[0] += 3_000_000_000L;
    timer.phase(Phase.READ, -1);
    now[0] += 10_000_000L;
    timer.finished();
    assertEquals(List.of("read", "link", "read", "finished"), heard);
    assertEquals("timings (wall/cpu): read 0.25/0.40 s, link 2.00/3.00 s, read 0.01/0.00 s, "
        + "total 2.76/3.40 s",
        timer.summary());
  }

  @Test
  void noPhaseGivesTheTotalAlone() {
    long[] now = {0L};
    PhaseTimer timer = new PhaseTimer(ProgressListener.NONE, () -> now[0], () -> now[0] / 2);
    now[0] = 1_500_000_000L;
    assertEquals("timings (wall/cpu): total 1.50/0.75 s", timer.summary());
  }
}
