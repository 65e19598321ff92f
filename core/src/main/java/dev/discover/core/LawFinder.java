package dev.discover.core;

import dev.discover.sparse.IncrementalRank;
import dev.discover.sparse.Modular;
import dev.discover.sparse.ModularMatrix;
import dev.discover.symbolic.Exprs;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.hipparchus.fraction.BigFraction;

/**
 * The exact route of the Sparse Invariant Detector, for rational systems and rational bases.
 *
 * <ol>
 *   <li>Lie derivatives of the basis at random points of the constraint manifold, modulo a 31-bit prime: the
 *       matrix A with A[r][j] = (L b_j)(x_r). With more points than basis functions its null space is, with
 *       overwhelming probability (Schwartz-Zippel), exactly the space of conserved combinations; an
 *       unlucky point can only add spurious vectors, which the exact verification then rejects.</li>
 *   <li>Sparse representatives: reduced row echelon forms of the null space under column orders that put
 *       complex functions first, so each row is supported on functions no more complex than its pivot.</li>
 *   <li>Functional independence: greedy, simplest first, by the rank of the gradients at a generic point of
 *       the manifold, counted in the tangent space (constraint gradients are added first), so that laws that
 *       vanish on the manifold never count.</li>
 *   <li>Exact rational coefficients on each law's support, by exact elimination at rational points, and an
 *       exact check of dH/dt = 0: a polynomial identity modulo the constraints.</li>
 * </ol>
 */
public final class LawFinder {
  private LawFinder() {}

  /** Finds the conservation laws of a system in the span of a basis. */
  public static LawSearchResult find(DynamicalSystem sys, Basis basis, LawOptions opt) {
    return find(sys, basis, opt, sys.dimension());
  }

