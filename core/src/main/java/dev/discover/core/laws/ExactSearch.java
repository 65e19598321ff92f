package dev.discover.core.laws;

import dev.discover.core.Basis;
import dev.discover.core.ConservationLaw;
import dev.discover.core.DynamicalSystem;
import dev.discover.core.LawOptions;
import dev.discover.core.LawSearchResult;
import dev.discover.core.Manifold;
import dev.discover.core.NullSpaceExecutor;
import dev.discover.core.ParameterReport;
import dev.discover.core.Spectrum;
import dev.discover.core.Verification;
import dev.discover.sparse.Modular;
import dev.discover.sparse.ModularMatrix;
import dev.discover.symbolic.Poly;
import dev.discover.io.Progress;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The exact route of the Sparse Invariant Detector, for rational systems and rational bases; its stages in order:
 *
 * <ol>
 *   <li>{@link ModularSamples}: random points of the constraint manifold modulo a 31-bit prime; an unlucky
 *       point can only add spurious vectors, which the exact verification rejects.</li>
 *   <li>{@link BlockNullSpace}: the null space of the Lie derivatives at those points, one weight block
 *       ({@link Grading}, split further by {@link ParityGrading}) at a time, and its trivial part.</li>
 *   <li>{@link Sparsifier}: sparse representatives, reduced echelon rows under complexity-first column
 *       orders.</li>
 *   <li>{@link Independence}: greedy functional independence by the rank of gradients at a generic point of the
 *       manifold, counted in its tangent space.</li>
 *   <li>{@link ExactCoefficients}: exact rational coefficients on each law's support.</li>
 *   <li>{@link ExactLaw} with the {@link Verifier}: the exact check of dH/dt = 0 and the printed law.</li>
 * </ol>
 */
final class ExactSearch {
  private ExactSearch() {}

  static LawSearchResult find(LawProblem problem, LawOptions opt) {
    long t0 = System.nanoTime();
    Map<String, Long> timings = new LinkedHashMap<>();
    DynamicalSystem sys = problem.system();
    Basis basis = problem.basis();
    Manifold manifold = problem.manifold();
    Setup setup = Setup.of(problem, opt.seed(), opt.extraRows(), opt.progress());
    LieRows lie = setup.lie();
    int nb = basis.size();
    int nv = problem.stateVariables();
    long p = setup.p();
    List<int[]> blocks = setup.blocks();
    int m = setup.samples().points().length;
    timings.put("sampling", ms(t0));

    long t1 = System.nanoTime();
    Optional<NullSpaceExecutor.Job> job = problem.fromSpec()
        ? Optional.of(new NullSpaceExecutor.Job(UUID.randomUUID().toString(), problem.spec(), opt.seed(), opt.extraRows()))
        : Optional.empty();
    BlockNullSpace ns = BlockNullSpace.of(lie, setup.samples(), basis, blocks, setup.parities(), opt, job);
    long[][] nullSpace = ns.all();
    long[][] trivial = ns.trivial();
    timings.put("null_space", ms(t1));

    long t2 = System.nanoTime();
    Complexity complexity = new Complexity(basis);
    Sparsifier sparsifier = new Sparsifier(basis, complexity, p, new Random(opt.seed()), opt.orderings());
    List<Sparsifier.Candidate> candidates = sparsifier.candidates(blocks, ns.perBlock(), opt.progress());
    LieRows.ModPoint star = lie.modPoint(p, new Random(opt.seed() ^ 0x5DEECE66DL));
    List<long[]> fixed = new ArrayList<>();
    for (Poly c : manifold.constraints()) fixed.add(constraintGradient(c, star.x(), p, nv));
    List<long[]> chosen = new Independence(sparsifier, lie.gradientRows(star.x(), p), fixed, nv, p).select(candidates);
    timings.put("sparsify", ms(t2));

    long t3 = System.nanoTime();
    List<ConservationLaw> laws = new ArrayList<>();
    ExactCoefficients coefficients = new ExactCoefficients(lie, complexity);
    Verifier verifier = new Verifier(sys, manifold, lie, opt.seed(), opt.symbolicTermLimit());
    ExactLaw printer = new ExactLaw(sys.variables(), basis, manifold, verifier, nv);
    for (int k = 0; k < chosen.size(); k++) {
      opt.progress().report("exact laws", k / (double) chosen.size());
      laws.add(printer.of(coefficients.of(chosen.get(k), p, new Random(opt.seed() + 31L * k))));
    }
    laws.removeIf(l -> l.verification() != Verification.EXACT && l.residual() > 1e-6);
    timings.put("exact", ms(t3));

    Map<Integer, Integer> dependent = dependentByDegree(nullSpace, trivial, chosen, complexity, p);
    timings.put("total", ms(t0));
    opt.progress().report("done", 1);
    String method = "exact: Lie derivatives at " + m + " random " + (manifold.isConstrained() ? "manifold " : "")
        + "points modulo the prime " + p
        + (blocks.size() > 1 ? " in " + blocks.size() + " weight blocks" : "")
        + ", exact rational coefficients, laws checked by polynomial identity";
    Spectrum spectrum = Spectrum.NONE;
    if (opt.crossCheck()) {
      long t4 = System.nanoTime();
      opt.progress().report("cross-check", 0);
      spectrum = NumericSearch.spectrum(problem, blocks, opt);
      timings.put("cross_check", ms(t4));
      timings.put("total", ms(t0));
    }
    return new LawSearchResult(sys.spec().name(), sys.variables(), nb, nullSpace.length, trivial.length, laws,
        dependent, method, m, timings, ParameterReport.NONE, spectrum);
  }

