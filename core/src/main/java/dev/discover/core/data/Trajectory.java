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

  /**
   * The shortest half-period among the variables: the time span over the number of crossings of a band
   * around each variable's mean (the band, three noise deviations or a tenth of the spread, keeps noise near
   * the mean from counting); the whole span when no variable oscillates.
   *
   * @param noise the estimated noise standard deviation of each variable (not modified)
   */
  public double halfPeriod(double[] noise) {
    int n = t.length;
    double span = t[n - 1] - t[0];
    double halfPeriod = span;
    for (int j = 0; j < x[0].length; j++) {
      double mean = 0, sq = 0;
      for (double[] r : x) { mean += r[j]; sq += r[j] * r[j]; }
      mean /= n;
      double sd = Math.sqrt(Math.max(sq / n - mean * mean, 0));
      double band = Math.max(3 * noise[j], 0.1 * sd);
      int crossings = 0;
      int side = 0;
      for (int i = 0; i < n; i++) {
        int s = x[i][j] > mean + band ? 1 : (x[i][j] < mean - band ? -1 : 0);
        if (s != 0 && side != 0 && s != side) crossings++;
        if (s != 0) side = s;
      }
      halfPeriod = Math.min(halfPeriod, span / (crossings + 1));
    }
    return halfPeriod;
  }
}
