package org.isnad.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.isnad.ProgressListener;

/**
 * Passes progress on to another listener and times each phase on the wall clock, from its start
 * to the next phase's (or {@link #finished()}): what {@code isnad add --timings} prints to
 * standard error, one line, so a slow add shows where its time went. A phase met twice (an add
 * reads then annotates, then links) is listed each time it ran, in order.
 *
 * <p>{@link #step()} may be called from any thread; phases are started by one thread at a time.
 */
final class PhaseTimer implements ProgressListener {
  private final ProgressListener next;
  private final LongSupplier nanos;
  private final List<String> labels = new ArrayList<>();
  private final List<Long> took = new ArrayList<>();
  private final long started;
  private String current;
  private long since;

  /** Times the phases {@code next} hears, by {@code nanos} (tests give a fake clock). */
  PhaseTimer(ProgressListener next, LongSupplier nanos) {
    this.next = next;
    this.nanos = nanos;
    this.started = nanos.getAsLong();
  }

  @Override
  public synchronized void phase(Phase phase, long total) {
    close();
    current = phase.label();
    since = nanos.getAsLong();
    next.phase(phase, total);
  }

  @Override
  public void step() {
    next.step();
  }

  @Override
  public synchronized void finished() {
    close();
    next.finished();
  }

  private void close() {
    if (current != null) {
      labels.add(current);
      took.add(nanos.getAsLong() - since);
      current = null;
    }
  }

  /** "timings: read 0.41 s, annotate 3.02 s, …, total 9.80 s" (phases ended so far). */
  synchronized String summary() {
    StringBuilder line = new StringBuilder("timings:");
    for (int i = 0; i < labels.size(); i++) {
      line.append(i == 0 ? " " : ", ").append(labels.get(i)).append(' ')
          .append(seconds(took.get(i)));
    }
    return line.append(labels.isEmpty() ? " " : ", ").append("total ")
        .append(seconds(nanos.getAsLong() - started)).toString();
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
  }
}
