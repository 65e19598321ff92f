package dev.discover.neural.internal;

import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * A small multilayer perceptron (inputs, two tanh hidden layers, one linear output) trained in double
 * precision with ND4J. Gradients are analytic (hand-written back-propagation over whole-batch matrix
 * products), because ND4J's per-operation overhead makes its automatic differentiation slow for networks
 * this small. Training: Adam on the mean squared error plus a locality-weighted L1 penalty (BIMT, Liu et al.
 * arXiv:2305.08746: each weight costs its magnitude times the distance between the neurons it joins), then
 * the penalty is dropped and L-BFGS polishes the last digits. Inputs and output are standardised.
 */
public final class Mlp {
  private final int k, h;
  private final double[] mu, sd;
  private final double yMu, ySd;
  private INDArray w1, b1, w2, b2, w3, b3;
  private double trainRelErr = Double.NaN;

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
    Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    // one native thread: the matrices are small, and on a shared machine spinning OpenMP threads cost more
    Nd4j.getEnvironment().setMaxThreads(1);
    this.k = k;
    this.h = h;
    mu = new double[k];
    sd = new double[k];
    for (int j = 0; j < k; j++) { mu[j] = mean(x[j]); sd[j] = std(x[j], mu[j]); }
    yMu = mean(y);
    ySd = std(y, yMu);
    Random r = new Random(seed);
    w1 = randn(k, h, Math.sqrt(1.0 / k), r);
    b1 = Nd4j.zeros(DataType.DOUBLE, 1, h);
    w2 = randn(h, h, Math.sqrt(1.0 / h), r);
    b2 = Nd4j.zeros(DataType.DOUBLE, 1, h);
    w3 = randn(h, 1, Math.sqrt(1.0 / h), r);
    b3 = Nd4j.zeros(DataType.DOUBLE, 1, 1);
  }

  private static INDArray randn(int a, int b, double s, Random r) {
    double[][] v = new double[a][b];
    for (int i = 0; i < a; i++) for (int j = 0; j < b; j++) v[i][j] = r.nextGaussian() * s;
    return Nd4j.createFromArray(v);
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double d : v) s += d;
    return s / v.length;
  }

  private static double std(double[] v, double m) {
    double s = 0;
    for (double d : v) s += (d - m) * (d - m);
    double r = Math.sqrt(s / v.length);
    return r > 0 ? r : 1;
  }

  private INDArray standardise(double[][] rows) {
    double[][] z = new double[rows.length][k];
    for (int i = 0; i < rows.length; i++) for (int j = 0; j < k; j++) z[i][j] = (rows[i][j] - mu[j]) / sd[j];
    return Nd4j.createFromArray(z);
  }

  /** Distances between neurons laid out on a line in each layer (BIMT locality). */
  private static INDArray distances(int a, int b) {
    double[][] d = new double[a][b];
    for (int i = 0; i < a; i++) for (int j = 0; j < b; j++) d[i][j] = 1 + Math.abs((i + 0.5) / a - (j + 0.5) / b);
    return Nd4j.createFromArray(d);
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
    INDArray x = standardise(rows);
    double[] ys = new double[y.length];
    for (int i = 0; i < y.length; i++) ys[i] = (y[i] - yMu) / ySd;
    INDArray t = Nd4j.createFromArray(ys).reshape(y.length, 1);
    INDArray[] p = {w1, b1, w2, b2, w3, b3};
    INDArray[] d = {distances(k, h), null, distances(h, h), null, distances(h, 1), null};
    INDArray[] m = new INDArray[6], v = new INDArray[6];
    for (int i = 0; i < 6; i++) { m[i] = p[i].like(); v[i] = p[i].like(); }
    double lr = 1e-2, b1c = 0.9, b2c = 0.999;
    for (int step = 1; step <= adamSteps; step++) {
      if ((step & 63) == 0 && System.nanoTime() > deadlineNanos) break;
      INDArray[] g = gradients(x, t, p);
      double lrt = lr * Math.sqrt(1 - Math.pow(b2c, step)) / (1 - Math.pow(b1c, step));
      if (step > adamSteps * 3 / 4) lrt *= 0.3;
      for (int i = 0; i < 6; i++) {
        if (d[i] != null && l1 > 0) g[i].addi(Transforms.sign(p[i]).muli(d[i]).muli(l1));
        m[i].muli(b1c).addi(g[i].mul(1 - b1c));
        v[i].muli(b2c).addi(g[i].mul(g[i]).muli(1 - b2c));
        p[i].subi(m[i].div(Transforms.sqrt(v[i]).addi(1e-12)).muli(lrt));
      }
    }
    if (lbfgsSteps > 0) lbfgs(x, t, p, lbfgsSteps, deadlineNanos);
    INDArray out = forward(x, p)[2];
    trainRelErr = Math.sqrt(out.sub(t).norm2Number().doubleValue() * out.sub(t).norm2Number().doubleValue() / y.length);
  }

  /** Forward pass: hidden activations and output, all batched. */
  private static INDArray[] forward(INDArray x, INDArray[] p) {
    INDArray a1 = Transforms.tanh(x.mmul(p[0]).addiRowVector(p[1]), false);
    INDArray a2 = Transforms.tanh(a1.mmul(p[2]).addiRowVector(p[3]), false);
    INDArray out = a2.mmul(p[4]).addiRowVector(p[5]);
    return new INDArray[] {a1, a2, out};
  }

  /** Analytic gradients of the mean squared error. */
  private static INDArray[] gradients(INDArray x, INDArray t, INDArray[] p) {
    INDArray[] f = forward(x, p);
    long n = x.rows();
    INDArray dOut = f[2].sub(t).muli(2.0 / n);
    INDArray gw3 = f[1].transpose().mmul(dOut);
    INDArray gb3 = dOut.sum(true, 0);
    INDArray dz2 = dOut.mmul(p[4].transpose()).muli(f[1].mul(f[1]).rsubi(1));
    INDArray gw2 = f[0].transpose().mmul(dz2);
    INDArray gb2 = dz2.sum(true, 0);
    INDArray dz1 = dz2.mmul(p[2].transpose()).muli(f[0].mul(f[0]).rsubi(1));
    INDArray gw1 = x.transpose().mmul(dz1);
    INDArray gb1 = dz1.sum(true, 0);
    return new INDArray[] {gw1, gb1, gw2, gb2, gw3, gb3};
  }

  private static double loss(INDArray x, INDArray t, INDArray[] p) {
    INDArray r = forward(x, p)[2].subi(t);
    double s = r.norm2Number().doubleValue();
    return s * s / x.rows();
  }

  private static double[] flat(INDArray[] a) {
    int n = 0;
    for (INDArray q : a) n += (int) q.length();
    double[] out = new double[n];
    int o = 0;
    for (INDArray q : a) {
      double[] v = q.dup('c').data().asDouble();
      System.arraycopy(v, 0, out, o, v.length);
      o += v.length;
    }
    return out;
  }

  private static void unflat(double[] v, INDArray[] a) {
    int o = 0;
    for (int i = 0; i < a.length; i++) {
      int len = (int) a[i].length();
      double[] part = new double[len];
      System.arraycopy(v, o, part, 0, len);
      a[i].assign(Nd4j.createFromArray(part).reshape(a[i].shape()));
      o += len;
    }
  }

  /** L-BFGS ({@link Lbfgs}) on the unpenalised loss; leaves the best point in {@code p}. */
  private static void lbfgs(INDArray x, INDArray t, INDArray[] p, int iters, long deadlineNanos) {
    Lbfgs.Objective f = new Lbfgs.Objective() {
      @Override public double value(double[] w) {
        unflat(w, p);
        return loss(x, t, p);
      }

      @Override public double[] gradient(double[] w) {
        unflat(w, p);
        return flat(gradients(x, t, p));
      }
    };
    unflat(Lbfgs.minimise(f, flat(p), iters, deadlineNanos), p);
  }

  /** Predictions at rows of raw inputs. */
  public double[] predict(double[][] rows) {
    INDArray out = forward(standardise(rows), new INDArray[] {w1, b1, w2, b2, w3, b3})[2];
    double[] v = out.dup('c').data().asDouble();
    for (int i = 0; i < v.length; i++) v[i] = v[i] * ySd + yMu;
    return v;
  }

  /** Root-mean-square training error relative to the target's standard deviation. */
  public double trainRelativeError() { return trainRelErr; }

  /** |first-layer weight| of input j to hidden unit u, for plots and attribution. */
  public double[][] firstLayer() { return w1.toDoubleMatrix(); }

  /** |second-layer weights|. */
  public double[][] secondLayer() { return w2.toDoubleMatrix(); }

  /** Output weights. */
  public double[] outputLayer() { return w3.dup('c').data().asDouble(); }

  /** Number of inputs. */
  public int inputs() { return k; }

  /** Hidden width. */
  public int width() { return h; }
}
