package dev.discover.core.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Options of {@link Simulator}: samples at t = 0, dt, 2 dt, ... below tEnd.
 *
 * @param tEnd the end time (exclusive), &gt; 0
 * @param dt the sampling interval, &gt; 0
 * @param initial the initial states, one per trajectory; empty to draw {@code trajectories} states from the
 *     system's sampling domain (uniform ranges, else standard normal)
 * @param trajectories the number of trajectories when {@code initial} is empty
 * @param seed the seed of the drawn initial states and of the noise
 * @param noise the standard deviation of Gaussian noise added to every state value, &gt;= 0
 * @param relativeTolerance the integrator's relative tolerance
 * @param absoluteTolerance the integrator's absolute tolerance
 * @param blowUp states larger than this in absolute value count as a blow-up
 */
public record SimulateOptions(double tEnd, double dt, List<double[]> initial, int trajectories, long seed,
    double noise, double relativeTolerance, double absoluteTolerance, double blowUp) {
  /** The most samples per trajectory. */
  public static final long MAX_SAMPLES = 50_000_000L;

  /** Checks the values and copies the initial states. */
  public SimulateOptions {
    if (!(tEnd > 0) || !Double.isFinite(tEnd)) throw new IllegalArgumentException("t-end must be a positive number, got " + tEnd);
    if (!(dt > 0) || !Double.isFinite(dt)) throw new IllegalArgumentException("dt must be a positive number, got " + dt);
    if (Math.ceil(tEnd / dt) > MAX_SAMPLES) {
      throw new IllegalArgumentException("t-end / dt = " + (long) Math.ceil(tEnd / dt) + " samples per trajectory, more than " + MAX_SAMPLES);
    }
    List<double[]> c = new ArrayList<>();
    for (double[] s : initial) {
      for (double v : s) if (!Double.isFinite(v)) throw new IllegalArgumentException("initial states must be finite");
      c.add(s.clone());
    }
    initial = List.copyOf(c);
    if (trajectories < 1) throw new IllegalArgumentException("trajectories must be >= 1, got " + trajectories);
    if (!(noise >= 0) || !Double.isFinite(noise)) throw new IllegalArgumentException("noise must be >= 0, got " + noise);
    if (!(relativeTolerance > 0 && absoluteTolerance > 0)) throw new IllegalArgumentException("tolerances must be > 0");
    if (!(blowUp > 0)) throw new IllegalArgumentException("blowUp must be > 0, got " + blowUp);
  }

  /** Defaults: one trajectory drawn with seed 1, no noise, tolerances 1e-10 relative and 1e-12 absolute. */
  public static SimulateOptions of(double tEnd, double dt) {
    return new SimulateOptions(tEnd, dt, List.of(), 1, 1, 0, 1e-10, 1e-12, 1e12);
  }

  /** A copy of the initial states. */
  @Override public List<double[]> initial() {
    List<double[]> c = new ArrayList<>();
    for (double[] s : initial) c.add(s.clone());
    return c;
  }

  /** The number of trajectories that will be simulated. */
  public int count() { return initial.isEmpty() ? trajectories : initial.size(); }

  /** The same with these initial states. */
  public SimulateOptions withInitial(List<double[]> states) {
    return new SimulateOptions(tEnd, dt, states, trajectories, seed, noise, relativeTolerance, absoluteTolerance, blowUp);
  }

  /** The same with this number of drawn trajectories (and no given initial states). */
  public SimulateOptions withTrajectories(int n) {
    return new SimulateOptions(tEnd, dt, List.of(), n, seed, noise, relativeTolerance, absoluteTolerance, blowUp);
  }

  /** The same with another seed. */
  public SimulateOptions withSeed(long s) {
    return new SimulateOptions(tEnd, dt, initial, trajectories, s, noise, relativeTolerance, absoluteTolerance, blowUp);
  }

  /** The same with another noise level. */
  public SimulateOptions withNoise(double sigma) {
    return new SimulateOptions(tEnd, dt, initial, trajectories, seed, sigma, relativeTolerance, absoluteTolerance, blowUp);
  }
}
