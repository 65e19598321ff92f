package dev.discover.neural.internal;

/** Mean and spread of a column, for standardising the networks' inputs and targets. */
final class Moments {
  private Moments() {}

  /** The arithmetic mean. */
  static double mean(double[] v) {
    double s = 0;
    for (double d : v) s += d;
    return s / v.length;
  }

  /** The population standard deviation about {@code m}, or 1 for a constant column (nothing to scale). */
  static double std(double[] v, double m) {
    double s = 0;
    for (double d : v) s += (d - m) * (d - m);
    double r = Math.sqrt(s / v.length);
    return r > 0 ? r : 1;
  }
}
