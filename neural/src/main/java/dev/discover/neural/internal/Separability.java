package dev.discover.neural.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Separability tests against an oracle (the fitted network), as in AI Feynman (Udrescu and Tegmark 2020):
 * f is additively separable in (A, B) when f(a1,b1) + f(a2,b2) = f(a1,b2) + f(a2,b1) for all pairs of
 * points, and multiplicatively separable when f(a1,b1) f(a2,b2) = f(a1,b2) f(a2,b1). The oracle is queried at
 * points built by swapping the A-coordinates of two data rows.
 */
public final class Separability {
  private Separability() {}

  /**
   * A split of the inputs into A (the listed indices) and the rest.
   *
   * @param a indices of the A group
   * @param multiplicative true for a product, false for a sum
   * @param defect relative violation of the separability identity (0 when exactly separable)
   */
  public record Split(int[] a, boolean multiplicative, double defect) {
    /** Copies. */
    public Split { a = a.clone(); }
    /** A copy of the indices. */
    @Override public int[] a() { return a.clone(); }
  }

  /**
   * Every split into one input (or two, when there are at most six inputs) against the rest, with both
   * defects, best first.
   *
   * @param rows sample points, row-major (read only)
   * @param oracle the function, evaluated on many rows at once
   * @param seed random pairing seed
   */
  public static List<Split> test(double[][] rows, Function<double[][], double[]> oracle, long seed) {
    return test(rows, oracle, seed, List.of());
  }

  /**
   * The splits of {@link #test(double[][], Function, long)} and those of the given groups (each against the
   * rest; groups already tested, empty or with every input are skipped), best first.
   *
   * @param rows sample points, row-major (read only)
   * @param oracle the function, evaluated on many rows at once
   * @param seed random pairing seed
   * @param extra further groups of input indices, ascending (the module tree's)
   */
  public static List<Split> test(double[][] rows, Function<double[][], double[]> oracle, long seed, List<int[]> extra) {
    int n = rows.length, k = rows[0].length;
    int m = Math.min(300, n);
    Random rnd = new Random(seed);
    int[] i1 = new int[m], i2 = new int[m];
    for (int t = 0; t < m; t++) { i1[t] = rnd.nextInt(n); i2[t] = rnd.nextInt(n); }
    double[][] p11 = new double[m][], p22 = new double[m][];
    for (int t = 0; t < m; t++) { p11[t] = rows[i1[t]]; p22[t] = rows[i2[t]]; }
    double[] f11 = oracle.apply(p11), f22 = oracle.apply(p22);
    double mean = 0, sd = 0;
    boolean pos = true, neg = true;
    for (double v : f11) { mean += v; pos &= v > 0; neg &= v < 0; }
    mean /= m;
    for (double v : f11) sd += (v - mean) * (v - mean);
    sd = Math.sqrt(sd / m) + 1e-300;
    List<int[]> groups = new ArrayList<>();
    for (int j = 0; j < k; j++) groups.add(new int[] {j});
    if (k >= 4 && k <= 6) for (int a = 0; a < k; a++) for (int b = a + 1; b < k; b++) groups.add(new int[] {a, b});
    for (int[] g : extra) {
      if (g.length == 0 || g.length >= k) continue;
      boolean seen = false;
      for (int[] h : groups) seen |= java.util.Arrays.equals(g, h) || java.util.Arrays.equals(complement(g, k), h);
      if (!seen) groups.add(g.clone());
    }
    List<Split> out = new ArrayList<>();
    if (k < 2) return out;
    for (int[] g : groups) {
      double[][] p12 = new double[m][], p21 = new double[m][];
      for (int t = 0; t < m; t++) {
        p12[t] = rows[i1[t]].clone();
        p21[t] = rows[i2[t]].clone();
        for (int j : g) { p12[t][j] = rows[i2[t]][j]; p21[t][j] = rows[i1[t]][j]; }
      }
      double[] f12 = oracle.apply(p12), f21 = oracle.apply(p21);
      double add = 0, mul = 0, prodScale = 0;
      for (int t = 0; t < m; t++) {
        double d = f11[t] + f22[t] - f12[t] - f21[t];
        add += d * d;
        if (!(pos || neg)) {
          double pd = f11[t] * f22[t] - f12[t] * f21[t];
          mul += pd * pd;
          prodScale += f11[t] * f11[t] * f22[t] * f22[t];
        } else {
          double l = Math.log(Math.abs(f11[t])) + Math.log(Math.abs(f22[t])) - Math.log(Math.abs(f12[t]))
              - Math.log(Math.abs(f21[t]));
          mul += l * l;
        }
      }
      out.add(new Split(g, false, Math.sqrt(add / m) / sd));
      if (pos || neg) out.add(new Split(g, true, Math.sqrt(mul / m)));
      else out.add(new Split(g, true, Math.sqrt(mul / (prodScale + 1e-300))));
    }
    out.sort((x, y) -> Double.compare(x.defect(), y.defect()));
    return out;
  }

  private static int[] complement(int[] g, int k) {
    boolean[] in = new boolean[k];
    for (int j : g) in[j] = true;
    int[] c = new int[k - g.length];
    int t = 0;
    for (int j = 0; j < k; j++) if (!in[j]) c[t++] = j;
    return c;
  }
}
