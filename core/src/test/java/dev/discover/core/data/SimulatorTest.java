package dev.discover.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.core.data.internal.Simulator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The simulator samples the exact solution at multiples of dt, reproducibly, and reports blow-ups. */
class SimulatorTest {
  private static final double ODE_TOL = 1e-8;

  @Test
  void simulate_matchesHarmonicOscillatorSolutionAtMultiplesOfDt() {
    TrajectoryData d = Simulator.simulate(TestSystems.system(TestSystems.OSCILLATOR),
        SimulateOptions.of(10, 0.05).withInitial(List.of(new double[] {1, 0})));
    Trajectory tr = d.trajectories().get(0);
    assertEquals(200, tr.size());
    for (int i = 0; i < tr.size(); i++) {
      assertEquals(i * 0.05, tr.time(i), 1e-12);
      assertEquals(Math.cos(tr.time(i)), tr.value(i, 0), ODE_TOL);
      assertEquals(-Math.sin(tr.time(i)), tr.value(i, 1), ODE_TOL);
    }
  }

  @Test
  void simulate_drawsSeededStatesFromTheSamplingDomain() {
    SimulateOptions o = SimulateOptions.of(1, 0.1).withTrajectories(4).withSeed(9);
    TrajectoryData a = Simulator.simulate(TestSystems.system(TestSystems.KEPLER), o);
    TrajectoryData b = Simulator.simulate(TestSystems.system(TestSystems.KEPLER), o);
    assertEquals(4, a.trajectories().size());
    for (int k = 0; k < 4; k++) {
      double[] x0 = a.trajectories().get(k).x()[0];
      assertArrayEquals(x0, b.trajectories().get(k).x()[0], 0.0);
      assertTrue(x0[0] >= 0.8 && x0[0] <= 1.2 && x0[3] >= 0.8 && x0[3] <= 1.2);
    }
  }

  @Test
  void simulate_addsSeededGaussianNoiseOfTheGivenSize() {
    SimulateOptions o = SimulateOptions.of(100, 0.01).withInitial(List.of(new double[] {1, 0}));
    Trajectory clean = Simulator.simulate(TestSystems.system(TestSystems.OSCILLATOR), o).trajectories().get(0);
    Trajectory noisy = Simulator.simulate(TestSystems.system(TestSystems.OSCILLATOR), o.withNoise(0.1)).trajectories().get(0);
    double ss = 0;
    for (int i = 0; i < clean.size(); i++) { double e = noisy.value(i, 0) - clean.value(i, 0); ss += e * e; }
    assertEquals(0.1, Math.sqrt(ss / clean.size()), 0.005);
  }

  @Test
  void simulate_reportsBlowUpWithTheTime() {
    SimulationException e = assertThrows(SimulationException.class, () -> Simulator.simulate(
        TestSystems.system("{\"variables\":[\"x\"],\"equations\":{\"x\":\"x^2\"},\"basis\":{\"polynomial_degree\":1}}"),
        SimulateOptions.of(5, 0.01).withInitial(List.of(new double[] {1}))));
    assertTrue(e.getMessage().contains("blow-up near t = 1"), e.getMessage());
  }

  @Test
  void options_rejectNonPositiveStep() {
    assertThrows(IllegalArgumentException.class, () -> SimulateOptions.of(1, 0));
    assertThrows(IllegalArgumentException.class, () -> SimulateOptions.of(1, 0.1).withNoise(-1));
  }
}
