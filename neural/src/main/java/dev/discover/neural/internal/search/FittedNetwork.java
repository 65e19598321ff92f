package dev.discover.neural.internal.search;

import dev.discover.neural.internal.KanRoute;
import dev.discover.neural.internal.Mlp;
import dev.discover.neural.internal.modules.Bimt;
import dev.discover.neural.internal.modules.ModuleTree;

/** A network the search fitted and queried, kept in the result so that plots draw what the search used. */
public sealed interface FittedNetwork {
  /**
   * The neural surrogate (the oracle of the separability and symmetry tests): the network over its features
   * ({@code log x_j} for inputs positive on every row, else {@code x_j}), its target ({@code log|y|} for a
   * one-signed target, else {@code y}), and the map back to the data's coordinates.
   *
   * @param net the trained network (over the features)
   * @param logX per input, whether the network sees its logarithm
   * @param logY whether the network predicts {@code log|y|}
   * @param ySign the target's sign when {@code logY}
   */
  record Surrogate(Mlp net, boolean[] logX, boolean logY, double ySign) implements FittedNetwork {
    /** Copies. */
    public Surrogate { logX = logX.clone(); }

    /** Per input, whether the network sees its logarithm. */
    @Override
    public boolean[] logX() { return logX.clone(); }

    /** The network's features of rows in the data's coordinates. */
    public double[][] features(double[][] rows) { return features(logX, rows); }

    /** The features of rows: {@code log x_j} where {@code logX[j]}, else {@code x_j}. */
    static double[][] features(boolean[] logX, double[][] rows) {
      int k = logX.length;
      double[][] o = new double[rows.length][k];
      for (int i = 0; i < rows.length; i++) {
        for (int j = 0; j < k; j++) o[i][j] = logX[j] ? Math.log(rows[i][j]) : rows[i][j];
      }
      return o;
    }

    /** The surrogate's values at rows in the data's coordinates. */
    public double[] predict(double[][] rows) {
      double[] v = net.predict(features(rows));
      if (logY) for (int i = 0; i < v.length; i++) v[i] = ySign * Math.exp(v[i]);
      return v;
    }
  }

  /**
   * The Kolmogorov-Arnold route's network and its formulas.
   *
   * @param model the trained, pruned network with its candidates
   */
  record Kolmogorov(KanRoute.Model model) implements FittedNetwork {}

  /**
   * The modular network (trained with a connection cost, neurons swapped to shorten wires, pruned) whose
   * module tree proposed the splits of the inputs, over the same features and target as the surrogate.
   *
   * @param network the pruned network
   * @param modules its modules
   * @param logX per input, whether the network sees its logarithm
   * @param logY whether the network predicts {@code log|y|}
   */
  record Modular(Bimt.Network network, ModuleTree modules, boolean[] logX, boolean logY) implements FittedNetwork {
    /** Copies. */
    public Modular { logX = logX.clone(); }

    /** Per input, whether the network sees its logarithm. */
    @Override
    public boolean[] logX() { return logX.clone(); }

    /**
     * Trains one over the surrogate's features ({@code log x} for inputs positive on every row) and target
     * ({@code log|y|} when one-signed), on the first (at most) 400 rows.
     *
     * @param pts the rows, row-major (read only)
     * @param yy the target on those rows (read only)
     * @param seed initialisation seed
     * @param deadline safety cap on the training, {@link System#nanoTime()}
     */
    public static Modular fit(double[][] pts, double[] yy, long seed, long deadline) {
      int n = Math.min(pts.length, NetworkOracle.ROWS);
      boolean[] logX = NetworkOracle.logInputs(pts);
      boolean logY = NetworkOracle.oneSigned(yy);
      double[][] feats = Surrogate.features(logX, java.util.Arrays.copyOf(pts, n));
      double[] target = NetworkOracle.target(yy, n, logY);
      Bimt.Network net = Bimt.fit(feats, new double[][] {target}, Bimt.Settings.DEFAULT, seed, deadline);
      return new Modular(net, net.modules(), logX, logY);
    }
  }
}
