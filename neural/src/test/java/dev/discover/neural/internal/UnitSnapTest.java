package dev.discover.neural.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class UnitSnapTest {
  private static final double CONST_TOL = 1e-6;

  private static double[][] samples(DoubleUnaryOperator f, double lo, double hi) {
    int m = 101;
    double[] x = new double[m], y = new double[m];
    for (int i = 0; i < m; i++) {
      x[i] = lo + (hi - lo) * i / (m - 1);
      y[i] = f.applyAsDouble(x[i]);
    }
    return new double[][] {x, y};
  }

  @Test
  void snap_recoversShiftedScaledSineWithExactConstants() {
    double[][] s = samples(x -> 2.5 * Math.sin(1.3 * x + 0.2) - 1, -2, 2);
    UnitSnap.Unit u = UnitSnap.snap(s[0], s[1]);
    assertEquals(UnitFn.SIN, u.fn());
    assertEquals(2.5, u.c(), CONST_TOL);
    assertEquals(1.3, u.a(), CONST_TOL);
    assertEquals(0.2, u.b(), CONST_TOL);
    assertEquals(-1, u.d(), CONST_TOL);
    assertTrue(u.exact());
  }

  @Test
  void snap_recoversReciprocalWithExactConstants() {
    double[][] s = samples(x -> 3 / x, 0.5, 3);
    UnitSnap.Unit u = UnitSnap.snap(s[0], s[1]);
    assertEquals(UnitFn.INV, u.fn());
    assertEquals(3, u.c(), CONST_TOL);
    assertEquals(0, u.b(), CONST_TOL);
    assertEquals(0, u.d(), CONST_TOL);
  }

  @Test
  void snap_namesCosineByItsSmallerShift() {
    double[][] s = samples(x -> -0.5 * Math.cos(2 * x - 0.3), -1, 2);
    UnitSnap.Unit u = UnitSnap.snap(s[0], s[1]);
    assertEquals(UnitFn.COS, u.fn());
    assertEquals(2, u.a(), CONST_TOL);
    assertEquals(-0.3, u.b(), CONST_TOL);
    assertEquals(-0.5, u.c(), CONST_TOL);
  }

  @Test
  void snap_prefersTheSimplerFunctionWhenSeveralFitExactly() {
    // a narrow range: sqrt, log and exp all pass for a straight line there
    double[][] s = samples(x -> 2 * x + 1, 1, 1.1);
    List<UnitSnap.Unit> all = UnitSnap.fitAll(s[0], s[1]);
    long exact = all.stream().filter(UnitSnap.Unit::exact).count();
    assertTrue(exact >= 3, "only " + exact + " exact fits");
    UnitSnap.Unit u = UnitSnap.snap(s[0], s[1]);
    assertEquals(UnitFn.X, u.fn());
    assertEquals(2, u.c(), CONST_TOL);
    assertEquals(1, u.d(), CONST_TOL);
  }

  @Test
  void snap_choosesByRSquaredWhenNoFitIsExact() {
    // a sine with a kink: nothing in the library is exact, the sine is still the best reading
    double[][] s = samples(x -> Math.sin(2 * x) + 0.05 * Math.abs(x - 0.3), -2, 2);
    UnitSnap.Unit u = UnitSnap.snap(s[0], s[1]);
    assertTrue(!u.exact() && u.r2() > 0.99, "R^2 " + u.r2());
    assertEquals(UnitFn.SIN, u.fn());
  }
}
