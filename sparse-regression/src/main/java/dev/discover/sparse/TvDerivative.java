package dev.discover.sparse;

/**
 * Total-variation regularised differentiation (Chartrand, ISRN Applied Mathematics 2011, 164564): the
 * derivative u minimises 1/2 ||P(A u - x)||^2 + alpha sum_k |u_(k+1) - u_k|, where A integrates by the
 * trapezoid rule on the (possibly uneven) sample times and P removes the mean (the unknown integration
 * constant). Solved by lagged diffusivity: each outer step is a linear system, solved by conjugate gradients
 * without forming any matrix. The result is piecewise smooth and robust to noise; alpha sets the trade-off.
 */
public final class TvDerivative {
  private static final double EPS = 1e-12;

  private TvDerivative() {}

  /**
   * The derivative of {@code x} at times {@code t}; alpha &gt; 0 is the regularisation weight in units of
   * x times time, outer the number of lagged-diffusivity steps. Neither array is modified.
   */
  public static double[] derivative(double[] t, double[] x, double alpha, int outer) {
    FiniteDifference.checkTimes(t);
    if (x.length != t.length) throw new IllegalArgumentException("t has " + t.length + " samples but x has " + x.length);
    if (!(alpha > 0)) throw new IllegalArgumentException("alpha must be > 0, got " + alpha);
    if (outer < 1) throw new IllegalArgumentException("outer must be >= 1, got " + outer);
    int n = t.length;
    double[] h = new double[n - 1];
    for (int k = 0; k < n - 1; k++) h[k] = t[k + 1] - t[k];
    double[] rhs = adjoint(h, center(x.clone()));
    double[] u = n >= 7 ? SavitzkyGolay.derivative(t, x, Math.min(21, n % 2 == 0 ? n - 1 : n), 2)
        : FiniteDifference.derivative(t, x, 1);
    double[] w = new double[n - 1];
    double scale = 0;
    for (double v : u) scale = Math.max(scale, Math.abs(v));
    double eps = EPS * (1 + scale * scale);
    for (int it = 0; it < outer; it++) {
      for (int k = 0; k < n - 1; k++) {
        double d = u[k + 1] - u[k];
        w[k] = alpha / Math.sqrt(d * d + eps);
      }
      u = conjugateGradient(h, w, rhs, u, Math.min(4 * n, 400));
    }
    return u;
  }

  /**
   * The data as the integral of a derivative u: int_(t0)^t u plus the constant that best matches x; with the
   * TV derivative this is a denoised copy of x. Neither array is modified.
   */
  public static double[] integral(double[] t, double[] x, double[] u) {
    double[] h = new double[t.length - 1];
    for (int k = 0; k < h.length; k++) h[k] = t[k + 1] - t[k];
    double[] a = integrate(h, u);
    double off = 0;
    for (int i = 0; i < x.length; i++) off += x[i] - a[i];
    off /= x.length;
    for (int i = 0; i < a.length; i++) a[i] += off;
    return a;
  }

  private static double[] center(double[] v) {
    double m = 0;
    for (double a : v) m += a;
    m /= v.length;
    for (int i = 0; i < v.length; i++) v[i] -= m;
    return v;
  }

  private static double[] integrate(double[] h, double[] u) {
    double[] out = new double[u.length];
    for (int i = 1; i < u.length; i++) out[i] = out[i - 1] + h[i - 1] * (u[i - 1] + u[i]) / 2;
    return out;
  }

  private static double[] adjoint(double[] h, double[] v) {
    int n = v.length;
    double[] s = new double[n + 1];
    for (int i = n - 1; i >= 0; i--) s[i] = s[i + 1] + v[i];
    double[] out = new double[n];
    for (int j = 0; j < n; j++) {
      double a = 0;
      if (j < n - 1) a += h[j] / 2 * s[j + 1];
      if (j >= 1) a += h[j - 1] / 2 * s[j];
      out[j] = a;
    }
    return out;
  }

  private static double[] apply(double[] h, double[] w, double[] u) {
    double[] out = adjoint(h, center(integrate(h, u)));
    for (int k = 0; k < w.length; k++) {
      double f = w[k] * (u[k + 1] - u[k]);
      out[k] -= f;
      out[k + 1] += f;
    }
    return out;
  }

  private static double[] conjugateGradient(double[] h, double[] w, double[] b, double[] x0, int maxIter) {
    double[] x = x0.clone();
    double[] ax = apply(h, w, x);
    double[] r = new double[x.length];
    for (int i = 0; i < r.length; i++) r[i] = b[i] - ax[i];
    double[] p = r.clone();
    double rr = Vectors.dot(r, r);
    double stop = 1e-20 * Math.max(Vectors.dot(b, b), 1e-300);
    for (int it = 0; it < maxIter && rr > stop; it++) {
      double[] ap = apply(h, w, p);
      double alpha = rr / Vectors.dot(p, ap);
      for (int i = 0; i < x.length; i++) { x[i] += alpha * p[i]; r[i] -= alpha * ap[i]; }
      double rr2 = Vectors.dot(r, r);
      double beta = rr2 / rr;
      rr = rr2;
      for (int i = 0; i < p.length; i++) p[i] = r[i] + beta * p[i];
    }
    return x;
  }
}
