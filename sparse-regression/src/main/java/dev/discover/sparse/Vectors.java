package dev.discover.sparse;

/** The dense vector operations the engine needs on {@code double[]} and on residues modulo a prime. */
public final class Vectors {
  private Vectors() {}

  /** sum_i a_i b_i. */
  public static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }

  /** The Euclidean norm. */
  public static double norm(double[] a) { return Math.sqrt(dot(a, a)); }

  /** The largest absolute entry (0 for an empty vector). */
  public static double maxAbs(double[] a) {
    double mx = 0;
    for (double x : a) mx = Math.max(mx, Math.abs(x));
    return mx;
  }

  /** The number of nonzero entries. */
  public static int support(double[] v) {
    int c = 0;
    for (double x : v) if (x != 0) c++;
    return c;
  }

  /** The number of nonzero entries. */
  public static int support(long[] v) {
    int c = 0;
    for (long x : v) if (x != 0) c++;
    return c;
  }

  /** sum_j v_j rows_j modulo p, over the rows with v_j nonzero (entries in [0, p)). */
  public static long[] combination(long[] v, long[][] rows, int length, long p) {
    long[] out = new long[length];
    for (int j = 0; j < v.length; j++) {
      if (v[j] == 0) continue;
      for (int i = 0; i < length; i++) out[i] = (out[i] + v[j] * rows[j][i]) % p;
    }
    return out;
  }
}
