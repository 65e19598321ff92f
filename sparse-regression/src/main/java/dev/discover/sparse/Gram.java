package dev.discover.sparse;

import java.util.Arrays;
import java.util.Objects;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * The sufficient statistics of a linear least-squares problem y ~ X b, accumulated in contiguous blocks of
 * rows so that block bootstraps cost no pass over the data: per block, X^T X, X^T y, y^T y, the column sums
 * of y and the row count. Sparse regressions ({@link Stlsq}, {@link Sr3}, {@link Ensemble}) solve restricted
 * problems from these sums alone. Immutable.
 */
public final class Gram {
  private final int cols;
  private final int targets;
  private final double[][] xtx; // [block][cols*cols]
  private final double[][] xty; // [block][targets*cols]
  private final double[][] yty; // [block][targets]
  private final double[][] ysum; // [block][targets]
  private final long[] rows;

  private Gram(int cols, int targets, double[][] xtx, double[][] xty, double[][] yty, double[][] ysum, long[] rows) {
    this.cols = cols;
    this.targets = targets;
    this.xtx = xtx;
    this.xty = xty;
    this.yty = yty;
    this.ysum = ysum;
    this.rows = rows;
  }

  /**
   * Accumulates rows {@code x[i]} (length cols) with targets {@code y[i]} (length targets) into
   * {@code blocks} contiguous blocks; neither array is modified.
   */
  public static Gram of(double[][] x, double[][] y, int cols, int targets, int blocks) {
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(y, "y");
    if (x.length != y.length) throw new IllegalArgumentException("x has " + x.length + " rows but y has " + y.length);
    if (blocks < 1) throw new IllegalArgumentException("blocks must be >= 1, got " + blocks);
    int nb = Math.max(1, Math.min(blocks, x.length));
    double[][] xtx = new double[nb][cols * cols];
    double[][] xty = new double[nb][targets * cols];
    double[][] yty = new double[nb][targets];
    double[][] ysum = new double[nb][targets];
    long[] rows = new long[nb];
    int n = x.length;
    for (int b = 0; b < nb; b++) {
      int lo = (int) ((long) n * b / nb);
      int hi = (int) ((long) n * (b + 1) / nb);
      double[] g = xtx[b];
      double[] c = xty[b];
      for (int i = lo; i < hi; i++) {
        double[] r = x[i];
        double[] t = y[i];
        if (r.length != cols || t.length != targets) {
          throw new IllegalArgumentException("row " + i + " has " + r.length + " columns and " + t.length
              + " targets, expected " + cols + " and " + targets);
        }
        for (int j = 0; j < cols; j++) {
          double v = r[j];
          if (v == 0) continue;
          int off = j * cols;
          for (int k = j; k < cols; k++) g[off + k] += v * r[k];
          for (int q = 0; q < targets; q++) c[q * cols + j] += v * t[q];
        }
        for (int q = 0; q < targets; q++) { yty[b][q] += t[q] * t[q]; ysum[b][q] += t[q]; }
      }
      for (int j = 0; j < cols; j++) for (int k = 0; k < j; k++) g[j * cols + k] = g[k * cols + j];
      rows[b] = hi - lo;
    }
    return new Gram(cols, targets, xtx, xty, yty, ysum, rows);
  }

  /** The number of columns of X. */
  public int cols() { return cols; }
  /** The number of targets (columns of y). */
  public int targets() { return targets; }
  /** The number of blocks. */
  public int blocks() { return rows.length; }

  /** The problem of one target with every block counted once. */
  public Problem problem(int target) {
    int[] w = new int[rows.length];
    Arrays.fill(w, 1);
    return problem(target, w);
  }

  /** The problem of one target with block b counted {@code weights[b]} times (a block bootstrap). */
  public Problem problem(int target, int[] weights) {
    if (target < 0 || target >= targets) throw new IllegalArgumentException("target " + target + " out of range");
    double[] g = new double[cols * cols];
    double[] c = new double[cols];
    double yy = 0, ys = 0;
    long n = 0;
    for (int b = 0; b < rows.length; b++) {
      int w = weights[b];
      if (w == 0) continue;
      for (int k = 0; k < g.length; k++) g[k] += w * xtx[b][k];
      for (int j = 0; j < cols; j++) c[j] += w * xty[b][target * cols + j];
      yy += w * yty[b][target];
      ys += w * ysum[b][target];
      n += w * rows[b];
    }
    return new Problem(cols, g, c, yy, ys, n);
  }

  /**
   * One least-squares problem min ||X b - y||^2 given by its normal equations. Columns are scaled to unit
   * root mean square internally; coefficients are always returned in the original units.
   */
  public static final class Problem {
    private final int cols;
    private final double[] g;
    private final double[] c;
    private final double yty;
    private final double ysum;
    private final long n;
    private final double[] scale;
    private final double yScale;

