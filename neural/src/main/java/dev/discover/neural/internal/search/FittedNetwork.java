package dev.discover.neural.internal.search;

import dev.discover.neural.internal.KanRoute;
import dev.discover.neural.internal.Mlp;

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
}
