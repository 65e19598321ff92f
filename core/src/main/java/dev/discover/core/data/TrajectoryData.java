package dev.discover.core.data;

import java.util.List;
import java.util.Objects;

/**
 * Named trajectories of one system: what the CSV files hold and what the finders read.
 *
 * @param source where the data came from, for messages
 * @param variables the state variable names, in column order
 * @param trajectories one or more trajectories over those variables
 */
public record TrajectoryData(String source, List<String> variables, List<Trajectory> trajectories) {
  /** Checks that every trajectory has one value per variable. */
  public TrajectoryData {
    Objects.requireNonNull(source, "source");
    variables = List.copyOf(variables);
    trajectories = List.copyOf(trajectories);
    if (variables.isEmpty()) throw new IllegalArgumentException("no variables");
    if (trajectories.isEmpty()) throw new IllegalArgumentException("no trajectories");
    for (int k = 0; k < trajectories.size(); k++) {
      if (trajectories.get(k).dimension() != variables.size()) {
        throw new IllegalArgumentException("trajectory " + k + " has " + trajectories.get(k).dimension()
            + " variables but there are " + variables.size() + " names");
      }
    }
  }

  /** The total number of samples. */
  public int samples() { return trajectories.stream().mapToInt(Trajectory::size).sum(); }
}
