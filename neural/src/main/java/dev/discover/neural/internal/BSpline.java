package dev.discover.neural.internal;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.QRDecomposition;

/**
 * Cubic B-splines on a uniform grid of {@code G} intervals over {@code [lo, lo + G*step]}, extended by three
 * knots on each side as in the KAN paper (Liu et al. 2024, arXiv:2404.19756), so there are {@code G + 3}
 * basis functions and every point of the grid has exactly four nonzero ones. Written by hand because
 * Hipparchus has interpolating splines but no B-spline basis whose coefficients can be trained; the uniform
 * cubic basis is four polynomials of the offset inside an interval.
 */
final class BSpline {
  private BSpline() {}

  /**
   * Values (and derivatives) of the four basis functions that may be nonzero at {@code u}.
   *
   * @param u the point
   * @param lo left end of the grid
   * @param step interval width, &gt; 0
   * @param b receives the four values of basis functions {@code s .. s+3} (written)
   * @param db receives their derivatives with respect to {@code u}, or null (written)
   * @return {@code s}, the index of the first of the four; indices outside {@code [0, G+2]} carry no basis
   *     function and must be skipped
   */
  static int eval(double u, double lo, double step, double[] b, double[] db) {
    double z = (u - lo) / step;
    double fl = Math.floor(z);
    double t = z - fl, m = 1 - t, t2 = t * t, t3 = t2 * t;
    b[0] = m * m * m / 6;
    b[1] = (3 * t3 - 6 * t2 + 4) / 6;
    b[2] = (-3 * t3 + 3 * t2 + 3 * t + 1) / 6;
    b[3] = t3 / 6;
    if (db != null) {
      db[0] = -m * m / 2 / step;
      db[1] = (3 * t2 - 4 * t) / 2 / step;
      db[2] = (-3 * t2 + 2 * t + 1) / 2 / step;
      db[3] = t2 / 2 / step;
    }
    // clamp far-away points to an index whose four functions are all out of range
    return (int) Math.max(-4, Math.min(fl, 1 << 20));
  }

  /** The spline {@code sum c_i B_i(u)}. */
  static double value(double u, double lo, double step, double[] c, int off, int nb) {
    double[] b = new double[4];
    int s = eval(u, lo, step, b, null);
    double v = 0;
    for (int q = 0; q < 4; q++) if (s + q >= 0 && s + q < nb) v += c[off + s + q] * b[q];
    return v;
  }

  /**
   * Least-squares coefficients on a new grid for a spline given by its values at sample points, with a tiny
   * ridge so that basis functions without samples get zero rather than a singular system (Hipparchus QR).
   *
   * @param u sample points (read only)
   * @param v spline values at the samples (read only)
   * @param lo left end of the new grid
   * @param step interval width of the new grid
   * @param nb number of basis functions
   * @return the new coefficients
   */
  static double[] refit(double[] u, double[] v, double lo, double step, int nb) {
    int n = u.length;
    double[][] a = new double[n + nb][nb];
    double[] rhs = new double[n + nb];
    double[] b = new double[4];
    for (int r = 0; r < n; r++) {
      int s = eval(u[r], lo, step, b, null);
      for (int q = 0; q < 4; q++) if (s + q >= 0 && s + q < nb) a[r][s + q] = b[q];
      rhs[r] = v[r];
    }
    double ridge = 1e-6 * Math.sqrt(n);
    for (int i = 0; i < nb; i++) a[n + i][i] = ridge;
    return new QRDecomposition(new Array2DRowRealMatrix(a, false)).getSolver()
        .solve(new ArrayRealVector(rhs, false)).toArray();
  }
}
