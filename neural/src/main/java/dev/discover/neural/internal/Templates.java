package dev.discover.neural.internal;

import dev.discover.symbolic.Compiler;
import dev.discover.symbolic.CompiledExpr;
import dev.discover.symbolic.Expr;
import dev.discover.symbolic.Exprs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealVector;

/** Turns a brute-force hit into a {@link Template} with starting values from a linear fit. */
public final class Templates {
  private Templates() {}

  private static final String P = "__c";

  /**
   * The template of a hit; empty when its form does not apply to the data (a transform undefined, an
   * expression changing sign under a power).
   *
   * @param hit the hit
   * @param names input names
   * @param x inputs by column over the fitting rows
   * @param y target over the fitting rows (already sign-normalised)
   * @param logColumns inputs positive on every row
   */
  public static Optional<Template> of(BruteForce.Hit hit, List<String> names, double[][] x, double[] y, int[] logColumns) {
    return of(hit.form(), List.of(hit.expr()), names, x, y, logColumns);
  }

  /** The template of a sum of expressions (affine forms) or a product of their powers (power form). */
  public static Optional<Template> of(BruteForce.Multi m, List<String> names, double[][] x, double[] y, int[] logColumns) {
    return of(m.form(), m.terms(), names, x, y, logColumns);
  }

  /** The pure power law {@code y = C * prod x_j^p_j} over the positive inputs; empty when y is not one-signed. */
  public static Optional<Template> powerLaw(List<String> names, double[][] x, double[] y, int[] logColumns) {
    return of(Form.POWER, List.of(), names, x, y, logColumns);
  }

