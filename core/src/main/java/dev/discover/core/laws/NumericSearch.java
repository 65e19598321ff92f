package dev.discover.core.laws;

import dev.discover.core.Basis;
import dev.discover.core.ConservationLaw;
import dev.discover.core.DynamicalSystem;
import dev.discover.core.LawOptions;
import dev.discover.core.LawSearchResult;
import dev.discover.core.Manifold;
import dev.discover.core.ParameterReport;
import dev.discover.core.Spectrum;
import dev.discover.sparse.NumericEchelon;
import dev.discover.sparse.NumericNullSpace;
import dev.discover.sparse.NumericRank;
import dev.discover.sparse.RationalSnap;
import dev.discover.sparse.Vectors;
import dev.discover.symbolic.Compiler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.hipparchus.fraction.BigFraction;

/**
 * The floating-point route, for systems or bases with transcendental functions (sin, exp, log, sqrt, ...):
 * Lie derivatives at sample points where every function is real and finite ({@link NumericSampler}), a null
 * space by SVD, sparse candidates by echelon forms with complexity-first pivoting, independence by gradient
 * rank, coefficients snapped to small rationals and re-checked ({@link NumericLaw}).
 */
final class NumericSearch {
  static final double NULL_TOLERANCE = 1e-9;
  static final double RESIDUAL_LIMIT = 1e-7;
  static final int MAX_DENOMINATOR = 1000;

  private NumericSearch() {}

  static LawSearchResult find(LawProblem problem, LawOptions opt) {
    long t0 = System.nanoTime();
    DynamicalSystem sys = problem.system();
    Basis basis = problem.basis();
    Manifold manifold = problem.manifold();
    int n = sys.dimension();
    int nb = basis.size();
    NumericSampler sampler = new NumericSampler(sys, basis, manifold);
    Map<String, Long> timings = new LinkedHashMap<>();
    Random rnd = new Random(opt.seed());
    int m = Math.max(sys.spec().sampling().points(), Math.max(2 * nb, nb + 60));
    List<NumericSampler.Sample> samples = new ArrayList<>();
    opt.progress().report("sampling", 0);
    for (int r = 0; r < m; r++) samples.add(sampler.sample(rnd));
    List<NumericSampler.Sample> heldOut = new ArrayList<>();
    for (int r = 0; r < 50; r++) heldOut.add(sampler.sample(rnd));
    timings.put("sampling", ExactSearch.ms(t0));

    long t1 = System.nanoTime();
    int[] all = new int[nb];
    for (int j = 0; j < nb; j++) all[j] = j;
    double[] scale = new double[nb];
    double[][] a = sampler.scaledLieMatrix(samples, all, scale);
    opt.progress().report("null space", 0);
    NumericNullSpace ns = NumericNullSpace.of(a, nb, NULL_TOLERANCE);
    double[][] nullSpace = new double[ns.dimension()][];
    for (int k = 0; k < ns.dimension(); k++) {
      double[] v = ns.vector(k);
      for (int j = 0; j < nb; j++) v[j] /= scale[j];
      nullSpace[k] = v;
    }
    Spectrum spectrum = Spectrum.pooled(List.of(ns.singularValues()), NULL_TOLERANCE);
    int trivial = trivialDimension(nullSpace, samples);
    timings.put("null_space", ExactSearch.ms(t1));

    long t2 = System.nanoTime();
    Complexity complexity = new Complexity(basis);
    List<double[]> candidates = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int o = 0; o < opt.orderings() && nullSpace.length > 0; o++) {
      int[] base = complexity.mostComplexFirst();
      int[] ord = o == 0 ? base : Sparsifier.shuffledWithinDegree(base, basis, rnd);
      for (double[] v : NumericEchelon.inColumnOrder(nullSpace, ord, 1e-8)) {
        double[] snapped = snap(v);
        // A snap is a guess: keep it only when the snapped law is still conserved on fresh points.
        double[] kept = NumericSampler.residual(snapped, heldOut) <= RESIDUAL_LIMIT ? snapped : normalized(v);
        if (seen.add(Arrays.toString(kept))) candidates.add(kept);
      }
    }
    candidates.sort(Comparator.<double[]>comparingInt(complexity::degree).thenComparingInt(Vectors::support));
    NumericSampler.Sample star = samples.get(0);
    NumericRank rank = new NumericRank(n, 1e-7);
    for (var c : manifold.constraints()) {
      double[] g = new double[n];
      Compiler comp = new Compiler(sys.variables());
      for (int i = 0; i < n; i++) g[i] = comp.compile(c.derivative(i).toExpr(sys.variables())).eval(star.x());
      rank.add(g);
    }
    List<double[]> chosen = new ArrayList<>();
    for (double[] v : candidates) {
      if (NumericSampler.residual(v, heldOut) > RESIDUAL_LIMIT) continue;
      double[] g = new double[n];
      for (int j = 0; j < nb; j++) if (v[j] != 0) for (int i = 0; i < n; i++) g[i] += v[j] * star.gradients()[j][i];
      if (rank.add(g)) chosen.add(v);
    }
    timings.put("sparsify", ExactSearch.ms(t2));

