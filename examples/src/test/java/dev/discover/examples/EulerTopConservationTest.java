package dev.discover.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.core.Discovery;
import dev.discover.core.DynamicalSystem;
import dev.discover.core.LawSearchResult;
import dev.discover.core.SystemFile;
import dev.discover.core.SystemSpec;
import dev.discover.testing.Conservation;
import dev.discover.testing.DriftReport;
import dev.discover.testing.StepRecorder;
import dev.discover.testing.Tolerance;
import java.nio.file.Path;
import org.hipparchus.ode.ODEIntegrator;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.ClassicalRungeKuttaIntegrator;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.Test;

/**
 * A simulation test as a user of the engine writes one: the laws of systems/euler-top.json come from the
 * engine, a Hipparchus integrator runs the same equations, and the testing API checks every law along the run.
 */
class EulerTopConservationTest {
  private static final Path SYSTEM = Path.of("..", "systems", "euler-top.json");
  private static final double[] START = {1.0, 0.5, -0.3};

  @Test
  void dormandPrince853_conservesBothLawsTheEngineFinds() {
    SystemSpec spec = SystemFile.load(SYSTEM);
    LawSearchResult laws = Discovery.findLaws(spec);
    assertEquals(2, laws.independentCount(), "kinetic energy and squared angular momentum");
    DriftReport report = Conservation.assertConserved(laws, run(spec, new DormandPrince853Integrator(1e-6, 1, 1e-12, 1e-12), 100),
        Tolerance.relative(1e-9));
    assertEquals(2, report.drifts().size());
  }

  @Test
  void coarseRungeKutta_driftsAndTheFailureNamesTheLaw() {
    SystemSpec spec = SystemFile.load(SYSTEM);
    LawSearchResult laws = Discovery.findLaws(spec);
    AssertionError e = assertThrows(AssertionError.class,
        () -> Conservation.assertConserved(laws, run(spec, new ClassicalRungeKuttaIntegrator(0.5), 100), Tolerance.relative(1e-9)));
    assertTrue(e.getMessage().contains("law " + laws.laws().get(0).expression() + ": worst drift"), e.getMessage());
  }

  /** Integrates the system file's own equations (compiled by the engine) from START, recording every step. */
  private static dev.discover.testing.Recording run(SystemSpec spec, ODEIntegrator integrator, double tEnd) {
    DynamicalSystem system = DynamicalSystem.of(spec);
    OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
      @Override public int getDimension() { return system.dimension(); }
      @Override public double[] computeDerivatives(double t, double[] x) {
        double[] dx = new double[x.length];
        system.rhs(x, dx);
        return dx;
      }
    };
    StepRecorder recorder = new StepRecorder(system.variables());
    integrator.addStepHandler(recorder);
    integrator.integrate(ode, new ODEState(0, START), tEnd);
    return recorder.recording();
  }
}
