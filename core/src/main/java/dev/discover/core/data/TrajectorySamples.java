package dev.discover.core.data;

import dev.discover.core.Basis;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The data side of the search for invariants: trajectories split into fitting and held-out parts, basis values
 * along them (averaged over windows on noisy data), the relative variation of a combination, and the states
 * where the Jacobian rank of the laws is measured.
 */
final class TrajectorySamples {
  static final int JACOBIAN_POINTS = 12;
  /** Relative noise (estimate over spread) above which basis values are averaged over windows. */
  static final double NOISE_LEVEL = 1e-3;
  /** From this many trajectories on, whole trajectories are held out. */
  static final int TRAJECTORY_SPLIT = 4;
  /** The highest confidence a law found on one trajectory can have. */
  static final double SINGLE_TRAJECTORY_CONFIDENCE = 0.5;

  private TrajectorySamples() {}

  /**
   * Splits into fitting and held-out data. With at least {@link #TRAJECTORY_SPLIT} trajectories, whole
   * trajectories are held out; with fewer, the last share of every trajectory is, so that the fit still sees
   * every trajectory (relations that hold on one orbit only, through its initial conditions, are not laws
   * and only several trajectories rule them out). Returns the number of trajectories found noisy (whose
   * basis values were averaged over windows).
   */
  static int split(TrajectoryData data, Basis basis, double share, List<double[][]> train, List<double[][]> held,
      List<double[][]> trainStates, List<String> warnings) {
    List<Trajectory> trs = data.trajectories();
    int n = trs.size();
    int smoothed = 0;
    int h = Math.max(1, Math.min(n - 1, (int) Math.round(n * share)));
    for (int k = 0; k < n; k++) {
      Trajectory tr = trs.get(k);
      double[][] x = tr.x();
      int w = smoothingWindow(tr, NOISE_LEVEL);
      if (w > 1) smoothed++;
      if (n >= TRAJECTORY_SPLIT) {
        if (k < n - h) { train.add(values(basis, x, w)); trainStates.add(x); } else held.add(values(basis, x, w));
        continue;
      }
      int len = x.length;
      int cut = len - Math.max(2, (int) Math.round(len * share));
      if (cut < 3) throw new IllegalArgumentException("trajectory " + (k + 1) + " has " + len + " samples, too few to find and verify laws");
      double[][] a = Arrays.copyOfRange(x, 0, cut);
      train.add(values(basis, a, w));
      trainStates.add(a);
      held.add(values(basis, Arrays.copyOfRange(x, cut, len), w));
    }
    if (n == 1) {
      warnings.add("one trajectory: what is found may hold on this orbit only (through its initial state), not for the"
          + " system; confidence is capped at " + SINGLE_TRAJECTORY_CONFIDENCE + "; several trajectories from different starts rule such relations out");
    } else if (n < TRAJECTORY_SPLIT) {
      warnings.add(n + " trajectories: the laws are verified on the last " + Math.round(share * 100) + "% of each, not on unseen trajectories");
    }
    if (smoothed > 0) {
      warnings.add("noise detected in " + smoothed + " of " + n + " trajectories: basis values averaged over short windows;"
          + " the laws are less certain than on clean data");
    }
    return smoothed;
  }

  private static double[][] values(Basis basis, double[][] x, int window) {
    double[][] v = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      v[i] = basis.values(x[i]);
      for (int j = 0; j < v[i].length; j++) {
        if (!Double.isFinite(v[i][j])) {
          throw new IllegalArgumentException("basis function " + basis.term(j).name() + " is not finite at the state "
              + java.util.Arrays.toString(x[i]) + "; choose functions defined along the whole data");
        }
      }
    }
    return window > 1 ? movingAverage(v, window) : v;
  }

  /**
   * Averages of the basis values over windows of {@code w} samples, one every w/4: a law constant along
   * the trajectory has the same constant average, while white noise shrinks by sqrt(w) (its sigma^2 bias is
   * the same in every window and goes with the mean).
   */
  static double[][] movingAverage(double[][] v, int w) {
    int n = v.length;
    if (w >= n) w = Math.max(1, n / 4);
    int stride = Math.max(1, w / 4);
    int m = v[0].length;
    List<double[]> out = new ArrayList<>();
    double[] acc = new double[m];
    for (int i = 0; i < w; i++) for (int j = 0; j < m; j++) acc[j] += v[i][j];
    for (int s = 0; s + w <= n; s++) {
      if (s > 0) for (int j = 0; j < m; j++) acc[j] += v[s + w - 1][j] - v[s - 1][j];
      if (s % stride == 0) {
        double[] r = new double[m];
        for (int j = 0; j < m; j++) r[j] = acc[j] / w;
        out.add(r);
      }
    }
    return out.toArray(new double[0][]);
  }

  /** The averaging window: 1 on clean data, else half the shortest half-period, in samples. */
  static int smoothingWindow(Trajectory tr, double noiseLevel) {
    int d = tr.dimension();
    double[] noise = new double[d];
    boolean noisy = false;
    for (int j = 0; j < d; j++) {
      double[] col = tr.column(j);
      noise[j] = dev.discover.sparse.NoiseEstimate.sigma(tr.t(), col);
      double mean = 0, sq = 0;
      for (double c : col) { mean += c; sq += c * c; }
      mean /= col.length;
      double sd = Math.sqrt(Math.max(sq / col.length - mean * mean, 0));
      if (sd > 0 && noise[j] / sd > noiseLevel) noisy = true;
    }
    if (!noisy) return 1;
    double[] t = tr.t();
    double dt = (t[t.length - 1] - t[0]) / (t.length - 1);
    int w = (int) Math.round(0.5 * tr.halfPeriod(noise) / dt);
    return Math.max(1, Math.min(w, tr.size() / 8));
  }

  static double[] mean(double[][] v) {
    double[] m = new double[v[0].length];
    for (double[] r : v) for (int j = 0; j < m.length; j++) m[j] += r[j];
    for (int j = 0; j < m.length; j++) m[j] /= v.length;
    return m;
  }

  /**
   * The relative variation of sum_j c_j b_j over trajectories given as basis values: the root mean square
   * of its deviation from each trajectory's mean, over the root mean square size of its terms; the worst
   * trajectory counts.
   */
  static double variation(List<double[][]> values, double[] c) {
    double worst = 0;
    for (double[][] v : values) {
      double[] mean = mean(v);
      double hh = 0, terms = 0;
      for (double[] row : v) {
        double h = 0;
        for (int j = 0; j < c.length; j++) {
          if (c[j] == 0) continue;
          h += c[j] * (row[j] - mean[j]);
          terms += c[j] * c[j] * row[j] * row[j];
        }
        hh += h * h;
      }
      double var = terms > 0 ? Math.sqrt(hh / terms) : 1;
      worst = Math.max(worst, var);
    }
    return worst;
  }

  static List<double[][]> samplePoints(List<double[][]> states) {
    List<double[]> all = new ArrayList<>();
    for (double[][] s : states) all.addAll(Arrays.asList(s));
    List<double[][]> out = new ArrayList<>();
    int step = Math.max(1, all.size() / JACOBIAN_POINTS);
    for (int i = step / 2; i < all.size() && out.size() < JACOBIAN_POINTS; i += step) out.add(new double[][] {all.get(i)});
    return out;
  }

}
