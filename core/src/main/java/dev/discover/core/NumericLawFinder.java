package dev.discover.core;

import dev.discover.sparse.NumericNullSpace;
import dev.discover.sparse.NumericRank;
import dev.discover.sparse.RationalSnap;
import dev.discover.symbolic.CompiledExpr;
import dev.discover.symbolic.Compiler;
import dev.discover.symbolic.Expr;
import dev.discover.symbolic.ExprException;
import dev.discover.symbolic.Exprs;
import dev.discover.symbolic.Latex;
import dev.discover.symbolic.Symja;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.hipparchus.fraction.BigFraction;

/**
 * The floating-point route, for systems or bases with transcendental functions (sin, exp, log, sqrt, ...):
 * Lie derivatives at sample points where every function is real and finite, a null space by SVD, sparse
 * candidates by echelon forms with complexity-first pivoting, independence by gradient rank, coefficients
 * snapped to small rationals and re-checked. A law is {@code exact} only when Symja simplifies dH/dt to 0;
 * otherwise it is {@code numeric} with its residual on fresh points.
 */
final class NumericLawFinder {
  private static final long SYMJA_TIMEOUT_MS = 20_000;
  private static final double NULL_TOLERANCE = 1e-9;
  private static final double RESIDUAL_LIMIT = 1e-7;
  private static final int MAX_DENOMINATOR = 1000;

  private final DynamicalSystem sys;
  private final Basis basis;
  private final Manifold manifold;
  private final LawOptions opt;
  private final int n;
  private final int nb;
  private final CompiledExpr[][] grad;
  private Spectrum spectrum = Spectrum.NONE;

  private NumericLawFinder(DynamicalSystem sys, Basis basis, LawOptions opt) {
    this.sys = sys;
    this.basis = basis;
    this.manifold = Manifold.of(sys);
    this.opt = opt;
    this.n = sys.dimension();
    this.nb = basis.size();
    this.grad = new CompiledExpr[nb][];
    Compiler c = new Compiler(sys.variables());
    for (int j = 0; j < nb; j++) {
      Basis.Term t = basis.term(j);
      if (t.isMonomial()) continue;
      grad[j] = new CompiledExpr[n];
      for (int i = 0; i < n; i++) {
        Expr d = Exprs.names(t.expression()).contains(sys.variables().get(i))
            ? Symja.derivative(t.expression(), sys.variables().get(i), SYMJA_TIMEOUT_MS) : Expr.num(0);
        grad[j][i] = c.compile(d);
      }
    }
  }

  static LawSearchResult find(DynamicalSystem sys, Basis basis, LawOptions opt) {
    return new NumericLawFinder(sys, basis, opt).run();
  }

  /** A sample: the state, f there, the basis values and gradients. */
  private record Sample(double[] x, double[] f, double[] values, double[][] gradients) {}