  static long ms(long since) { return (System.nanoTime() - since) / 1_000_000; }

  /**
   * What the null-space stage needs, built from the problem and the seed alone (so any JVM builds the same):
   * the Lie rows, the prime, the weight blocks and parity gradings, and the sample points.
   */
  record Setup(LieRows lie, long p, List<int[]> blocks, List<BitSet> parities, ModularSamples samples) {
    static Setup of(LawProblem problem, long seed, int extraRows, Progress progress) {
      DynamicalSystem sys = problem.system();
      Basis basis = problem.basis();
      Manifold manifold = problem.manifold();
      LieRows lie = new LieRows(sys, basis, manifold);
      long p = Modular.PRIMES.get(0);
      List<int[]> blocks = Grading.blocks(sys, manifold, basis);
      int largest = blocks.stream().mapToInt(b -> b.length).max().orElse(0);
      ModularSamples samples = ModularSamples.sample(lie, largest + extraRows, p, seed, progress);
      return new Setup(lie, p, blocks, ParityGrading.parities(sys, manifold, basis), samples);
    }
  }

  private static long[] constraintGradient(Poly c, long[] x, long p, int nv) {
    long[] g = new long[nv];
    for (int i = 0; i < nv; i++) g[i] = Modular.polynomialValue(c.derivative(i).termMap(), x, p);
    return g;
  }

  /** For each degree, the null-space members that are functions of the laws (neither laws nor trivial). */
  private static Map<Integer, Integer> dependentByDegree(long[][] nullSpace, long[][] trivial, List<long[]> chosen,
      Complexity complexity, long p) {
    Map<Integer, Integer> out = new TreeMap<>();
    Map<Integer, Integer> all = pivotDegrees(nullSpace, complexity, p);
    Map<Integer, Integer> triv = pivotDegrees(trivial, complexity, p);
    Map<Integer, Integer> laws = new TreeMap<>();
    for (long[] v : chosen) laws.merge(complexity.degree(v), 1, Integer::sum);
    for (Map.Entry<Integer, Integer> en : all.entrySet()) {
      int d = en.getKey();
      int dep = en.getValue() - triv.getOrDefault(d, 0) - laws.getOrDefault(d, 0);
      if (dep > 0) out.put(d, dep);
    }
    return out;
  }

  private static Map<Integer, Integer> pivotDegrees(long[][] vs, Complexity complexity, long p) {
    Map<Integer, Integer> out = new TreeMap<>();
    if (vs.length == 0) return out;
    for (long[] v : ModularMatrix.echelonRows(vs, complexity.mostComplexFirst(), p)) out.merge(complexity.degree(v), 1, Integer::sum);
    return out;
  }
}
