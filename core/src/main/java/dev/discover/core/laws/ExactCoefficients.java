package dev.discover.core.laws;

import dev.discover.sparse.Modular;
import dev.discover.sparse.ModularMatrix;
import dev.discover.sparse.RationalLift;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.hipparchus.fraction.BigFraction;

/**
 * The exact-coefficient stage: the exact rational law whose reduction modulo p is a chosen vector. The null
 * space of the Lie derivatives restricted to the vector's support is computed modulo several primes (each at
 * fresh random points) and lifted by {@link RationalLift} until two successive lifts agree. The result is then
 * checked exactly by the {@link Verifier}, so a wrong lift cannot pass.
 */
final class ExactCoefficients {
  private final LieRows lie;
  private final Complexity complexity;

  ExactCoefficients(LieRows lie, Complexity complexity) {
    this.lie = lie;
    this.complexity = complexity;
  }

  /** The rational coefficients of the law reduced to {@code v} modulo p. */
  BigFraction[] of(long[] v, long p, Random rnd) {
    int[] ordered = complexity.sorted(IntStream.range(0, v.length).filter(j -> v[j] != 0).toArray());
    RationalLift lift = new RationalLift(ordered.length);
    for (long q : Modular.PRIMES) {
      Optional<long[]> w = supportNullVector(ordered, q, rnd);
      if (w.isEmpty()) continue;
      Optional<BigFraction[]> lifted = lift.add(w.get(), q);
      if (lifted.isPresent()) {
        BigFraction[] out = new BigFraction[v.length];
        Arrays.fill(out, BigFraction.ZERO);
        for (int s = 0; s < ordered.length; s++) out[ordered[s]] = lifted.get()[s];
        return out;
      }
    }
    return RationalLift.single(v, p);
  }

  /**
   * The null vector of the Lie derivatives restricted to {@code cols} modulo q, scaled so its first entry is 1;
   * when that null space has several dimensions, its first reduced echelon row; empty when it is trivial.
   */
  private Optional<long[]> supportNullVector(int[] cols, long q, Random rnd) {
    int k = cols.length;
    long[][] rows = new long[k + 8][];
    for (int r = 0; r < rows.length; r++) {
      long[] full = lie.lieRow(lie.modPoint(q, rnd), q);
      long[] row = new long[k];
      for (int c = 0; c < k; c++) row[c] = full[cols[c]];
      rows[r] = row;
    }
    long[][] ns = ModularMatrix.rref(rows, k, q).nullSpace();
    if (ns.length == 0) return Optional.empty();
    long[] w = ns.length == 1 ? ns[0] : ModularMatrix.rref(ns, k, q).rows()[0];
    ModularMatrix.normalizeAt(w, IntStream.range(0, k).toArray(), q);
    return Optional.of(w);
  }
}
