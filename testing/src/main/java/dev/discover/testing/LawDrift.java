package dev.discover.testing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * How far one law drifted from its first value, at its worst sample.
 *
 * @param law the law's name
 * @param initial H at the first sample of the recording where the worst drift happened
 * @param value H at the worst sample (NaN or infinite when the state or the law blew up there)
 * @param drift {@code |value - initial|}, the worst over every sample of every recording (infinite for a
 *     non-finite value)
 * @param bound the drift the tolerance allows for this law there
 * @param recording the label of the recording where it happened
 * @param step the sample index there (0 is the first sample; for a {@link StepRecorder}, the integrator's step)
 * @param time the time of that sample
 */
public record LawDrift(String law, double initial, double value, double drift, double bound, String recording,
    int step, double time) {
  /** Whether the law stayed within its tolerance at every sample. */
  public boolean conserved() { return drift <= bound; }

  /** {@code drift / |initial|}: infinite when the first value is 0 and the law moved, 0 when it did not. */
  public double relativeDrift() {
    if (drift == 0) return 0;
    return initial == 0 ? Double.POSITIVE_INFINITY : drift / Math.abs(initial);
  }

  /** One line: the law, the worst drift (absolute and relative), where and when, and what was allowed. */
  public String describe() {
    String rel = initial == 0 ? "H(t0) = 0" : String.format(Locale.ROOT, "relative %.3e", relativeDrift());
    return String.format(Locale.ROOT, "law %s: worst drift %.3e (%s) at t = %s, step %d of %s: H went from %s to %s; allowed %.3e",
        law, drift, rel, digits(time, 6), step, recording, digits(initial, 10), digits(value, 10), bound);
  }

  /** {@code v} to {@code n} significant digits, without trailing zeros: 2, 1.22, 3E-12, NaN. */
  private static String digits(double v, int n) {
    if (!Double.isFinite(v)) return Double.toString(v);
    if (v == 0) return "0";
    return new BigDecimal(v).round(new MathContext(n)).stripTrailingZeros().toString();
  }
}
