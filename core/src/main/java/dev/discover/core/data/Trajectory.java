package dev.discover.core.data;

import java.util.Objects;

/**
 * One sampled trajectory: strictly increasing times and the state at each.
 *
 * @param t the sample times
 * @param x the states, {@code x[i]} at {@code t[i]}, all of one length
 */
public record Trajectory(double[] t, double[][] x) {
  /** Checks the shapes and copies the arrays. */
  public Trajectory {
    Objects.requireNonNull(t, "t");
    Objects.requireNonNull(x, "x");
    if (t.length != x.length) throw new IllegalArgumentException("t has " + t.length + " samples but x has " + x.length);
    if (t.length == 0) throw new IllegalArgumentException("a trajectory needs at least one sample");
    t = t.clone();
    double[][] c = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      c[i] = x[i].clone();
      if (c[i].length != c[0].length) throw new IllegalArgumentException("state " + i + " has " + c[i].length + " values, expected " + c[0].length);
    }
    x = c;
  }

  /** A copy of the times. */
  @Override public double[] t() { return t.clone(); }

  /** A copy of the states. */
  @Override public double[][] x() {
    double[][] c = new double[x.length][];
    for (int i = 0; i < x.length; i++) c[i] = x[i].clone();
    return c;
  }

  /** The number of samples. */
  public int size() { return t.length; }

  /** The number of state variables. */
  public int dimension() { return x[0].length; }

  /** Time i (no copy). */
  public double time(int i) { return t[i]; }

  /** Variable j at sample i (no copy). */
  public double value(int i, int j) { return x[i][j]; }

  /** A copy of variable j over time. */
  public double[] column(int j) {
    double[] c = new double[t.length];
    for (int i = 0; i < t.length; i++) c[i] = x[i][j];
    return c;
  }
}
