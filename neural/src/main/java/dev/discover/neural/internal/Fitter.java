package dev.discover.neural.internal;

import dev.discover.symbolic.CompiledExpr;
import dev.discover.symbolic.Compiler;
import dev.discover.symbolic.Expr;
import dev.discover.symbolic.Exprs;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;

/**
 * Fits the free constants of an expression to data by Levenberg-Marquardt (Hipparchus), with a
 * forward-difference Jacobian. All constants are polished jointly; the best point seen is returned even
 * when the optimizer stops on its evaluation limit.
 */
public final class Fitter {
  private final List<String> names;
  private final double[][] rows;   // rows[i] = inputs, then room for pi and the constants
  private final double[] y;

  /**
   * A fitter over fixed data.
   *
   * @param names input names
   * @param x inputs by column (read only)
   * @param y target (read only)
   * @param rowIdx rows to use
   */
  public Fitter(List<String> names, double[][] x, double[] y, int[] rowIdx) {
    this.names = List.copyOf(names);
    this.rows = new double[rowIdx.length][];
    this.y = new double[rowIdx.length];
    for (int r = 0; r < rowIdx.length; r++) {
      double[] row = new double[names.size()];
      for (int j = 0; j < row.length; j++) row[j] = x[j][rowIdx[r]];
      rows[r] = row;
      this.y[r] = y[rowIdx[r]];
    }
  }

  /** A copy of the target. */
  public double[] target() { return y.clone(); }

  /** Number of rows. */
  public int size() { return y.length; }

  /** Sum of squares of the target about its mean. */
  public double sst() {
    double m = 0;
    for (double v : y) m += v;
    m /= y.length;
    double s = 0;
    for (double v : y) s += (v - m) * (v - m);
    return s;
  }

  /** A compiled expression over the inputs, pi and the given constants. */
  public Evaluator compile(Expr e, List<String> params) {
    List<String> vars = new ArrayList<>(names);
    vars.add(Exprs.PI);
    vars.addAll(params);
    return new Evaluator(new Compiler(vars).compile(e), names.size(), params.size());
  }

  /** A compiled expression with a buffer; not thread-safe. */
  public final class Evaluator {
    private final CompiledExpr f;
    private final double[] buf;
    private final int k;

    Evaluator(CompiledExpr f, int k, int p) {
      this.f = f;
      this.k = k;
      this.buf = new double[k + 1 + p];
      buf[k] = Math.PI;
    }

    /** Values on every row for these constants. */
    public double[] values(double[] p) {
      System.arraycopy(p, 0, buf, k + 1, p.length);
      double[] out = new double[rows.length];
      for (int i = 0; i < rows.length; i++) {
        System.arraycopy(rows[i], 0, buf, 0, k);
        out[i] = f.eval(buf);
      }
      return out;
    }

    /** Sum of squared residuals; infinite when any value is not finite. */
    public double sse(double[] p) {
      double[] v = values(p);
      double s = 0;
      for (int i = 0; i < v.length; i++) {
        double d = v[i] - y[i];
        s += d * d;
      }
      return Double.isFinite(s) ? s : Double.POSITIVE_INFINITY;
    }
  }

  /** The fitted constants and their sum of squared residuals. */
  public record Fit(double[] params, double sse) {
    /** Copies. */
    public Fit { params = params.clone(); }
    /** A copy of the constants. */
    @Override public double[] params() { return params.clone(); }
  }

  /** Fits every constant of {@code e} named in {@code params}, starting at {@code start}. */
  public Fit fit(Expr e, List<String> params, double[] start, int maxEval) {
    Evaluator ev = compile(e, params);
    if (params.isEmpty()) return new Fit(start, ev.sse(start));
    double[] best = start.clone();
    double[] bestSse = {ev.sse(start)};
    int m = y.length, p = params.size();
    double big = 1e6 * Math.sqrt(sst() / m + 1e-300);
    try {
      LeastSquaresProblem problem = new LeastSquaresBuilder()
          .start(start).target(y).maxEvaluations(maxEval).maxIterations(maxEval)
          .model(point -> {
            double[] q = point.toArray();
            double[] v = ev.values(q);
            double s = 0;
            for (int i = 0; i < m; i++) {
              if (!Double.isFinite(v[i])) v[i] = big;
              double d = v[i] - y[i];
              s += d * d;
            }
            if (s < bestSse[0]) { bestSse[0] = s; System.arraycopy(q, 0, best, 0, p); }
            double[][] jac = new double[m][p];
            for (int j = 0; j < p; j++) {
              double h = 1e-7 * Math.max(Math.abs(q[j]), 1e-4);
              double old = q[j];
              q[j] = old + h;
              double[] w = ev.values(q);
              q[j] = old;
              for (int i = 0; i < m; i++) {
                double d = Double.isFinite(w[i]) ? (w[i] - v[i]) / h : 0;
                jac[i][j] = d;
              }
            }
            return new Pair<RealVector, org.hipparchus.linear.RealMatrix>(new ArrayRealVector(v, false),
                new Array2DRowRealMatrix(jac, false));
          })
          .build();
      new LevenbergMarquardtOptimizer().optimize(problem);
    } catch (RuntimeException ex) {
      // evaluation limit or a singular step: keep the best point seen
    }
    return new Fit(best, bestSse[0]);
  }
}
