package dev.discover.neural.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LbfgsTest {
  /** Rosenbrock's function, minimum 0 at (1, 1). */
  private static final Lbfgs.Objective ROSENBROCK = new Lbfgs.Objective() {
    @Override
    public double value(double[] w) {
      double a = 1 - w[0], b = w[1] - w[0] * w[0];
      return a * a + 100 * b * b;
    }

    @Override
    public double[] gradient(double[] w) {
      double b = w[1] - w[0] * w[0];
      return new double[] {-2 * (1 - w[0]) - 400 * w[0] * b, 200 * b};
    }
  };

  @Test
  void minimise_findsTheMinimumOfRosenbrocksFunction() {
    double[] start = {-1.2, 1};
    double[] w = Lbfgs.minimise(ROSENBROCK, start, 500, Long.MAX_VALUE);
    assertArrayEquals(new double[] {1, 1}, w, 1e-6);
    assertArrayEquals(new double[] {-1.2, 1}, start, 0, "the start is read only");
  }

  @Test
  void minimise_solvesAQuadraticInAFewIterations() {
    // f(w) = sum (i + 1) (w_i - i)^2, minimum at w_i = i
    Lbfgs.Objective q = new Lbfgs.Objective() {
      @Override
      public double value(double[] w) {
        double s = 0;
        for (int i = 0; i < w.length; i++) s += (i + 1) * (w[i] - i) * (w[i] - i);
        return s;
      }

      @Override
      public double[] gradient(double[] w) {
        double[] g = new double[w.length];
        for (int i = 0; i < w.length; i++) g[i] = 2 * (i + 1) * (w[i] - i);
        return g;
      }
    };
    double[] w = Lbfgs.minimise(q, new double[5], 30, Long.MAX_VALUE);
    for (int i = 0; i < 5; i++) assertEquals(i, w[i], 1e-8);
  }

  @Test
  void minimise_stopsAtTheIterationLimit() {
    double[] w = Lbfgs.minimise(ROSENBROCK, new double[] {-1.2, 1}, 2, Long.MAX_VALUE);
    assertEquals(true, ROSENBROCK.value(w) > 1e-3, "two iterations do not reach the minimum");
  }
}
