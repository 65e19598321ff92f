package dev.discover.sparse;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Savitzky-Golay derivative (Savitzky and Golay, Anal. Chem. 36, 1627, 1964), generalised to unevenly spaced
 * samples: at each sample, a least-squares polynomial of a given degree through the {@code window} nearest
 * samples (centred inside, shifted near the ends); the derivative is that polynomial's slope at the sample.
 * Smooths noise at the price of a bias of order (window spacing)^degree.
 */
public final class SavitzkyGolay {
  private SavitzkyGolay() {}

  /**
   * The first derivative of {@code x} at times {@code t}; window is the number of points (odd, &gt; degree),
   * degree &gt;= 1. Neither array is modified.
   */
  public static double[] derivative(double[] t, double[] x, int window, int degree) {
    return fit(t, x, window, degree)[1];
  }

  /**
   * The local fits' values and slopes at every sample: {@code {smoothed x, x'}}; the same conditions as
   * {@link #derivative}. Neither array is modified.
   */
  public static double[][] fit(double[] t, double[] x, int window, int degree) {
    FiniteDifference.checkTimes(t);
    if (x.length != t.length) throw new IllegalArgumentException("t has " + t.length + " samples but x has " + x.length);
    if (degree < 1) throw new IllegalArgumentException("degree must be >= 1, got " + degree);
    if (window <= degree || window % 2 == 0) {
      throw new IllegalArgumentException("window must be odd and > degree, got window " + window + ", degree " + degree);
    }
    int n = t.length;
    int w = Math.min(window, n);
    int d = Math.min(degree, w - 1);
    double[] out = new double[n];
    double[] value = new double[n];
    DMatrixRMaj a = new DMatrixRMaj(w, d + 1);
    DMatrixRMaj b = new DMatrixRMaj(w, 1);
    DMatrixRMaj c = new DMatrixRMaj(d + 1, 1);
    LinearSolverDense<DMatrixRMaj> qr = LinearSolverFactory_DDRM.leastSquares(w, d + 1);
    for (int i = 0; i < n; i++) {
      int lo = Math.max(0, Math.min(i - w / 2, n - w));
      double h = Math.max(Math.abs(t[lo] - t[i]), Math.abs(t[lo + w - 1] - t[i]));
      for (int k = 0; k < w; k++) {
        double s = (t[lo + k] - t[i]) / h;
        double p = 1;
        for (int q = 0; q <= d; q++) { a.set(k, q, p); p *= s; }
        b.set(k, 0, x[lo + k]);
      }
      if (!qr.setA(a)) throw new IllegalStateException("singular Savitzky-Golay system at sample " + i);
      qr.solve(b, c);
      out[i] = c.get(1) / h;
      value[i] = c.get(0);
    }
    return new double[][] {value, out};
  }
}