  private static Optional<Template> of(Form form, List<Expr> terms, List<String> names, double[][] x, double[] y,
      int[] logColumns) {
    int n = y.length;
    List<double[]> es = new ArrayList<>();
    // the enumeration may use pi as a leaf: it is the last "variable", fixed at its value
    List<String> vars = new ArrayList<>(names);
    vars.add(Exprs.PI);
    for (Expr t : terms) {
      CompiledExpr f = new Compiler(vars).compile(t);
      double[] e = new double[n];
      double[] row = new double[vars.size()];
      row[names.size()] = Math.PI;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < names.size(); j++) row[j] = x[j][i];
        e[i] = f.eval(row);
        if (!Double.isFinite(e[i])) return Optional.empty();
      }
      es.add(e);
    }
    if (form.affine()) {
      if (terms.isEmpty()) return Optional.empty();
      double[] t = new double[n];
      for (int i = 0; i < n; i++) {
        t[i] = form.transform(y[i]);
        if (!Double.isFinite(t[i])) return Optional.empty();
      }
      List<double[]> cols = new ArrayList<>(es);
      cols.add(ones(n));
      Optional<double[]> fit = lstsq(cols, t);
      if (fit.isEmpty()) return Optional.empty();
      double[] ab = fit.get();
      List<String> params = new ArrayList<>();
      List<Template.Kind> kinds = new ArrayList<>();
      Expr inner = null;
      for (int a = 0; a < terms.size(); a++) {
        params.add(P + a);
        kinds.add(Template.Kind.SCALE);
        Expr term = Exprs.mul(Expr.sym(P + a), terms.get(a));
        inner = inner == null ? term : Exprs.add(inner, term);
      }
      params.add(P + terms.size());
      kinds.add(Template.Kind.OFFSET);
      inner = Exprs.add(inner, Expr.sym(P + terms.size()));
      Expr outer = switch (form) {
        case IDENTITY -> inner; case SQUARE -> Exprs.call("sqrt", inner);
        case SQRT -> Exprs.pow(inner, Expr.num(2)); case INVERSE -> Exprs.div(Expr.num(1), inner);
        case LOG -> Exprs.call("exp", inner); default -> Exprs.call("asin", inner);
      };
      return Optional.of(new Template(outer, params, ab, kinds, "affine" + form.ordinal() + "x" + terms.size()));
    }
    // power-law forms: log|y| = c + sum p_j log x_j + sum q_i u_i
    List<double[]> cols = new ArrayList<>();
    cols.add(ones(n));
    for (int j : logColumns) {
      double[] c = new double[n];
      for (int i = 0; i < n; i++) c[i] = Math.log(x[j][i]);
      cols.add(c);
    }
    List<Expr> bases = new ArrayList<>();
    List<Boolean> signChanging = new ArrayList<>();
    for (int a = 0; a < terms.size(); a++) {
      double[] e = es.get(a);
      double[] u = new double[n];
      boolean pos = true, neg = true;
      for (int i = 0; i < n; i++) { pos &= e[i] > 0; neg &= e[i] < 0; }
      if (form == Form.POWER) {
        for (int i = 0; i < n; i++) {
          u[i] = Math.log(Math.abs(e[i]));
          if (!Double.isFinite(u[i])) return Optional.empty();
        }
        bases.add(pos ? terms.get(a) : (neg ? Exprs.neg(terms.get(a)) : terms.get(a)));
        signChanging.add(!pos && !neg);
      } else {
        u = e;
        bases.add(terms.get(a));
        signChanging.add(false);
      }
      cols.add(u);
    }
    double[] ly = new double[n];
    for (int i = 0; i < n; i++) {
      ly[i] = Math.log(Math.abs(y[i]));
      if (!Double.isFinite(ly[i])) return Optional.empty();
    }
    Optional<double[]> fit = lstsq(cols, ly);
    if (fit.isEmpty()) return Optional.empty();
    double[] coef = fit.get();
    // a factor that changes sign enters with the nearest non-zero integer power of the fit (|e|^2 is e^2)
    int[] fixedPower = new int[terms.size()];
    for (int a = 0; a < terms.size(); a++) {
      if (!signChanging.get(a)) continue;
      double qa = coef[logColumns.length + 1 + a];
      long k = Math.round(qa);
      if (k == 0 || Math.abs(k) > 4 || Math.abs(qa - k) > 0.1) return Optional.empty();
      fixedPower[a] = (int) k;
    }
    // the sign of the scale: y divided by the sign-changing factors keeps one sign
    double sign = 1;
    {
      double[] s0 = new double[n];
      for (int i = 0; i < n; i++) {
        s0[i] = Math.signum(y[i]);
        for (int a = 0; a < terms.size(); a++) if (fixedPower[a] % 2 != 0) s0[i] *= Math.signum(es.get(a)[i]);
      }
      int plus = 0;
      for (double v : s0) if (v > 0) plus++;
      int tol = (int) Math.floor(0.03 * n);
      if (plus > tol && plus < n - tol) return Optional.empty();
      sign = plus >= n - tol ? 1 : -1;
    }
    List<String> params = new ArrayList<>();
    List<Template.Kind> kinds = new ArrayList<>();
    List<Double> start = new ArrayList<>();
    params.add(P + 0);
    kinds.add(Template.Kind.SCALE);
    start.add(sign * Math.exp(coef[0]));
    Expr prod = Expr.sym(P + 0);
    for (int a = 0; a < logColumns.length; a++) {
      String pn = P + (a + 1);
      params.add(pn);
      kinds.add(Template.Kind.EXPONENT);
      start.add(coef[a + 1]);
      prod = Exprs.mul(prod, Exprs.pow(Expr.sym(names.get(logColumns[a])), Expr.sym(pn)));
    }
    for (int a = 0; a < terms.size(); a++) {
      double qa = coef[logColumns.length + 1 + a];
      if (signChanging.get(a)) {
        prod = Exprs.mul(prod, fixedPower[a] == 1 ? bases.get(a) : Exprs.pow(bases.get(a), Expr.num(fixedPower[a])));
        continue;
      }
      String pn = P + (logColumns.length + 1 + a);
      params.add(pn);
      start.add(qa);
      if (form == Form.POWER) {
        kinds.add(Template.Kind.EXPONENT);
        prod = Exprs.mul(prod, Exprs.pow(bases.get(a), Expr.sym(pn)));
      } else {
        kinds.add(Template.Kind.SCALE);
        prod = Exprs.mul(prod, Exprs.call("exp", Exprs.mul(Expr.sym(pn), bases.get(a))));
      }
    }
    double[] st = new double[start.size()];
    for (int i = 0; i < st.length; i++) st[i] = start.get(i);
    return Optional.of(new Template(prod, params, st, kinds,
        terms.isEmpty() ? "power-law" : (form == Form.POWER ? "power" : "exp")));
  }

  /**
   * Every constant of {@code e} that is not a small integer or an exponent becomes a free constant, and the
   * whole is wrapped as {@code s*e + o}: used to polish a formula assembled from sub-problems on real data.
   */
  public static Template parametrize(Expr e, double scaleStart, double offsetStart, boolean withScale) {
    List<String> params = new ArrayList<>();
    List<Double> start = new ArrayList<>();
    Expr body = param(e, params, start);
    List<Template.Kind> kinds = new ArrayList<>();
    for (int i = 0; i < params.size(); i++) kinds.add(Template.Kind.SCALE);
    String s = P + "s", o = P + "o";
    if (withScale) { params.add(s); start.add(scaleStart); kinds.add(Template.Kind.SCALE); }
    params.add(o); start.add(offsetStart); kinds.add(Template.Kind.OFFSET);
    double[] st = new double[start.size()];
    for (int i = 0; i < st.length; i++) st[i] = start.get(i);
    return new Template(Exprs.add(withScale ? Exprs.mul(Expr.sym(s), body) : body, Expr.sym(o)), params, st, kinds, "combined");
  }

  private static Expr param(Expr e, List<String> params, List<Double> start) {
    if (e instanceof Expr.Num num) {
      double v = num.value().doubleValue();
      if (v == Math.rint(v) && Math.abs(v) <= 3) return e;
      String name = P + "k" + params.size();
      params.add(name);
      start.add(v);
      return Expr.sym(name);
    }
    if (e instanceof Expr.Neg ng) return new Expr.Neg(param(ng.arg(), params, start));
    if (e instanceof Expr.Call c) return new Expr.Call(c.function(), param(c.arg(), params, start));
    if (e instanceof Expr.Bin b) {
      Expr r = b.op() == '^' ? b.right() : param(b.right(), params, start);
      return new Expr.Bin(b.op(), param(b.left(), params, start), r);
    }
    return e;
  }

  private static boolean isConstant(Expr e) {
    return Exprs.names(e).stream().allMatch(Exprs.PI::equals);
  }

  /** {@code e} without a constant term added at its top level. */
  public static Expr stripOffset(Expr e) {
    if (e instanceof Expr.Bin b && (b.op() == '+' || b.op() == '-')) {
      if (isConstant(b.right())) return stripOffset(b.left());
      if (isConstant(b.left())) return b.op() == '+' ? stripOffset(b.right()) : Exprs.neg(stripOffset(b.right()));
    }
    return e;
  }

  /** {@code e} without a constant factor at its top level. */
  public static Expr stripScale(Expr e) {
    if (e instanceof Expr.Neg n) return stripScale(n.arg());
    if (e instanceof Expr.Bin b && b.op() == '*') {
      if (isConstant(b.left())) return stripScale(b.right());
      if (isConstant(b.right())) return stripScale(b.left());
    }
    if (e instanceof Expr.Bin b && b.op() == '/' && isConstant(b.right())) return stripScale(b.left());
    return e;
  }

  static double[] ones(int n) {
    double[] o = new double[n];
    java.util.Arrays.fill(o, 1);
    return o;
  }

  /** Least squares coefficients of {@code t} on the columns; empty when singular. */
  static Optional<double[]> lstsq(List<double[]> cols, double[] t) {
    int n = t.length, k = cols.size();
    double[][] a = new double[n][k];
    // each column scaled to unit norm: the QR's singularity threshold is absolute, and a column such as
    // m*x/T of SI data (values near 1e-25) would read as zero
    double[] norm = new double[k];
    for (int j = 0; j < k; j++) {
      double s = 0;
      for (int i = 0; i < n; i++) s += cols.get(j)[i] * cols.get(j)[i];
      norm[j] = Math.sqrt(s);
      if (!(norm[j] > 0) || !Double.isFinite(norm[j])) return Optional.empty();
      for (int i = 0; i < n; i++) a[i][j] = cols.get(j)[i] / norm[j];
    }
    try {
      RealVector sol = new QRDecomposition(new Array2DRowRealMatrix(a, false), 1e-12).getSolver()
          .solve(new ArrayRealVector(t, false));
      double[] out = sol.toArray();
      for (int j = 0; j < k; j++) out[j] /= norm[j];
      for (double v : out) if (!Double.isFinite(v)) return Optional.empty();
      return Optional.of(out);
    } catch (RuntimeException ex) {
      return Optional.empty();
    }
  }
}
