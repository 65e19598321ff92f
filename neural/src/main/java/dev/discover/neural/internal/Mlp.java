package dev.discover.neural.internal;

import java.util.Random;

/**
 * A small multilayer perceptron (inputs, two tanh hidden layers, one or more linear outputs) trained in double
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
 *
 * <p>The same network serves the modular networks of {@code internal.modules}: several outputs, a
 * {@link Shaping} that sets the penalty step by step and may rearrange the network between steps, and a mask
 * of pruned parameters that training keeps at zero.
 */
public final class Mlp {
  /** Batches of at least this many rows use the ND4J engine (see the class comment). */
  public static final int ND4J_MIN_ROWS = 8000;

  private final int k, h, m;
  private final double[] mu, sd;
  private final double[] yMu, ySd;
  /** Flat parameters: W1 (k x h, row-major), b1 (h), W2 (h x h), b2 (h), W3 (h x m), b3 (m). */
  private final double[] p;
  /** 1 for a trainable parameter, 0 for a pruned one (kept at zero); empty before any pruning. */
  private double[] free = new double[0];
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
  public Mlp(int k, int h, double[][] x, double[] y, long seed) { this(k, h, x, new double[][] {y}, seed); }

  /**
   * An untrained network with one output per target.
   *
   * @param k number of inputs
   * @param h hidden width
   * @param x inputs by column, for standardisation (read only)
   * @param ys targets by output, for standardisation (read only)
   * @param seed initialisation seed
   */
  public Mlp(int k, int h, double[][] x, double[][] ys, long seed) {
    this.k = k;
    this.h = h;
    this.m = ys.length;
    mu = new double[k];
    sd = new double[k];
    for (int j = 0; j < k; j++) { mu[j] = Moments.mean(x[j]); sd[j] = Moments.std(x[j], mu[j]); }
    yMu = new double[m];
    ySd = new double[m];
    for (int o = 0; o < m; o++) { yMu[o] = Moments.mean(ys[o]); ySd[o] = Moments.std(ys[o], yMu[o]); }
    oW1 = 0; oB1 = k * h; oW2 = oB1 + h; oB2 = oW2 + h * h; oW3 = oB2 + h; oB3 = oW3 + h * m;
    p = new double[oB3 + m];
    Random r = new Random(seed);
    for (int i = 0; i < k * h; i++) p[oW1 + i] = r.nextGaussian() * Math.sqrt(1.0 / k);
    for (int i = 0; i < h * h; i++) p[oW2 + i] = r.nextGaussian() * Math.sqrt(1.0 / h);
    for (int i = 0; i < h * m; i++) p[oW3 + i] = r.nextGaussian() * Math.sqrt(1.0 / h);
  }

  /**
   * What the Adam phase of {@link #train(double[][], double[][], int, int, Shaping, long)} adds to plain
   * least squares: a penalty (its gradient, step by step) and changes to the network between steps that leave
   * its function unchanged (neuron swaps).
   */
  public interface Shaping {
    /** Adds the penalty's gradient at {@code w} (read only) into {@code g}, at {@code step} (from 1) of {@code steps}. */
    void addPenalty(double[] w, double[] g, int step, int steps);

    /** Called after each Adam step (from 1) with the live parameters. */
    default void afterStep(int step, double[] w) {}

    /** Adam's learning rate. */
    default double learningRate() { return 1e-2; }
  }

  /** A constant locality-weighted L1 penalty: {@code l1 * d[i] * |w[i]|}. */
  private static Shaping constantL1(double l1, double[] d) {
    return (w, g, step, steps) -> {
      for (int i = 0; i < g.length; i++) g[i] = g[i] + (l1 > 0 ? l1 * d[i] * Math.signum(w[i]) : 0);
    };
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
    train(rows, new double[][] {y}, adamSteps, lbfgsSteps, constantL1(l1, locality()), deadlineNanos);
  }

