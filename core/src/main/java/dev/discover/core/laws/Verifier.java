package dev.discover.core.laws;

import dev.discover.core.DynamicalSystem;
import dev.discover.core.Manifold;
import dev.discover.sparse.Modular;
import dev.discover.symbolic.ExactEvaluator;
import dev.discover.symbolic.Expr;
import dev.discover.symbolic.Field;
import dev.discover.symbolic.RationalFunction;
import java.util.List;
import java.util.Random;

/**
 * The verification stage: whether dH/dt = sum_i dH/dx_i f_i vanishes on the manifold. It is computed as a
 * rational function, and its numerator, after substituting the solved constraints, must be the zero polynomial.
 * Where that polynomial would be too large, the same numerator is evaluated at random points modulo several
 * 31-bit primes (Schwartz-Zippel: a nonzero polynomial of degree D vanishes at a random point with probability at
 * most D/p).
 *
 * @param sys the system
 * @param manifold its constraint manifold
 * @param lie the exact rows (for random manifold points modulo a prime)
 * @param seed the seed of those points
 * @param termLimit the most terms dH/dt may have before the check falls back to random points
 */
record Verifier(DynamicalSystem sys, Manifold manifold, LieRows lie, long seed, int termLimit) {
  private static final int SZ_POINTS = 8;

  /** The outcome of the symbolic check. */
  enum Identity {
    /** dH/dt is zero on the manifold. */
    HOLDS,
    /** dH/dt is not zero. */
    FAILS,
    /** The computation would exceed the term limit. */
    TOO_LARGE
  }

  /** True when dH/dt vanishes identically on the manifold (by Schwartz-Zippel where it is too large to expand). */
  boolean conserved(RationalFunction h) {
    Identity r = conserved(sys, manifold, h, termLimit);
    return r == Identity.TOO_LARGE ? schwartzZippel(h) : r == Identity.HOLDS;
  }

  /** Whether dH/dt is the zero rational function on the manifold, or too large to tell within {@code termLimit}. */
  static Identity conserved(DynamicalSystem sys, Manifold manifold, RationalFunction h, int termLimit) {
    List<RationalFunction> f = sys.rationalRhs();
    int n = sys.dimension();
    long size = 0;
    for (int i = 0; i < n; i++) size += (long) (h.num().terms() + h.den().terms()) * (f.get(i).num().terms() + f.get(i).den().terms());
    if (size > termLimit / 4) return Identity.TOO_LARGE;
    RationalFunction dh = null;
    for (int i = 0; i < n; i++) {
      RationalFunction d = h.derivative(i);
      if (d.num().isZero()) continue;
      RationalFunction term = d.mul(f.get(i));
      dh = dh == null ? term : dh.add(term);
      if (dh.num().terms() > termLimit) return Identity.TOO_LARGE;
    }
    if (dh == null) return Identity.HOLDS;
    return manifold.reduce(dh.num()).isZero() ? Identity.HOLDS : Identity.FAILS;
  }

  /** dH/dt at random manifold points modulo several primes, every one zero. */
  private boolean schwartzZippel(RationalFunction h) {
    List<String> vars = sys.variables();
    for (int k = 0; k < SZ_POINTS; k++) {
      long p = Modular.PRIMES.get(1 + k);
      LieRows.ModPoint pt = lie.modPoint(p, new Random(seed * 7919L + k));
      ExactEvaluator<Long> ev = new ExactEvaluator<>(Field.modulo(p), vars);
      Long[] xs = new Long[vars.size()];
      for (int i = 0; i < xs.length; i++) xs[i] = pt.x()[i];
      long acc = 0;
      for (int i = 0; i < vars.size(); i++) {
        RationalFunction d = h.derivative(i);
        if (d.num().isZero()) continue;
        long dv = ev.eval(new Expr.Bin('/', d.num().toExpr(vars), d.den().toExpr(vars)), xs);
        acc = (acc + dv * pt.f()[i]) % p;
      }
      if (acc != 0) return false;
    }
    return true;
  }
}