  private Sample sample(Random rnd, int[] failures) {
    Map<String, double[]> domain = sys.spec().sampling().domain();
    for (int attempt = 0; attempt < 2000; attempt++) {
      double[] x = new double[n];
      for (int i = 0; i < n; i++) {
        double[] r = domain.get(sys.variables().get(i));
        x[i] = r == null ? rnd.nextGaussian() : r[0] + (r[1] - r[0]) * rnd.nextDouble();
      }
      if (!manifold.complete(x)) { failures[nb]++; continue; }
      double[] f = new double[n];
      sys.rhs(x, f);
      if (!finite(f)) { failures[nb]++; continue; }
      double[] values = basis.values(x);
      double[][] g = new double[nb][];
      int bad = -1;
      for (int j = 0; j < nb && bad < 0; j++) {
        g[j] = gradient(j, x);
        if (!Double.isFinite(values[j]) || !finite(g[j])) bad = j;
      }
      if (bad >= 0) { failures[bad]++; continue; }
      return new Sample(x, f, values, g);
    }
    int worst = 0;
    for (int j = 1; j <= nb; j++) if (failures[j] > failures[worst]) worst = j;
    String src = sys.spec().source();
    if (worst == nb) {
      throw InputException.at(src, "equations", "the right-hand sides (or the constraints) are not real and finite at"
          + " any sampled state; give sampling.domain ranges where they are defined");
    }
    throw InputException.at(src, "basis", "basis function '" + basis.term(worst).name() + "' is undefined (not real or"
        + " not finite) at every sampled state; remove it or give sampling.domain ranges where it is defined");
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

  private double lie(Sample s, int j) {
    double acc = 0;
    for (int i = 0; i < n; i++) acc += s.gradients()[j][i] * s.f()[i];
    return acc;
  }

  private LawSearchResult run() {
    long t0 = System.nanoTime();
    Map<String, Long> timings = new LinkedHashMap<>();
    Random rnd = new Random(opt.seed());
    int m = Math.max(sys.spec().sampling().points(), Math.max(2 * nb, nb + 60));
    int[] failures = new int[nb + 1];
    List<Sample> samples = new ArrayList<>();
    opt.progress().report("sampling", 0);
    for (int r = 0; r < m; r++) samples.add(sample(rnd, failures));
    List<Sample> heldOut = new ArrayList<>();
    for (int r = 0; r < 50; r++) heldOut.add(sample(rnd, failures));
    timings.put("sampling", LawFinder.ms(t0));

    long t1 = System.nanoTime();
    int[] all = new int[nb];
    for (int j = 0; j < nb; j++) all[j] = j;
    double[] scale = new double[nb];
    double[][] a = scaledLieMatrix(samples, all, scale);
    opt.progress().report("null space", 0);
    NumericNullSpace ns = NumericNullSpace.of(a, nb, NULL_TOLERANCE);
    double[][] nullSpace = new double[ns.dimension()][];
    for (int k = 0; k < ns.dimension(); k++) {
      double[] v = ns.vector(k);
      for (int j = 0; j < nb; j++) v[j] /= scale[j];
      nullSpace[k] = v;
    }
    spectrum = Spectrum.pooled(List.of(ns.singularValues()), NULL_TOLERANCE);
    int trivial = trivialDimension(nullSpace, samples);
    timings.put("null_space", LawFinder.ms(t1));

    long t2 = System.nanoTime();
    Integer[] order = LawFinder.complexityOrder(basis);
    List<double[]> candidates = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int o = 0; o < opt.orderings() && nullSpace.length > 0; o++) {
      int[] base = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
      int[] ord = o == 0 ? base : Sparsifier.shuffledWithinDegree(base, basis, rnd);
      for (double[] v : echelon(nullSpace, ord)) {
        double[] snapped = snap(v);
        // A snap is a guess: keep it only when the snapped law is still conserved on fresh points.
        double[] kept = residual(snapped, heldOut) <= RESIDUAL_LIMIT ? snapped : normalized(v);
        if (seen.add(Arrays.toString(kept))) candidates.add(kept);
      }
    }
    candidates.sort(Comparator.<double[]>comparingInt(v -> degree(v)).thenComparingInt(NumericLawFinder::support));
    Sample star = samples.get(0);
    NumericRank rank = new NumericRank(n, 1e-7);
    for (var c : manifold.constraints()) {
      double[] g = new double[n];
      Compiler comp = new Compiler(sys.variables());
      for (int i = 0; i < n; i++) g[i] = comp.compile(c.derivative(i).toExpr(sys.variables())).eval(star.x());
      rank.add(g);
    }
    List<double[]> chosen = new ArrayList<>();
    for (double[] v : candidates) {
      if (residual(v, heldOut) > RESIDUAL_LIMIT) continue;
      double[] g = new double[n];
      for (int j = 0; j < nb; j++) if (v[j] != 0) for (int i = 0; i < n; i++) g[i] += v[j] * star.gradients()[j][i];
      if (rank.add(g)) chosen.add(v);
    }
    timings.put("sparsify", LawFinder.ms(t2));

    long t3 = System.nanoTime();
    List<ConservationLaw> laws = new ArrayList<>();
    for (int k = 0; k < chosen.size(); k++) {
      opt.progress().report("verifying laws", k / (double) chosen.size());
      laws.add(law(chosen.get(k), heldOut));
    }
    timings.put("verify", LawFinder.ms(t3));
    timings.put("total", LawFinder.ms(t0));
    Map<Integer, Integer> dependent = new TreeMap<>();
    int rest = nullSpace.length - trivial - laws.size();
    if (rest > 0) dependent.put(Math.max(1, laws.stream().mapToInt(ConservationLaw::degree).max().orElse(1)), rest);
    String method = "numeric: singular value decomposition of Lie derivatives at " + m + " sample points (relative"
        + " tolerance " + NULL_TOLERANCE + "), coefficients snapped to rationals; exact only where a polynomial identity (modulo the constraints) or Symja proves dH/dt = 0";
    return new LawSearchResult(sys.spec().name(), sys.variables(), nb, nullSpace.length, trivial, laws, dependent,
        method, m, timings, ParameterReport.NONE, spectrum);
  }

