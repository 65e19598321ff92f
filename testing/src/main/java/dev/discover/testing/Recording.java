package dev.discover.testing;

import dev.discover.core.Discovery;
import dev.discover.core.data.Trajectory;
import dev.discover.core.data.TrajectoryData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One trajectory to check: sample times and the state at each, with the names of the state's components
 * when they are known. Laws read the components by name when there are names, and in their own variable
 * order when there are none. States may hold NaN or infinities (a run that blew up): the check reports them
 * as unbounded drift.
 *
 * @param label how messages name the trajectory, e.g. "trajectory 2 of run.csv"
 * @param variables the names of the state components, or empty
 * @param times the sample times, finite
 * @param states the states, {@code states[i]} at {@code times[i]}, all of one length
 */
public record Recording(String label, List<String> variables, double[] times, double[][] states) {
  /** Checks the shapes and copies the arrays. */
  public Recording {
    Objects.requireNonNull(label, "label");
    variables = List.copyOf(variables);
    Objects.requireNonNull(times, "times");
    Objects.requireNonNull(states, "states");
    if (times.length != states.length) throw new IllegalArgumentException(label + ": " + times.length + " times but " + states.length + " states");
    if (times.length == 0) throw new IllegalArgumentException(label + ": no samples; a recording needs at least one");
    times = times.clone();
    double[][] c = new double[states.length][];
    int d = variables.isEmpty() ? states[0].length : variables.size();
    for (int i = 0; i < states.length; i++) {
      if (!Double.isFinite(times[i])) throw new IllegalArgumentException(label + ": time " + i + " is " + times[i] + ", expected a finite number");
      c[i] = states[i].clone();
      if (c[i].length != d) throw new IllegalArgumentException(label + ": state " + i + " has " + c[i].length + " values, expected " + d);
    }
    states = c;
  }

  /** Times and states whose components are in the laws' variable order; the arrays are copied. */
  public static Recording of(double[] times, double[][] states) {
    return new Recording("recording", List.of(), times, states);
  }

  /** Times and states with named components; the arrays are copied. */
  public static Recording of(double[] times, double[][] states, List<String> variables) {
    return new Recording("recording", variables, times, states);
  }

  /**
   * Every trajectory of a trajectory CSV file (header {@code t[,trajectory],x,y,...}), read by the engine's
   * reader: bad input throws {@link dev.discover.io.InputException} naming the file, line and column.
   */
  public static List<Recording> fromCsv(Path csv) {
    TrajectoryData data = Discovery.readTrajectories(csv);
    List<Recording> out = new ArrayList<>();
    int n = data.trajectories().size();
    for (int k = 0; k < n; k++) {
      Trajectory tr = data.trajectories().get(k);
      String label = n == 1 ? String.valueOf(csv.getFileName()) : "trajectory " + (k + 1) + " of " + csv.getFileName();
      out.add(new Recording(label, data.variables(), tr.t(), tr.x()));
    }
    return out;
  }

  /** The same samples under another label. */
  public Recording withLabel(String newLabel) { return new Recording(newLabel, variables, times, states); }

  /** The number of samples. */
  public int size() { return times.length; }

  /** Time i (no copy). */
  public double time(int i) { return times[i]; }

  /** State i (no copy: do not modify). */
  double[] state(int i) { return states[i]; }

  /** A copy of the times. */
  @Override public double[] times() { return times.clone(); }

  /** A copy of the states. */
  @Override public double[][] states() {
    double[][] c = new double[states.length][];
    for (int i = 0; i < states.length; i++) c[i] = states[i].clone();
    return c;
  }
}