  /**
   * Trains every output on rows: Adam with the shaping's penalty, then L-BFGS on the plain loss (the mean
   * over rows of the squared errors summed over outputs). Pruned parameters stay at zero.
   *
   * @param rows inputs, {@code rows[i][j]} (read only)
   * @param ys targets by output, {@code ys[o][i]} (read only)
   * @param adamSteps full-batch Adam steps with the penalty
   * @param lbfgsSteps L-BFGS iterations without it
   * @param shaping the penalty and the changes between steps
   * @param deadlineNanos stop early at this {@link System#nanoTime()}
   */
  public void train(double[][] rows, double[][] ys, int adamSteps, int lbfgsSteps, Shaping shaping, long deadlineNanos) {
    double[][] x = standardise(rows);
    int n = rows.length;
    double[] t = new double[n * m];
    for (int i = 0; i < n; i++) for (int o = 0; o < m; o++) t[i * m + o] = (ys[o][i] - yMu[o]) / ySd[o];
    Engine eng = forceNd4j || n >= ND4J_MIN_ROWS
        ? new Nd4jMlpEngine(x, t, k, h, m, new int[] {oW1, oB1, oW2, oB2, oW3, oB3}) : new LoopEngine(x, t);
    int[] done = {0};
    Adam.minimise(p, (w, g) -> {
      eng.lossAndGradient(w, g);
      shaping.addPenalty(w, g, done[0] + 1, adamSteps);
      mask(g);
    }, adamSteps, shaping.learningRate(), 64, deadlineNanos, step -> {
      done[0] = step;
      shaping.afterStep(step, p);
    });
    if (lbfgsSteps > 0) {
      Lbfgs.Objective obj = new Lbfgs.Objective() {
        @Override public double value(double[] w) { return eng.lossAndGradient(w, null); }
        @Override public double[] gradient(double[] w) {
          double[] gw = new double[w.length];
          eng.lossAndGradient(w, gw);
          mask(gw);
          return gw;
        }
      };
      double[] best = Lbfgs.minimise(obj, p, lbfgsSteps, deadlineNanos);
      System.arraycopy(best, 0, p, 0, p.length);
    }
    trainRelErr = Math.sqrt(eng.lossAndGradient(p, null) / m);
  }

  private void mask(double[] g) {
    for (int i = 0; i < free.length; i++) g[i] *= free[i];
  }

