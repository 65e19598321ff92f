package dev.discover.core.laws;

import dev.discover.core.Basis;
import dev.discover.io.Progress;
import dev.discover.sparse.ModularMatrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The sparsest-candidates stage: sparse, simple representatives of a null space given modulo p, block by block.
 * Candidates are the rows of reduced echelon forms of each block's null space under column orders that put
 * complex functions first (ties broken at random, several orders), so every row is supported on functions no
 * more complex than its pivot. {@link Independence} then chooses among them.
 */
final class Sparsifier {
  private final Basis basis;
  private final Complexity complexity;
  private final long p;
  private final int[] variableCount;
  private final Random rnd;
  private final int orderings;

  Sparsifier(Basis basis, Complexity complexity, long p, Random rnd, int orderings) {
    this.basis = basis;
    this.complexity = complexity;
    this.p = p;
    this.variableCount = new int[basis.size()];
    for (int j = 0; j < basis.size(); j++) {
      Basis.Term t = basis.term(j);
      int c = 0;
      if (t.isMonomial()) { for (int x : t.exponents()) if (x != 0) c++; } else c = t.degree() + 1;
      variableCount[j] = c;
    }
    this.rnd = rnd;
    this.orderings = orderings;
  }

  /**
   * A candidate law: its coefficient vector, its block, support size, highest degree, and two tie-breakers:
   * how many coefficients have the minority sign, and the total number of variables over its terms.
   */
  record Candidate(long[] v, int block, int support, int degree, int signMix, int variables) {}

  /** The candidate of a vector (normalized first: its simplest nonzero entry made 1). */
  Candidate candidate(long[] v, int block) {
    ModularMatrix.normalizeAt(v, complexity.simplestFirst(), p);
    int pos = 0;
    int neg = 0;
    int vars = 0;
    int support = 0;
    int degree = 0;
    for (int j = 0; j < v.length; j++) {
      if (v[j] == 0) continue;
      support++;
      degree = Math.max(degree, basis.term(j).degree());
      vars += variableCount[j];
      // A residue above p/2 stands for a negative number of small height.
      if (v[j] > p / 2) neg++; else pos++;
    }
    return new Candidate(v, block, support, degree, Math.min(pos, neg), vars);
  }

  /** Echelon rows of every block's null space under several complexity-first orders, deduplicated, simplest first. */
  List<Candidate> candidates(List<int[]> blocks, long[][][] blockNullSpaces, Progress progress) {
    progress.report("sparsest basis", 0);
    List<Candidate> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int b = 0; b < blocks.size(); b++) {
      long[][] ns = blockNullSpaces[b];
      if (ns.length == 0) continue;
      int[] base = complexity.sorted(blocks.get(b));
      int tries = ns.length == 1 ? 1 : orderings;
      for (int o = 0; o < tries; o++) {
        int[] order = o == 0 ? base : shuffledWithinDegree(base, basis, rnd);
        for (long[] v : ModularMatrix.echelonRows(ns, order, p)) {
          Candidate c = candidate(v, b);
          if (seen.add(Arrays.toString(v))) out.add(c);
        }
      }
      progress.report("sparsest basis", (b + 1) / (double) blocks.size());
    }
    out.sort(simplestFirst());
    return out;
  }

  /** Lowest degree, then fewest terms, fewest minority signs, fewest variables, least complex leading term. */
  Comparator<Candidate> simplestFirst() {
    return Comparator.<Candidate>comparingInt(c -> c.degree()).thenComparingInt(c -> c.support())
        .thenComparingInt(c -> c.signMix()).thenComparingInt(c -> c.variables())
        .thenComparingInt(c -> complexity.firstRank(c.v()));
  }

  /** A copy of {@code base} (sorted by degree) with the columns of each degree shuffled among themselves. */
  static int[] shuffledWithinDegree(int[] base, Basis basis, Random rnd) {
    int[] out = base.clone();
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
}
