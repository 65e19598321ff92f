package dev.discover.cli;

import dev.discover.core.InputException;
import dev.discover.core.data.Trajectory;
import dev.discover.core.data.TrajectoryData;
import dev.discover.neural.Dataset;
import java.util.Locale;

/**
 * Refuses data whose values the searches cannot square without overflow: every library term, regression and
 * network multiplies values, so a value beyond 1e150 (whose square is beyond 1e300) ends in infinities deep
 * inside a search. Checked once on the data, before any work, with the file and column named.
 */
final class DataRange {
  /** The largest magnitude accepted; data beyond it must be rescaled. */
  static final double MAX_MAGNITUDE = 1e150;

  private DataRange() {}

  /** Checks every column and the time of trajectory data. */
  static TrajectoryData check(TrajectoryData data, String file) {
    for (Trajectory tr : data.trajectories()) {
      for (int i = 0; i < tr.size(); i++) {
        check(tr.time(i), file, "t");
        for (int j = 0; j < tr.dimension(); j++) check(tr.value(i, j), file, data.variables().get(j));
      }
    }
    return data;
  }

  /** Checks every input column and the target of formula data. */
  static Dataset check(Dataset data, String file) {
    for (int i = 0; i < data.rows(); i++) {
      for (int j = 0; j < data.inputs(); j++) check(data.x(j, i), file, data.names().get(j));
      check(data.y(i), file, data.targetName());
    }
    return data;
  }

  private static void check(double v, String file, String column) {
    if (!(Math.abs(v) <= MAX_MAGNITUDE)) {
      throw new InputException(file + ": column '" + column + "': value " + String.format(Locale.ROOT, "%.3g", v)
          + " is beyond " + String.format(Locale.ROOT, "%.0e", MAX_MAGNITUDE) + " in magnitude (or not finite); the search"
          + " multiplies values, which would overflow: rescale the column");
    }
  }
}
