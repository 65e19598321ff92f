package dev.discover.sparse;

import java.util.ArrayList;
import java.util.List;

/**
 * The rank of a growing set of floating-point vectors: modified Gram-Schmidt against the vectors kept so far; a
 * vector counts as new when what is left of it exceeds {@code tolerance} times its norm.
 */
public final class NumericRank {
  private final int dim;
  private final double tolerance;
  private final List<double[]> basis = new ArrayList<>();

  /** An empty set of vectors of length {@code dim}. */
  public NumericRank(int dim, double tolerance) {
    if (!(tolerance > 0 && tolerance < 1)) throw new IllegalArgumentException("tolerance must be in (0, 1), got " + tolerance);
    this.dim = dim;
    this.tolerance = tolerance;
  }

  /** The current rank. */
  public int rank() { return basis.size(); }

  /** Adds {@code v} (not modified) when it is independent of the vectors so far; returns whether it was. */
  public boolean add(double[] v) {
    if (v.length != dim) throw new IllegalArgumentException("vector has length " + v.length + ", expected " + dim);
    double norm = norm(v);
    if (norm == 0 || !Double.isFinite(norm)) return false;
    double[] r = v.clone();
    for (int pass = 0; pass < 2; pass++) {
      for (double[] b : basis) {
        double d = 0;
        for (int i = 0; i < dim; i++) d += r[i] * b[i];
        for (int i = 0; i < dim; i++) r[i] -= d * b[i];
      }
    }
    double left = norm(r);
    if (left <= tolerance * norm) return false;
    for (int i = 0; i < dim; i++) r[i] /= left;
    basis.add(r);
    return true;
  }

  private static double norm(double[] v) {
    double s = 0;
    for (double x : v) s += x * x;
    return Math.sqrt(s);
  }
}
