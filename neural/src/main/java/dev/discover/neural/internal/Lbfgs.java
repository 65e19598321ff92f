package dev.discover.neural.internal;

/**
 * Limited-memory BFGS (memory 8) with a backtracking Armijo line search, in double precision, for the last
 * digits of the small networks' training. Written by hand because Hipparchus has no quasi-Newton
 * optimiser with limited memory (its {@code NonLinearConjugateGradientOptimizer} converges far more slowly
 * on these losses) and ND4J's optimisers work in its graph API, whose per-operation overhead dominates at
 * these sizes.
 */
public final class Lbfgs {
  private Lbfgs() {}

  /** A smooth objective: its value, and its gradient evaluated only at accepted points. */
  public interface Objective {
    /** The value at {@code w} (read only). */
    double value(double[] w);

    /** The gradient at {@code w} (read only); a fresh array. */
    double[] gradient(double[] w);
  }

  /**
   * Minimises from {@code start}; stops after {@code iters} iterations, at the deadline, or when a line
   * search finds no decrease.
   *
   * @param f the objective
   * @param start starting point (read only)
   * @param iters iteration limit
   * @param deadlineNanos stop at this {@link System#nanoTime()}
   * @return the best point found, a fresh array
   */
  public static double[] minimise(Objective f, double[] start, int iters, long deadlineNanos) {
    int mem = 8;
    double[] w = start.clone();
    int n = w.length;
    double[][] s = new double[mem][], yv = new double[mem][];
    double[] rho = new double[mem];
    int count = 0;
    double fw = f.value(w);
    double[] g = f.gradient(w);
    for (int it = 0; it < iters && System.nanoTime() < deadlineNanos; it++) {
      double[] q = g.clone();
      int used = Math.min(count, mem);
      double[] alpha = new double[mem];
      for (int c = 0; c < used; c++) {
        int i = (count - 1 - c) % mem;
        alpha[i] = rho[i] * dot(s[i], q);
        axpy(-alpha[i], yv[i], q);
      }
      if (used > 0) {
        int last = (count - 1) % mem;
        double gamma = dot(s[last], yv[last]) / dot(yv[last], yv[last]);
        for (int j = 0; j < n; j++) q[j] *= gamma;
      } else {
        double gn = Math.sqrt(dot(g, g));
        for (int j = 0; j < n; j++) q[j] *= 1e-3 / Math.max(gn, 1e-12);
      }
      for (int c = used - 1; c >= 0; c--) {
        int i = (count - 1 - c) % mem;
        double beta = rho[i] * dot(yv[i], q);
        axpy(alpha[i] - beta, s[i], q);
      }
      double gd = -dot(g, q);
      if (gd >= 0) { count = 0; continue; }
      double step = 1;
      double[] wn = new double[n];
      double fn = Double.POSITIVE_INFINITY;
      for (int ls = 0; ls < 20; ls++) {
        for (int j = 0; j < n; j++) wn[j] = w[j] - step * q[j];
        fn = f.value(wn);
        if (fn <= fw + 1e-4 * step * gd) break;
        step *= 0.5;
      }
      if (!(fn < fw)) break;
      double[] gn = f.gradient(wn);
      int i = count % mem;
      s[i] = new double[n];
      yv[i] = new double[n];
      for (int j = 0; j < n; j++) { s[i][j] = wn[j] - w[j]; yv[i][j] = gn[j] - g[j]; }
      double sy = dot(s[i], yv[i]);
      if (sy > 1e-300) { rho[i] = 1 / sy; count++; }
      w = wn;
      g = gn;
      fw = fn;
    }
    return w;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) y[i] += a * x[i];
  }
}
