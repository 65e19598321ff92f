package dev.discover.neural.internal;

import dev.discover.symbolic.Compiler;
import dev.discover.symbolic.CompiledExpr;
import dev.discover.symbolic.Expr;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealVector;

/** Turns a brute-force hit into a {@link Template} with starting values from a linear fit. */
public final class Templates {
  private Templates() {}

  private static final String P = "__c";

  /**
   * The template of a hit, or null when its form does not apply to the data (a transform undefined, an
   * expression changing sign under a power).
   *
   * @param hit the hit
   * @param names input names
   * @param x inputs by column over the fitting rows
   * @param y target over the fitting rows (already sign-normalised)
   * @param logColumns inputs positive on every row
   */
  public static Template of(BruteForce.Hit hit, List<String> names, double[][] x, double[] y, int[] logColumns) {
    int n = y.length;
    double[] e;
    if (hit.expr() == null) {
      e = null;
    } else {
      CompiledExpr f = new Compiler(names).compile(hit.expr());
      e = new double[n];
      double[] row = new double[names.size()];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < row.length; j++) row[j] = x[j][i];
        e[i] = f.eval(row);
        if (!Double.isFinite(e[i])) return null;
      }
    }
    Expr c0 = E.v(P + 0), c1 = E.v(P + 1);
    if (hit.form() <= BruteForce.AFF_LOG) {
      double[] t = new double[n];
      for (int i = 0; i < n; i++) {
        double v = y[i];
        t[i] = switch (hit.form()) {
          case BruteForce.AFF_ID -> v; case BruteForce.AFF_SQ -> v * v; case BruteForce.AFF_SQRT -> Math.sqrt(v);
          case BruteForce.AFF_INV -> 1 / v; default -> Math.log(v);
        };
        if (!Double.isFinite(t[i])) return null;
      }
      double[] ab = lstsq(List.of(e, ones(n)), t);
      if (ab == null) return null;
      Expr inner = E.add(E.mul(c0, hit.expr()), c1);
      Expr outer = switch (hit.form()) {
        case BruteForce.AFF_ID -> inner; case BruteForce.AFF_SQ -> E.call("sqrt", inner);
        case BruteForce.AFF_SQRT -> E.pow(inner, E.n(2)); case BruteForce.AFF_INV -> E.div(E.n(1), inner);
        default -> E.call("exp", inner);
      };
      return new Template(outer, List.of(P + 0, P + 1), ab,
          List.of(Template.Kind.SCALE, Template.Kind.OFFSET), "affine" + hit.form());
    }
    // power-law forms: log y = c + sum p_j log x_j + q * u
    List<double[]> cols = new ArrayList<>();
    cols.add(ones(n));
    for (int j : logColumns) {
      double[] c = new double[n];
      for (int i = 0; i < n; i++) c[i] = Math.log(x[j][i]);
      cols.add(c);
    }
    Expr base = null;
    if (e != null) {
      double[] u = new double[n];
      boolean pos = true, neg = true;
      for (int i = 0; i < n; i++) { pos &= e[i] > 0; neg &= e[i] < 0; }
      if (hit.form() == BruteForce.POW) {
        if (!pos && !neg) return null;
        for (int i = 0; i < n; i++) u[i] = Math.log(Math.abs(e[i]));
        base = pos ? hit.expr() : E.neg(hit.expr());
      } else {
        u = e;
      }
      cols.add(u);
    }
    double[] ly = new double[n];
    for (int i = 0; i < n; i++) {
      ly[i] = Math.log(y[i]);
      if (!Double.isFinite(ly[i])) return null;
    }
    double[] coef = lstsq(cols, ly);
    if (coef == null) return null;
    List<String> params = new ArrayList<>();
    List<Template.Kind> kinds = new ArrayList<>();
    List<Double> start = new ArrayList<>();
    params.add(P + 0);
    kinds.add(Template.Kind.SCALE);
    start.add(Math.exp(coef[0]));
    Expr prod = E.v(P + 0);
    for (int a = 0; a < logColumns.length; a++) {
      String pn = P + (a + 1);
      params.add(pn);
      kinds.add(Template.Kind.EXPONENT);
      start.add(coef[a + 1]);
      prod = E.mul(prod, E.pow(E.v(names.get(logColumns[a])), E.v(pn)));
    }
    if (e != null) {
      String pn = P + (logColumns.length + 1);
      params.add(pn);
      start.add(coef[coef.length - 1]);
      if (hit.form() == BruteForce.POW) {
        kinds.add(Template.Kind.EXPONENT);
        prod = E.mul(prod, E.pow(base, E.v(pn)));
      } else {
        kinds.add(Template.Kind.SCALE);
        prod = E.mul(prod, E.call("exp", E.mul(E.v(pn), hit.expr())));
      }
    }
    double[] s = new double[start.size()];
    for (int i = 0; i < s.length; i++) s[i] = start.get(i);
    return new Template(prod, params, s, kinds, e == null ? "power-law" : (hit.form() == BruteForce.POW ? "power" : "exp"));
  }

  static double[] ones(int n) {
    double[] o = new double[n];
    java.util.Arrays.fill(o, 1);
    return o;
  }

  /** Least squares coefficients of {@code t} on the columns, or null when singular. */
  static double[] lstsq(List<double[]> cols, double[] t) {
    int n = t.length, k = cols.size();
    double[][] a = new double[n][k];
    for (int j = 0; j < k; j++) for (int i = 0; i < n; i++) a[i][j] = cols.get(j)[i];
    try {
      RealVector sol = new QRDecomposition(new Array2DRowRealMatrix(a, false), 1e-12).getSolver()
          .solve(new ArrayRealVector(t, false));
      double[] out = sol.toArray();
      for (double v : out) if (!Double.isFinite(v)) return null;
      return out;
    } catch (RuntimeException ex) {
      return null;
    }
  }
}
