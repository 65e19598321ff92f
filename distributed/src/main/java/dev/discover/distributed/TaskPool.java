package dev.discover.distributed;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;

/**
 * Runs independent tasks on Spark, one Spark job of one task each, keeping a window of them submitted so that
 * every core stays busy, and hands each result to the caller as soon as it arrives (so a batch writes its results
 * as they come, and a lost executor costs only its running tasks, which Spark retries elsewhere).
 */
final class TaskPool {
  private TaskPool() {}

  /**
   * Runs {@code fn} on every input; {@code done} receives each result on the calling thread, in completion order;
   * {@code failed} turns a task that Spark gave up on (its cause) into a result.
   */
  static <T extends Serializable, R> void run(JavaSparkContext sc, List<T> inputs, int window, Function<T, R> fn,
      BiFunction<T, Throwable, R> failed, Consumer<R> done) {
    Deque<T> pending = new ArrayDeque<>(inputs);
    List<T> inFlight = new ArrayList<>();
    List<JavaFutureAction<List<R>>> futures = new ArrayList<>();
    while (!pending.isEmpty() || !inFlight.isEmpty()) {
      while (inFlight.size() < Math.max(1, window) && !pending.isEmpty()) {
        T in = pending.poll();
        inFlight.add(in);
        futures.add(sc.parallelize(List.of(in), 1).map(fn).collectAsync());
      }
      boolean progressed = false;
      Iterator<T> ins = inFlight.iterator();
      for (Iterator<JavaFutureAction<List<R>>> it = futures.iterator(); it.hasNext();) {
        JavaFutureAction<List<R>> f = it.next();
        T in = ins.next();
        if (!f.isDone()) continue;
        R r;
        try {
          r = f.get().get(0);
        } catch (ExecutionException e) {
          r = failed.apply(in, e.getCause() == null ? e : e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for Spark", e);
        }
        it.remove();
        ins.remove();
        done.accept(r);
        progressed = true;
      }
      if (!progressed) {
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for Spark", e);
        }
      }
    }
  }
}
