package org.isnad.serve;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * One add at a time through a server: an upload ({@code POST /api/v1/documents}) and an add
 * handed over by {@code isnad add} ({@code POST /api/v1/store/adds}) share it. Another add
 * meanwhile is answered 409 (not queued); an {@link IllegalArgumentException} out of the add (the
 * store is locked by another process) is a 409 too. Thread safe.
 */
final class AddGuard {
  private final AtomicBoolean busy = new AtomicBoolean();

  /** Runs {@code add} unless another add runs. */
  <T> T run(String busyDetail, Supplier<T> add) {
    if (!busy.compareAndSet(false, true)) {
      throw new ProblemException(Problem.busy(busyDetail));
    }
    try {
      return add.get();
    } catch (IllegalArgumentException e) {
      throw new ProblemException(Problem.busy(e.getMessage()));
    } finally {
      busy.set(false);
    }
  }
}
