package dev.discover.neural.internal;

import dev.discover.symbolic.Expr;
import dev.discover.symbolic.Exprs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Bottom-up enumeration of small expression trees over the inputs, deduplicated by their values on a sample
 * of rows, each scored against several forms whose outer constants are fitted in closed form:
 * <ul>
 *   <li>affine, {@code T(y) = a*e + b} for T in identity, square, square root, inverse, log, sine;</li>
 *   <li>power law, {@code y = C * prod x_j^p_j * e^q} (linear in log space);</li>
 *   <li>exponential, {@code y = C * prod x_j^p_j * exp(q*e)}.</li>
 * </ul>
 * The affine form with a linear fit is the brute-force step of AI Feynman (Udrescu and Tegmark 2020); the
 * power-law forms absorb the products of powers that dominate physics formulas without enumerating them.
 * The best few expressions per form are kept for the exact fit that follows; the multi-term sums and
 * products over the stored expressions are {@link MultiTermSearch}'s. About 350 lines: the enumeration and
 * the closed-form scoring share the per-form targets and bases set up in the constructor.
 */
public final class BruteForce {
  private static final int AFFINE = Form.AFFINE.size();

  /** A kept expression, the form it fits, its cost, score and values on the sample. */
  public record Hit(Form form, Expr expr, int cost, double score, double[] values) {}

  /** Several expressions combined linearly in a form: {@code T(y) = sum a_i e_i + b} or a product of powers. */
  public record Multi(Form form, List<Expr> terms, double score) {
    /** Copies. */
    public Multi { terms = List.copyOf(terms); }
  }

  final int n;
  final double[][] aff;   // centered transformed targets, null when the transform is undefined
  final double[] sst = new double[AFFINE];
  final double[][] q;     // orthonormal basis of [1, log x_j] for positive inputs, by column
  final double[] ry;      // residual of log y after projection, null when y is not positive
  double sstLog;
  final boolean[] ySign;   // sign of y per row when it changes sign, else null
  private final int keep;
  private double stopRelErr = 3e-9;
  final List<PriorityQueue<Hit>> heaps = new ArrayList<>();
  final List<Expr> exprs = new ArrayList<>();
  final List<double[]> vals = new ArrayList<>();
  final List<Integer> costs = new ArrayList<>();
  private final List<List<Integer>> levels = new ArrayList<>();
  private final Set<Long> seen = new HashSet<>();
  private long scored;
  private long maxScored = Long.MAX_VALUE;
  private boolean cut;
  private boolean withPi;
  private int stored;

  /**
   * Prepares the scoring on a sample.
   *
   * @param x sample inputs by column (read only)
   * @param y sample target, made positive where it had one sign (read only)
   * @param logColumns indices of inputs that are positive on every row, for the power-law forms
   * @param keep how many expressions to keep per form
   */
  public BruteForce(double[][] x, double[] y, int[] logColumns, int keep) {
    this.n = y.length;
    this.keep = keep;
    aff = new double[AFFINE][];
    boolean pos = true, nonzero = true;
    for (double v : y) { pos &= v > 0; nonzero &= v != 0; }
    for (int t = 0; t < AFFINE; t++) {
      double[] z = new double[n];
      boolean ok = true;
      for (int i = 0; i < n && ok; i++) {
        double v = y[i];
        Form form = Form.AFFINE.get(t);
        z[i] = form != Form.SIN || Math.abs(v) <= Math.PI / 2 ? form.transform(v) : Double.NaN;
        ok = Double.isFinite(z[i]) && (t != 2 || v >= 0) && (t != 3 || nonzero) && (t != 4 || pos);
      }
      if (ok) { sst[t] = center(z); aff[t] = z; }
    }
    for (int f = 0; f < Form.values().length; f++) heaps.add(new PriorityQueue<>((a, b) -> Double.compare(b.score, a.score)));
    boolean mixed = !pos && nonzero;
    ySign = mixed ? new boolean[n] : null;
    if (mixed) for (int i = 0; i < n; i++) ySign[i] = y[i] > 0;
    if (pos || mixed) {
      List<double[]> cols = new ArrayList<>();
      double[] one = new double[n];
      java.util.Arrays.fill(one, 1);
      cols.add(one);
      for (int j : logColumns) {
        double[] c = new double[n];
        for (int i = 0; i < n; i++) c[i] = Math.log(x[j][i]);
        cols.add(c);
      }
      q = orthonormal(cols);
      double[] ly = new double[n];
      for (int i = 0; i < n; i++) ly[i] = Math.log(Math.abs(y[i]));
      double[] c = ly.clone();
      sstLog = center(c);
      ry = residual(ly);
    } else {
      q = null;
      ry = null;
    }
  }

