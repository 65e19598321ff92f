package dev.discover.cli;

import dev.discover.io.InputException;
import dev.discover.core.data.Trajectory;
import dev.discover.core.data.TrajectoryData;
import dev.discover.neural.Dataset;
import java.util.Locale;

/**
 * Refuses data whose values the searches cannot square without overflow: every library term, regression and
 * network multiplies values, so a value beyond 1e150 (whose square is beyond 1e300) ends in infinities deep
 * inside a search; a regression over monomials of degree d squares terms of size |x|^d, so there the bound is
 * 10^(150/d). Checked once on the data, before any work, with the file and column named.
 */
final class DataRange {
  /** The largest magnitude accepted; data beyond it must be rescaled. */
  static final double MAX_MAGNITUDE = 1e150;

  private DataRange() {}

  /** Checks every column and the time of trajectory data for a regression over monomials up to {@code degree}. */
  static TrajectoryData check(TrajectoryData data, String file, int degree) {
    double bound = Math.pow(10, 150.0 / Math.max(1, degree));
    String why = degree > 1 ? "; monomials of degree " + degree + " of it would overflow when squared" : "";
    for (Trajectory tr : data.trajectories()) {
      for (int i = 0; i < tr.size(); i++) {
        check(tr.time(i), file, "t", MAX_MAGNITUDE, "");
        for (int j = 0; j < tr.dimension(); j++) check(tr.value(i, j), file, data.variables().get(j), bound, why);
      }
    }
    return data;
  }

  /**
   * Checks every input column of formula data; the target needs only be finite, since the search rescales a
   * target near the ends of the double range by a power of ten and scales its formula back.
   */
  static Dataset check(Dataset data, String file) {
    for (int i = 0; i < data.rows(); i++) {
      for (int j = 0; j < data.inputs(); j++) check(data.x(j, i), file, data.names().get(j), MAX_MAGNITUDE, "");
      check(data.y(i), file, data.targetName(), Double.MAX_VALUE, "");
    }
    return data;
  }

  private static void check(double v, String file, String column, double bound, String why) {
    if (!(Math.abs(v) <= bound)) {
      throw new InputException(file + ": column '" + column + "': value " + String.format(Locale.ROOT, "%.3g", v)
          + " is beyond " + String.format(Locale.ROOT, "%.3g", bound) + " in magnitude (or not finite); the search"
          + " multiplies values, which would overflow" + why + ": rescale the column");
    }
  }
}
