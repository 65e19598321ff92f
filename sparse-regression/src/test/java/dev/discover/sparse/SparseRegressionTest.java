package dev.discover.sparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** STLSQ, SR3 and the ensemble recover a known sparse model, with columns of very different scales. */
class SparseRegressionTest {
  private static final double REL_TOL = 1e-5;
  private static final double[] TRUTH = {0, 3, 0, -0.002, 0, 0};

  /** y = 3 x1 - 0.002 x3 + small noise; x3 is 1000 times larger than the others, so its term matters. */
  private static Gram problem() {
    Random r = new Random(7);
    int n = 2000;
    double[][] x = new double[n][6];
    double[][] y = new double[n][1];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < 6; j++) x[i][j] = r.nextGaussian() * (j == 3 ? 1000 : 1);
      x[i][0] = 1;
      double v = 0;
      for (int j = 0; j < 6; j++) v += TRUTH[j] * x[i][j];
      y[i][0] = v + 1e-4 * r.nextGaussian();
    }
    return Gram.of(x, y, 6, 1, 16);
  }

  private static void assertRecovers(double[] c) {
    for (int j = 0; j < TRUTH.length; j++) {
      if (TRUTH[j] == 0) assertEquals(0.0, c[j], 0.0, "spurious term " + j);
      else assertEquals(0, Math.abs(c[j] - TRUTH[j]) / Math.abs(TRUTH[j]), REL_TOL, "term " + j + ": " + c[j]);
    }
  }

  @Test
  void stlsq_recoversSparseCoefficientsScaleFree() {
    SparseFit f = Stlsq.fit(problem().problem(0), Stlsq.Options.defaults());
    assertRecovers(f.coefficients());
    assertEquals(2, f.terms());
    assertTrue(f.r2() > 0.999999);
  }

  @Test
  void sr3_recoversSparseCoefficients() {
    SparseFit f = Sr3.fit(problem().problem(0), Sr3.Options.defaults());
    assertRecovers(f.coefficients());
    assertEquals(2, f.terms());
  }

  @Test
  void ensemble_keepsTrueTermsInEveryResample() {
    SparseFit f = Ensemble.fit(problem(), 0, Ensemble.Options.defaults());
    assertRecovers(f.coefficients());
    assertEquals(1.0, f.inclusion()[1], 1e-12);
    assertEquals(1.0, f.inclusion()[3], 1e-12);
    assertEquals(0.0, f.inclusion()[2], 0.2);
  }

  @Test
  void stlsq_highThresholdDropsTheSmallerContribution() {
    // contributions: 3 * 1 versus 0.002 * 1000 = 2, relative to rms(y) ~ 3.6
    SparseFit f = Stlsq.fit(problem().problem(0), Stlsq.Options.defaults().withThreshold(0.7));
    assertEquals(1, f.terms());
    assertTrue(f.coefficients()[1] != 0);
  }
}
