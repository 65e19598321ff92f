package dev.discover.neural.internal;

import dev.discover.symbolic.Expr;
import dev.discover.symbolic.Exprs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hipparchus.fraction.BigFraction;

/**
 * Sparse rational functions of a few inputs and their square roots, {@code y = P(x) / Q(x)} (or
 * {@code sqrt(P/Q)} fitted to y squared) with P a sum of at most three
 * monomials and Q of at most two, of low degree ({@link #monomials}): relativistic velocity addition {@code (a + b)/(1 + a b)} in the groups
 * {@code u/c, v/c}, a centre of mass {@code (a b + 1)/(a + 1)}. The enumeration of expression trees reaches
 * such quotients only at a depth it rarely affords; here they come from linear algebra, as in rational
 * (Pade-type) regression: {@code P - y Q = 0} is linear in the coefficients, so for each pair of supports the
 * coefficient vector is the least-squares null vector of the columns {@code [M_P, -y M_Q]} (each monomial of Q
 * in turn fixed at coefficient 1), from one Gram matrix of every monomial and every monomial times y. The best pairs become templates
 * whose constants the search fits (Levenberg-Marquardt from these starts) and snaps like any other.
 */
public final class RationalFit {
  private RationalFit() {}

  /** At most this many inputs. */
  static final int MAX_INPUTS = 3;
  /** Monomials in P, in Q (physics' denominators are mostly binomials: 1 + a b, c^2 - v^2), and both together. */
  static final int MAX_TERMS = 3, MAX_Q_TERMS = 2, MAX_TOTAL = 5;
  /** Rows of the Gram matrix. */
  static final int ROWS = 400;
  private static final String P = "__q";

  /** A template and the relative error of its starting values on the rows. */
  public record Found(Template template, double relErr) {}

  /**
   * The {@code max} best rational templates by the relative error of their starting values, floored at 1e-10,
   * plus 0.04 per node (the search's ranking); empty for more than {@value #MAX_INPUTS} inputs or a target that is not finite.
   *
   * @param names input names
   * @param x inputs by column (at least as long as y)
   * @param y target
   */
  public static List<Found> find(List<String> names, double[][] x, double[] y, int max) {
    int k = names.size(), n = Math.min(y.length, ROWS);
    if (k == 0 || k > MAX_INPUTS || n < 20) return List.of();
    for (int i = 0; i < n; i++) if (!Double.isFinite(y[i])) return List.of();
    List<Found> out = new ArrayList<>(quotients(names, x, y, y, false, max));
    boolean positive = true;
    for (int i = 0; i < n; i++) positive &= y[i] > 0;
    if (positive) {
      // square roots of quotients, from the squared target: m0/sqrt(1 - v^2/c^2), (x - u t)/sqrt(1 - u^2/c^2)
      double[] y2 = new double[n];
      for (int i = 0; i < n; i++) y2[i] = y[i] * y[i];
      out.addAll(quotients(names, x, y2, y, true, max));
    }
    out.sort(RANKING);
    return List.copyOf(out.subList(0, Math.min(out.size(), max)));
  }

  private static final Comparator<Found> RANKING =
      Comparator.comparingDouble(f -> Math.log10(Math.max(f.relErr(), 1e-10)) + 0.04 * Exprs.size(f.template().expr()));

