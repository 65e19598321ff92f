package dev.discover.neural.internal.search;

import dev.discover.neural.internal.Mlp;
import java.util.Arrays;

/**
 * Fits the neural surrogate at the top level of the search: log features for positive inputs and a log target
 * for a one-signed output (so that products become sums), a 2x16 tanh network trained for a fixed number of
 * steps (the same seed gives the same network), and its errors on the training rows.
 */
final class NetworkOracle {
  private NetworkOracle() {}

  /** Rows the network is trained on, at most. */
  static final int ROWS = 400;

  /**
   * Fits the surrogate on the problem's rows.
   *
   * @param pts the rows, row-major
   * @param yy the target on those rows
   * @param deadline safety cap on training
   * @param ctx the search (progress, notes, options; the network is recorded there)
   */
  static Oracle fit(double[][] pts, double[] yy, long deadline, SearchContext ctx) {
    int k = pts[0].length;
    long t0 = System.nanoTime();
    int nn = Math.min(pts.length, ROWS);
    boolean[] logX = logInputs(pts);
    boolean neg = true;
    for (double v : yy) neg &= v < 0;
    boolean logY = oneSigned(yy);
    double ySign = neg ? -1 : 1;
    double[][] sub = FittedNetwork.Surrogate.features(logX, Arrays.copyOf(pts, nn));
    double[][] cols = new double[k][nn];
    for (int i = 0; i < nn; i++) for (int j = 0; j < k; j++) cols[j][i] = sub[i][j];
    double[] ys = target(yy, nn, logY);
    Mlp net = new Mlp(k, 16, cols, ys, ctx.opts().seed());
    // bounded by its step counts (about 3 s on an idle core) so that the same seed gives the same network;
    // the search's deadline is only a safety cap for a heavily loaded machine
    net.train(sub, ys, 1500, 2000, 1e-6, deadline);
    double netErr = net.trainRelativeError();
    ctx.progress(String.format("network: %d inputs%s, 2x16 tanh, relative training error %.2g, %.1f s", k,
        logY ? " (log target)" : "", netErr, (System.nanoTime() - t0) / 1e9));
    ctx.note(String.format("network surrogate relative error %.2g%s", netErr, logY ? " on log|y|" : ""));
    FittedNetwork.Surrogate fitted = new FittedNetwork.Surrogate(net, logX, logY, ySign);
    ctx.fitted(fitted);
    // the oracle's errors on the training rows, in y and in log|y|
    double[] pv = fitted.predict(Arrays.copyOf(pts, nn));
    double se = 0, m = 0, sv = 0, sl = 0;
    for (int i = 0; i < nn; i++) {
      se += (pv[i] - yy[i]) * (pv[i] - yy[i]);
      m += yy[i];
      double dl = Math.log(Math.abs(pv[i])) - Math.log(Math.abs(yy[i]));
      sl += Double.isFinite(dl) ? dl * dl : 1;
    }
    m /= nn;
    for (int i = 0; i < nn; i++) sv += (yy[i] - m) * (yy[i] - m);
    return new Oracle(fitted::predict, Math.sqrt(se / (sv + 1e-300)), Math.sqrt(sl / nn));
  }

  /** Per input, whether it is positive on every row (the network then sees its logarithm). */
  static boolean[] logInputs(double[][] pts) {
    int k = pts[0].length;
    boolean[] logX = new boolean[k];
    for (int j = 0; j < k; j++) {
      boolean pos = true;
      for (double[] p : pts) pos &= p[j] > 0;
      logX[j] = pos;
    }
    return logX;
  }

  /** Whether the target has one sign on every row (the network then predicts {@code log|y|}). */
  static boolean oneSigned(double[] yy) {
    boolean pos = true, neg = true;
    for (double v : yy) { pos &= v > 0; neg &= v < 0; }
    return pos || neg;
  }

  /** The network's target on the first {@code n} rows: {@code log|y|} when {@code logY}, else y. */
  static double[] target(double[] yy, int n, boolean logY) {
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) ys[i] = logY ? Math.log(Math.abs(yy[i])) : yy[i];
    return ys;
  }
}
