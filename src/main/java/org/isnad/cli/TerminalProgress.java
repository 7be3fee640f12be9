package org.isnad.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.isnad.ProgressListener;

/**
 * A progress bar on the terminal for batches large enough to take a moment. Shows nothing when
 * standard error is not a terminal (CI, pipes) or the batch is small.
 */
final class TerminalProgress implements ProgressListener, AutoCloseable {
  private static final long MIN_DOCUMENTS = 50;
  private final boolean enabled;
  private volatile ProgressBar bar;

  private TerminalProgress(boolean enabled) {
    this.enabled = enabled;
  }

  static TerminalProgress forTerminal(boolean wanted) {
    return new TerminalProgress(wanted && System.console() != null);
  }

  @Override
  public void started(long documents) {
    if (enabled && documents >= MIN_DOCUMENTS) {
      bar = new ProgressBarBuilder().setTaskName("analyse").setInitialMax(documents)
          .setStyle(ProgressBarStyle.ASCII).setUnit(" docs", 1).build();
    }
  }

  @Override
  public void documentDone() {
    ProgressBar current = bar;
    if (current != null) {
      current.step();
    }
  }

  @Override
  public void close() {
    ProgressBar current = bar;
    if (current != null) {
      current.close();
      bar = null;
    }
  }
}