    Problem(int cols, double[] g, double[] c, double yty, double ysum, long n) {
      this.cols = cols;
      this.g = g;
      this.c = c;
      this.yty = yty;
      this.ysum = ysum;
      this.n = n;
      this.scale = new double[cols];
      for (int j = 0; j < cols; j++) scale[j] = Math.sqrt(Math.max(g[j * cols + j], 0) / Math.max(n, 1));
      this.yScale = Math.sqrt(Math.max(yty, 0) / Math.max(n, 1));
    }

    /** The number of columns. */
    public int cols() { return cols; }
    /** The number of rows. */
    public long rows() { return n; }
    /** The root mean square of column j. */
    public double columnScale(int j) { return scale[j]; }
    /** The root mean square of the target. */
    public double targetScale() { return yScale; }

    /**
     * The contribution of coefficient j in scale-free units: |b_j| rms(X_j) / rms(y). A threshold on it is
     * independent of the units of the data and of the library columns.
     */
    public double normalized(int j, double bj) { return yScale == 0 ? 0 : Math.abs(bj) * scale[j] / yScale; }

    /**
     * Least squares restricted to the columns with {@code support[j]} true, with ridge
     * {@code ridge} on the scaled columns (0 for none); other coefficients are 0.
     */
    public double[] solve(boolean[] support, double ridge) {
      return solve(support, ridge, null);
    }

    /**
     * All columns, with the scaled coefficients pulled towards {@code prior} (original units) with weight
     * {@code ridge}: the relaxed step of {@link Sr3}.
     */
    public double[] solveRelaxed(double[] prior, double ridge) {
      boolean[] all = new boolean[cols];
      Arrays.fill(all, true);
      return solve(all, ridge, prior);
    }

    private double[] solve(boolean[] support, double ridge, double[] prior) {
      int[] idx = indices(support);
      double[] out = new double[cols];
      int m = idx.length;
      if (m == 0) return out;
      DMatrixRMaj a = new DMatrixRMaj(m, m);
      DMatrixRMaj b = new DMatrixRMaj(m, 1);
      for (int p = 0; p < m; p++) {
        int i = idx[p];
        double si = scale[i];
        for (int q = 0; q < m; q++) {
          int j = idx[q];
          a.set(p, q, g[i * cols + j] / (si * scale[j] * n));
        }
        a.add(p, p, ridge);
        b.set(p, 0, c[i] / (si * n) + (prior == null ? 0 : ridge * prior[i] * si));
      }
      DMatrixRMaj x = new DMatrixRMaj(m, 1);
      LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.symmPosDef(m);
      boolean ok = solver.setA(a.copy());
      if (ok) {
        solver.solve(b, x);
        for (int p = 0; p < m; p++) ok &= Double.isFinite(x.get(p));
      }
      if (!ok) {
        LinearSolverDense<DMatrixRMaj> pinv = LinearSolverFactory_DDRM.pseudoInverse(true);
        pinv.setA(a);
        pinv.solve(b, x);
      }
      for (int p = 0; p < m; p++) out[idx[p]] = x.get(p) / scale[idx[p]];
      return out;
    }

    /** The residual sum of squares ||X b - y||^2 of coefficients b. */
    public double rss(double[] b) {
      double r = yty;
      for (int j = 0; j < cols; j++) {
        if (b[j] == 0) continue;
        r -= 2 * b[j] * c[j];
        double s = 0;
        for (int k = 0; k < cols; k++) if (b[k] != 0) s += g[j * cols + k] * b[k];
        r += b[j] * s;
      }
      return Math.max(r, 0);
    }

    /** The coefficient of determination 1 - RSS/TSS of coefficients b (TSS about the mean of y). */
    public double r2(double[] b) {
      double tss = yty - ysum * ysum / Math.max(n, 1);
      return tss <= 0 ? (rss(b) <= 1e-300 ? 1 : 0) : 1 - rss(b) / tss;
    }

    /** The root mean square residual of coefficients b. */
    public double rmse(double[] b) { return Math.sqrt(rss(b) / Math.max(n, 1)); }

    /** The sum of squares y^T y. */
    public double yty() { return yty; }

    private int[] indices(boolean[] support) {
      int m = 0;
      for (int j = 0; j < cols; j++) if (support[j] && scale[j] > 0) m++;
      int[] idx = new int[m];
      int k = 0;
      for (int j = 0; j < cols; j++) if (support[j] && scale[j] > 0) idx[k++] = j;
      return idx;
    }
  }
}
