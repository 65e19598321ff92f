package dev.discover.sparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Derivative estimators against d/dt sin t = cos t, on uneven grids, clean and noisy. */
class DerivativeTest {
  private static final double CLEAN_TOL = 1e-6;

  private static double[] unevenTimes(int n, double span, long seed) {
    Random r = new Random(seed);
    double[] t = new double[n];
    for (int i = 1; i < n; i++) t[i] = t[i - 1] + span / n * (0.5 + r.nextDouble());
    return t;
  }

  private static double rmsError(double[] t, double[] d, int skip) {
    double s = 0;
    int k = 0;
    for (int i = skip; i < t.length - skip; i++) { double e = d[i] - Math.cos(t[i]); s += e * e; k++; }
    return Math.sqrt(s / k);
  }

  private static double[] sin(double[] t, double noise, long seed) {
    Random r = new Random(seed);
    double[] x = new double[t.length];
    for (int i = 0; i < t.length; i++) x[i] = Math.sin(t[i]) + noise * r.nextGaussian();
    return x;
  }

  @Test
  void finiteDifference_isSixthOrderAccurateOnUnevenGrid() {
    double[] t = unevenTimes(400, 2 * Math.PI, 1);
    double[] d = FiniteDifference.derivative(t, sin(t, 0, 1), 3);
    assertTrue(rmsError(t, d, 0) < CLEAN_TOL, "error " + rmsError(t, d, 0));
  }

  @Test
  void finiteDifferenceWeights_reproduceLinearFunctionsExactly() {
    double[] z = {-0.3, -0.1, 0, 0.2, 0.7};
    double[][] c = new double[5][2];
    FiniteDifference.weights(z, c);
    double slope = 0, sum = 0;
    for (int k = 0; k < 5; k++) { slope += c[k][1] * (2 + 3 * z[k]); sum += c[k][1]; }
    assertEquals(3, slope, 1e-12);
    assertEquals(0, sum, 1e-12);
  }

  @Test
  void savitzkyGolay_smoothsNoiseFarBetterThanFiniteDifferences() {
    double[] t = unevenTimes(1000, 2 * Math.PI, 2);
    double[] x = sin(t, 0.01, 3);
    double sg = rmsError(t, SavitzkyGolay.derivative(t, x, 51, 3), 0);
    double fd = rmsError(t, FiniteDifference.derivative(t, x, 3), 0);
    assertTrue(sg < 0.05, "Savitzky-Golay error " + sg);
    assertTrue(fd > 5 * sg, "finite differences " + fd + " versus Savitzky-Golay " + sg);
  }

  @Test
  void tvDerivative_recoversSlopeOfNoisyData() {
    double[] t = unevenTimes(400, 2 * Math.PI, 4);
    double[] x = sin(t, 0.01, 5);
    double tv = rmsError(t, TvDerivative.derivative(t, x, 0.01 * 2 * Math.PI / 20, 20), 10);
    double fd = rmsError(t, FiniteDifference.derivative(t, x, 3), 10);
    assertTrue(tv < 0.1, "TV error " + tv);
    assertTrue(tv < fd / 3, "TV " + tv + " versus finite differences " + fd);
  }

  /** For x = sin t: the weak-form integral of dx/dt by parts, and the integral of cos t directly. */
  private static double[][][] sidesForSine(WeakForm w, double[] t) {
    double[][] x = new double[t.length][1];
    double[][] dx = new double[t.length][1];
    for (int i = 0; i < t.length; i++) { x[i][0] = Math.sin(t[i]); dx[i][0] = Math.cos(t[i]); }
    return new double[][][] {w.integrateDerivative(x), w.integrate(dx)};
  }

  @Test
  void weakForm_integratesByPartsToRoundoffOnEvenGrid() {
    double[] t = new double[2000];
    for (int i = 0; i < t.length; i++) t[i] = i * 2 * Math.PI / t.length;
    WeakForm w = WeakForm.of(t, 200, 50, 4);
    double[][][] sides = sidesForSine(w, t);
    for (int k = 0; k < w.size(); k++) assertEquals(sides[1][k][0], sides[0][k][0], 1e-7 * (1 + Math.abs(sides[1][k][0])));
  }

  @Test
  void weakForm_integratesByPartsToSecondOrderOnUnevenGrid() {
    double[] t = unevenTimes(2000, 2 * Math.PI, 6);
    WeakForm w = WeakForm.of(t, 200, 50, 4);
    double[][][] sides = sidesForSine(w, t);
    assertTrue(w.size() > 30);
    for (int k = 0; k < w.size(); k++) assertEquals(sides[1][k][0], sides[0][k][0], 1e-3 * (1 + Math.abs(sides[1][k][0])));
  }

  @Test
  void noiseEstimate_findsWhiteNoiseLevelUnderSmoothSignal() {
    double[] t = unevenTimes(5000, 20, 7);
    double s = NoiseEstimate.sigma(t, sin(t, 0.1, 8));
    assertEquals(0.1, s, 0.01);
    assertTrue(NoiseEstimate.sigma(t, sin(t, 0, 8)) < 1e-6);
    assertEquals(0.1, NoiseEstimate.sigma(sin(unevenTimes(5000, 20, 9), 0.1, 10)), 0.01);
  }

  @Test
  void continuedFractions_giveBestBoundedApproximations() {
    long[] pi = ContinuedFractions.approximate(Math.PI, 1000);
    assertEquals(355, pi[0]);
    assertEquals(113, pi[1]);
    long[] third = ContinuedFractions.approximate(-0.33333333, 100);
    assertEquals(-1, third[0]);
    assertEquals(3, third[1]);
    long[] eight = ContinuedFractions.approximate(8.0 / 3, 10);
    assertEquals(8, eight[0]);
    assertEquals(3, eight[1]);
  }
}
