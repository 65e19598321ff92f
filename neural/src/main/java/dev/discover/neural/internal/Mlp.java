package dev.discover.neural.internal;

import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * A small multilayer perceptron (inputs, two tanh hidden layers, one linear output) trained in double
 * precision. Training: Adam on the mean squared error plus a locality-weighted L1 penalty (BIMT, Liu et al.
 * arXiv:2305.08746: each weight costs its magnitude times the distance between the neurons it joins), then
 * the penalty is dropped and L-BFGS polishes the last digits. Inputs and output are standardised.
 *
 * <p>Gradients are analytic (hand-written back-propagation), because ND4J's automatic differentiation has a
 * high per-operation overhead for networks this small. The loss and gradient have two engines over the same
 * flat parameter vector: plain Java loops, and batched ND4J matrix products. bench/MlpBench.java measures
 * both; on this 2-core machine (one ND4J thread, 4 inputs, 16 units) the loops took 0.36, 0.65, 1.6 and 10
 * ms per step at 100, 400, 1000 and 4000 rows against ND4J's 1.9, 1.5, 2.7 and 14 ms (5.3x, 2.3x, 1.7x, 1.4x),
 * and ND4J led only at 10 000 rows (17 against 22 ms), so ND4J is used from {@link #ND4J_MIN_ROWS} rows up.
 * The last digits come from {@link Lbfgs}.
 */
public final class Mlp {
  /** Batches of at least this many rows use the ND4J engine (see the class comment). */
  public static final int ND4J_MIN_ROWS = 8000;

  private final int k, h;
  private final double[] mu, sd;
  private final double yMu, ySd;
  /** Flat parameters: W1 (k x h, row-major), b1 (h), W2 (h x h), b2 (h), w3 (h), b3 (1). */
  private final double[] p;
  private final int oW1, oB1, oW2, oB2, oW3, oB3;
  private double trainRelErr = Double.NaN;
  private boolean forceNd4j;

  /**
   * An untrained network.
   *
   * @param k number of inputs
   * @param h hidden width
   * @param x inputs by column, for standardisation (read only)
   * @param y target, for standardisation (read only)
   * @param seed initialisation seed
   */
  public Mlp(int k, int h, double[][] x, double[] y, long seed) {
    this.k = k;
    this.h = h;
    mu = new double[k];
    sd = new double[k];
    for (int j = 0; j < k; j++) { mu[j] = Moments.mean(x[j]); sd[j] = Moments.std(x[j], mu[j]); }
    yMu = Moments.mean(y);
    ySd = Moments.std(y, yMu);
    oW1 = 0; oB1 = k * h; oW2 = oB1 + h; oB2 = oW2 + h * h; oW3 = oB2 + h; oB3 = oW3 + h;
    p = new double[oB3 + 1];
    Random r = new Random(seed);
    for (int i = 0; i < k * h; i++) p[oW1 + i] = r.nextGaussian() * Math.sqrt(1.0 / k);
    for (int i = 0; i < h * h; i++) p[oW2 + i] = r.nextGaussian() * Math.sqrt(1.0 / h);
    for (int i = 0; i < h; i++) p[oW3 + i] = r.nextGaussian() * Math.sqrt(1.0 / h);
  }

  /** Uses the ND4J engine whatever the batch size (for benchmarks and the engine-agreement test). */
  public Mlp forceNd4j(boolean on) {
    forceNd4j = on;
    return this;
  }

  private double[][] standardise(double[][] rows) {
    double[][] z = new double[rows.length][k];
    for (int i = 0; i < rows.length; i++) for (int j = 0; j < k; j++) z[i][j] = (rows[i][j] - mu[j]) / sd[j];
    return z;
  }

  /** BIMT locality weights: 1 + distance between neurons laid out on a line in each layer; 0 for biases. */
  private double[] locality() {
    double[] d = new double[p.length];
    for (int i = 0; i < k; i++) for (int u = 0; u < h; u++) d[oW1 + i * h + u] = 1 + Math.abs((i + 0.5) / k - (u + 0.5) / h);
    for (int u = 0; u < h; u++) for (int v = 0; v < h; v++) d[oW2 + u * h + v] = 1 + Math.abs((u + 0.5) / h - (v + 0.5) / h);
    for (int v = 0; v < h; v++) d[oW3 + v] = 1 + Math.abs((v + 0.5) / h - 0.5);
    return d;
  }

  /**
   * Trains on rows (row-major inputs).
   *
   * @param rows inputs, {@code rows[i][j]} (read only)
   * @param y targets (read only)
   * @param adamSteps full-batch Adam steps with the locality penalty
   * @param lbfgsSteps L-BFGS iterations without the penalty
   * @param l1 strength of the locality-weighted L1 penalty
   * @param deadlineNanos stop early at this {@link System#nanoTime()}
   */
  public void train(double[][] rows, double[] y, int adamSteps, int lbfgsSteps, double l1, long deadlineNanos) {
    double[][] x = standardise(rows);
    double[] t = new double[y.length];
    for (int i = 0; i < y.length; i++) t[i] = (y[i] - yMu) / ySd;
    Engine eng = forceNd4j || rows.length >= ND4J_MIN_ROWS ? new Nd4jEngine(x, t) : new LoopEngine(x, t);
    double[] d = locality();
    // Adam on the loss plus the locality-weighted L1 penalty
    Adam.minimise(p, (w, g) -> {
      eng.lossAndGradient(w, g);
      for (int i = 0; i < g.length; i++) g[i] = g[i] + (l1 > 0 ? l1 * d[i] * Math.signum(w[i]) : 0);
    }, adamSteps, 1e-2, 64, deadlineNanos, step -> { });
    if (lbfgsSteps > 0) {
      Lbfgs.Objective obj = new Lbfgs.Objective() {
        @Override public double value(double[] w) { return eng.lossAndGradient(w, null); }
        @Override public double[] gradient(double[] w) {
          double[] gw = new double[w.length];
          eng.lossAndGradient(w, gw);
          return gw;
        }
      };
      double[] best = Lbfgs.minimise(obj, p, lbfgsSteps, deadlineNanos);
      System.arraycopy(best, 0, p, 0, p.length);
    }
    trainRelErr = Math.sqrt(eng.lossAndGradient(p, null));
  }

  /** Mean squared error and (when {@code g} is not null) its gradient, for standardised data. */
  private interface Engine {
    double lossAndGradient(double[] p, double[] g);
  }

  /** Plain loops, one row at a time: no allocation per step and no native call overhead. */
  private final class LoopEngine implements Engine {
    private final double[][] x;
    private final double[] t;
    private final double[] a1 = new double[h], a2 = new double[h], d2 = new double[h], d1 = new double[h];

    LoopEngine(double[][] x, double[] t) { this.x = x; this.t = t; }

    @Override
    public double lossAndGradient(double[] p, double[] g) {
      if (g != null) java.util.Arrays.fill(g, 0);
      int n = x.length;
      double loss = 0;
      for (int r = 0; r < n; r++) {
        double[] xr = x[r];
        for (int u = 0; u < h; u++) a1[u] = p[oB1 + u];
        for (int j = 0; j < k; j++) {
          double xj = xr[j];
          int o = oW1 + j * h;
          for (int u = 0; u < h; u++) a1[u] += xj * p[o + u];
        }
        for (int u = 0; u < h; u++) a1[u] = Math.tanh(a1[u]);
        for (int v = 0; v < h; v++) a2[v] = p[oB2 + v];
        for (int u = 0; u < h; u++) {
          double au = a1[u];
          int o = oW2 + u * h;
          for (int v = 0; v < h; v++) a2[v] += au * p[o + v];
        }
        double out = p[oB3];
        for (int v = 0; v < h; v++) { a2[v] = Math.tanh(a2[v]); out += a2[v] * p[oW3 + v]; }
        double e = out - t[r];
        loss += e * e;
        if (g == null) continue;
        double dOut = 2 * e / n;
        g[oB3] += dOut;
        for (int v = 0; v < h; v++) {
          g[oW3 + v] += dOut * a2[v];
          d2[v] = dOut * p[oW3 + v] * (1 - a2[v] * a2[v]);
          g[oB2 + v] += d2[v];
        }
        for (int u = 0; u < h; u++) {
          double s = 0, au = a1[u];
          int o = oW2 + u * h;
          for (int v = 0; v < h; v++) { g[o + v] += au * d2[v]; s += p[o + v] * d2[v]; }
          d1[u] = s * (1 - au * au);
          g[oB1 + u] += d1[u];
        }
        for (int j = 0; j < k; j++) {
          double xj = xr[j];
          int o = oW1 + j * h;
          for (int u = 0; u < h; u++) g[o + u] += xj * d1[u];
        }
      }
      return loss / n;
    }
  }

  /** Batched ND4J matrix products over the whole batch. */
  private final class Nd4jEngine implements Engine {
    private final INDArray x, t;

    Nd4jEngine(double[][] xs, double[] ts) {
      Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
      // one native thread: on a shared two-core machine spinning OpenMP threads cost more than they give
      Nd4j.getEnvironment().setMaxThreads(1);
      x = Nd4j.createFromArray(xs);
      t = Nd4j.createFromArray(ts).reshape(ts.length, 1);
    }

    private INDArray slice(double[] p, int off, int rows, int cols) {
      return Nd4j.createFromArray(java.util.Arrays.copyOfRange(p, off, off + rows * cols)).reshape(rows, cols);
    }

    @Override
    public double lossAndGradient(double[] p, double[] g) {
      INDArray w1 = slice(p, oW1, k, h), b1 = slice(p, oB1, 1, h), w2 = slice(p, oW2, h, h), b2 = slice(p, oB2, 1, h);
      INDArray w3 = slice(p, oW3, h, 1), b3 = slice(p, oB3, 1, 1);
      INDArray a1 = Transforms.tanh(x.mmul(w1).addiRowVector(b1), false);
      INDArray a2 = Transforms.tanh(a1.mmul(w2).addiRowVector(b2), false);
      INDArray res = a2.mmul(w3).addiRowVector(b3).subi(t);
      long n = x.rows();
      double nrm = res.norm2Number().doubleValue();
      if (g == null) return nrm * nrm / n;
      INDArray dOut = res.muli(2.0 / n);
      INDArray dz2 = dOut.mmul(w3.transpose()).muli(a2.mul(a2).rsubi(1));
      INDArray dz1 = dz2.mmul(w2.transpose()).muli(a1.mul(a1).rsubi(1));
      put(g, oW1, x.transpose().mmul(dz1));
      put(g, oB1, dz1.sum(true, 0));
      put(g, oW2, a1.transpose().mmul(dz2));
      put(g, oB2, dz2.sum(true, 0));
      put(g, oW3, a2.transpose().mmul(dOut));
      put(g, oB3, dOut.sum(true, 0));
      return nrm * nrm / n;
    }

    private void put(double[] g, int off, INDArray a) {
      double[] v = a.dup('c').data().asDouble();
      System.arraycopy(v, 0, g, off, v.length);
    }
  }

  /** Predictions at rows of raw inputs. */
  public double[] predict(double[][] rows) {
    double[][] x = standardise(rows);
    double[] out = new double[rows.length];
    double[] a1 = new double[h], a2 = new double[h];
    for (int r = 0; r < x.length; r++) out[r] = forwardRow(x[r], a1, a2);
    return out;
  }

  private double forwardRow(double[] xr, double[] a1, double[] a2) {
    for (int u = 0; u < h; u++) a1[u] = p[oB1 + u];
    for (int j = 0; j < k; j++) for (int u = 0; u < h; u++) a1[u] += xr[j] * p[oW1 + j * h + u];
    for (int u = 0; u < h; u++) a1[u] = Math.tanh(a1[u]);
    for (int v = 0; v < h; v++) a2[v] = p[oB2 + v];
    for (int u = 0; u < h; u++) for (int v = 0; v < h; v++) a2[v] += a1[u] * p[oW2 + u * h + v];
    double out = p[oB3];
    for (int v = 0; v < h; v++) { a2[v] = Math.tanh(a2[v]); out += a2[v] * p[oW3 + v]; }
    return out * ySd + yMu;
  }

  /** Root-mean-square training error relative to the target's standard deviation. */
  public double trainRelativeError() { return trainRelErr; }

  /** First-layer weights {@code [input][unit]}, for plots and attribution. */
  public double[][] firstLayer() { return block(oW1, k, h); }

  /** Second-layer weights {@code [unit][unit]}. */
  public double[][] secondLayer() { return block(oW2, h, h); }

  /** Output weights. */
  public double[] outputLayer() { return java.util.Arrays.copyOfRange(p, oW3, oW3 + h); }

  private double[][] block(int off, int rows, int cols) {
    double[][] b = new double[rows][cols];
    for (int i = 0; i < rows; i++) System.arraycopy(p, off + i * cols, b[i], 0, cols);
    return b;
  }

  /** Number of inputs. */
  public int inputs() { return k; }

  /** Hidden width. */
  public int width() { return h; }
}
