package dev.discover.neural;

import dev.discover.symbolic.CompiledExpr;
import dev.discover.symbolic.Compiler;
import dev.discover.symbolic.Expr;
import dev.discover.symbolic.Exprs;
import org.hipparchus.fraction.BigFraction;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealVector;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * How much of a formula's error its printed constants explain. A formula that is exact up to the rounding of
 * its decimal constants (printed to eight or so digits) misses the data by a multiple of the constants'
 * gradients, and letting each constant move to first order removes that error down to floating-point
 * rounding. A formula that only approximates (a truncated series, a fitted polynomial in a group) keeps its
 * error when its constants move: the least-squares shift of the constants is already spent. This separates
 * "exact, constants rounded" from "close" on clean data, where a bare relative-error threshold cannot.
 */
final class ConstantRounding {
  private ConstantRounding() {}

  /** Relative step of the central differences. */
  private static final double STEP = 1e-6;
  /** Formulas with more constants are not tested (their gradients would span almost anything). */
  static final int MAX_CONSTANTS = 24;
  /** The largest relative shift of a constant that rounding of its printed digits explains. */
  static final double MAX_SHIFT = 1e-6;

  /**
   * The held-out relative error left after the best first-order shift of the formula's constants:
   * {@code ||r - G d|| / ||y - mean(y)||} over {@code rows}, with {@code r} the residuals and {@code G} the
   * constants' gradients, each constant moving by at most {@value #MAX_SHIFT} of itself (else the residual is
   * returned unshifted: more than rounding would be needed). Integer exponents are structure and do not move. NaN when the formula has more
   * than {@value #MAX_CONSTANTS} constants or a gradient is not finite.
   */
  static double residualAfterConstants(Expr formula, Dataset data, int[] rows) {
    int m = count(formula);
    if (m > MAX_CONSTANTS) return Double.NaN;
    Compiler comp = new Compiler(data.names());
    CompiledExpr f = comp.compile(formula);
    int n = rows.length;
    double mean = 0;
    for (int i : rows) mean += data.y(i);
    mean /= n;
    double sst = 0;
    double[] r = new double[n];
    for (int a = 0; a < n; a++) {
      int i = rows[a];
      r[a] = data.y(i) - f.eval(data.row(i));
      sst += (data.y(i) - mean) * (data.y(i) - mean);
    }
    if (!(sst > 0)) return Double.NaN;
    if (m == 0) return Math.sqrt(dot(r, r) / sst);
    double[][] g = new double[n][m];
    double[] scale = new double[m];
    for (int c = 0; c < m; c++) {
      CompiledExpr up = comp.compile(shifted(formula, c, 1 + STEP)), down = comp.compile(shifted(formula, c, 1 - STEP));
      double norm = 0;
      for (int a = 0; a < n; a++) {
        double[] row = data.row(rows[a]);
        g[a][c] = (up.eval(row) - down.eval(row)) / (2 * STEP);
        if (!Double.isFinite(g[a][c])) return Double.NaN;
        norm += g[a][c] * g[a][c];
      }
      // unit columns, so that the decomposition's rank cut-off treats every constant alike
      scale[c] = norm > 0 ? 1 / Math.sqrt(norm) : 0;
      for (int a = 0; a < n; a++) g[a][c] *= scale[c];
    }
    RealVector rv = new ArrayRealVector(r, false);
    RealVector shift = new SingularValueDecomposition(new Array2DRowRealMatrix(g, false)).getSolver().solve(rv);
    // rounding moves a printed constant by a few parts in 1e8; a larger shift is a change of the formula
    for (int c = 0; c < m; c++) if (!(Math.abs(shift.getEntry(c) * scale[c]) <= MAX_SHIFT)) return Math.sqrt(dot(r, r) / sst);
    RealVector left = rv.subtract(new Array2DRowRealMatrix(g, false).operate(shift));
    return Math.sqrt(left.dotProduct(left) / sst);
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }

  /** The number of constants that may move: every number except zero and integer exponents. */
  static int count(Expr e) {
    int[] k = {0};
    Exprs.mapNumbers(e, (n, exponent) -> {
      if (movable(n, exponent)) k[0]++;
      return n;
    });
    return k[0];
  }

  /** {@code e} with its {@code index}-th movable constant multiplied by {@code factor}. */
  static Expr shifted(Expr e, int index, double factor) {
    int[] k = {0};
    return Exprs.mapNumbers(e, (n, exponent) -> movable(n, exponent) && k[0]++ == index
        ? Expr.num(new BigFraction(n.value().doubleValue() * factor)) : n);
  }

  private static boolean movable(Expr.Num n, boolean exponent) {
    BigFraction v = n.value();
    return v.signum() != 0 && !(exponent && v.getDenominator().equals(java.math.BigInteger.ONE));
  }
}
