package dev.discover.testing;

import org.hipparchus.ode.ODEIntegrator;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;

/** x' = p, p' = -x from (1, 0): energy x^2 + p^2 = 1 is conserved by the flow. */
final class HarmonicOscillator implements OrdinaryDifferentialEquation {
  static final double[] START = {1, 0};

  @Override public int getDimension() { return 2; }

  @Override public double[] computeDerivatives(double t, double[] y) { return new double[] {y[1], -y[0]}; }

  /** Integrates from t = 0 to {@code tEnd}, recording every step. */
  static Recording run(ODEIntegrator integrator, double tEnd) {
    StepRecorder rec = new StepRecorder(java.util.List.of("x", "p"));
    integrator.addStepHandler(rec);
    integrator.integrate(new HarmonicOscillator(), new ODEState(0, START), tEnd);
    return rec.recording();
  }
}
