package dev.discover.neural.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.symbolic.Exprs;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BruteForceTest {
  private static double[][] inputs(int k, int n, double lo, double hi, long seed) {
    Random r = new Random(seed);
    double[][] x = new double[k][n];
    for (int j = 0; j < k; j++) for (int i = 0; i < n; i++) x[j][i] = lo + (hi - lo) * r.nextDouble();
    return x;
  }

  private static BruteForce.Hit best(BruteForce bf, Form form) {
    return bf.hits().stream().filter(h -> h.form() == form).findFirst().orElseThrow();
  }

  @Test
  void run_findsTheAffineExpressionOfTheTarget() {
    double[][] x = inputs(2, 100, 1, 5, 1);
    double[] y = new double[100];
    for (int i = 0; i < 100; i++) y[i] = 3 * Math.sin(x[0][i] * x[1][i]) + 2;
    BruteForce bf = new BruteForce(x, y, new int[] {0, 1}, 5);
    bf.run(List.of("a", "b"), x, 10_000, Long.MAX_VALUE, 6, 1_000_000);
    BruteForce.Hit h = best(bf, Form.IDENTITY);
    assertEquals("sin(a*b)", Exprs.print(h.expr()));
    // score = log10(relative error, floored at 1e-9) + 0.08 * cost: an exact fit scores -9 plus the cost term
    assertEquals(-9 + 0.08 * h.cost(), h.score(), 1e-9);
  }

  @Test
  void run_scoresEveryDistinctExpressionOnceAndStopsAtAnExactFit() {
    double[][] x = inputs(1, 50, 1, 5, 2);
    double[] y = x[0].clone();
    BruteForce bf = new BruteForce(x, y, new int[] {0}, 5);
    bf.run(List.of("a"), x, 10_000, Long.MAX_VALUE, 6, 1_000_000);
    // y = a fits exactly at cost 1: the enumeration stops after the first level (the unary and constant ones)
    assertEquals("a", Exprs.print(best(bf, Form.IDENTITY).expr()));
    assertTrue(bf.scored() < 40, "scored " + bf.scored());
  }

  @Test
  void powerLawRelativeError_isZeroForAProductOfPowers() {
    double[][] x = inputs(2, 80, 1, 5, 3);
    double[] y = new double[80];
    for (int i = 0; i < 80; i++) y[i] = 1.5 * x[0][i] * x[0][i] / Math.sqrt(x[1][i]);
    BruteForce bf = new BruteForce(x, y, new int[] {0, 1}, 5);
    assertTrue(bf.powerLawRelativeError() < 1e-12, "error " + bf.powerLawRelativeError());
    double[] z = y.clone();
    for (int i = 0; i < 80; i++) z[i] += x[0][i];
    assertTrue(new BruteForce(x, z, new int[] {0, 1}, 5).powerLawRelativeError() > 1e-3);
  }

  @Test
  void run_respectsTheScoringBudget() {
    double[][] x = inputs(3, 60, 1, 5, 4);
    double[] y = new double[60];
    for (int i = 0; i < 60; i++) y[i] = Math.exp(x[0][i]) * Math.cos(x[1][i] + x[2][i]) + Math.tanh(x[2][i]);
    BruteForce bf = new BruteForce(x, y, new int[] {0, 1, 2}, 5);
    bf.run(List.of("a", "b", "c"), x, 100_000, Long.MAX_VALUE, 14, 5_000);
    // the budget is checked every 256 candidates
    assertTrue(bf.scored() >= 5_000 && bf.scored() < 5_000 + 256, "scored " + bf.scored());
  }

  @Test
  void withPi_reachesAConstantInsideAFunction() {
    double[][] x = inputs(1, 200, 0.5, 4, 5);
    double[] y = new double[200];
    for (int i = 0; i < 200; i++) y[i] = Math.pow(Math.sin(2 * Math.PI * x[0][i]), 2);
    BruteForce without = new BruteForce(x, y, new int[] {0}, 12);
    without.run(List.of("g"), x, 200_000, Long.MAX_VALUE, 8, 300_000);
    BruteForce with = new BruteForce(x, y, new int[] {0}, 12);
    with.withPi(true);
    with.run(List.of("g"), x, 200_000, Long.MAX_VALUE, 8, 300_000);
    BruteForce.Hit h = with.hits().stream().min(java.util.Comparator.comparingDouble(BruteForce.Hit::score)).orElseThrow();
    // sin(2*pi*g), squared by the power-law form's fitted exponent, at cost 6
    assertEquals("sin(g*2*pi)", Exprs.print(h.expr()).replace(" ", ""));
    assertTrue(h.score() < -8, "score " + h.score());
    double bestWithout = without.hits().stream().mapToDouble(BruteForce.Hit::score).min().orElseThrow();
    assertTrue(bestWithout > -4, "without pi the enumeration up to cost 8 has no exact fit: " + bestWithout);
  }
}
