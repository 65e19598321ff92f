package dev.discover.testing;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;

/**
 * A Hipparchus step handler that records the primary state at the start of an integration and at the end of
 * every step the integrator takes, so that "step k" in a report is the integrator's k-th step. Add it with
 * {@code integrator.addStepHandler(recorder)}, integrate, then take {@link #recording()}. Successive
 * {@code integrate} calls that continue from where the last one stopped extend the same recording (the
 * repeated start state is not recorded twice). Not thread-safe.
 */
public final class StepRecorder implements ODEStepHandler {
  private final List<String> variables;
  private final List<Double> times = new ArrayList<>();
  private final List<double[]> states = new ArrayList<>();

  /** A recorder whose states are in the laws' variable order. */
  public StepRecorder() { this(List.of()); }

  /** A recorder whose state components carry these names (the order of the ODE's state vector). */
  public StepRecorder(List<String> variables) { this.variables = List.copyOf(variables); }

  @Override public void init(ODEStateAndDerivative initialState, double finalTime) {
    double t = initialState.getTime();
    if (times.isEmpty() || times.get(times.size() - 1) != t) add(t, initialState.getPrimaryState());
  }

  @Override public void handleStep(ODEStateInterpolator interpolator) {
    ODEStateAndDerivative s = interpolator.getCurrentState();
    add(s.getTime(), s.getPrimaryState());
  }

  private void add(double t, double[] state) {
    times.add(t);
    states.add(state.clone());
  }

  /** The number of states recorded so far: the start state plus one per step. */
  public int size() { return times.size(); }

  /** What was recorded so far, labelled "integrator run"; throws {@link IllegalStateException} before any integration. */
  public Recording recording() {
    if (times.isEmpty()) throw new IllegalStateException("nothing recorded: add the recorder to an integrator and integrate first");
    double[] t = new double[times.size()];
    for (int i = 0; i < t.length; i++) t[i] = times.get(i);
    return new Recording("integrator run", variables, t, states.toArray(new double[0][]));
  }
}