  /** P/Q fitted to {@code t}, or sqrt(P/Q) when {@code root} ({@code t} is then y squared), judged against y. */
  private static List<Found> quotients(List<String> names, double[][] x, double[] t, double[] y, boolean root, int max) {
    int k = names.size(), n = Math.min(y.length, ROWS);
    List<int[]> mons = monomials(k);
    int nm = mons.size();
    double ys = 0, ym = 0;
    for (int i = 0; i < n; i++) { ys += t[i] * t[i]; ym += y[i]; }
    ys = Math.sqrt(ys / n);
    ym /= n;
    if (!(ys > 0) || !Double.isFinite(ys)) return List.of();
    // columns 0..nm-1: monomials; nm..2nm-1: -y times monomials (y scaled to unit rms)
    double[][] col = new double[2 * nm][n];
    for (int i = 0; i < n; i++) {
      for (int a = 0; a < nm; a++) {
        double v = 1;
        for (int j = 0; j < k; j++) v *= Math.pow(x[j][i], mons.get(a)[j]);
        col[a][i] = v;
        col[nm + a][i] = -v * t[i] / ys;
      }
    }
    double[] norm = new double[2 * nm];
    for (int a = 0; a < 2 * nm; a++) {
      double s = 0;
      for (double v : col[a]) s += v * v;
      if (!(s > 0) || !Double.isFinite(s)) return List.of();
      norm[a] = Math.sqrt(s);
    }
    double[][] gram = new double[2 * nm][2 * nm];
    for (int a = 0; a < 2 * nm; a++) {
      for (int b = a; b < 2 * nm; b++) {
        double s = 0;
        for (int i = 0; i < n; i++) s += col[a][i] * col[b][i];
        gram[a][b] = gram[b][a] = s / (norm[a] * norm[b]);
      }
    }
    List<int[]> supports = supports(nm);
    record Pair(int[] p, int[] q, double score, double[] v) {}
    List<Pair> best = new ArrayList<>();
    int keep = 4 * max;
    double[][] g = new double[MAX_TOTAL][MAX_TOTAL];
    double[] rhs = new double[MAX_TOTAL];
    int[] idx = new int[MAX_TOTAL];
    for (int[] sp : supports) {
      for (int[] sq : supports) {
        if (sq.length > MAX_Q_TERMS || sp.length + sq.length > MAX_TOTAL || commonFactor(mons, sp, sq)) continue;
        int c = sp.length + sq.length;
        for (int i = 0; i < sp.length; i++) idx[i] = sp[i];
        for (int i = 0; i < sq.length; i++) idx[sp.length + i] = nm + sq[i];
        // each monomial of Q in turn carries coefficient 1; the others by least squares on the Gram matrix
        double bestR = Double.POSITIVE_INFINITY;
        double[] bestV = null;
        for (int lead = sp.length; lead < c; lead++) {
          int m = 0;
          for (int i = 0; i < c; i++) {
            if (i == lead) continue;
            int mm = 0;
            for (int j = 0; j < c; j++) if (j != lead) g[m][mm++] = gram[idx[i]][idx[j]];
            rhs[m++] = -gram[idx[i]][idx[lead]];
          }
          double[] w = solve(g, rhs, c - 1);
          if (w == null) continue;
          double r = gram[idx[lead]][idx[lead]];
          int o = 0;
          for (int i = 0; i < c; i++) if (i != lead) r += gram[idx[lead]][idx[i]] * w[o++];
          if (r < bestR) {
            bestR = r;
            bestV = new double[c];
            o = 0;
            for (int i = 0; i < c; i++) bestV[i] = i == lead ? 1 : w[o++];
          }
        }
        if (bestV == null) continue;
        // a superset of an exact support is exact too: below the floor, fewer terms win
        double score = Math.log10(Math.max(Math.sqrt(Math.max(bestR, 0)), 1e-9)) + 0.1 * c;
        if (best.size() == keep && score >= best.get(keep - 1).score()) continue;
        int at = best.size();
        while (at > 0 && best.get(at - 1).score() > score) at--;
        best.add(at, new Pair(sp, sq, score, bestV));
        if (best.size() > keep) best.remove(keep);
      }
    }
    List<Found> out = new ArrayList<>();
    for (Pair pr : best) {
      // coefficients in the original scale: column a's weight v / norm (times ys for the P part)
      double[] pc = new double[pr.p().length], qc = new double[pr.q().length];
      for (int i = 0; i < pc.length; i++) pc[i] = pr.v()[i] / norm[pr.p()[i]] * ys;
      for (int i = 0; i < qc.length; i++) qc[i] = pr.v()[pc.length + i] / norm[nm + pr.q()[i]];
      int lead = 0;
      for (int i = 1; i < qc.length; i++) if (Math.abs(qc[i]) > Math.abs(qc[lead])) lead = i;
      if (!(Math.abs(qc[lead]) > 0)) continue;
      double s = qc[lead];
      for (int i = 0; i < pc.length; i++) pc[i] /= s;
      for (int i = 0; i < qc.length; i++) qc[i] /= s;
      double rel = relErr(mons, pr.p(), pc, pr.q(), qc, x, y, n, ym, root);
      if (!Double.isFinite(rel)) continue;
      Template tq = template(names, mons, pr.p(), pc, pr.q(), qc, lead);
      out.add(new Found(root ? new Template(Exprs.call("sqrt", tq.expr()), tq.params(), tq.start(), tq.kinds(), "rational root")
          : tq, rel));
    }
    return out;
  }

  /**
   * Solves the leading {@code c} x {@code c} block of {@code a} against {@code b} by Gaussian elimination with
   * partial pivoting (a copy; null when singular). Written here because it runs for every pair of supports on
   * systems of at most four unknowns, where a library decomposition's allocations cost more than its work.
   */
  static double[] solve(double[][] a, double[] b, int c) {
    double[][] m = new double[c][c + 1];
    for (int i = 0; i < c; i++) { System.arraycopy(a[i], 0, m[i], 0, c); m[i][c] = b[i]; }
    for (int col = 0; col < c; col++) {
      int piv = col;
      for (int i = col + 1; i < c; i++) if (Math.abs(m[i][col]) > Math.abs(m[piv][col])) piv = i;
      if (!(Math.abs(m[piv][col]) > 1e-14)) return null;
      double[] t = m[col]; m[col] = m[piv]; m[piv] = t;
      for (int i = col + 1; i < c; i++) {
        double f = m[i][col] / m[col][col];
        for (int j = col; j <= c; j++) m[i][j] -= f * m[col][j];
      }
    }
    double[] x = new double[c];
    for (int i = c - 1; i >= 0; i--) {
      double s = m[i][c];
      for (int j = i + 1; j < c; j++) s -= m[i][j] * x[j];
      x[i] = s / m[i][i];
    }
    return x;
  }

