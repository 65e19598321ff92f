package dev.discover.neural.internal;

import java.util.function.IntConsumer;

/**
 * Full-batch Adam (Kingma and Ba 2015; beta1 0.9, beta2 0.999) with the bias correction folded into the step
 * and the step cut to 30 % for the last quarter, for both small networks ({@link Mlp}, {@link Kan}). Written
 * by hand for the same reason as {@link Lbfgs}: ND4J's updaters work in its graph API, whose per-operation
 * overhead dominates at these sizes.
 */
public final class Adam {
  private Adam() {}

  /** The gradient of the objective (including any penalty) at a point. */
  @FunctionalInterface
  public interface Gradient {
    /** Writes the gradient at {@code w} (read only) into {@code g}. */
    void at(double[] w, double[] g);
  }

  /**
   * Minimises in place.
   *
   * @param w the starting point, overwritten by the result
   * @param grad the gradient
   * @param steps number of steps
   * @param lr learning rate
   * @param checkEvery the deadline is read every this many steps (a power of two)
   * @param deadlineNanos stop early at this {@link System#nanoTime()}
   * @param afterStep called with the step number (from 1) after each step
   */
  public static void minimise(double[] w, Gradient grad, int steps, double lr, int checkEvery, long deadlineNanos,
      IntConsumer afterStep) {
    if (Integer.bitCount(checkEvery) != 1) throw new IllegalArgumentException("checkEvery must be a power of two, got " + checkEvery);
    int np = w.length;
    double[] m = new double[np], v = new double[np], g = new double[np];
    double b1 = 0.9, b2 = 0.999;
    for (int it = 1; it <= steps; it++) {
      if ((it & (checkEvery - 1)) == 0 && System.nanoTime() > deadlineNanos) break;
      grad.at(w, g);
      double lrt = lr * Math.sqrt(1 - Math.pow(b2, it)) / (1 - Math.pow(b1, it));
      if (it > steps * 3 / 4) lrt *= 0.3;
      for (int j = 0; j < np; j++) {
        m[j] = b1 * m[j] + (1 - b1) * g[j];
        v[j] = b2 * v[j] + (1 - b2) * g[j] * g[j];
        w[j] -= lrt * m[j] / (Math.sqrt(v[j]) + 1e-12);
      }
      afterStep.accept(it);
    }
  }
}