  /**
   * The same, where only the first {@code stateVariables} variables are dynamical: the rest are symbolic
   * parameters (with zero derivative), so functional independence is judged on the state variables alone and a
   * law times a parameter is not a new law.
   */
  static LawSearchResult find(DynamicalSystem sys, Basis basis, LawOptions opt, int stateVariables) {
    long t0 = System.nanoTime();
    Map<String, Long> timings = new LinkedHashMap<>();
    if (!isRational(sys, basis)) return NumericLawFinder.find(sys, basis, opt);
    Manifold manifold = Manifold.of(sys);
    if (!manifold.isExplicit()) return NumericLawFinder.find(sys, basis, opt);
    LieRows lie = new LieRows(sys, basis, manifold);
    int nb = basis.size();
    int nv = stateVariables;
    long p = Modular.PRIMES.get(0);
    List<int[]> blocks = Grading.blocks(sys, manifold, basis);
    int largest = blocks.stream().mapToInt(b -> b.length).max().orElse(0);
    int m = largest + opt.extraRows();

    // 1-2. Sample points, and the null space modulo p block by block (rows generated per block), with its
    // trivial part (functions vanishing on the manifold).
    BlockNullSpace.Result ns = new BlockNullSpace(lie, basis, p, opt, opt.maxMemoryBytes())
        .compute(blocks, ParityGrading.parities(sys, manifold, basis), m);
    long[][][] perBlock = ns.perBlock();
    long[][] nullSpace = Arrays.stream(perBlock).flatMap(Arrays::stream).toArray(long[][]::new);
    long[][] trivial = Arrays.stream(ns.trivial()).flatMap(Arrays::stream).toArray(long[][]::new);
    timings.put("sampling", ms(t0) - ns.nullSpaceMs());
    timings.put("null_space", ns.nullSpaceMs());

    // 3. Candidates: echelon rows of the null space under complexity-first column orders.
    long t2 = System.nanoTime();
    opt.progress().report("sparsest basis", 0);
    Integer[] byComplexity = complexityOrder(basis);
    Sparsifier sparsifier = new Sparsifier(basis, byComplexity, p, new Random(opt.seed()), opt.orderings());
    List<Sparsifier.Candidate> candidates = sparsifier.candidates(blocks, Arrays.asList(perBlock), opt.progress());

    // 4. Greedy functional independence at a generic point, in the tangent space of the manifold.
    LieRows.ModPoint star = lie.modPoint(p, new Random(opt.seed() ^ 0x5DEECE66DL));
    long[][] grads = lie.gradientRows(star.x(), p);
    List<long[]> fixed = new ArrayList<>();
    for (var c : manifold.constraints()) fixed.add(constraintGradient(c, star.x(), p, nv));
    List<long[]> chosen = sparsifier.select(candidates, grads, fixed, nv);
    timings.put("sparsify", ms(t2));

    // 5. Exact coefficients and exact verification.
    long t3 = System.nanoTime();
    List<ConservationLaw> laws = new ArrayList<>();
    Verifier verifier = new Verifier(sys, basis, manifold, lie, opt, stateVariables);
    for (int k = 0; k < chosen.size(); k++) {
      opt.progress().report("exact laws", k / (double) chosen.size());
      BigFraction[] exact = exactCoefficients(chosen.get(k), lie, p, new Random(opt.seed() + 31L * k), byComplexity);
      laws.add(verifier.law(exact));
    }
    laws.removeIf(l -> l.verification() != Verification.EXACT && l.residual() > 1e-6);
    timings.put("exact", ms(t3));

    Map<Integer, Integer> dependent = dependentByDegree(nullSpace, trivial, chosen, basis, byComplexity, p);
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
      spectrum = NumericLawFinder.spectrum(sys, basis, blocks, opt);
      timings.put("cross_check", ms(t4));
      timings.put("total", ms(t0));
    }
    return new LawSearchResult(sys.spec().name(), sys.variables(), nb, nullSpace.length, trivial.length, laws,
        dependent, method, m, timings, ParameterReport.NONE, spectrum);
  }

  /** True when the exact route applies: rational right-hand sides and a rational basis. */
  static boolean isRational(DynamicalSystem sys, Basis basis) {
    if (!sys.isRational()) return false;
    for (Basis.Term t : basis.terms()) if (!t.isMonomial() && !Exprs.isRational(t.expression())) return false;
    return true;
  }


  static long ms(long since) { return (System.nanoTime() - since) / 1_000_000; }

  /** Basis indices sorted from most to least complex: degree, then number of variables, then later first. */
  static Integer[] complexityOrder(Basis basis) {
    Integer[] idx = new Integer[basis.size()];
    for (int j = 0; j < idx.length; j++) idx[j] = j;
    Arrays.sort(idx, Comparator.<Integer>comparingInt(j -> basis.term(j).degree())
        .thenComparingInt(j -> varCount(basis.term(j)))
        .thenComparingInt(j -> j).reversed());
    return idx;
  }

  private static int varCount(Basis.Term t) {
    if (!t.isMonomial()) return Exprs.names(t.expression()).size();
    int c = 0;
    for (int x : t.exponents()) if (x != 0) c++;
    return c;
  }

  private static int[] unbox(Integer[] a) { return Arrays.stream(a).mapToInt(Integer::intValue).toArray(); }

  /**
   * Reduced echelon rows of the span of {@code vs} using only the columns in {@code order}, visited in that
   * order (the vectors must vanish elsewhere), returned as full-length vectors.
   */
  static List<long[]> echelonRows(long[][] vs, int[] order, long p) {
    int k = order.length;
    int n = vs.length == 0 ? 0 : vs[0].length;
    long[][] perm = new long[vs.length][k];
    for (int i = 0; i < vs.length; i++) for (int c = 0; c < k; c++) perm[i][c] = vs[i][order[c]];
    ModularMatrix.Echelon ech = ModularMatrix.rref(perm, k, p);
    List<long[]> out = new ArrayList<>();
    for (long[] row : ech.rows()) {
      long[] v = new long[n];
      for (int c = 0; c < k; c++) v[order[c]] = row[c];
      out.add(v);
    }
    return out;
  }

  static int support(long[] v) {
    int c = 0;
    for (long x : v) if (x != 0) c++;
    return c;
  }

  private static int maxDegree(long[] v, Basis basis) {
    int d = 0;
    for (int j = 0; j < v.length; j++) if (v[j] != 0) d = Math.max(d, basis.term(j).degree());
    return d;
  }

  private static long[] constraintGradient(dev.discover.symbolic.Poly c, long[] x, long p, int nv) {
    long[] g = new long[nv];
    for (int i = 0; i < nv; i++) g[i] = evalMod(c.derivative(i), x, p);
    return g;
  }

  /** A polynomial's value modulo p. */
  static long evalMod(dev.discover.symbolic.Poly poly, long[] x, long p) {
    long acc = 0;
    for (Map.Entry<List<Integer>, BigFraction> t : poly.termMap().entrySet()) {
      long v = Modular.residue(t.getValue().getNumerator(), t.getValue().getDenominator(), p);
      for (int i = 0; i < x.length; i++) {
        int k = t.getKey().get(i);
        for (int r = 0; r < k; r++) v = v * x[i] % p;
      }
      acc = (acc + v) % p;
    }
    return acc;
  }

  /**
   * The exact rational law whose reduction modulo p is {@code v}: the null space of the Lie derivatives
   * restricted to v's support, computed modulo several primes (each at fresh random points), combined by the
   * Chinese remainder theorem and lifted to rationals by rational reconstruction until two successive lifts
   * agree. The result is then checked exactly by the {@link Verifier}, so a wrong lift cannot pass.
   */
  private static BigFraction[] exactCoefficients(long[] v, LieRows lie, long p, Random rnd, Integer[] byComplexity) {
    int[] support = IntStream.range(0, v.length).filter(j -> v[j] != 0).toArray();
    int[] rankOf = new int[byComplexity.length];
    for (int c = 0; c < byComplexity.length; c++) rankOf[byComplexity[c]] = c;
    int[] ordered = Arrays.stream(support).boxed().sorted(Comparator.comparingInt(j -> rankOf[j]))
        .mapToInt(Integer::intValue).toArray();
    int k = ordered.length;
    BigInteger modulus = BigInteger.ONE;
    BigInteger[] acc = new BigInteger[k];
    BigFraction[] previous = null;
    for (int t = 0; t < Modular.PRIMES.size(); t++) {
      long q = Modular.PRIMES.get(t);
      long[] w = supportNullVector(lie, ordered, q, rnd);
      if (w == null) continue;
      BigInteger bq = BigInteger.valueOf(q);
      for (int s = 0; s < k; s++) {
        BigInteger r = BigInteger.valueOf(w[s]);
        if (t == 0 || acc[s] == null) { acc[s] = r; continue; }
        // x = acc mod M, x = r mod q  ->  x = acc + M * ((r - acc) * M^-1 mod q)
        BigInteger h = r.subtract(acc[s]).multiply(modulus.modInverse(bq)).mod(bq);
        acc[s] = acc[s].add(modulus.multiply(h));
      }
      modulus = modulus.multiply(bq);
      BigFraction[] lifted = new BigFraction[k];
      boolean ok = true;
      for (int s = 0; s < k && ok; s++) {
        BigInteger[] nd = Modular.reconstruct(acc[s], modulus);
        if (nd == null) ok = false;
        else lifted[s] = new BigFraction(nd[0], nd[1]);
      }
      if (ok && previous != null && Arrays.equals(lifted, previous)) {
        BigFraction[] out = new BigFraction[v.length];
        Arrays.fill(out, BigFraction.ZERO);
        for (int s = 0; s < k; s++) out[ordered[s]] = lifted[s];
        return out;
      }
      previous = ok ? lifted : null;
    }
    return reconstruct(v, p);
  }

  /**
   * The null vector of the Lie derivatives restricted to {@code cols} modulo q, scaled so its first entry is 1;
   * when that null space has several dimensions, its first reduced echelon row. Null when it is empty.
   */
  private static long[] supportNullVector(LieRows lie, int[] cols, long q, Random rnd) {
    int k = cols.length;
    long[][] rows = new long[k + 8][];
    for (int r = 0; r < rows.length; r++) {
      rows[r] = lie.lieRow(lie.modPoint(q, rnd), q, cols);
    }
    long[][] ns = ModularMatrix.rref(rows, k, q).nullSpace();
    if (ns.length == 0) return null;
    long[] w = ns.length == 1 ? ns[0] : ModularMatrix.rref(ns, k, q).rows()[0];
    for (long x : w) {
      if (x != 0) {
        long inv = Modular.inverse(x, q);
        for (int j = 0; j < k; j++) w[j] = w[j] * inv % q;
        break;
      }
    }
    return w;
  }



  private static BigFraction[] reconstruct(long[] v, long p) {
    BigFraction[] out = new BigFraction[v.length];
    BigInteger bp = BigInteger.valueOf(p);
    for (int j = 0; j < v.length; j++) {
      if (v[j] == 0) { out[j] = BigFraction.ZERO; continue; }
      BigInteger[] nd = Modular.reconstruct(BigInteger.valueOf(v[j]), bp);
      out[j] = nd == null ? BigFraction.ZERO : new BigFraction(nd[0], nd[1]);
    }
    return out;
  }

  /** For each degree, the null-space members that are functions of the laws (neither laws nor trivial). */
  private static Map<Integer, Integer> dependentByDegree(long[][] nullSpace, long[][] trivial, List<long[]> chosen,
      Basis basis, Integer[] order, long p) {
    Map<Integer, Integer> out = new TreeMap<>();
    int[] ord = unbox(order);
    Map<Integer, Integer> all = pivotDegrees(nullSpace, ord, basis, p);
    Map<Integer, Integer> triv = pivotDegrees(trivial, ord, basis, p);
    Map<Integer, Integer> laws = new TreeMap<>();
    for (long[] v : chosen) laws.merge(maxDegree(v, basis), 1, Integer::sum);
    for (Map.Entry<Integer, Integer> en : all.entrySet()) {
      int d = en.getKey();
      int dep = en.getValue() - triv.getOrDefault(d, 0) - laws.getOrDefault(d, 0);
      if (dep > 0) out.put(d, dep);
    }
    return out;
  }

  private static Map<Integer, Integer> pivotDegrees(long[][] vs, int[] order, Basis basis, long p) {
    Map<Integer, Integer> out = new TreeMap<>();
    if (vs.length == 0) return out;
    for (long[] v : echelonRows(vs, order, p)) out.merge(maxDegree(v, basis), 1, Integer::sum);
    return out;
  }
}