  static double center(double[] z) {
    double m = 0;
    for (double v : z) m += v;
    m /= z.length;
    double s = 0;
    for (int i = 0; i < z.length; i++) { z[i] -= m; s += z[i] * z[i]; }
    return s;
  }

  private static double[][] orthonormal(List<double[]> cols) {
    List<double[]> out = new ArrayList<>();
    for (double[] c : cols) {
      double[] v = c.clone();
      double norm0 = Math.sqrt(dot(v, v));
      for (int pass = 0; pass < 2; pass++) {
        for (double[] u : out) {
          double d = dot(u, v);
          for (int i = 0; i < v.length; i++) v[i] -= d * u[i];
        }
      }
      double norm = Math.sqrt(dot(v, v));
      if (norm > 1e-9 * norm0) {
        for (int i = 0; i < v.length; i++) v[i] /= norm;
        out.add(v);
      }
    }
    return out.toArray(new double[0][]);
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }

  private double[] residual(double[] w) {
    double[] r = w.clone();
    for (double[] u : q) {
      double d = dot(u, r);
      for (int i = 0; i < n; i++) r[i] -= d * u[i];
    }
    return r;
  }

  /** True when the target changes sign (power forms then fit |y| and need expressions of matching sign). */
  public boolean mixedSign() { return ySign != null; }

  /** Residual sum of squares of the pure power law (no expression), relative to the variance of log y. */
  public double powerLawRelativeError() {
    return ry == null || ySign != null ? Double.NaN : Math.sqrt(dot(ry, ry) / sstLog);
  }

  static double scoreOf(double relErr, int cost) {
    return Math.log10(Math.max(relErr, 1e-9)) + 0.08 * cost;
  }

  private void offer(Form form, Expr e, int cost, double relErr, double[] v) {
    if (!(relErr >= 0)) return;
    double s = scoreOf(relErr, cost);
    PriorityQueue<Hit> h = heaps.get(form.ordinal());
    if (h.size() < keep) h.add(new Hit(form, e, cost, s, v));
    else if (s < h.peek().score()) { h.poll(); h.add(new Hit(form, e, cost, s, v)); }
  }

  private void score(Expr e, double[] v, int cost) {
    scored++;
    double s1 = 0, s2 = 0;
    for (double d : v) { s1 += d; s2 += d * d; }
    double var = s2 - s1 * s1 / n;
    if (!(var > 1e-20 * s2)) return;
    for (int t = 0; t < AFFINE; t++) {
      if (aff[t] == null) continue;
      double c = dot(v, aff[t]);
      double sse = sst[t] - c * c / var;
      offer(Form.AFFINE.get(t), e, cost, Math.sqrt(Math.max(sse, 0) / sst[t]), v);
    }
    if (ry == null) return;
    // exponential form: u = e
    if (ySign == null) projectScore(Form.EXPONENTIAL, e, cost, v, v);
    boolean ok = true;
    double[] lu = new double[n];
    for (int i = 0; i < n && ok; i++) {
      lu[i] = Math.log(Math.abs(v[i]));
      ok = Double.isFinite(lu[i]);
    }
    if (ok && (ySign == null || signMatches(v))) projectScore(Form.POWER, e, cost, lu, v);
  }

  private void projectScore(Form form, Expr e, int cost, double[] u, double[] v) {
    double uu = dot(u, u);
    double proj = 0;
    for (double[] b : q) { double d = dot(b, u); proj += d * d; }
    double ru = uu - proj;
    if (!(ru > 1e-10 * uu)) return;
    double c = dot(ry, u);
    double sse = dot(ry, ry) - c * c / ru;
    offer(form, e, cost, Math.sqrt(Math.max(sse, 0) / sstLog), v);
  }

