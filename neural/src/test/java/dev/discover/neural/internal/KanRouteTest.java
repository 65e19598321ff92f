package dev.discover.neural.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.symbolic.CompiledExpr;
import dev.discover.symbolic.Compiler;
import dev.discover.symbolic.Expr;
import dev.discover.symbolic.Exprs;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class KanRouteTest {
  private static final double CLEAN_TOL = 1e-6;
  private static final long MINUTE = 60_000_000_000L;

  private static int[] allRows(int n) {
    int[] r = new int[n];
    for (int i = 0; i < n; i++) r[i] = i;
    return r;
  }

  /** Largest relative difference from the truth on 500 fresh points of [lo, hi]^2. */
  private static double mismatch(Expr e, ToDoubleFunction<double[]> truth, double lo, double hi) {
    CompiledExpr f = new Compiler(List.of("x1", "x2", Exprs.PI)).compile(e);
    Random r = new Random(99);
    double worst = 0;
    for (int i = 0; i < 500; i++) {
      double[] p = {lo + (hi - lo) * r.nextDouble(), lo + (hi - lo) * r.nextDouble(), Math.PI};
      double t = truth.applyAsDouble(p);
      worst = Math.max(worst, Math.abs(f.eval(p) - t) / Math.max(Math.abs(t), 1e-3));
    }
    return worst;
  }

  private static double[][] table(ToDoubleFunction<double[]> f, double lo, double hi, int n, long seed) {
    Random r = new Random(seed);
    double[][] d = new double[3][n];
    for (int i = 0; i < n; i++) {
      d[0][i] = lo + (hi - lo) * r.nextDouble();
      d[1][i] = lo + (hi - lo) * r.nextDouble();
      d[2][i] = f.applyAsDouble(new double[] {d[0][i], d[1][i]});
    }
    return d;
  }

  private static List<Expr> run(double[][] d, long seed, long deadline) {
    return KanRoute.candidates(List.of("x1", "x2"), new double[][] {d[0], d[1]}, d[2], allRows(d[2].length), seed, deadline);
  }

  @Test
  void candidates_recoverSumOfSineAndSquareAfterPolishing() {
    ToDoubleFunction<double[]> f = p -> Math.sin(p[0]) + p[1] * p[1];
    List<Expr> c = run(table(f, -2, 2, 1000, 7), 1, System.nanoTime() + MINUTE);
    assertFalse(c.isEmpty());
    assertTrue(mismatch(c.get(0), f, -2, 2) < CLEAN_TOL, "best candidate " + Exprs.print(c.get(0)));
  }

  @Test
  void candidates_recoverSquareRootOfSumOfSquaresThroughAHiddenNode() {
    ToDoubleFunction<double[]> f = p -> Math.sqrt(p[0] * p[0] + p[1] * p[1]);
    List<Expr> c = run(table(f, 1, 3, 1000, 8), 1, System.nanoTime() + MINUTE);
    assertFalse(c.isEmpty());
    assertTrue(mismatch(c.get(0), f, 1, 3) < CLEAN_TOL, "best candidate " + Exprs.print(c.get(0)));
  }

  @Test
  void candidates_sameSeedGivesTheSameFormulas() {
    double[][] d = table(p -> Math.sin(p[0]) + p[1] * p[1], -2, 2, 600, 9);
    List<String> a = run(d, 3, System.nanoTime() + MINUTE).stream().map(Exprs::print).toList();
    List<String> b = run(d, 3, System.nanoTime() + MINUTE).stream().map(Exprs::print).toList();
    assertFalse(a.isEmpty());
    assertEquals(a, b);
  }

  @Test
  void candidates_emptyWhenTheDeadlineHasPassed() {
    double[][] d = table(p -> p[0] * p[1], 1, 2, 200, 10);
    assertTrue(run(d, 1, System.nanoTime() - 1).isEmpty());
  }

  @Test
  void candidates_emptyOnNonFiniteData() {
    double[][] d = table(p -> p[0] + p[1], 1, 2, 200, 11);
    d[2][5] = Double.NaN;
    assertTrue(run(d, 1, System.nanoTime() + MINUTE).isEmpty());
  }
}
