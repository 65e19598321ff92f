package dev.discover.core;

import dev.discover.sparse.FractionMatrix;
import dev.discover.sparse.IncrementalRank;
import dev.discover.sparse.Modular;
import dev.discover.sparse.ModularMatrix;
import dev.discover.symbolic.Exprs;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
    long t0 = System.nanoTime();
    Map<String, Long> timings = new LinkedHashMap<>();
    checkRational(sys, basis);
    Manifold manifold = Manifold.of(sys);
    LieRows lie = new LieRows(sys, basis, manifold);
    int nb = basis.size();
    int nv = sys.dimension();
    long p = Modular.PRIMES.get(0);
    List<int[]> blocks = Grading.blocks(sys, manifold, basis);
    int largest = blocks.stream().mapToInt(b -> b.length).max().orElse(0);
    int m = largest + opt.extraRows();

    // 1. The matrix of Lie derivatives (and of values, for trivial laws) at random manifold points.
    opt.progress().report("sampling", 0);
    long[][] a = new long[m][];
    long[][] e = manifold.isConstrained() ? new long[m][] : null;
    int[] done = new int[1];
    IntStream.range(0, m).parallel().forEach(r -> {
      LieRows.ModPoint pt = lie.modPoint(p, new Random(opt.seed() * 1_000_003L + r));
      a[r] = lie.lieRow(pt, p);
      if (e != null) e[r] = lie.valueRow(pt.x(), p);
      synchronized (done) {
        if (++done[0] % 256 == 0) opt.progress().report("sampling", done[0] / (double) m);
      }
    });
    timings.put("sampling", ms(t0));

    // 2. Null space modulo p, block by block, and its trivial part (functions vanishing on the manifold).
    long t1 = System.nanoTime();
    opt.progress().report("null space", 0);
    List<long[]> ns = java.util.Collections.synchronizedList(new ArrayList<>());
    List<long[]> tr = java.util.Collections.synchronizedList(new ArrayList<>());
    int[] finished = new int[1];
    blocks.parallelStream().forEach(block -> {
      ns.addAll(blockNullSpace(a, block, nb, p));
      if (e != null) tr.addAll(blockNullSpace(e, block, nb, p));
      synchronized (finished) {
        opt.progress().report("null space", ++finished[0] / (double) blocks.size());
      }
    });
    long[][] nullSpace = ns.toArray(new long[0][]);
    long[][] trivial = tr.toArray(new long[0][]);
    timings.put("null_space", ms(t1));

    // 3. Candidates: echelon rows of the null space under complexity-first column orders.
    long t2 = System.nanoTime();
    opt.progress().report("sparsest basis", 0);
    Integer[] byComplexity = complexityOrder(basis);
    Random rnd = new Random(opt.seed());
    List<long[]> candidates = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int o = 0; o < opt.orderings() && nullSpace.length > 0; o++) {
      int[] order = o == 0 ? unbox(byComplexity) : shuffledWithinDegree(byComplexity, basis, rnd);
      for (long[] v : echelonRows(nullSpace, order, p)) {
        normalize(v, p);
        if (seen.add(Arrays.toString(v))) candidates.add(v);
      }
      opt.progress().report("sparsest basis", (o + 1) / (double) opt.orderings());
    }
    candidates.sort(Comparator.<long[]>comparingInt(v -> maxDegree(v, basis))
        .thenComparingInt(LawFinder::support)
        .thenComparingInt(v -> firstIndex(v, byComplexity)));

    // 4. Greedy functional independence at a generic point, in the tangent space of the manifold.
    LieRows.ModPoint star = lie.modPoint(p, new Random(opt.seed() ^ 0x5DEECE66DL));
    long[][] grads = lie.gradientRows(star.x(), p);
    IncrementalRank rank = new IncrementalRank(nv, p);
    for (var c : manifold.constraints()) rank.add(constraintGradient(c, star.x(), p, nv));
    int base = rank.rank();
    List<long[]> chosen = new ArrayList<>();
    for (long[] v : candidates) {
      if (rank.add(gradient(v, grads, p, nv))) chosen.add(v);
    }
    timings.put("sparsify", ms(t2));

    // 5. Exact coefficients and exact verification.
    long t3 = System.nanoTime();
    List<ConservationLaw> laws = new ArrayList<>();
    Verifier verifier = new Verifier(sys, basis, manifold, lie, opt);
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
    String method = "exact: Lie derivatives at " + m + " random manifold points modulo the prime " + p
        + (blocks.size() > 1 ? " in " + blocks.size() + " weight blocks" : "")
        + ", exact rational coefficients, laws checked by polynomial identity";
    if (rank.rank() - base != chosen.size()) throw new IllegalStateException("rank bookkeeping");
    return new LawSearchResult(sys.spec().name(), sys.variables(), nb, nullSpace.length, trivial.length, laws,
        dependent, method, m, timings);
  }

  /** The null space of the columns {@code block} of {@code rows}, as full-length vectors. */
  private static List<long[]> blockNullSpace(long[][] rows, int[] block, int nb, long p) {
    long[][] sub = new long[rows.length][block.length];
    for (int r = 0; r < rows.length; r++) for (int c = 0; c < block.length; c++) sub[r][c] = rows[r][block[c]];
    List<long[]> out = new ArrayList<>();
    for (long[] v : ModularMatrix.rref(sub, block.length, p).nullSpace()) {
      long[] full = new long[nb];
      for (int c = 0; c < block.length; c++) full[block[c]] = v[c];
      out.add(full);
    }
    return out;
  }

  private static void checkRational(DynamicalSystem sys, Basis basis) {
    String src = sys.spec().source();
    if (!sys.isRational()) {
      throw InputException.at(src, "equations", "every right-hand side must be a rational function of the variables"
          + " (no sin, exp, log, sqrt or fractional powers) in this version");
    }
    for (Basis.Term t : basis.terms()) {
      if (!t.isMonomial() && !Exprs.isRational(t.expression())) {
        throw InputException.at(src, "basis", "basis function '" + t.name() + "' is not a rational function;"
            + " this version supports polynomial and rational bases");
      }
    }
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

  private static int[] shuffledWithinDegree(Integer[] order, Basis basis, Random rnd) {
    int[] out = unbox(order);
    int s = 0;
    while (s < out.length) {
      int d = basis.term(out[s]).degree();
      int t = s;
      while (t < out.length && basis.term(out[t]).degree() == d) t++;
      for (int i = t - 1; i > s; i--) {
        int k = s + rnd.nextInt(i - s + 1);
        int tmp = out[i]; out[i] = out[k]; out[k] = tmp;
      }
      s = t;
    }
    return out;
  }

  /** Reduced echelon rows of the span of {@code vs} with columns visited in {@code order}, un-permuted. */
  static List<long[]> echelonRows(long[][] vs, int[] order, long p) {
    int n = order.length;
    long[][] perm = new long[vs.length][n];
    for (int i = 0; i < vs.length; i++) for (int c = 0; c < n; c++) perm[i][c] = vs[i][order[c]];
    ModularMatrix.Echelon ech = ModularMatrix.rref(perm, n, p);
    List<long[]> out = new ArrayList<>();
    for (long[] row : ech.rows()) {
      long[] v = new long[n];
      for (int c = 0; c < n; c++) v[order[c]] = row[c];
      out.add(v);
    }
    return out;
  }

  /** Scales so that the first nonzero entry is 1. */
  private static void normalize(long[] v, long p) {
    for (long x : v) {
      if (x != 0) {
        long inv = Modular.inverse(x, p);
        for (int j = 0; j < v.length; j++) v[j] = v[j] * inv % p;
        return;
      }
    }
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

  private static int firstIndex(long[] v, Integer[] order) {
    for (int c = 0; c < order.length; c++) if (v[order[c]] != 0) return c;
    return order.length;
  }

  private static long[] gradient(long[] v, long[][] grads, long p, int nv) {
    long[] g = new long[nv];
    for (int j = 0; j < v.length; j++) {
      if (v[j] == 0) continue;
      for (int i = 0; i < nv; i++) g[i] = (g[i] + v[j] * grads[j][i]) % p;
    }
    return g;
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
   * The exact rational law whose reduction modulo p is {@code v}: the null space over Q of the Lie derivatives
   * restricted to v's support, then, when that space has several dimensions, its echelon row with v's pivot.
   */
  private static BigFraction[] exactCoefficients(long[] v, LieRows lie, long p, Random rnd, Integer[] byComplexity) {
    int[] support = IntStream.range(0, v.length).filter(j -> v[j] != 0).toArray();
    // Order the support like the complexity order, so the echelon pivot matches the modular one.
    Integer[] sup = Arrays.stream(support).boxed().toArray(Integer[]::new);
    Map<Integer, Integer> rankOf = new TreeMap<>();
    for (int c = 0; c < byComplexity.length; c++) rankOf.put(byComplexity[c], c);
    Arrays.sort(sup, Comparator.comparingInt(rankOf::get));
    int[] ordered = unbox(sup);
    BigFraction[][] rows = lie.exactLieRows(ordered, ordered.length + 8, rnd);
    List<BigFraction[]> ns = FractionMatrix.nullSpace(rows, ordered.length);
    BigFraction[] out = new BigFraction[v.length];
    Arrays.fill(out, BigFraction.ZERO);
    if (ns.isEmpty()) return reconstruct(v, p);
    BigFraction[] pick = ns.size() == 1 ? ns.get(0) : null;
    if (pick == null) {
      // Echelon form over Q with the same column order; take the row whose pivot is v's first entry.
      List<BigFraction[]> ech = rationalEchelon(ns, ordered.length);
      pick = ech.get(0);
    }
    for (int s = 0; s < ordered.length; s++) out[ordered[s]] = pick[s];
    // Check that the exact vector reduces to v (up to scale); otherwise fall back to reconstruction.
    if (!matchesModular(out, v, p)) return reconstruct(v, p);
    return out;
  }

  private static List<BigFraction[]> rationalEchelon(List<BigFraction[]> vs, int n) {
    BigFraction[][] rows = vs.stream().map(BigFraction[]::clone).toArray(BigFraction[][]::new);
    int r = 0;
    for (int c = 0; c < n && r < rows.length; c++) {
      int sel = -1;
      for (int i = r; i < rows.length; i++) if (rows[i][c].getNumerator().signum() != 0) { sel = i; break; }
      if (sel < 0) continue;
      BigFraction[] t = rows[sel]; rows[sel] = rows[r]; rows[r] = t;
      BigFraction inv = rows[r][c].reciprocal();
      for (int j = 0; j < n; j++) rows[r][j] = rows[r][j].multiply(inv);
      for (int i = 0; i < rows.length; i++) {
        if (i == r || rows[i][c].getNumerator().signum() == 0) continue;
        BigFraction f = rows[i][c];
        for (int j = 0; j < n; j++) rows[i][j] = rows[i][j].subtract(f.multiply(rows[r][j]));
      }
      r++;
    }
    return Arrays.asList(rows).subList(0, r);
  }

  private static boolean matchesModular(BigFraction[] exact, long[] v, long p) {
    long scale = -1;
    for (int j = 0; j < v.length; j++) {
      boolean ez = exact[j].getNumerator().signum() == 0;
      if (ez != (v[j] == 0)) return false;
      if (ez) continue;
      long r;
      try {
        r = Modular.residue(exact[j].getNumerator(), exact[j].getDenominator(), p);
      } catch (ArithmeticException e) {
        return false;
      }
      long s = v[j] * Modular.inverse(r, p) % p;
      if (scale < 0) scale = s;
      else if (s != scale) return false;
    }
    return true;
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