  /**
   * The Lie derivatives of the basis functions {@code cols} at the samples, each column scaled by the RMS size
   * of its terms (the scale written to {@code scale[col]}) and each row to unit maximum, so the SVD compares
   * like with like.
   */
  private double[][] scaledLieMatrix(List<Sample> samples, int[] cols, double[] scale) {
    int m = samples.size();
    double[][] a = new double[m][cols.length];
    for (int r = 0; r < m; r++) for (int c = 0; c < cols.length; c++) a[r][c] = lie(samples.get(r), cols[c]);
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

  /**
   * The floating-point cross-check of the exact route: singular values of the scaled Lie-derivative matrix of
   * each weight block at double-precision sample points, pooled.
   */
  static Spectrum spectrum(DynamicalSystem sys, Basis basis, List<int[]> blocks, LawOptions opt) {
    NumericLawFinder f = new NumericLawFinder(sys, basis, opt);
    Random rnd = new Random(opt.seed() + 101);
    int largest = blocks.stream().mapToInt(b -> b.length).max().orElse(0);
    int m = Math.max(2 * largest, largest + 60);
    int[] failures = new int[f.nb + 1];
    List<Sample> samples = new ArrayList<>();
    for (int r = 0; r < m; r++) samples.add(f.sample(rnd, failures));
    List<double[]> values = new ArrayList<>();
    double[] scale = new double[f.nb];
    for (int b = 0; b < blocks.size(); b++) {
      int[] cols = blocks.get(b);
      values.add(NumericNullSpace.of(f.scaledLieMatrix(samples, cols, scale), cols.length, NULL_TOLERANCE).singularValues());
      opt.progress().report("cross-check", (b + 1) / (double) blocks.size());
    }
    return Spectrum.pooled(values, NULL_TOLERANCE);
  }

  /** Members of the null space that are constant on the sample points (identities such as sin^2 + cos^2 = 1). */
  private int trivialDimension(double[][] nullSpace, List<Sample> samples) {
    if (nullSpace.length == 0) return 0;
    int m = samples.size();
    double[][] a = new double[m][nullSpace.length + 1];
    for (int r = 0; r < m; r++) {
      double[] vals = samples.get(r).values();
      for (int k = 0; k < nullSpace.length; k++) {
        double s = 0;
        for (int j = 0; j < nb; j++) s += nullSpace[k][j] * vals[j];
        a[r][k] = s;
      }
      a[r][nullSpace.length] = 1;
    }
    return NumericNullSpace.of(a, nullSpace.length + 1, 1e-8).dimension();
  }

  /** Gauss-Jordan on the null-space vectors, pivots taken in the given column order (largest entry per row). */
  private List<double[]> echelon(double[][] vs, int[] order) {
    double[][] rows = new double[vs.length][];
    for (int i = 0; i < vs.length; i++) rows[i] = vs[i].clone();
    int r = 0;
    List<double[]> out = new ArrayList<>();
    for (int c : order) {
      if (r == rows.length) break;
      int sel = -1;
      double best = 1e-8;
      for (int i = r; i < rows.length; i++) {
        double mx = 0;
        for (double x : rows[i]) mx = Math.max(mx, Math.abs(x));
        if (Math.abs(rows[i][c]) > best * mx) { best = Math.abs(rows[i][c]) / mx; sel = i; }
      }
      if (sel < 0) continue;
      double[] t = rows[sel]; rows[sel] = rows[r]; rows[r] = t;
      double piv = rows[r][c];
      for (int j = 0; j < nb; j++) rows[r][j] /= piv;
      for (int i = 0; i < rows.length; i++) {
        if (i == r || rows[i][c] == 0) continue;
        double f = rows[i][c];
        for (int j = 0; j < nb; j++) rows[i][j] -= f * rows[r][j];
      }
      r++;
    }
    for (int i = 0; i < r; i++) out.add(rows[i]);
    return out;
  }

  /** Scales so the largest coefficient is 1 and zeroes tiny ones. */
  private double[] normalized(double[] v) {
    double mx = 0;
    for (double x : v) mx = Math.max(mx, Math.abs(x));
    double[] w = new double[nb];
    for (int j = 0; j < nb; j++) w[j] = Math.abs(v[j]) < 1e-9 * mx ? 0 : v[j] / mx;
    return w;
  }

  /** Scales so the largest coefficient is 1, zeroes tiny ones, and snaps to small rationals when all snap. */
  private double[] snap(double[] v) {
    double[] w = normalized(v);
    double smallest = Double.MAX_VALUE;
    for (double x : w) if (x != 0) smallest = Math.min(smallest, Math.abs(x));
    // Try scalings that make the smallest coefficient an integer, then snap everything.
    for (double base : new double[] {smallest, 1}) {
      double[] s = new double[nb];
      boolean ok = true;
      for (int j = 0; j < nb && ok; j++) {
        if (w[j] == 0) continue;
        BigFraction q = RationalSnap.snap(w[j] / base, MAX_DENOMINATOR, 1e-7 * Math.max(1, Math.abs(w[j] / base)));
        if (q == null) ok = false;
        else s[j] = q.doubleValue();
      }
      if (ok) return s;
    }
    return w;
  }

  private static int support(double[] v) {
    int c = 0;
    for (double x : v) if (x != 0) c++;
    return c;
  }

  private int degree(double[] v) {
    int d = 0;
    for (int j = 0; j < v.length; j++) if (v[j] != 0) d = Math.max(d, basis.term(j).degree());
    return d;
  }

  /** max |dH/dt| / sum_j |c_j L b_j| over the points: 0 for a law, order 1 for a non-law. */
  private double residual(double[] v, List<Sample> points) {
    double worst = 0;
    for (Sample s : points) {
      double num = 0;
      double den = 0;
      for (int j = 0; j < nb; j++) {
        if (v[j] == 0) continue;
        double l = v[j] * lie(s, j);
        num += l;
        den += Math.abs(l);
      }
      if (den > 0) worst = Math.max(worst, Math.abs(num) / den);
    }
    return worst;
  }

  private ConservationLaw law(double[] v, List<Sample> heldOut) {
    List<String> vars = sys.variables();
    Map<String, String> coef = new LinkedHashMap<>();
    Set<String> used = new LinkedHashSet<>();
    int terms = 0;
    int degree = 0;
    boolean rational = true;
    BigFraction[] exact = new BigFraction[nb];
    for (int j = 0; j < nb; j++) {
      if (v[j] == 0) continue;
      BigFraction q = RationalSnap.snap(v[j], MAX_DENOMINATOR, 1e-12 * Math.max(1, Math.abs(v[j])));
      exact[j] = q;
      rational &= q != null;
    }
    if (rational) exact = Verifier.integerScaled(zeroFilled(exact));
    List<Map.Entry<BigFraction, Expr>> all = new ArrayList<>();
    for (int j = 0; j < nb; j++) {
      if (v[j] == 0) continue;
      Basis.Term t = basis.term(j);
      terms++;
      degree = Math.max(degree, t.degree());
      used.addAll(Exprs.names(t.expression()));
      BigFraction q = rational ? exact[j] : new BigFraction(v[j], 1e-15, 100);
      coef.put(t.name(), rational ? Exprs.formatNumber(exact[j]) : Double.toString(v[j]));
      all.add(Map.entry(q, t.expression()));
    }
    Expr h = Exprs.linearCombination(all);
    double[] coeffs = new double[nb];
    for (int j = 0; j < nb; j++) coeffs[j] = v[j] == 0 ? 0 : (rational ? exact[j].doubleValue() : v[j]);
    double res = residual(coeffs, heldOut);
    Verification ver = Verification.NUMERIC;
    String method = "residual " + String.format("%.1e", res) + " at " + heldOut.size() + " fresh sample points";
    if (rational && sys.isRational() && Exprs.isRational(h) && polynomialIdentity(h)) {
      ver = Verification.EXACT;
      method = manifold.isConstrained() ? "polynomial identity modulo the constraints (Groebner basis)" : "polynomial identity";
      res = 0;
    } else if (rational && !manifold.isConstrained() && symbolicallyConserved(h)) {
      ver = Verification.EXACT;
      method = "symbolic identity (Symja simplifies dH/dt to 0)";
      res = 0;
    }
    String description = Verifier.describe(vars, used, degree, Exprs.functions(h));
    String latex = Latex.of(h);
    if (!Exprs.functions(h).isEmpty()) {
      try {
        latex = Symja.latex(h, SYMJA_TIMEOUT_MS);
      } catch (ExprException e) {
        // keep our own rendering
      }
    }
    return new ConservationLaw(Exprs.print(h), latex, terms, degree, coef, ver, method, res, description,
        new Compiler(vars).compile(h), null);
  }

  private static BigFraction[] zeroFilled(BigFraction[] a) {
    BigFraction[] out = a.clone();
    for (int j = 0; j < out.length; j++) if (out[j] == null) out[j] = BigFraction.ZERO;
    return out;
  }

  /** Exact check for rational laws of rational systems, modulo the constraints. */
  private boolean polynomialIdentity(Expr h) {
    try {
      Boolean r = Verifier.conservedExactly(sys, manifold,
          dev.discover.symbolic.RationalFunction.of(h, sys.variables(), Map.of()), opt.symbolicTermLimit());
      return r != null && r;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** True when Symja simplifies sum_i dH/dx_i f_i (definitions inlined) to 0. */
  private boolean symbolicallyConserved(Expr h) {
    try {
      Expr total = null;
      for (int i = 0; i < n; i++) {
        String x = sys.variables().get(i);
        if (!Exprs.names(h).contains(x)) continue;
        Expr d = Symja.derivative(h, x, SYMJA_TIMEOUT_MS);
        Expr term = new Expr.Bin('*', d, sys.inline(sys.equations().get(i)));
        total = total == null ? term : new Expr.Bin('+', total, term);
      }
      if (total == null) return true;
      Expr s = Symja.apply("Simplify", Symja.apply("Together", total, SYMJA_TIMEOUT_MS), SYMJA_TIMEOUT_MS);
      BigFraction v = Exprs.constantValue(s);
      return v != null && v.getNumerator().equals(BigInteger.ZERO);
    } catch (ExprException e) {
      return false;
    }
  }
}