  /**
   * Prunes: parameters where {@code keep} is false are set to zero and stay there in later training.
   *
   * @param keep per parameter (the layout of {@link #parameters()})
   */
  public void prune(boolean[] keep) {
    if (keep.length != p.length) throw new IllegalArgumentException("expected " + p.length + " flags, got " + keep.length);
    free = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      free[i] = keep[i] ? 1 : 0;
      if (!keep[i]) p[i] = 0;
    }
  }

  /** Whether parameter {@code i} is pruned. */
  public boolean pruned(int i) { return free.length > 0 && free[i] == 0; }

  /**
   * The live parameter vector (W1, b1, W2, b2, W3, b3; see the index methods), for the modular networks,
   * which read it and rearrange it in place in ways that keep the network's function.
   */
  public double[] parameters() { return p; }

  /** Index of the weight from input {@code i} to first-layer unit {@code u}. */
  public int w1(int i, int u) { return oW1 + i * h + u; }

  /** Index of the weight from first-layer unit {@code u} to second-layer unit {@code v}. */
  public int w2(int u, int v) { return oW2 + u * h + v; }

  /** Index of the weight from second-layer unit {@code v} to output {@code o}. */
  public int w3(int v, int o) { return oW3 + v * m + o; }

  /** Index of the bias of unit {@code u} in hidden layer {@code layer} (1 or 2), or of output {@code u} (layer 3). */
  public int bias(int layer, int u) { return (layer == 1 ? oB1 : layer == 2 ? oB2 : oB3) + u; }

  /** Copies parameters saved from {@link #parameters()} back (same layout). */
  public void restore(double[] saved) { System.arraycopy(saved, 0, p, 0, p.length); }

  /** Mean squared error and (when {@code g} is not null) its gradient, for standardised data. */
  interface Engine {
    double lossAndGradient(double[] p, double[] g);
  }

  /** Plain loops, one row at a time: no allocation per step and no native call overhead. */
  private final class LoopEngine implements Engine {
    private final double[][] x;
    /** Standardised targets, row-major (n x m). */
    private final double[] t;
    private final double[] a1 = new double[h], a2 = new double[h], d2 = new double[h], d1 = new double[h];
    private final double[] dOut = new double[m];

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
        for (int v = 0; v < h; v++) a2[v] = Math.tanh(a2[v]);
        for (int o = 0; o < m; o++) {
          double out = p[oB3 + o];
          for (int v = 0; v < h; v++) out += a2[v] * p[oW3 + v * m + o];
          double e = out - t[r * m + o];
          loss += e * e;
          dOut[o] = 2 * e / n;
        }
        if (g == null) continue;
        for (int o = 0; o < m; o++) g[oB3 + o] += dOut[o];
        for (int v = 0; v < h; v++) {
          double s = 0;
          for (int o = 0; o < m; o++) { g[oW3 + v * m + o] += dOut[o] * a2[v]; s += dOut[o] * p[oW3 + v * m + o]; }
          d2[v] = s * (1 - a2[v] * a2[v]);
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

  /** Predictions of the first output at rows of raw inputs. */
  public double[] predict(double[][] rows) { return predictAll(rows)[0]; }

  /** Predictions of every output at rows of raw inputs, {@code [output][row]}. */
  public double[][] predictAll(double[][] rows) {
    double[][] x = standardise(rows);
    double[][] out = new double[m][rows.length];
    double[] a1 = new double[h], a2 = new double[h];
    for (int r = 0; r < x.length; r++) {
      forwardRow(x[r], a1, a2);
      for (int o = 0; o < m; o++) {
        double v = p[oB3 + o];
        for (int u = 0; u < h; u++) v += a2[u] * p[oW3 + u * m + o];
        out[o][r] = v * ySd[o] + yMu[o];
      }
    }
    return out;
  }

  /**
   * The hidden activations at rows of raw inputs, {@code [layer - 1][row][unit]} for layers 1 and 2, for the
   * modular networks' importance of edges.
   */
  public double[][][] activations(double[][] rows) {
    double[][] x = standardise(rows);
    double[][][] a = new double[2][rows.length][h];
    for (int r = 0; r < x.length; r++) forwardRow(x[r], a[0][r], a[1][r]);
    return a;
  }

  /** The standardised inputs of rows, as the first layer sees them. */
  public double[][] standardised(double[][] rows) { return standardise(rows); }

  private void forwardRow(double[] xr, double[] a1, double[] a2) {
    for (int u = 0; u < h; u++) a1[u] = p[oB1 + u];
    for (int j = 0; j < k; j++) for (int u = 0; u < h; u++) a1[u] += xr[j] * p[oW1 + j * h + u];
    for (int u = 0; u < h; u++) a1[u] = Math.tanh(a1[u]);
    for (int v = 0; v < h; v++) a2[v] = p[oB2 + v];
    for (int u = 0; u < h; u++) for (int v = 0; v < h; v++) a2[v] += a1[u] * p[oW2 + u * h + v];
    for (int v = 0; v < h; v++) a2[v] = Math.tanh(a2[v]);
  }

  /** Root-mean-square training error relative to the target's standard deviation. */
  public double trainRelativeError() { return trainRelErr; }

  /** First-layer weights {@code [input][unit]}, for plots and attribution. */
  public double[][] firstLayer() { return block(oW1, k, h); }

  /** Second-layer weights {@code [unit][unit]}. */
  public double[][] secondLayer() { return block(oW2, h, h); }

  /** Weights into the first output. */
  public double[] outputLayer() {
    double[] w = new double[h];
    for (int v = 0; v < h; v++) w[v] = p[oW3 + v * m];
    return w;
  }

  /** Number of outputs. */
  public int outputs() { return m; }

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
