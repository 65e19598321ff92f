package dev.discover.sparse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rank of a growing set of vectors modulo a prime: {@link #add} reduces a vector against the rows kept so
 * far and keeps it when something is left. Used to pick functionally independent laws greedily by the rank of
 * their gradients at a generic point.
 */
public final class IncrementalRank {
  private final long p;
  private final int dim;
  private final List<long[]> rows = new ArrayList<>();
  private final List<Integer> pivots = new ArrayList<>();

  /** An empty set of vectors of length {@code dim} modulo {@code p}. */
  public IncrementalRank(int dim, long p) {
    this.dim = dim;
    this.p = p;
  }

  /** The current rank. */
  public int rank() { return rows.size(); }

  /** True when {@code v} is not in the span so far; the span does not change. */
  public boolean wouldIncrease(long[] v) { return reduce(v).isPresent(); }

  /** Adds {@code v} (not modified); returns true when the rank grew. */
  public boolean add(long[] v) {
    Optional<long[]> reduced = reduce(v);
    if (reduced.isEmpty()) return false;
    long[] r = reduced.get();
    int piv = 0;
    while (r[piv] == 0) piv++;
    long inv = Modular.inverse(r[piv], p);
    for (int j = 0; j < dim; j++) r[j] = r[j] * inv % p;
    rows.add(r);
    pivots.add(piv);
    return true;
  }

  private Optional<long[]> reduce(long[] v) {
    if (v.length != dim) throw new IllegalArgumentException("vector has length " + v.length + ", expected " + dim);
    long[] r = v.clone();
    for (int k = 0; k < rows.size(); k++) {
      int piv = pivots.get(k);
      long f = r[piv];
      if (f == 0) continue;
      long g = p - f;
      long[] row = rows.get(k);
      for (int j = 0; j < dim; j++) if (row[j] != 0) r[j] = (r[j] + g * row[j]) % p;
    }
    for (long x : r) if (x != 0) return Optional.of(r);
    return Optional.empty();
  }
}
