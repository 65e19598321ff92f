package dev.discover.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * One axis of a {@link Chart}: its range widened to round numbers and at most a given number of ticks at steps of
 * 1, 2 or 5 times a power of ten (decades, or every k-th decade, on a logarithmic axis, whose values are log10).
 */
record Axis(double lo, double hi, double step, boolean log) {
  /** A linear axis over [lo, hi] with at most {@code maxTicks} ticks. */
  static Axis linear(double lo, double hi, int maxTicks) {
    double raw = (hi - lo) / Math.max(1, maxTicks - 1);
    double p = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = 10 * p;
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * p >= raw) { step = m * p; break; }
    }
    return new Axis(Math.floor(lo / step + 1e-9) * step, Math.ceil(hi / step - 1e-9) * step, step, false);
  }

  /** A logarithmic axis over [lo, hi] (log10 units), whole decades, at most {@code maxTicks} ticks. */
  static Axis log(double lo, double hi, int maxTicks) {
    double a = Math.floor(lo), b = Math.max(a + 1, Math.ceil(hi));
    double step = Math.max(1, Math.ceil((b - a) / Math.max(1, maxTicks - 1)));
    return new Axis(a, b, step, true);
  }

  /** The tick values (log10 values on a log axis). */
  List<Double> ticks() {
    List<Double> out = new ArrayList<>();
    double first = Math.ceil(lo / step - 1e-9) * step;
    for (double t = first; t <= hi + step * 1e-9; t += step) out.add(Math.abs(t) < step * 1e-9 ? 0 : t);
    return out;
  }

  /** Where a value (log10 of it on a log axis) lies on the axis, 0 at lo and 1 at hi. */
  double position(double v) { return (v - lo) / (hi - lo); }

  /** A tick's label: "1e-5" on a log axis, a short decimal otherwise. */
  String label(double t) {
    if (!log) return Chart.tick(t, step);
    long k = Math.round(t);
    return k == 0 ? "1" : k == 1 ? "10" : "1e" + k;
  }
}
