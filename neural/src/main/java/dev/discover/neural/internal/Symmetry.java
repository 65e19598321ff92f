package dev.discover.neural.internal;

import dev.discover.symbolic.Expr;
import dev.discover.symbolic.Exprs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.hipparchus.fraction.BigFraction;

/**
 * Symmetries and irrelevant inputs read off a fitted network, as in AI Feynman (Udrescu and Tegmark 2020),
 * tested on the network's gradient at the data points rather than on shifted points, so that the network is
 * never asked to extrapolate:
 * <ul>
 *   <li>f depends on x_i and x_j only through x_i + c x_j (c = 1 or -1: a sum, or a translation symmetry)
 *       exactly when df/dx_j = c df/dx_i everywhere;
 *   <li>for positive x_i and x_j, f depends on them only through x_i^a x_j^b (a product, a ratio, or a
 *       scaling symmetry) exactly when x_j df/dx_j = (b/a) x_i df/dx_i everywhere;
 *   <li>f does not depend on x_j when its attribution, mean |df/dx_j| times the spread of x_j, is negligible
 *       against the largest (pruning by attribution).
 * </ul>
 * Gradients are central differences through the oracle, so any smooth surrogate works.
 */
public final class Symmetry {
  private Symmetry() {}

  /** What a reduction does to the inputs. */
  public enum Kind {
    /** u = x_i + c x_j. */
    SUM,
    /** u = x_i^a x_j^b (positive inputs). */
    PRODUCT,
    /** x_i is dropped (j unused). */
    DROP
  }

  /**
   * One reduction of two inputs to one (or of one input to none).
   *
   * @param kind the kind
   * @param i first input
   * @param j second input (-1 for {@link Kind#DROP})
   * @param a exponent of x_i, or 1 for a sum
   * @param b exponent of x_j, or c for a sum
   * @param defect relative violation of the gradient identity (0 when exact)
   */
  public record Reduction(Kind kind, int i, int j, int a, int b, double defect) {
    /** The new variable as an expression over the inputs' names. */
    public Expr expr(List<String> names) {
      Expr xi = Expr.sym(names.get(i));
      if (kind == Kind.DROP) return xi;
      Expr xj = Expr.sym(names.get(j));
      if (kind == Kind.SUM) return b > 0 ? Exprs.add(xi, xj) : Exprs.sub(xi, xj);
      if (b < 0) return Exprs.div(Exprs.pow(xi, new BigFraction(a)), Exprs.pow(xj, new BigFraction(-b)));
      return Exprs.mul(Exprs.pow(xi, new BigFraction(a)), Exprs.pow(xj, new BigFraction(b)));
    }

    /** The new variable at a row of inputs. */
    public double value(double[] row) {
      if (kind == Kind.SUM) return row[i] + b * row[j];
      return Math.pow(row[i], a) * Math.pow(row[j], b);
    }

    /**
     * Inverts the reduction inside the data's box: sets {@code full[i]} and {@code full[j]} to values with the
     * new variable equal to {@code u}, keeping x_j as close to its median as x_i's range allows, so that an
     * oracle fitted on the data is not asked to extrapolate.
     *
     * @param lo smallest values of the inputs (read only)
     * @param hi largest values (read only)
     * @param med medians (read only)
     */
    public void invert(double u, double[] full, double[] lo, double[] hi, double[] med) {
      boolean log = kind == Kind.PRODUCT;
      double big = log ? Math.log(u) : u;
      double loI = s(lo[i], log), hiI = s(hi[i], log), loJ = s(lo[j], log), hiJ = s(hi[j], log);
      // a t_i + b t_j = big with t in the transformed coordinates; t_i in [loI, hiI] bounds t_j
      double e1 = (big - a * hiI) / b, e2 = (big - a * loI) / b;
      double tLo = Math.max(loJ, Math.min(e1, e2)), tHi = Math.min(hiJ, Math.max(e1, e2));
      double tm = s(med[j], log);
      double tj = tLo <= tHi ? Math.min(Math.max(tm, tLo), tHi) : Math.min(Math.max(tm, loJ), hiJ);
      double ti = (big - b * tj) / a;
      full[i] = log ? Math.exp(ti) : ti;
      full[j] = log ? Math.exp(tj) : tj;
    }

    private static double s(double v, boolean log) { return log ? Math.log(v) : v; }

    /** A short description, for progress and notes. */
    public String describe(List<String> names) {
      if (kind == Kind.DROP) return names.get(i) + " has no influence";
      return "depends on " + names.get(i) + ", " + names.get(j) + " only through " + Exprs.print(expr(names));
    }
  }

  /** Exponent pairs (a, b) tried for products, simplest first. */
  private static final int[][] PRODUCTS = {{1, 1}, {1, -1}, {1, 2}, {2, 1}, {1, -2}, {2, -1}};

