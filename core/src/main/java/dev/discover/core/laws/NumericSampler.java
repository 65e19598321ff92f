package dev.discover.core.laws;

import dev.discover.core.Basis;
import dev.discover.core.DynamicalSystem;
import dev.discover.io.InputException;
import dev.discover.core.Manifold;
import dev.discover.symbolic.CompiledExpr;
import dev.discover.symbolic.Compiler;
import dev.discover.symbolic.Expr;
import dev.discover.symbolic.Exprs;
import dev.discover.symbolic.Symja;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The sampling stage of the floating-point route: states on the manifold where the right-hand sides and every
 * basis function are real and finite, with the basis values and gradients there, and the Lie-derivative matrix
 * scaled so that its SVD compares like with like. Every value is computed by {@link Compiler#strict} evaluators:
 * a state where some step under- or overflows double precision (exp(-x^400) reading 0, 1/exp(x^400) reading 0),
 * or where a function rounds to a limit it never reaches (tanh(30) reading 1), is not a sample, since a Lie
 * derivative that reads 0 there would make a non-law look conserved with residual 0.
 * When no state is representable, the route cannot verify anything and says so as bad input.
 */
final class NumericSampler {
  private static final long SYMJA_TIMEOUT_MS = 20_000;

  /** A sample: the state, f there, the basis values and gradients. */
  record Sample(double[] x, double[] f, double[] values, double[][] gradients) {
    /** (L b_j)(x) = grad b_j . f. */
    double lie(int j) {
      double acc = 0;
      for (int i = 0; i < f.length; i++) acc += gradients[j][i] * f[i];
      return acc;
    }
  }

  private final DynamicalSystem sys;
  private final Basis basis;
  private final Manifold manifold;
  private final int n;
  private final int nb;
  private final CompiledExpr[][] grad;
  private final CompiledExpr[] values;
  private final CompiledExpr[] definitions;
  private final CompiledExpr[] equations;
  /** Per basis function, then the right-hand sides: states rejected because a value is not real and finite. */
  private final int[] failures;
  /** The same, counting only the rejections where a value under- or overflowed double precision. */
  private final int[] lossy;

  NumericSampler(DynamicalSystem sys, Basis basis, Manifold manifold) {
    this.sys = sys;
    this.basis = basis;
    this.manifold = manifold;
    this.n = sys.dimension();
    this.nb = basis.size();
    this.grad = new CompiledExpr[nb][];
    this.values = new CompiledExpr[nb];
    this.failures = new int[nb + 1];
    this.lossy = new int[nb + 1];
    Compiler slots = Compiler.strict(sys.slots());
    this.definitions = sys.definitions().values().stream().map(slots::compile).toArray(CompiledExpr[]::new);
    this.equations = sys.equations().stream().map(slots::compile).toArray(CompiledExpr[]::new);
    Compiler c = Compiler.strict(sys.variables());
    for (int j = 0; j < nb; j++) {
      Basis.Term t = basis.term(j);
      if (t.isMonomial()) continue;
      values[j] = c.compile(t.expression());
      grad[j] = new CompiledExpr[n];
      for (int i = 0; i < n; i++) {
        Expr d = Exprs.names(t.expression()).contains(sys.variables().get(i))
            ? Symja.derivative(t.expression(), sys.variables().get(i), SYMJA_TIMEOUT_MS) : Expr.num(0);
        grad[j][i] = c.compile(d);
      }
    }
  }

  /** A state where everything is real and finite; throws {@link InputException} naming the culprit after 2000 tries. */
  Sample sample(Random rnd) {
    Map<String, double[]> domain = sys.spec().sampling().domain();
    for (int attempt = 0; attempt < 2000; attempt++) {
      double[] x = new double[n];
      for (int i = 0; i < n; i++) {
        double[] r = domain.get(sys.variables().get(i));
        x[i] = r == null ? rnd.nextGaussian() : r[0] + (r[1] - r[0]) * rnd.nextDouble();
      }
      if (!manifold.complete(x)) { failures[nb]++; continue; }
      double[] f = rhs(x);
      if (!finite(f)) { reject(nb, lossy(f, rhsPlain(x))); continue; }
      double[] plain = basis.values(x);
      double[] v = new double[nb];
      double[][] g = new double[nb][];
      int bad = -1;
      boolean lost = false;
      for (int j = 0; j < nb && bad < 0; j++) {
        Basis.Term t = basis.term(j);
        v[j] = values[j] != null ? values[j].eval(x) : plain[j];
        g[j] = gradient(j, x);
        if (!Double.isFinite(v[j]) || !finite(g[j])) {
          bad = j;
          // lost precision where the plain value is finite; outside the function's domain where it is not
          lost = Double.isFinite(plain[j]) && (Double.isNaN(v[j]) || containsNaN(g[j]));
        } else if (t.isMonomial() && monomialLost(t.exponents(), x, v[j], g[j]) || lieLost(g[j], f)) {
          bad = j;
          lost = true;
        }
      }
      if (bad >= 0) { reject(bad, lost); continue; }
      return new Sample(x, f, v, g);
    }
    int worst = 0;
    for (int j = 1; j <= nb; j++) if (failures[j] > failures[worst]) worst = j;
    String src = sys.spec().source();
    String hint = 2 * lossy[worst] >= failures[worst]
        ? " (they under- or overflow double precision there, or round to a limit they never reach, e.g. exp(-x^400),"
          + " x^5000 or tanh(x) at x = 30, so a floating-point law could"
          + " not be verified); give sampling.domain ranges where they are representable"
        : "; give sampling.domain ranges where they are defined";
    if (worst == nb) {
      throw InputException.at(src, "equations", "the right-hand sides (or the constraints) are not real and finite at"
          + " any sampled state" + hint);
    }
    throw InputException.at(src, "basis", "basis function '" + dev.discover.symbolic.Limits.excerpt(basis.term(worst).name(), 60)
        + "' is undefined (not real or not finite) at every sampled state" + hint + ", or remove it");
  }

  private void reject(int culprit, boolean lost) {
    failures[culprit]++;
    if (lost) lossy[culprit]++;
  }

  /** f(x) by the strict evaluators: NaN where a step under- or overflowed. */
  private double[] rhs(double[] x) {
    double[] s = new double[n + definitions.length];
    System.arraycopy(x, 0, s, 0, n);
    for (int i = 0; i < definitions.length; i++) s[n + i] = definitions[i].eval(s);
    double[] f = new double[n];
    for (int i = 0; i < n; i++) f[i] = equations[i].eval(s);
    return f;
  }

  private double[] rhsPlain(double[] x) {
    double[] f = new double[n];
    sys.rhs(x, f);
    return f;
  }

  /** True when the strict values have a NaN where the plain ones are finite: precision was lost, not the domain left. */
  private static boolean lossy(double[] strict, double[] plain) {
    for (int i = 0; i < strict.length; i++) if (Double.isNaN(strict[i]) && Double.isFinite(plain[i])) return true;
    return false;
  }

  private static boolean containsNaN(double[] v) {
    for (double d : v) if (Double.isNaN(d)) return true;
    return false;
  }

  /** A monomial whose variables are all nonzero but whose value or a gradient entry came out 0 or subnormal. */
  private static boolean monomialLost(int[] e, double[] x, double value, double[] g) {
    for (int i = 0; i < e.length; i++) if (e[i] != 0 && x[i] == 0) return false;
    if (Math.abs(value) < Double.MIN_NORMAL) return true;
    for (int i = 0; i < e.length; i++) if (e[i] != 0 && Math.abs(g[i]) < Double.MIN_NORMAL) return true;
    return false;
  }

  /** A term grad_i b_j * f_i of the Lie derivative that is 0 or subnormal though both factors are not. */
  private static boolean lieLost(double[] g, double[] f) {
    for (int i = 0; i < f.length; i++) {
      double p = g[i] * f[i];
      if (g[i] != 0 && f[i] != 0 && (Math.abs(p) < Double.MIN_NORMAL || Double.isInfinite(p))) return true;
    }
    return false;
  }

  private static boolean finite(double[] v) {
    for (double d : v) if (!Double.isFinite(d)) return false;
    return true;
  }

  private double[] gradient(int j, double[] x) {
    double[] g = new double[n];
    if (grad[j] != null) {
      for (int i = 0; i < n; i++) g[i] = grad[j][i].eval(x);
      return g;
    }
    int[] e = basis.term(j).exponents();
    for (int i = 0; i < n; i++) {
      if (e[i] == 0) continue;
      double t = e[i] * Compiler.powi(x[i], e[i] - 1);
      for (int l = 0; l < n; l++) if (l != i && e[l] != 0) t *= Compiler.powi(x[l], e[l]);
      g[i] = t;
    }
    return g;
  }

  /**
   * The Lie derivatives of the basis functions {@code cols} at the samples, each column scaled by the RMS size
   * of its terms (the scale written to {@code scale[col]}) and each row to unit maximum.
   */
  double[][] scaledLieMatrix(List<Sample> samples, int[] cols, double[] scale) {
    int m = samples.size();
    double[][] a = new double[m][cols.length];
    for (int r = 0; r < m; r++) for (int c = 0; c < cols.length; c++) a[r][c] = samples.get(r).lie(cols[c]);
    // Scale by the size of the terms of L b_j, not of L b_j itself: a column that cancels to round-off (b_j is
    // conserved) must stay near zero rather than be blown up to unit size.
    for (int c = 0; c < cols.length; c++) {
      double s = 0;
      for (int r = 0; r < m; r++) {
        Sample smp = samples.get(r);
        double t = 0;
        for (int i = 0; i < n; i++) t += Math.abs(smp.gradients()[cols[c]][i] * smp.f()[i]);
        s += t * t;
      }
      scale[cols[c]] = s == 0 ? 1 : Math.sqrt(s / m);
      for (int r = 0; r < m; r++) a[r][c] /= scale[cols[c]];
    }
    for (double[] row : a) {
      double mx = 0;
      for (double v : row) mx = Math.max(mx, Math.abs(v));
      if (mx > 0) for (int c = 0; c < row.length; c++) row[c] /= mx;
    }
    return a;
  }

  /** max |dH/dt| / sum_j |c_j L b_j| over the points: 0 for a law, order 1 for a non-law. */
  static double residual(double[] v, List<Sample> points) {
    double worst = 0;
    for (Sample s : points) {
      double num = 0;
      double den = 0;
      for (int j = 0; j < v.length; j++) {
        if (v[j] == 0) continue;
        double l = v[j] * s.lie(j);
        num += l;
        den += Math.abs(l);
      }
      if (den > 0) worst = Math.max(worst, Math.abs(num) / den);
    }
    return worst;
  }
}
