package org.isnad;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A run's worker threads: work applied to each item of a list on {@code threads} threads,
 * results always in the items' order, whatever the threads' timing.
 *
 * <p>Thread safe; holds no state but the thread count.
 */
final class Workers {
  /** Each worker's stack: a large one lets third-party parsers survive deeply nested pages. */
  private static final long STACK_BYTES = 64L << 20;
  private final int threads;

  Workers(int threads) {
    this.threads = threads;
  }

  /**
   * {@code work} on each item on daemon threads with large stacks, at most {@code threads * 8}
   * items in hand at once. Each item is taken out of {@code items} (its slot set to null) as it
   * is handed over, so the list lets go of it; {@code kept} is what stays of it to record a crash
   * with ({@code crashed}: a bug of ours costs that item, never the run).
   */
  <A, K, B> List<B> windowed(List<A> items, Function<A, K> kept, Function<A, B> work,
      BiFunction<K, Throwable, B> crashed) {
    return streamed(sink -> {
      for (int i = 0; i < items.size(); i++) {
        sink.accept(items.set(i, null));
      }
    }, threads * 8, kept, work, crashed);
  }

  /**
   * {@code work} on each item {@code source} hands over, as soon as it is handed over: the
   * source runs on the caller's thread while the workers take the items, and the results are in
   * the order the items were handed over, whatever the threads' timing. At most {@code window}
   * items are in hand at once (the source waits for the oldest when they are); {@code kept} and
   * {@code crashed} as in {@link #windowed}.
   */
  <A, K, B> List<B> streamed(Consumer<Consumer<A>> source, int window, Function<A, K> kept,
      Function<A, B> work, BiFunction<K, Throwable, B> crashed) {
    List<B> done = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads, Workers::daemon);
    try {
      Deque<Pending<K, B>> running = new ArrayDeque<>();
      source.accept(item -> {
        running.add(new Pending<>(kept.apply(item), pool.submit(() -> work.apply(item))));
        if (running.size() >= window) {
          done.add(running.poll().await(crashed));
        }
      });
      while (!running.isEmpty()) {
        done.add(running.poll().await(crashed));
      }
      return done;
    } finally {
      pool.shutdownNow();
    }
  }

  /** An item in a worker's hands: what is kept of it, and its result to come. */
  private record Pending<K, B>(K kept, Future<B> result) {
    B await(BiFunction<K, Throwable, B> crashed) {
      try {
        return result.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return crashed.apply(kept, e);
      } catch (ExecutionException e) {
        return crashed.apply(kept, e.getCause());
      }
    }
  }

  /**
   * {@code work} applied to each item on a fork-join pool of the run's threads, results in the
   * items' order; one step of {@code progress} per item. A failure fails the call.
   */
  <A, B> List<B> inOrder(List<A> items, Function<A, B> work, ProgressListener progress) {
    return inPool(() -> items.parallelStream().map(item -> {
      try {
        return work.apply(item);
      } finally {
        progress.step();
      }
    }).toList());
  }

  /**
   * {@code work} started at once on a thread of its own, beside whatever the caller does next;
   * the supplier returned waits for its result (a failure fails that call). The result is the
   * same whatever the threads' timing when {@code work} reads nothing the caller changes.
   */
  <T> Supplier<T> aside(Supplier<T> work) {
    FutureTask<T> task = new FutureTask<>(work::get);
    daemon(task).start();
    return () -> {
      try {
        return task.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for work aside", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("work aside failed: " + e.getCause(), e.getCause());
      }
    };
  }

  private <T> T inPool(Callable<T> work) {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(work).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while annotating", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("annotation failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(null, runnable, "isnad-worker", STACK_BYTES);
    thread.setDaemon(true);
    return thread;
  }
}
