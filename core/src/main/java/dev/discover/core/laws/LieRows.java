package dev.discover.core.laws;

import dev.discover.io.InputException;
import dev.discover.core.Basis;
import dev.discover.core.DynamicalSystem;
import dev.discover.core.Manifold;
import dev.discover.symbolic.ExactEvaluator;
import dev.discover.symbolic.Expr;
import dev.discover.symbolic.Exprs;
import dev.discover.symbolic.Field;
import dev.discover.symbolic.Symja;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hipparchus.fraction.BigFraction;

/**
 * Rows of the linear system of a law search, computed exactly at sample points on the manifold: the Lie
 * derivatives L b_j = grad(b_j) . f, the basis values b_j, and the gradients grad(b_j). Monomials use their
 * exponent vectors directly; other (rational) basis functions use gradients computed once with Symja.
 */
final class LieRows {
  private static final long SYMJA_TIMEOUT_MS = 20_000;
  private static final int MAX_ATTEMPTS = 200;

  private final DynamicalSystem sys;
  private final Basis basis;
  private final Manifold manifold;
  private final int n;
  private final int[][] exps;
  /** For each monomial, the indices of its variables (exponent > 0): loops run over these only. */
  private final int[][] support;
  private final Expr[][] gradients;
  private final int maxExp;

  LieRows(DynamicalSystem sys, Basis basis, Manifold manifold) {
    this.sys = sys;
    this.basis = basis;
    this.manifold = manifold;
    this.n = sys.dimension();
    this.exps = new int[basis.size()][];
    this.support = new int[basis.size()][];
    this.gradients = new Expr[basis.size()][];
    int mx = 1;
    for (int j = 0; j < basis.size(); j++) {
      Basis.Term t = basis.term(j);
      exps[j] = t.exponents();
      if (exps[j] != null) {
        int[] e0 = exps[j];
        support[j] = java.util.stream.IntStream.range(0, n).filter(i -> e0[i] != 0).toArray();
        for (int e : exps[j]) mx = Math.max(mx, e);
      } else {
        Expr[] g = new Expr[n];
        for (int i = 0; i < n; i++) {
          g[i] = Exprs.names(t.expression()).contains(sys.variables().get(i))
              ? Symja.derivative(t.expression(), sys.variables().get(i), SYMJA_TIMEOUT_MS) : Expr.num(0);
        }
        gradients[j] = g;
      }
    }
    this.maxExp = mx;
  }

  /** A state on the manifold modulo p, with f there; both as arrays of residues. */
  record ModPoint(long[] x, long[] f) {}

  /** Reusable evaluators for one prime: the rhs (with definitions) and the solved constraints. */
  private record Evaluators(ExactEvaluator<Long> rhs, ExactEvaluator<Long> manifold) {}

  private final java.util.Map<Long, Evaluators> evaluators = new java.util.concurrent.ConcurrentHashMap<>();

  private Evaluators evaluators(long p) {
    return evaluators.computeIfAbsent(p, q -> {
      Field<Long> f = Field.modulo(q);
      return new Evaluators(sys.evaluator(f), manifold.evaluator(f));
    });
  }