  /**
   * Every candidate reduction, smallest defect first.
   *
   * @param rows sample points, row-major (read only)
   * @param oracle the function, evaluated on many rows at once
   */
  public static List<Reduction> test(double[][] rows, Function<double[][], double[]> oracle) {
    int n = Math.min(rows.length, 300), k = rows[0].length;
    double[] lo = new double[k], hi = new double[k];
    boolean[] pos = new boolean[k];
    for (int j = 0; j < k; j++) {
      lo[j] = Double.POSITIVE_INFINITY; hi[j] = Double.NEGATIVE_INFINITY; pos[j] = true;
      for (int r = 0; r < n; r++) {
        lo[j] = Math.min(lo[j], rows[r][j]); hi[j] = Math.max(hi[j], rows[r][j]); pos[j] &= rows[r][j] > 0;
      }
    }
    double[][] g = gradients(rows, n, oracle, lo, hi);
    double[] attr = new double[k];
    double maxAttr = 0;
    for (int j = 0; j < k; j++) {
      for (int r = 0; r < n; r++) attr[j] += Math.abs(g[r][j]) * (hi[j] - lo[j]) / n;
      maxAttr = Math.max(maxAttr, attr[j]);
    }
    List<Reduction> out = new ArrayList<>();
    if (!(maxAttr > 0)) return out;
    for (int j = 0; j < k; j++) if (attr[j] < 1e-3 * maxAttr) out.add(new Reduction(Kind.DROP, j, -1, 1, 0, attr[j] / maxAttr));
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        if (attr[i] < 1e-3 * maxAttr || attr[j] < 1e-3 * maxAttr) continue;
        for (int c = -1; c <= 1; c += 2) {
          double[] d = new double[n], w = new double[n];
          for (int r = 0; r < n; r++) {
            d[r] = g[r][j] - c * g[r][i];
            w[r] = g[r][i] * g[r][i] + g[r][j] * g[r][j];
          }
          out.add(new Reduction(Kind.SUM, i, j, 1, c, defect(d, w)));
        }
        if (!pos[i] || !pos[j]) continue;
        for (int[] ab : PRODUCTS) {
          double ratio = ab[1] / (double) ab[0];
          double[] d = new double[n], w = new double[n];
          for (int r = 0; r < n; r++) {
            double si = rows[r][i] * g[r][i], sj = rows[r][j] * g[r][j];
            d[r] = sj - ratio * si;
            w[r] = si * si + sj * sj;
          }
          out.add(new Reduction(Kind.PRODUCT, i, j, ab[0], ab[1], defect(d, w)));
        }
      }
    }
    out.sort(Comparator.comparingDouble(Reduction::defect));
    return out;
  }

  /**
   * Relative violation of an identity d = 0 whose terms have squared size w at each point: the RMS of
   * d / sqrt(w) over the 80 % of points where it is smallest. The trimming keeps a few points where the
   * surrogate's gradient is poor (near the edges of the data) from hiding an exact symmetry; a false
   * symmetry is violated almost everywhere, so trimming a fifth of the points does not rescue it.
   */
  static double defect(double[] d, double[] w) {
    int n = d.length;
    double wMax = 0;
    for (double v : w) wMax = Math.max(wMax, v);
    double[] rel = new double[n];
    for (int r = 0; r < n; r++) rel[r] = d[r] * d[r] / (w[r] + 1e-12 * wMax + 1e-300);
    java.util.Arrays.sort(rel);
    int m = Math.max(1, (int) (0.8 * n));
    double s = 0;
    for (int r = 0; r < m; r++) s += rel[r];
    return Math.sqrt(s / m);
  }

  /**
   * A reduction above the absolute threshold is still taken when the surrogate is too rough for that
   * threshold but the identity holds far better than any other for the same pair: defect at most 0.1 and
   * at most 0.3 times the next best form for that pair. Without a symmetry the forms tried on a pair fail
   * alike; a wrong reduction costs only search time, since every result is scored on the data.
   */
  private static boolean standsOut(Reduction r, List<Reduction> all) {
    if (r.kind() == Kind.DROP || r.defect() > 0.1) return false;
    double next = Double.POSITIVE_INFINITY;
    for (Reduction o : all) {
      if (o != r && o.i() == r.i() && o.j() == r.j()) next = Math.min(next, o.defect());
    }
    return r.defect() <= 0.3 * next;
  }

  /** Central-difference gradients at the first n rows (whose ranges are lo..hi), all oracle calls batched. */
  static double[][] gradients(double[][] rows, int n, Function<double[][], double[]> oracle, double[] lo, double[] hi) {
    int k = rows[0].length;
    double[] step = new double[k];
    for (int j = 0; j < k; j++) step[j] = 1e-4 * Math.max(hi[j] - lo[j], 1e-12 * Math.max(Math.abs(hi[j]), 1));
    double[][] q = new double[2 * n * k][];
    for (int j = 0; j < k; j++) {
      for (int r = 0; r < n; r++) {
        double[] up = rows[r].clone(), dn = rows[r].clone();
        up[j] += step[j];
        dn[j] -= step[j];
        q[2 * (j * n + r)] = up;
        q[2 * (j * n + r) + 1] = dn;
      }
    }
    double[] f = oracle.apply(q);
    double[][] g = new double[n][k];
    for (int j = 0; j < k; j++) {
      for (int r = 0; r < n; r++) g[r][j] = (f[2 * (j * n + r)] - f[2 * (j * n + r) + 1]) / (2 * step[j]);
    }
    return g;
  }

  /**
   * The reductions to apply together: those within the threshold, greedily by defect, on disjoint inputs
   * (invariance under commuting transformations of disjoint inputs makes f a function of all the new
   * variables at once), leaving at least one input.
   */
  public static List<Reduction> choose(List<Reduction> all, double threshold, int inputs) {
    List<Reduction> out = new ArrayList<>();
    boolean[] used = new boolean[inputs];
    int left = inputs;
    for (Reduction r : all) {
      if (r.defect() > threshold && !standsOut(r, all)) continue;
      if (used[r.i()] || (r.j() >= 0 && used[r.j()])) continue;
      if (left - 1 < 1) break;
      used[r.i()] = true;
      if (r.j() >= 0) used[r.j()] = true;
      out.add(r);
      left--;
    }
    return out;
  }
}
