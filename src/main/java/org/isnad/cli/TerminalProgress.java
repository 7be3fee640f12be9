package org.isnad.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.isnad.ProgressListener;

/**
 * A progress bar on the terminal for batches large enough to take a moment: one bar per phase of
 * the run ({@code read}, {@code annotate}, {@code link}, {@code events}, {@code timeline},
 * {@code write}), each counting its own units, so a long phase never shows as a full bar. Reading
 * has no known total: its bar counts documents once there are {@value #MIN_DOCUMENTS}. Shows
 * nothing when standard error is not a terminal (CI, pipes) or the batch is small.
 *
 * <p>{@link #step()} may be called from any thread; phases are started by one thread at a time.
 */
final class TerminalProgress implements ProgressListener, AutoCloseable {
  private static final long MIN_DOCUMENTS = 50;
  private final boolean enabled;
  private Phase current;
  private long read;
  private boolean large;
  private volatile ProgressBar bar;

  private TerminalProgress(boolean enabled) {
    this.enabled = enabled;
  }

  static TerminalProgress forTerminal(boolean wanted) {
    return new TerminalProgress(wanted && System.console() != null);
  }

  @Override
  public synchronized void phase(Phase phase, long total) {
    close();
    current = phase;
    if (phase == Phase.ANNOTATE) {
      large = total >= MIN_DOCUMENTS;
    }
    if (enabled && large) {
      bar = bar(phase, total);
    }
  }

  @Override
  public void step() {
    ProgressBar shown = bar;
    if (shown != null) {
      shown.step();
    } else if (enabled && current == Phase.READ) {
      firstDocumentsRead();
    }
  }

  /** Reading runs on one thread: the bar appears once the batch is known to be large. */
  private synchronized void firstDocumentsRead() {
    if (++read >= MIN_DOCUMENTS && bar == null) {
      large = true;
      bar = bar(Phase.READ, -1);
      bar.stepTo(read);
    }
  }

  private static ProgressBar bar(Phase phase, long total) {
    return new ProgressBarBuilder().setTaskName(phase.label()).setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII).setUnit(phase.unit(), 1).build();
  }

  @Override
  public void finished() {
    close();
  }

  @Override
  public synchronized void close() {
    ProgressBar shown = bar;
    if (shown != null) {
      shown.close();
      bar = null;
    }
  }
}