  private static double relErr(List<int[]> mons, int[] sp, double[] pc, int[] sq, double[] qc, double[][] x, double[] y,
      int n, double ym, boolean root) {
    double se = 0, st = 0;
    for (int i = 0; i < n; i++) {
      double p = 0, q = 0;
      for (int a = 0; a < sp.length; a++) p += pc[a] * value(mons.get(sp[a]), x, i);
      for (int a = 0; a < sq.length; a++) q += qc[a] * value(mons.get(sq[a]), x, i);
      double d = (root ? Math.sqrt(p / q) : p / q) - y[i];
      se += d * d;
      st += (y[i] - ym) * (y[i] - ym);
    }
    return st > 0 ? Math.sqrt(se / st) : Double.NaN;
  }

  private static double value(int[] mon, double[][] x, int i) {
    double v = 1;
    for (int j = 0; j < mon.length; j++) v *= Math.pow(x[j][i], mon[j]);
    return v;
  }

  /** {@code (p0*m0 + ...)/(m_lead + q1*m1 + ...)}: the leading monomial of Q carries no constant. */
  private static Template template(List<String> names, List<int[]> mons, int[] sp, double[] pc, int[] sq, double[] qc,
      int lead) {
    List<String> params = new ArrayList<>();
    List<Double> start = new ArrayList<>();
    List<Template.Kind> kinds = new ArrayList<>();
    Expr num = null, den = null;
    for (int a = 0; a < sp.length; a++) {
      String c = P + params.size();
      params.add(c);
      start.add(pc[a]);
      kinds.add(isOne(mons.get(sp[a])) ? Template.Kind.OFFSET : Template.Kind.SCALE);
      Expr t = Exprs.mul(Expr.sym(c), monomial(names, mons.get(sp[a])));
      num = num == null ? t : Exprs.add(num, t);
    }
    for (int a = 0; a < sq.length; a++) {
      Expr t;
      if (a == lead) {
        t = monomial(names, mons.get(sq[a]));
      } else {
        String c = P + params.size();
        params.add(c);
        start.add(qc[a]);
        kinds.add(isOne(mons.get(sq[a])) ? Template.Kind.OFFSET : Template.Kind.SCALE);
        t = Exprs.mul(Expr.sym(c), monomial(names, mons.get(sq[a])));
      }
      den = den == null ? t : Exprs.add(den, t);
    }
    double[] st = start.stream().mapToDouble(Double::doubleValue).toArray();
    return new Template(Exprs.div(num, den), params, st, kinds, "rational");
  }

  private static boolean isOne(int[] mon) {
    for (int e : mon) if (e != 0) return false;
    return true;
  }

  private static Expr monomial(List<String> names, int[] mon) {
    Expr out = null;
    for (int j = 0; j < mon.length; j++) {
      if (mon[j] == 0) continue;
      Expr f = mon[j] == 1 ? Expr.sym(names.get(j)) : Exprs.pow(Expr.sym(names.get(j)), new BigFraction(mon[j]));
      out = out == null ? f : Exprs.mul(out, f);
    }
    return out == null ? Expr.num(1) : out;
  }

  /**
   * Exponent vectors of total degree at most 4 in one or two variables (15 monomials in two: the square of
   * a quadratic), at most 2 in three (10), by increasing degree, constant first.
   */
  static List<int[]> monomials(int k) {
    int maxDegree = k <= 2 ? 4 : 2;
    List<int[]> out = new ArrayList<>();
    for (int d = 0; d <= maxDegree; d++) addOfDegree(new int[k], 0, d, out);
    return out;
  }

  private static void addOfDegree(int[] m, int from, int left, List<int[]> out) {
    if (left == 0) { out.add(m.clone()); return; }
    for (int j = from; j < m.length; j++) {
      m[j]++;
      addOfDegree(m, j, left - 1, out);
      m[j]--;
    }
  }

  /** Every non-empty subset of {0..n-1} with at most {@value #MAX_TERMS} elements, in increasing order. */
  static List<int[]> supports(int n) {
    List<int[]> out = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      out.add(new int[] {a});
      for (int b = a + 1; b < n; b++) {
        out.add(new int[] {a, b});
        for (int c = b + 1; c < n; c++) out.add(new int[] {a, b, c});
      }
    }
    return out;
  }

  /** Whether every monomial of both supports shares a variable (P/Q would carry a common factor). */
  private static boolean commonFactor(List<int[]> mons, int[] sp, int[] sq) {
    int k = mons.get(0).length;
    for (int j = 0; j < k; j++) {
      boolean all = true;
      for (int a : sp) all &= mons.get(a)[j] > 0;
      for (int a : sq) all &= mons.get(a)[j] > 0;
      if (all) return true;
    }
    return false;
  }
}