  private static long key(double[] v) {
    long h = 1125899906842597L;
    for (double d : v) {
      double a = Math.abs(d);
      // single precision where it has the range; beyond it the double's exponent with a float's mantissa, so
      // that values of SI size (1e-40) are not all zero
      h = 31 * h + (a == 0 || (a >= 1e-30 && a <= 1e30) ? Float.floatToIntBits((float) d) : Double.doubleToLongBits(d) >>> 29);
    }
    return h;
  }

  private boolean accept(Expr e, double[] v, int cost, boolean store) {
    for (double d : v) if (!Double.isFinite(d) || Math.abs(d) > 1e12) return false;
    // constant relative to the values' own size: m*x/T of SI data varies on the scale of 1e-25
    double first = v[0], size = 0;
    for (double d : v) size = Math.max(size, Math.abs(d));
    boolean constant = true;
    for (double d : v) if (Math.abs(d - first) > 1e-12 * size) { constant = false; break; }
    if (constant) return false;
    if (!seen.add(key(v))) return false;
    score(e, v, cost);
    if (store) {
      while (levels.size() <= cost) levels.add(new ArrayList<>());
      levels.get(cost).add(exprs.size());
      exprs.add(e);
      vals.add(v);
      costs.add(cost);
      stored++;
    }
    return true;
  }

  /**
   * Runs the enumeration until the deadline or until one level past the storage cap is done.
   *
   * @param names input names
   * @param x sample inputs by column
   * @param maxNodes storage cap
   * @param deadlineNanos {@link System#nanoTime()} at which to stop
   * @param maxCost largest expression cost to enumerate
   * @param maxScored stop after scoring this many expressions (a load-independent budget)
   */
  public void run(List<String> names, double[][] x, int maxNodes, long deadlineNanos, int maxCost, long maxScored) {
    this.maxScored = maxScored;
    levels.add(new ArrayList<>());
    levels.add(new ArrayList<>());
    List<double[]> consts = new ArrayList<>();
    List<Expr> constE = new ArrayList<>();
    for (int j = 0; j < names.size(); j++) accept(Expr.sym(names.get(j)), x[j].clone(), 1, true);
    for (int k = 1; k <= 2; k++) {
      double[] c = new double[n];
      java.util.Arrays.fill(c, k);
      consts.add(c);
      constE.add(Expr.num(k));
    }
    if (withPi) {
      double[] c = new double[n];
      java.util.Arrays.fill(c, Math.PI);
      consts.add(c);
      constE.add(Expr.sym(Exprs.PI));
    }
    boolean store = true;
    for (int cost = 2; cost <= maxCost; cost++) {
      boolean storeLevel = store;
      int[] counter = {0};
      // unary
      for (Operator.Unary u : Operator.Unary.values()) {
        int from = cost - u.cost();
        if (from < 1 || from >= levels.size()) continue;
        for (int idx : new ArrayList<>(levels.get(from))) {
          if ((++counter[0] & 255) == 0 && stop(deadlineNanos)) return;
          double[] a = vals.get(idx);
          double[] r = new double[n];
          for (int i = 0; i < n; i++) r[i] = u.apply(a[i]);
          boolean st = storeLevel && stored < maxNodes;
          accept(u.expr(exprs.get(idx)), r, cost, st);
        }
      }
      // binary with a constant leaf (cost 1) and a stored node
      int from = cost - 2;
      if (from >= 1 && from < levels.size()) {
        for (int idx : new ArrayList<>(levels.get(from))) {
          for (int k = 0; k < consts.size(); k++) {
            double[] a = vals.get(idx), c = consts.get(k);
            Expr ea = exprs.get(idx), ec = constE.get(k);
            for (Operator.Binary op : Operator.Binary.values()) {
              if ((++counter[0] & 255) == 0 && stop(deadlineNanos)) return;
              double[] r = new double[n];
              for (int i = 0; i < n; i++) r[i] = op.apply(a[i], c[i]);
              accept(op.expr(ea, ec), r, cost, storeLevel && stored < maxNodes);
            }
          }
        }
      }
      // binary between stored nodes
      for (int la = 1; la <= (cost - 1) / 2; la++) {
        int lb = cost - 1 - la;
        if (lb >= levels.size() || la >= levels.size()) continue;
        List<Integer> A = new ArrayList<>(levels.get(la));
        List<Integer> B = new ArrayList<>(levels.get(lb));
        for (int ia = 0; ia < A.size(); ia++) {
          for (int ib = (la == lb ? ia + 1 : 0); ib < B.size(); ib++) {
            double[] a = vals.get(A.get(ia)), b = vals.get(B.get(ib));
            Expr ea = exprs.get(A.get(ia)), eb = exprs.get(B.get(ib));
            for (Operator.Binary op : Operator.Binary.values()) {
              if ((++counter[0] & 255) == 0 && stop(deadlineNanos)) return;
              double[] r = new double[n];
              for (int i = 0; i < n; i++) r[i] = op.apply(a[i], b[i]);
              accept(op.expr(ea, eb), r, cost, storeLevel && stored < maxNodes);
            }
          }
        }
      }
      if (exactHit()) return;
      if (stored >= maxNodes) {
        if (!store) return;
        store = false;
      }
    }
  }