  /** Draws a point modulo p where f and every solved variable are defined. */
  ModPoint modPoint(long p, Random rnd) {
    Evaluators evs = evaluators(p);
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      List<Long> x = new ArrayList<>(n);
      for (int i = 0; i < n; i++) x.add(1 + (long) (rnd.nextDouble() * (p - 1)));
      try {
        manifold.complete(evs.manifold(), x);
        List<Long> f = sys.rhsExact(evs.rhs(), x);
        long[] xa = new long[n];
        long[] fa = new long[n];
        for (int i = 0; i < n; i++) { xa[i] = x.get(i); fa[i] = f.get(i); }
        for (int j = 0; j < basis.size(); j++) {
          if (gradients[j] != null) valueMod(j, xa, p);
        }
        return new ModPoint(xa, fa);
      } catch (ArithmeticException e) {
        // a denominator vanished at this point: draw another
      }
    }
    throw new InputException(sys.spec().source() + ": the right-hand sides, constraints or basis functions are"
        + " undefined (division by zero) at every sampled state; check the definitions and denominators");
  }

  private long[][] powers(long[] x, long p) {
    long[][] pw = new long[n][maxExp + 1];
    for (int i = 0; i < n; i++) {
      pw[i][0] = 1;
      for (int k = 1; k <= maxExp; k++) pw[i][k] = pw[i][k - 1] * x[i] % p;
    }
    return pw;
  }

  /** L b_j at a point, for every j, modulo p. */
  long[] lieRow(ModPoint pt, long p) {
    long[][] pw = powers(pt.x(), p);
    long[] row = new long[basis.size()];
    for (int j = 0; j < row.length; j++) {
      int[] e = exps[j];
      if (e == null) {
        long s = 0;
        long[] g = gradientMod(j, pt.x(), p);
        for (int i = 0; i < n; i++) s = (s + g[i] * pt.f()[i]) % p;
        row[j] = s;
        continue;
      }
      long s = 0;
      for (int i : support[j]) {
        long term = e[i] * pt.f()[i] % p * pw[i][e[i] - 1] % p;
        for (int l : support[j]) if (l != i) term = term * pw[l][e[l]] % p;
        s += term;
      }
      row[j] = s % p;
    }
    return row;
  }

  /** b_j at a point, for every j, modulo p. */
  long[] valueRow(long[] x, long p) {
    long[][] pw = powers(x, p);
    long[] row = new long[basis.size()];
    for (int j = 0; j < row.length; j++) {
      int[] e = exps[j];
      if (e == null) { row[j] = valueMod(j, x, p); continue; }
      long v = 1;
      for (int i : support[j]) v = v * pw[i][e[i]] % p;
      row[j] = v;
    }
    return row;
  }

  /** The gradient of every basis function at a point modulo p: result[j][i] = d b_j / d x_i. */
  long[][] gradientRows(long[] x, long p) {
    long[][] pw = powers(x, p);
    long[][] g = new long[basis.size()][];
    for (int j = 0; j < g.length; j++) {
      int[] e = exps[j];
      if (e == null) { g[j] = gradientMod(j, x, p); continue; }
      long[] r = new long[n];
      for (int i : support[j]) {
        long term = e[i] * pw[i][e[i] - 1] % p;
        for (int l : support[j]) if (l != i) term = term * pw[l][e[l]] % p;
        r[i] = term;
      }
      g[j] = r;
    }
    return g;
  }

  private long valueMod(int j, long[] x, long p) {
    ExactEvaluator<Long> ev = new ExactEvaluator<>(Field.modulo(p), sys.variables());
    Long[] xs = new Long[n];
    for (int i = 0; i < n; i++) xs[i] = x[i];
    return ev.eval(basis.term(j).expression(), xs);
  }

  private long[] gradientMod(int j, long[] x, long p) {
    ExactEvaluator<Long> ev = new ExactEvaluator<>(Field.modulo(p), sys.variables());
    Long[] xs = new Long[n];
    for (int i = 0; i < n; i++) xs[i] = x[i];
    long[] out = new long[n];
    for (int i = 0; i < n; i++) out[i] = ev.eval(gradients[j][i], xs);
    return out;
  }

  /** Rows of L b_j (j in {@code support}) over the rationals at {@code count} random integer points. */
  BigFraction[][] exactLieRows(int[] support, int count, Random rnd) {
    Field<BigFraction> q = Field.RATIONALS;
    ExactEvaluator<BigFraction> ev = new ExactEvaluator<>(q, sys.variables());
    BigFraction[][] rows = new BigFraction[count][];
    int made = 0;
    for (int attempt = 0; made < count && attempt < MAX_ATTEMPTS * count; attempt++) {
      List<BigFraction> x = new ArrayList<>(n);
      for (int i = 0; i < n; i++) x.add(new BigFraction(rnd.nextInt(2001) - 1000));
      try {
        manifold.complete(q, x);
        List<BigFraction> f = sys.rhsExact(q, x);
        BigFraction[] xs = x.toArray(new BigFraction[0]);
        BigFraction[] row = new BigFraction[support.length];
        for (int s = 0; s < support.length; s++) {
          int j = support[s];
          BigFraction acc = BigFraction.ZERO;
          int[] e = exps[j];
          for (int i = 0; i < n; i++) {
            BigFraction gi;
            if (e == null) gi = ev.eval(gradients[j][i], xs);
            else if (e[i] == 0) continue;
            else {
              gi = new BigFraction(e[i]).multiply(xs[i].pow(e[i] - 1));
              for (int l = 0; l < n; l++) if (l != i && e[l] != 0) gi = gi.multiply(xs[l].pow(e[l]));
            }
            acc = acc.add(gi.multiply(f.get(i)));
          }
          row[s] = acc;
        }
        rows[made++] = row;
      } catch (ArithmeticException e) {
        // singular point: draw another
      }
    }
    if (made < count) throw new InputException(sys.spec().source() + ": the system is undefined at every sampled rational state");
    return rows;
  }
}
