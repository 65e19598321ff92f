package dev.discover.core.laws;

import dev.discover.core.Basis;
import dev.discover.sparse.Modular;
import dev.discover.symbolic.Poly;
import dev.discover.symbolic.RationalFunction;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.hipparchus.fraction.BigFraction;

/**
 * The exact check of dH/dt = 0 for a law H = sum_j c_j b_j whose terms have many different denominators, by
 * exact arithmetic at random points: dH/dt(x) = sum_j c_j (L b_j)(x), computed modulo a different 31-bit prime
 * at each of several random states of the manifold from the Lie derivatives of the law's own basis functions
 * (Schwartz-Zippel: a nonzero rational function of degree D vanishes at a random point with probability at most
 * D/p, so all points zero leaves a chance below (D/p)^points that the law is not conserved). The cost is
 * proportional to the number of terms of the law, not to the size of its common denominator.
 */
final class LieIdentity {
  private LieIdentity() {}

  /**
   * The number of terms of the product of the distinct denominators of the law's terms (each term converted on
   * its own), saturating at {@link Long#MAX_VALUE}: the size a common denominator formed without gcds would have.
   */
  static long commonDenominatorTerms(Basis basis, BigFraction[] c, List<String> variables) {
    Set<Poly> dens = new HashSet<>();
    for (int j = 0; j < c.length; j++) {
      if (c[j].getNumerator().signum() == 0 || basis.term(j).isMonomial()) continue;
      dens.add(RationalFunction.of(basis.term(j).expression(), variables, Map.of()).den());
    }
    long product = 1;
    for (Poly d : dens) {
      product = Math.multiplyHigh(product, d.terms()) != 0 ? Long.MAX_VALUE : product * d.terms();
      if (product < 0) return Long.MAX_VALUE;
    }
    return product;
  }

  /** True when sum_j c_j (L b_j) is zero at {@code points} random manifold states, each modulo its own prime. */
  static boolean vanishesAtRandomPoints(LieRows lie, BigFraction[] c, int points, long seed) {
    int[] support = IntStream.range(0, c.length).filter(j -> c[j].getNumerator().signum() != 0).toArray();
    for (int k = 0; k < points; k++) {
      long p = Modular.PRIMES.get(1 + k);
      long[] row = lie.lieRow(lie.modPoint(p, new Random(seed * 7919L + k)), p, support);
      long acc = 0;
      for (int s = 0; s < support.length; s++) {
        BigFraction q = c[support[s]];
        acc = (acc + Modular.residue(q.getNumerator(), q.getDenominator(), p) * row[s]) % p;
      }
      if (acc != 0) return false;
    }
    return true;
  }
}
