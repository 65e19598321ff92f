package dev.discover.sparse;

/**
 * The weak form of x' = Theta(x) xi for weak SINDy (Messenger and Bortz, Multiscale Model. Simul. 19, 1474,
 * 2021; J. Comput. Phys. 443, 110525, 2021): multiply by compactly supported test functions phi_k and
 * integrate by parts, so no derivative of the data is taken: -int phi_k' x dt = (int phi_k Theta(x) dt) xi.
 * Each test function is phi(t) = (((t-a)(b-t)) / ((b-a)/2)^2)^p on a subinterval [a, b] of samples; the
 * integrals use the trapezoid rule on the actual (possibly uneven) sample times, which is very accurate
 * because phi and its first p-1 derivatives vanish at both ends. Integration averages noise away.
 */
public final class WeakForm {
  private final int[] lo;
  private final int[] hi;
  private final double[][] phi; // phi_k(t_i) * trapezoid weight, i in lo..hi
  private final double[][] dphi; // -phi_k'(t_i) * trapezoid weight

  private WeakForm(int[] lo, int[] hi, double[][] phi, double[][] dphi) {
    this.lo = lo;
    this.hi = hi;
    this.phi = phi;
    this.dphi = dphi;
  }

  /**
   * Test functions on windows of {@code points} consecutive samples of {@code t} (at least 3), one every
   * {@code stride} samples, of power {@code power} &gt;= 1. With fewer samples than one window, a single
   * window covers them all. The array is not modified.
   */
  public static WeakForm of(double[] t, int points, int stride, int power) {
    FiniteDifference.checkTimes(t);
    if (points < 3) throw new IllegalArgumentException("points must be >= 3, got " + points);
    if (stride < 1) throw new IllegalArgumentException("stride must be >= 1, got " + stride);
    if (power < 1) throw new IllegalArgumentException("power must be >= 1, got " + power);
    int n = t.length;
    int m = Math.min(points, n);
    int k = m >= n ? 1 : (n - m) / stride + 1;
    int[] lo = new int[k];
    int[] hi = new int[k];
    double[][] phi = new double[k][];
    double[][] dphi = new double[k][];
    // spread the slack evenly at both ends
    int slack = n - m - (k - 1) * stride;
    for (int w = 0; w < k; w++) {
      int l = slack / 2 + w * stride;
      int h = l + m - 1;
      lo[w] = l;
      hi[w] = h;
      double a = t[l], b = t[h], half = (b - a) / 2, norm = half * half;
      phi[w] = new double[m];
      dphi[w] = new double[m];
      for (int i = l; i <= h; i++) {
        double wt = ((i > l ? t[i] - t[i - 1] : 0) + (i < h ? t[i + 1] - t[i] : 0)) / 2;
        double q = (t[i] - a) * (b - t[i]) / norm;
        if (q <= 0) continue;
        double qp = Math.pow(q, power - 1);
        phi[w][i - l] = qp * q * wt;
        dphi[w][i - l] = -power * qp * (a + b - 2 * t[i]) / norm * wt;
      }
    }
    return new WeakForm(lo, hi, phi, dphi);
  }

  /** The number of test functions. */
  public int size() { return lo.length; }

  /** The first sample of test function k's window. */
  public int start(int k) { return lo[k]; }

  /** Quadrature weights of test function k over its window: phi_k(t_i) times the trapezoid weight. */
  public double[] phiWeights(int k) { return phi[k].clone(); }

  /** Quadrature weights of -phi_k' over its window, so that their sum against x is int phi_k x' dt. */
  public double[] derivativeWeights(int k) { return dphi[k].clone(); }

  /**
   * Row k: int phi_k v dt for each column of {@code values} (values[i] at sample i); not modified.
   */
  public double[][] integrate(double[][] values) {
    int cols = values[0].length;
    double[][] out = new double[lo.length][cols];
    for (int k = 0; k < lo.length; k++) {
      double[] o = out[k];
      for (int i = lo[k]; i <= hi[k]; i++) {
        double w = phi[k][i - lo[k]];
        if (w == 0) continue;
        double[] v = values[i];
        for (int j = 0; j < cols; j++) o[j] += w * v[j];
      }
    }
    return out;
  }

  /**
   * Row k: int phi_k x' dt = -int phi_k' x dt for each column of {@code states}, without differentiating
   * the data; not modified.
   */
  public double[][] integrateDerivative(double[][] states) {
    int cols = states[0].length;
    double[][] out = new double[lo.length][cols];
    for (int k = 0; k < lo.length; k++) {
      double[] o = out[k];
      for (int i = lo[k]; i <= hi[k]; i++) {
        double w = dphi[k][i - lo[k]];
        double[] v = states[i];
        for (int j = 0; j < cols; j++) o[j] += w * v[j];
      }
    }
    return out;
  }
}