  /**
   * Offers pi as a leaf beside 1 and 2 (default off). Outer constants are fitted and snapped anyway; this is
   * for the ones inside a function, such as the 2 pi between an angular frequency and a frequency in
   * {@code exp(h*omega/(2*pi*k*T))} or {@code sin(2*pi*f*t)}, which no outer fit reaches. A third leaf makes every
   * level larger, so callers enable it where the enumeration is cheap (few inputs).
   */
  public void withPi(boolean on) { withPi = on; }

  /** Stops the enumeration once an expression fits to this relative error (default 3e-9). */
  public void stopAt(double relErr) { stopRelErr = Math.max(relErr, 3e-9); }

  /** True when some kept expression fits to rounding error: deeper levels cannot do better. */
  private boolean exactHit() {
    for (PriorityQueue<Hit> h : heaps) for (Hit hit : h) if (hit.score() - 0.08 * hit.cost() < Math.log10(stopRelErr)) return true;
    return false;
  }

  /** The kept expressions of every form, best first within a form. */
  public List<Hit> hits() {
    List<Hit> out = new ArrayList<>();
    for (PriorityQueue<Hit> h : heaps) {
      List<Hit> l = new ArrayList<>(h);
      l.sort((a, b) -> Double.compare(a.score(), b.score()));
      out.addAll(l);
    }
    return out;
  }

  /**
   * Greedy sums of up to three expressions and beams over sums of up to four (the affine forms) and products of
   * powers of two expressions (the power-law form), over the stored expressions ({@link MultiTermSearch}).
   *
   * @param seeds how many best single expressions to extend per form
   * @param deadlineNanos stop at this time
   */
  public List<Multi> multiTerm(int seeds, long deadlineNanos) { return new MultiTermSearch(this).run(seeds, deadlineNanos); }

  /** True when v and y have the same sign pattern (or the opposite one) on all but 3 % of rows. */
  boolean signMatches(double[] v) {
    int same = 0, zero = 0;
    for (int i = 0; i < n; i++) {
      if (v[i] == 0) zero++;
      else if ((v[i] > 0) == ySign[i]) same++;
    }
    if (zero > 0) return false;
    int tol = (int) Math.floor(0.03 * n);
    return same >= n - tol || same <= tol;
  }

  /** How many expressions were scored. */
  public long scored() { return scored; }

  /** Whether the deadline, not the work budget or the end of the enumeration, stopped the last run. */
  public boolean cutByDeadline() { return cut; }

  private boolean stop(long deadlineNanos) {
    if (scored >= maxScored) return true;
    if (System.nanoTime() > deadlineNanos) cut = true;
    return cut;
  }

  /** How many expressions were stored. */
  public int stored() { return stored; }
}