    long t3 = System.nanoTime();
    NumericLaw printer = new NumericLaw(sys, basis, manifold, opt.symbolicTermLimit());
    List<ConservationLaw> laws = new ArrayList<>();
    for (int k = 0; k < chosen.size(); k++) {
      opt.progress().report("verifying laws", k / (double) chosen.size());
      laws.add(printer.of(chosen.get(k), heldOut));
    }
    timings.put("verify", ExactSearch.ms(t3));
    timings.put("total", ExactSearch.ms(t0));
    Map<Integer, Integer> dependent = new TreeMap<>();
    int rest = nullSpace.length - trivial - laws.size();
    if (rest > 0) dependent.put(Math.max(1, laws.stream().mapToInt(ConservationLaw::degree).max().orElse(1)), rest);
    String method = "numeric: singular value decomposition of Lie derivatives at " + m + " sample points (relative"
        + " tolerance " + NULL_TOLERANCE + "), coefficients snapped to rationals; exact only where a polynomial identity (modulo the constraints) or Symja proves dH/dt = 0";
    return new LawSearchResult(sys.spec().name(), sys.variables(), nb, nullSpace.length, trivial, laws, dependent,
        method, m, timings, ParameterReport.NONE, spectrum);
  }

  /**
   * The floating-point cross-check of the exact route: singular values of the scaled Lie-derivative matrix of
   * each weight block at double-precision sample points, pooled.
   */
  static Spectrum spectrum(LawProblem problem, List<int[]> blocks, LawOptions opt) {
    NumericSampler sampler = new NumericSampler(problem.system(), problem.basis(), problem.manifold());
    Random rnd = new Random(opt.seed() + 101);
    int largest = blocks.stream().mapToInt(b -> b.length).max().orElse(0);
    int m = Math.max(2 * largest, largest + 60);
    List<NumericSampler.Sample> samples = new ArrayList<>();
    for (int r = 0; r < m; r++) samples.add(sampler.sample(rnd));
    List<double[]> values = new ArrayList<>();
    double[] scale = new double[problem.basis().size()];
    for (int b = 0; b < blocks.size(); b++) {
      int[] cols = blocks.get(b);
      values.add(NumericNullSpace.of(sampler.scaledLieMatrix(samples, cols, scale), cols.length, NULL_TOLERANCE).singularValues());
      opt.progress().report("cross-check", (b + 1) / (double) blocks.size());
    }
    return Spectrum.pooled(values, NULL_TOLERANCE);
  }

  /** Members of the null space that are constant on the sample points (identities such as sin^2 + cos^2 = 1). */
  private static int trivialDimension(double[][] nullSpace, List<NumericSampler.Sample> samples) {
    if (nullSpace.length == 0) return 0;
    int m = samples.size();
    double[][] a = new double[m][nullSpace.length + 1];
    for (int r = 0; r < m; r++) {
      double[] vals = samples.get(r).values();
      for (int k = 0; k < nullSpace.length; k++) a[r][k] = Vectors.dot(nullSpace[k], vals);
      a[r][nullSpace.length] = 1;
    }
    return NumericNullSpace.of(a, nullSpace.length + 1, 1e-8).dimension();
  }

  /** Scales so the largest coefficient is 1 and zeroes tiny ones. */
  private static double[] normalized(double[] v) {
    double mx = Vectors.maxAbs(v);
    double[] w = new double[v.length];
    for (int j = 0; j < v.length; j++) w[j] = Math.abs(v[j]) < 1e-9 * mx ? 0 : v[j] / mx;
    return w;
  }

  /** Scales so the largest coefficient is 1, zeroes tiny ones, and snaps to small rationals when all snap. */
  private static double[] snap(double[] v) {
    double[] w = normalized(v);
    double smallest = Double.MAX_VALUE;
    for (double x : w) if (x != 0) smallest = Math.min(smallest, Math.abs(x));
    // Try scalings that make the smallest coefficient an integer, then snap everything.
    for (double base : new double[] {smallest, 1}) {
      double[] s = new double[w.length];
      boolean ok = true;
      for (int j = 0; j < w.length && ok; j++) {
        if (w[j] == 0) continue;
        Optional<BigFraction> q = RationalSnap.snap(w[j] / base, MAX_DENOMINATOR, 1e-7 * Math.max(1, Math.abs(w[j] / base)));
        if (q.isEmpty()) ok = false;
        else s[j] = q.get().doubleValue();
      }
      if (ok) return s;
    }
    return w;
  }
}
