package dev.discover.core.data;

import dev.discover.sparse.ContinuedFractions;
import dev.discover.sparse.IntegerScaling;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * Sparse null vectors of the invariant search: greedy pruning of a null vector's support while it stays in the
 * null space of R, and snapping its ratios to small rationals scaled to coprime integers.
 */
final class NullVectorPruning {
  private static final int GREEDY_LIMIT = 60;

  private NullVectorPruning() {}

  /**
   * Removes terms one at a time, each time the one whose removal keeps the smallest singular value of the
   * restricted R lowest, while that value stays below {@code cut}; returns the unit null vector on the final
   * support (in scaled coordinates), or empty when even the start is not in the null space.
   */
  static Optional<double[]> prune(RealMatrix r, double[] vec, double cut) {
    int m = vec.length;
    double max = 0;
    for (double x : vec) max = Math.max(max, Math.abs(x));
    boolean[] s = new boolean[m];
    int size = 0;
    for (int j = 0; j < m; j++) if (Math.abs(vec[j]) > 1e-9 * max) { s[j] = true; size++; }
    Optional<double[]> start = smallest(r, s);
    if (start.isEmpty() || sigma(r, start.get()) > cut) return Optional.empty();
    double[] u = start.get();
    if (size > GREEDY_LIMIT) return Optional.of(u);
    while (size > 1) {
      int bestJ = -1;
      double bestS = Double.POSITIVE_INFINITY;
      double[] bestU = null;
      for (int j = 0; j < m; j++) {
        if (!s[j]) continue;
        s[j] = false;
        Optional<double[]> w = smallest(r, s);
        s[j] = true;
        if (w.isEmpty()) continue;
        double sg = sigma(r, w.get());
        if (sg < bestS) { bestS = sg; bestJ = j; bestU = w.get(); }
      }
      if (bestJ < 0 || bestS > cut) break;
      s[bestJ] = false;
      size--;
      u = bestU;
    }
    return Optional.of(u);
  }

  /** The unit vector on support s (zeros elsewhere) minimising ||R u||. */
  private static Optional<double[]> smallest(RealMatrix r, boolean[] s) {
    int m = s.length;
    int[] cols = new int[m];
    int c = 0;
    for (int j = 0; j < m; j++) if (s[j]) cols[c++] = j;
    if (c == 0) return Optional.empty();
    int[] rowsIdx = new int[r.getRowDimension()];
    for (int i = 0; i < rowsIdx.length; i++) rowsIdx[i] = i;
    RealMatrix sub = r.getSubMatrix(rowsIdx, Arrays.copyOf(cols, c));
    SingularValueDecomposition svd = new SingularValueDecomposition(sub);
    RealMatrix vt = svd.getV();
    double[] out = new double[m];
    for (int q = 0; q < c; q++) out[cols[q]] = vt.getEntry(q, c - 1);
    return Optional.of(out);
  }

  /** ||R u|| / ||u||. */
  static double sigma(RealMatrix r, double[] u) {
    double[] ru = r.operate(u);
    double a = 0, b = 0;
    for (double x : ru) a += x * x;
    for (double x : u) b += x * x;
    return b == 0 ? Double.POSITIVE_INFINITY : Math.sqrt(a / b);
  }

  static double[] unscale(double[] u, double[] scale) {
    double[] t = new double[u.length];
    for (int j = 0; j < u.length; j++) t[j] = u[j] / scale[j];
    return t;
  }

  /** Scales so that the largest coefficient is 1 in magnitude and the first nonzero one is positive. */
  static double[] normalise(double[] theta) {
    double max = 0;
    int first = -1;
    for (int j = 0; j < theta.length; j++) {
      max = Math.max(max, Math.abs(theta[j]));
      if (first < 0 && theta[j] != 0) first = j;
    }
    double f = (first >= 0 && theta[first] < 0 ? -1 : 1) / max;
    double[] c = new double[theta.length];
    for (int j = 0; j < c.length; j++) c[j] = theta[j] * f;
    return c;
  }

  /**
   * Snaps coefficient ratios to rationals with bounded denominators and scales to coprime integers; keeps
   * the simplest snapped law whose ||R u|| / ||u|| stays within {@code allowed}; empty when none does.
   */
  static Optional<double[]> snap(RealMatrix r, double[] theta, double[] scale, double allowed, int maxDen) {
    Optional<double[]> best = Optional.empty();
    double bestCx = Double.POSITIVE_INFINITY;
    for (int ref = 0; ref < theta.length; ref++) {
      if (theta[ref] == 0) continue;
      for (int den : new int[] {1, 2, 3, 4, 6, 8, 12, 24, maxDen}) {
        if (den > maxDen) continue;
        BigFraction[] ratios = new BigFraction[theta.length];
        for (int j = 0; j < theta.length; j++) {
          if (theta[j] == 0) continue;
          long[] pq = ContinuedFractions.approximate(theta[j] / theta[ref], den);
          ratios[j] = new BigFraction(pq[0], pq[1]);
        }
        if (IntegerScaling.commonDenominator(ratios).bitLength() > 40) continue;
        BigInteger[] ints = IntegerScaling.integers(ratios);
        BigInteger g = IntegerScaling.gcd(ints);
        if (g.signum() == 0) continue;
        double[] c = new double[theta.length];
        for (int j = 0; j < theta.length; j++) c[j] = ints[j].doubleValue();
        int first = -1;
        for (int j = 0; j < c.length; j++) if (first < 0 && c[j] != 0) first = j;
        double f = (c[first] < 0 ? -1 : 1) / g.doubleValue();
        double cx = 0;
        double[] u = new double[c.length];
        for (int j = 0; j < c.length; j++) {
          c[j] *= f;
          u[j] = c[j] * scale[j];
          if (c[j] != 0) cx += Math.log(1 + Math.abs(c[j]));
        }
        if (sigma(r, u) <= allowed && cx < bestCx) { bestCx = cx; best = Optional.of(c); }
      }
    }
    return best;
  }

}
