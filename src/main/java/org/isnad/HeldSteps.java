package org.isnad;

import org.isnad.ProgressListener.Phase;

/**
 * Progress steps of a phase whose work starts before the phase can be announced (documents are
 * annotated while the inputs are still read): steps taken before {@link #release} are held and
 * reported right after the phase starts, so each phase still counts its own units in order.
 *
 * <p>Thread safe: steps may come from any thread.
 */
final class HeldSteps {
  private final ProgressListener progress;
  private long held;
  private boolean released;

  HeldSteps(ProgressListener progress) {
    this.progress = progress;
  }

  /** One unit done: reported now when the phase has started, else when it does. */
  synchronized void step() {
    if (released) {
      progress.step();
    } else {
      held++;
    }
  }

  /** Starts {@code phase} with {@code total} units and reports the steps held until now. */
  synchronized void release(Phase phase, long total) {
    progress.phase(phase, total);
    for (; held > 0; held--) {
      progress.step();
    }
    released = true;
  }
}
