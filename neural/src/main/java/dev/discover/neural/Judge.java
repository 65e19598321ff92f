package dev.discover.neural;

import dev.discover.neural.internal.search.ParetoFront;
import dev.discover.symbolic.CompiledExpr;
import dev.discover.symbolic.Compiler;
import dev.discover.symbolic.Exprs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Honest answers. A formula is {@link Verdict.Status#SOLVED} when its held-out error is at the noise level:
 * either at machine precision (relative error at most {@value #MACHINE}, and at most {@value #ROUNDING}
 * once its constants may move to first order: {@link ConstantRounding}), or its residuals are
 * indistinguishable from noise, that is (1) the mean residual of each row's {@value #K} nearest neighbours
 * (inputs scaled to unit spread) predicts less than {@value #STRUCTURE} of the residuals' variance, and the
 * same holds for the residuals' ranks (a nonparametric lack-of-fit test that a few huge values cannot
 * hide), and (2) its RMSE is at most {@value #NOISE_FACTOR} times the noise level
 * that the target's own nearest neighbours allow. Otherwise it is {@link Verdict.Status#APPROXIMATE}.
 *
 * <p>A target that its neighbours predict (structure above {@value #STRUCTURE}) is not constant, and a
 * constant is then never the chosen formula: the best non-constant formula of the Pareto front replaces it.
 */
public final class Judge {
  private Judge() {}

  static final double MACHINE = 1e-7;
  /** The held-out relative error an exact formula keeps once its printed constants move to first order. */
  static final double ROUNDING = 1e-10;
  static final double STRUCTURE = 0.1;
  static final double NOISE_FACTOR = 1.25;
  static final int K = 10;
  /** Rows used by the neighbour tests (a fixed pseudo-random subset of larger tables). */
  static final int ROWS = 1000;

  /**
   * A result with a non-constant best formula when the target is not constant, and its verdict.
   *
   * @param result the result, its best formula replaced where the rule above demands
   * @param verdict the verdict on that best formula
   */
  public record Judged(FormulaResult result, Verdict verdict) {}

  /** Judges {@code r} against {@code data} with the held-out rows that {@code opts} implies. */
  public static Judged judge(Dataset data, FormulaResult r, FormulaOptions opts) {
    int n = data.rows();
    int[] perm = FormulaSearch.permutation(n, new Random(opts.seed()));
    int nTest = Math.max(1, (int) Math.round(n * opts.testFraction()));
    int[] test = java.util.Arrays.copyOfRange(perm, 0, nTest);
    int[] sub = java.util.Arrays.copyOf(perm, Math.min(n, ROWS));
    double[][] z = standardized(data, sub);
    double scale = 0;
    for (int i = 0; i < n; i++) scale = Math.max(scale, Math.abs(data.y(i)));
    double s = scale > 0 ? scale : 1;
    double[] ys = new double[sub.length];
    for (int i = 0; i < sub.length; i++) ys[i] = data.y(sub[i]) / s;
    double targetStructure = robustStructure(z, ys);
    double noise = s * Math.sqrt(neighbourMse(z, ys) * K / (K + 1.0));
    Candidate best = r.best();
    String constantNote = "";
    if (targetStructure > STRUCTURE && isConstant(best)) {
      List<Candidate> varying = new ArrayList<>();
      for (Candidate c : r.pareto()) if (!isConstant(c)) varying.add(c);
      if (!varying.isEmpty()) {
        best = ParetoFront.choose(varying, r.targetRms());
        constantNote = "; a constant was the best trade-off but the target is not constant";
      } else {
        java.util.Optional<Candidate> line = line(data, test);
        if (line.isPresent()) {
          best = line.get();
          constantNote = "; the search found nothing better than a constant for a target that is not constant, "
              + "so the least-squares line in the inputs is shown";
        } else {
          constantNote = "; the search found nothing better than a constant for a target that is not constant";
        }
      }
    }
    // a formula worse than the held-out mean is no answer while a better one is on the front
    double sdTest = heldOutSpread(data, test);
    if (best.rmse() >= sdTest) {
      List<Candidate> better = new ArrayList<>();
      for (Candidate c : r.pareto()) if (c.rmse() < sdTest && !isConstant(c)) better.add(c);
      if (!better.isEmpty()) {
        best = ParetoFront.choose(better, r.targetRms());
        constantNote = "; the simplest trade-off was worse than the mean, so a more complex formula is shown";
      }
    }
    CompiledExpr f = new Compiler(data.names()).compile(best.formula());
    double[] res = new double[sub.length];
    for (int i = 0; i < sub.length; i++) res[i] = (data.y(sub[i]) - f.eval(data.row(sub[i]))) / s;
    double residualStructure = robustStructure(z, res);
    double sse = 0, mean = 0, sst = 0;
    for (int i : test) mean += data.y(i) / s;
    mean /= test.length;
    for (int i : test) {
      double d = (data.y(i) - f.eval(data.row(i))) / s, c = data.y(i) / s - mean;
      sse += d * d;
      sst += c * c;
    }
    double r2 = sst > 0 ? 1 - sse / sst : (sse == 0 ? 1 : Double.NEGATIVE_INFINITY);
    double rel = sst > 0 ? Math.sqrt(sse / sst) : (sse == 0 ? 0 : Double.POSITIVE_INFINITY);
    double rmse = s * Math.sqrt(sse / test.length);
    // exact up to the rounding of its printed constants, not merely close (a truncated series can be within 1e-7)
    double afterConstants = rel <= MACHINE ? ConstantRounding.residualAfterConstants(best.formula(), data, test) : rel;
    boolean machine = rel <= MACHINE && (Double.isNaN(afterConstants) ? rel : afterConstants) <= ROUNDING;
    boolean noiseLike = residualStructure < STRUCTURE && rmse <= NOISE_FACTOR * noise;
    boolean solved = (machine || noiseLike) && !(isConstant(best) && targetStructure > STRUCTURE) && Double.isFinite(rel);
    String why;
    if (solved) {
      why = machine ? String.format(Locale.ROOT, "held-out relative error %.2g: exact to machine precision", rel)
          + (rel > ROUNDING ? String.format(Locale.ROOT, " (%.2g once its printed constants may move by their rounding)",
              afterConstants) : "")
          : String.format(Locale.ROOT, "held-out error %.3g is at the noise level (about %.3g; residual structure %.2f)",
              rmse, noise, residualStructure);
    } else {
      String close = rel <= MACHINE ? String.format(Locale.ROOT, ", and %.2g once its constants may move by their "
          + "rounding (an approximation, not rounded constants)", afterConstants) : "";
      why = String.format(Locale.ROOT, "no exact formula found: held-out relative error %.3g%s, R^2 %.6f, residuals keep "
          + "structure %.2f (noise level about %.3g)%s", rel, close, r2, residualStructure, noise, constantNote);
    }
    Verdict v = new Verdict(solved ? Verdict.Status.SOLVED : Verdict.Status.APPROXIMATE, r2, rel, residualStructure, noise, why);
    FormulaResult out = best == r.best() ? r
        : new FormulaResult(best, r.pareto(), r.targetRms(), r.elapsedMillis(), r.notes(), r.options(), r.networks());
    return new Judged(out, v);
  }

  /**
   * Whether the target varies with the inputs beyond noise: its neighbours predict more than
   * {@value #STRUCTURE} of its variance.
   */
  static boolean varies(Dataset data, FormulaOptions opts) {
    int[] sub = java.util.Arrays.copyOf(FormulaSearch.permutation(data.rows(), new Random(opts.seed())), Math.min(data.rows(), ROWS));
    double scale = 0;
    for (int i = 0; i < data.rows(); i++) scale = Math.max(scale, Math.abs(data.y(i)));
    double[] ys = new double[sub.length];
    for (int i = 0; i < sub.length; i++) ys[i] = data.y(sub[i]) / (scale > 0 ? scale : 1);
    return robustStructure(standardized(data, sub), ys) > STRUCTURE;
  }

  /**
   * The larger of the neighbour structure of {@code v} itself and of its ranks: the ranks keep a target or a
   * residual that spans many decades (a few huge values, neighbours far apart) from passing as noise.
   */
  static double robustStructure(double[][] z, double[] v) {
    return Math.max(structure(z, centered(v)), structure(z, centered(ranks(v))));
  }

  /** Ranks 0..n-1, ties sharing their mean rank. */
  static double[] ranks(double[] v) {
    Integer[] idx = new Integer[v.length];
    for (int i = 0; i < idx.length; i++) idx[i] = i;
    java.util.Arrays.sort(idx, java.util.Comparator.comparingDouble(i -> v[i]));
    double[] r = new double[v.length];
    for (int a = 0; a < idx.length;) {
      int b = a;
      while (b + 1 < idx.length && v[idx[b + 1]] == v[idx[a]]) b++;
      for (int c = a; c <= b; c++) r[idx[c]] = (a + b) / 2.0;
      a = b + 1;
    }
    return r;
  }

  /**
   * The least-squares line {@code a + sum b_j x_j} on the training rows (columns scaled to unit size for the
   * solve), scored like a front candidate: the answer when the search found only constants for a target that
   * is not constant, which a constant never is. Empty when the fit is singular or not finite.
   */
  static java.util.Optional<Candidate> line(Dataset data, int[] test) {
    boolean[] held = new boolean[data.rows()];
    for (int i : test) held[i] = true;
    int k = data.inputs(), nTrain = data.rows() - test.length;
    if (nTrain <= k + 1) return java.util.Optional.empty();
    double[] scale = new double[k];
    for (int j = 0; j < k; j++) {
      for (int i = 0; i < data.rows(); i++) scale[j] = Math.max(scale[j], Math.abs(data.x(j, i)));
      if (!(scale[j] > 0) || !Double.isFinite(scale[j])) scale[j] = 1;
    }
    double ys = 0;
    for (int i = 0; i < data.rows(); i++) ys = Math.max(ys, Math.abs(data.y(i)));
    if (!(ys > 0) || !Double.isFinite(ys)) return java.util.Optional.empty();
    double[][] a = new double[nTrain][k + 1];
    double[] b = new double[nTrain];
    for (int i = 0, r = 0; i < data.rows(); i++) {
      if (held[i]) continue;
      a[r][0] = 1;
      for (int j = 0; j < k; j++) a[r][j + 1] = data.x(j, i) / scale[j];
      b[r++] = data.y(i) / ys;
    }
    double[] c;
    try {
      c = new org.hipparchus.linear.QRDecomposition(new org.hipparchus.linear.Array2DRowRealMatrix(a, false), 1e-12)
          .getSolver().solve(new org.hipparchus.linear.ArrayRealVector(b, false)).toArray();
    } catch (RuntimeException singular) {
      return java.util.Optional.empty();
    }
    dev.discover.symbolic.Expr e = dev.discover.neural.internal.Snapper.decimal(c[0] * ys);
    boolean varies = false;
    for (int j = 0; j < k; j++) {
      double coef = c[j + 1] * ys / scale[j];
      if (!Double.isFinite(coef)) return java.util.Optional.empty();
      if (coef == 0) continue;
      varies = true;
      dev.discover.symbolic.Expr term = Exprs.mul(dev.discover.neural.internal.Snapper.decimal(Math.abs(coef)),
          dev.discover.symbolic.Expr.sym(data.names().get(j)));
      e = coef > 0 ? Exprs.add(e, term) : Exprs.sub(e, term);
    }
    if (!varies) return java.util.Optional.empty();
    CompiledExpr f = new Compiler(data.names()).compile(e);
    double sTest = 0, sTrain = 0;
    for (int i = 0; i < data.rows(); i++) {
      double d = f.eval(data.row(i)) - data.y(i);
      if (held[i]) sTest += d * d; else sTrain += d * d;
    }
    double rTest = Math.sqrt(sTest / Math.max(1, test.length)), rTrain = Math.sqrt(sTrain / nTrain);
    if (!Double.isFinite(rTest)) return java.util.Optional.empty();
    String text = dev.discover.neural.internal.Tidy.printDecimal(e);
    return java.util.Optional.of(new Candidate(e, text, text, rTest, rTrain, Exprs.size(e)));
  }

  private static double heldOutSpread(Dataset data, int[] test) {
    double m = 0, q = 0;
    for (int i : test) m += data.y(i);
    m /= test.length;
    for (int i : test) q += (data.y(i) - m) * (data.y(i) - m);
    return Math.sqrt(q / test.length);
  }

  static boolean isConstant(Candidate c) { return Exprs.names(c.formula()).isEmpty(); }

  private static double[] centered(double[] v) {
    double m = 0;
    for (double d : v) m += d;
    m /= v.length;
    double[] o = new double[v.length];
    for (int i = 0; i < v.length; i++) o[i] = v[i] - m;
    return o;
  }

  /** The rows {@code sub} of the inputs, each input divided by its spread, row-major. */
  private static double[][] standardized(Dataset data, int[] sub) {
    int k = data.inputs();
    double[][] z = new double[sub.length][k];
    for (int j = 0; j < k; j++) {
      double m = 0, q = 0;
      for (int i : sub) m += data.x(j, i);
      m /= sub.length;
      for (int i : sub) q += (data.x(j, i) - m) * (data.x(j, i) - m);
      double sd = Math.sqrt(q / sub.length);
      for (int a = 0; a < sub.length; a++) z[a][j] = sd > 0 ? (data.x(j, sub[a]) - m) / sd : 0;
    }
    return z;
  }

  /** 1 - mean((v - neighbour mean of v)^2) / mean(v^2): how much of v its neighbours predict. */
  static double structure(double[][] z, double[] v) {
    double vv = 0;
    for (double d : v) vv += d * d;
    if (!(vv > 0)) return 0;
    return 1 - neighbourMse(z, v) * v.length / vv;
  }

  /** Mean of (v_i - mean of v over the K nearest other rows)^2. */
  static double neighbourMse(double[][] z, double[] v) {
    int n = z.length, k = Math.max(1, Math.min(K, n / 10));
    double se = 0;
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int c = 0; c < z[i].length; c++) { double t = z[i][c] - z[j][c]; s += t * t; }
        d[j] = j == i ? Double.POSITIVE_INFINITY : s;
      }
      double p = mean(v, nearest(d, k));
      se += (v[i] - p) * (v[i] - p);
    }
    return se / n;
  }

  private static int[] nearest(double[] d, int k) {
    // partial selection: k smallest distances, ties by index so the result is deterministic
    int[] best = new int[k];
    double[] bd = new double[k];
    java.util.Arrays.fill(bd, Double.POSITIVE_INFINITY);
    java.util.Arrays.fill(best, -1);
    for (int j = 0; j < d.length; j++) {
      if (d[j] >= bd[k - 1]) continue;
      int p = k - 1;
      while (p > 0 && bd[p - 1] > d[j]) { bd[p] = bd[p - 1]; best[p] = best[p - 1]; p--; }
      bd[p] = d[j];
      best[p] = j;
    }
    return best;
  }

  private static double mean(double[] v, int[] rows) {
    double s = 0;
    int c = 0;
    for (int r : rows) if (r >= 0) { s += v[r]; c++; }
    return c > 0 ? s / c : 0;
  }
}
