package org.isnad.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.isnad.ProgressListener;

/**
 * Passes progress on to another listener and times each phase on the wall clock, from its start
 * to the next phase's (or {@link #finished()}), with the CPU time the whole process spent in it
 * (all threads, the collector's included): what {@code isnad add --timings} prints to standard
 * error, one line, so a slow add shows where its time went even on a machine others share. A phase met twice (an add
 * reads then annotates, then links) is listed each time it ran, in order.
 *
 * <p>{@link #step()} may be called from any thread; phases are started by one thread at a time.
 */
final class PhaseTimer implements ProgressListener {
  private final ProgressListener next;
  private final LongSupplier nanos;
  private final LongSupplier cpuNanos;
  private final List<String> labels = new ArrayList<>();
  private final List<Long> took = new ArrayList<>();
  private final List<Long> cpu = new ArrayList<>();
  private final long started;
  private final long cpuStarted;
  private String current;
  private long since;
  private long cpuSince;

  /**
   * Times the phases {@code next} hears, by {@code nanos} (wall) and {@code cpuNanos} (the
   * process's CPU time), both in nanoseconds (tests give fake clocks).
   */
  PhaseTimer(ProgressListener next, LongSupplier nanos, LongSupplier cpuNanos) {
    this.next = next;
    this.nanos = nanos;
    this.cpuNanos = cpuNanos;
    this.started = nanos.getAsLong();
    this.cpuStarted = cpuNanos.getAsLong();
  }

  /** Times the phases {@code next} hears on the system's clocks. */
  static PhaseTimer of(ProgressListener next) {
    java.lang.management.OperatingSystemMXBean os =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    LongSupplier cpu = os instanceof com.sun.management.OperatingSystemMXBean sun
        ? sun::getProcessCpuTime : () -> 0L;
    return new PhaseTimer(next, System::nanoTime, cpu);
  }

  @Override
  public synchronized void phase(Phase phase, long total) {
    close();
    current = phase.label();
    since = nanos.getAsLong();
    cpuSince = cpuNanos.getAsLong();
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
      cpu.add(cpuNanos.getAsLong() - cpuSince);
      current = null;
    }
  }

  /**
   * "timings (wall/cpu): read 0.41/0.80 s, annotate 3.02/5.10 s, …, total 9.80/14.20 s"
   * (phases ended so far).
   */
  synchronized String summary() {
    StringBuilder line = new StringBuilder("timings (wall/cpu):");
    for (int i = 0; i < labels.size(); i++) {
      line.append(i == 0 ? " " : ", ").append(labels.get(i)).append(' ')
          .append(seconds(took.get(i), cpu.get(i)));
    }
    return line.append(labels.isEmpty() ? " " : ", ").append("total ")
        .append(seconds(nanos.getAsLong() - started, cpuNanos.getAsLong() - cpuStarted))
        .toString();
  }

  private static String seconds(long wall, long cpu) {
    return String.format(Locale.ROOT, "%.2f/%.2f s", wall / 1e9, cpu / 1e9);
  }
}
