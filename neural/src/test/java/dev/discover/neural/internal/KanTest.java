package dev.discover.neural.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class KanTest {
  private static final double GRAD_TOL = 1e-5;

  /** Columns {@code [input][row]} uniform in [-2, 2] and the target sin(x1) + x2^2. */
  static double[][] sinPlusSquare(int n, int inputs, long seed) {
    Random r = new Random(seed);
    double[][] d = new double[inputs + 1][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < inputs; j++) d[j][i] = -2 + 4 * r.nextDouble();
      d[inputs][i] = Math.sin(d[0][i]) + d[1][i] * d[1][i];
    }
    return d;
  }

  @Test
  void train_singleLayerFitsSumOfUnivariateFunctionsToBetterThanOnePerMille() {
    double[][] d = sinPlusSquare(1000, 2, 4);
    Kan net = new Kan(new double[][] {d[0], d[1]}, d[2], 0, 8, 1);
    net.adam(600, 0.02, 0, Long.MAX_VALUE);
    net.lbfgs(300, Long.MAX_VALUE);
    assertTrue(net.relativeError() < 1e-3, "relative error " + net.relativeError());
    assertEquals(Math.sin(0.5) + 0.25, net.predict(new double[] {0.5, 0.5}), 1e-2);
  }

  @Test
  void gradient_matchesCentralDifferencesWithAndWithoutPenalty() {
    double[][] d = sinPlusSquare(120, 3, 5);
    Kan net = new Kan(new double[][] {d[0], d[1], d[2]}, d[3], 3, 5, 2);
    net.adam(20, 0.02, 0, Long.MAX_VALUE); // move off the initialisation so every term matters
    double[] p = net.parameters();
    for (double lambda : new double[] {0, 0.01}) {
      double[] g = new double[p.length];
      net.loss(p, g, lambda);
      double worst = 0;
      for (int i = 0; i < p.length; i++) {
        double old = p[i], h = 1e-6;
        p[i] = old + h;
        double up = net.loss(p, null, lambda);
        p[i] = old - h;
        double down = net.loss(p, null, lambda);
        p[i] = old;
        double fd = (up - down) / (2 * h);
        worst = Math.max(worst, Math.abs(fd - g[i]) / (1e-4 + Math.abs(fd)));
      }
      assertTrue(worst < GRAD_TOL, "lambda " + lambda + ": worst relative gradient error " + worst);
    }
  }

  @Test
  void prune_removesTheEdgeOfAnInputTheTargetIgnores() {
    double[][] d = sinPlusSquare(400, 3, 6); // the third input is not in the target
    Kan net = new Kan(new double[][] {d[0], d[1], d[2]}, d[3], 0, 6, 3);
    net.adam(400, 0.02, 1e-3, Long.MAX_VALUE);
    int left = net.prune(0.03);
    assertEquals(2, left);
    assertTrue(net.alive(0, 0, 0) && net.alive(0, 1, 0));
    assertFalse(net.alive(0, 2, 0));
  }
}
