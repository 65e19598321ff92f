package dev.discover.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.core.Discovery;
import dev.discover.core.LawSearchResult;
import java.util.List;
import java.util.Locale;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.nonstiff.EulerIntegrator;
import org.junit.jupiter.api.Test;

class ConservationTest {
  private static final double H = 0.01;
  private static final int STEPS = 1000;
  private static final Law ENERGY = Law.parse("x^2 + p^2", "x", "p");

  @Test
  void explicitEuler_onHarmonicOscillator_failsNamingTheEnergyAndItsDrift() {
    Recording run = HarmonicOscillator.run(new EulerIntegrator(H), H * STEPS);
    AssertionError e = assertThrows(AssertionError.class,
        () -> Conservation.assertConserved(ENERGY, run, Tolerance.relative(1e-3)));
    // each Euler step multiplies x^2 + p^2 by exactly 1 + h^2, so the worst drift is the last step's
    double expected = Math.pow(1 + H * H, STEPS) - 1;
    String msg = e.getMessage();
    assertTrue(msg.contains("x^2 + p^2"), msg);
    assertTrue(msg.contains(String.format(Locale.ROOT, "worst drift %.3e", expected)), msg);
    assertTrue(msg.contains("step " + STEPS + " of integrator run"), msg);
    assertTrue(msg.startsWith("1 of 1 law not conserved within relative 0.00100"), msg);
    LawDrift d = Conservation.check(List.of(ENERGY), run, Tolerance.relative(1e-3)).drift("x^2 + p^2");
    assertEquals(expected, d.relativeDrift(), 1e-9 * expected);
    assertEquals(H * STEPS, d.time(), 1e-9);
    assertEquals(STEPS, d.step());
  }

  @Test
  void dormandPrince853_onHarmonicOscillator_conservesEnergyToTenDigits() {
    Recording run = HarmonicOscillator.run(new DormandPrince853Integrator(1e-6, 1, 1e-13, 1e-13), 50);
    DriftReport r = Conservation.assertConserved(ENERGY, run, Tolerance.relative(1e-10));
    assertTrue(r.passed());
    assertTrue(r.drifts().get(0).drift() > 0, "rounding makes some drift: the check looked at the samples");
    assertTrue(run.size() > 10, "the recorder saw every step: " + run.size());
  }

  @Test
  void stormerVerlet_fromArrays_keepsEnergyBoundedWhereEulerWouldFail() {
    int n = 100_000; // t = 1000: a thousand times Euler's failing run
    double[] t = new double[n + 1];
    double[][] s = new double[n + 1][];
    double x = 1, p = 0;
    s[0] = new double[] {x, p};
    for (int i = 1; i <= n; i++) {
      p -= H / 2 * x;
      x += H * p;
      p -= H / 2 * x;
      t[i] = i * H;
      s[i] = new double[] {x, p};
    }
    Recording run = Recording.of(t, s);
    // the symplectic method's energy error stays of order h^2 for ever
    DriftReport ok = Conservation.assertConserved(List.of(ENERGY), run, Tolerance.relative(H * H));
    assertTrue(ok.drifts().get(0).relativeDrift() > H * H / 100, "the bounded oscillation is seen: " + ok.message());
    assertFalse(Conservation.check(List.of(ENERGY), run, Tolerance.relative(H * H / 100)).passed());
  }

  @Test
  void lawsFoundByTheEngine_areCheckedByName_andAMissingLawIsReported() {
    LawSearchResult found = Discovery.system("x", "p").equation("x", "p").equation("p", "-x").polynomialBasis(2).findLaws();
    assertEquals(1, found.independentCount());
    Recording good = HarmonicOscillator.run(new DormandPrince853Integrator(1e-6, 1, 1e-12, 1e-12), 20);
    Conservation.assertConserved(found, good, Tolerance.relative(1e-9));
    Recording bad = HarmonicOscillator.run(new EulerIntegrator(0.05), 20);
    AssertionError e = assertThrows(AssertionError.class, () -> Conservation.assertConserved(found, bad, Tolerance.relative(1e-3)));
    assertTrue(e.getMessage().contains("law " + found.laws().get(0).expression() + ":"), e.getMessage());
  }

  @Test
  void lawWhoseFirstValueIsZero_needsAnAbsolutePart() {
    Law momentum = Law.parse("x*py - y*px", "x", "y", "px", "py");
    double[] t = {0, 1, 2};
    double[][] s = {{1, 0, 0, 0}, {1, 0, 0, 1e-12}, {1, 0, 0, -3e-12}};
    Recording r = Recording.of(t, s);
    AssertionError e = assertThrows(AssertionError.class, () -> Conservation.assertConserved(momentum, r, Tolerance.relative(1e-6)));
    assertTrue(e.getMessage().contains("H(t0) = 0"), e.getMessage());
    assertTrue(e.getMessage().contains("at t = 2, step 2"), e.getMessage());
    Conservation.assertConserved(momentum, r, Tolerance.of(1e-11, 1e-6));
    assertThrows(AssertionError.class, () -> Conservation.assertConserved(momentum, r, Tolerance.absolute(1e-12)));
  }

  @Test
  void blowUp_isUnboundedDriftAtTheFirstNonFiniteSample() {
    double[][] s = {{1, 0}, {1.5, 0}, {Double.NaN, 0}, {Double.POSITIVE_INFINITY, 0}};
    Recording r = Recording.of(new double[] {0, 1, 2, 3}, s);
    LawDrift d = Conservation.check(List.of(ENERGY), r, Tolerance.absolute(10)).drifts().get(0);
    assertFalse(d.conserved());
    assertEquals(2, d.step());
    assertTrue(Double.isInfinite(d.drift()));
  }

  @Test
  void handWrittenLaw_withParameters_andJavaFunction_agree() {
    Law parsed = Law.parse("m*v^2/2 + k*x^2/2", List.of("x", "v"), java.util.Map.of("m", 2.0, "k", 0.5));
    Law lambda = Law.of("energy", List.of("x", "v"), s -> s[1] * s[1] + s[0] * s[0] / 4);
    double[] state = {0.3, -1.7};
    assertEquals(lambda.valueAt(state), parsed.valueAt(state), 1e-15);
  }

  @Test
  void badLaws_andMismatchedRecordings_sayWhatIsWrong() {
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Law.parse("x^2 + q^2", "x", "p"));
    assertTrue(unknown.getMessage().contains("law 'x^2 + q^2': unknown name(s) [q]"), unknown.getMessage());
    IllegalArgumentException syntax = assertThrows(IllegalArgumentException.class, () -> Law.parse("x^2 +", "x"));
    assertTrue(syntax.getMessage().startsWith("law 'x^2 +': "), syntax.getMessage());
    Recording named = Recording.of(new double[] {0, 1}, new double[][] {{1, 2}, {1, 2}}, List.of("x", "y"));
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> Conservation.check(List.of(ENERGY), named, Tolerance.relative(1e-9)));
    assertTrue(missing.getMessage().contains("reads variable 'p', which recording does not have"), missing.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Tolerance.relative(-1));
    assertThrows(IllegalArgumentException.class, () -> Tolerance.of(0, 0));
    assertThrows(IllegalStateException.class, () -> new StepRecorder().recording());
  }
}
