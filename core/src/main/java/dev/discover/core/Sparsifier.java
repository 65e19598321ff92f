package dev.discover.core;

import dev.discover.sparse.IncrementalRank;
import dev.discover.sparse.Modular;
import dev.discover.sparse.ModularMatrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Sparse, simple, functionally independent laws from a null space given modulo p, block by block.
 *
 * <p>Candidates are the rows of reduced echelon forms of each block's null space under column orders that put
 * complex functions first (ties broken at random, several orders), so every row is supported on functions no
 * more complex than its pivot. Laws are chosen greedily, simplest first, when they raise the rank of the
 * gradients at a generic point (constraint gradients counted first, so functions vanishing on the manifold never
 * count). Each chosen law then descends: adding a multiple of another candidate of its block that cancels one of
 * its terms is kept whenever the result is sparser, no more complex, and the laws stay independent.
 */
final class Sparsifier {
  private final Basis basis;
  private final Integer[] byComplexity;
  private final int[] rankOf;
  private final long p;
  private final int[] variableCount;
  private final Random rnd;
  private final int orderings;

  Sparsifier(Basis basis, Integer[] byComplexity, long p, Random rnd, int orderings) {
    this.basis = basis;
    this.byComplexity = byComplexity;
    this.rankOf = new int[byComplexity.length];
    for (int c = 0; c < byComplexity.length; c++) rankOf[byComplexity[c]] = c;
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

  private Candidate candidate(long[] v, int block) {
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

  /** Echelon rows of every block's null space under several complexity-first orders, deduplicated. */
  List<Candidate> candidates(List<int[]> blocks, List<long[][]> blockNullSpaces, Progress progress) {
    List<Candidate> out = new ArrayList<>();
    // Keyed by the vector itself rather than its printed form: at large bases the strings outweighed the vectors.
    Set<Key> seen = new HashSet<>();
    for (int b = 0; b < blocks.size(); b++) {
      long[][] ns = blockNullSpaces.get(b);
      if (ns.length == 0) continue;
      int[] cols = blocks.get(b).clone();
      Integer[] boxed = Arrays.stream(cols).boxed().toArray(Integer[]::new);
      Arrays.sort(boxed, Comparator.comparingInt(j -> rankOf[j]));
      int[] base = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
      int tries = ns.length == 1 ? 1 : orderings;
      for (int o = 0; o < tries; o++) {
        int[] order = o == 0 ? base : shuffledWithinDegree(base, basis, rnd);
        for (long[] v : LawFinder.echelonRows(ns, order, p)) {
          normalize(v);
          if (seen.add(new Key(v))) out.add(candidate(v, b));
        }
      }
      progress.report("sparsest basis", (b + 1) / (double) blocks.size());
    }
    out.sort(simplestFirst());
    return out;
  }

  /** A coefficient vector compared by value. */
  private record Key(long[] v) {
    @Override public boolean equals(Object o) { return o instanceof Key k && Arrays.equals(v, k.v); }
    @Override public int hashCode() { return Arrays.hashCode(v); }
  }

  private Comparator<Candidate> simplestFirst() {
    return Comparator.<Candidate>comparingInt(c -> c.degree()).thenComparingInt(c -> c.support())
        .thenComparingInt(c -> c.signMix()).thenComparingInt(c -> c.variables())
        .thenComparingInt(c -> firstRank(c.v()));
  }

  /** Greedy independent selection, then descent towards sparser representatives. */
  List<long[]> select(List<Candidate> candidates, long[][] grads, List<long[]> fixedGradients, int nv) {
    IncrementalRank rank = new IncrementalRank(nv, p);
    for (long[] g : fixedGradients) rank.add(g);
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate c : candidates) {
      if (rank.add(gradient(c.v(), grads, nv))) chosen.add(c);
    }
    for (int i = 0; i < chosen.size(); i++) {
      chosen.set(i, descend(i, chosen, candidates, grads, fixedGradients, nv));
    }
    chosen.sort(simplestFirst());
    List<long[]> out = new ArrayList<>();
    for (Candidate c : chosen) out.add(c.v());
    return out;
  }

  private Candidate descend(int i, List<Candidate> chosen, List<Candidate> pool, long[][] grads,
      List<long[]> fixedGradients, int nv) {
    Candidate cur = chosen.get(i);
    List<Candidate> same = new ArrayList<>();
    for (Candidate c : pool) if (c.block() == cur.block() && c.degree() <= cur.degree()) same.add(c);
    Comparator<Candidate> order = simplestFirst();
    boolean improved = true;
    while (improved) {
      improved = false;
      Candidate best = cur;
      for (Candidate u : same) {
        if (u.v() == cur.v()) continue;
        long[] v = cur.v();
        for (int t = 0; t < v.length; t++) {
          if (v[t] == 0 || u.v()[t] == 0) continue;
          long f = v[t] * Modular.inverse(u.v()[t], p) % p;
          long[] w = new long[v.length];
          int s = 0;
          for (int j = 0; j < v.length; j++) {
            w[j] = (v[j] + (p - f) * u.v()[j]) % p;
            if (w[j] != 0) s++;
          }
          if (s == 0 || s > best.support()) continue;
          normalize(w);
          Candidate cand = candidate(w, cur.block());
          if (cand.degree() > cur.degree() || order.compare(cand, best) >= 0) continue;
          if (independentWith(i, cand, chosen, grads, fixedGradients, nv)) best = cand;
        }
      }
      if (best != cur) {
        cur = best;
        improved = true;
      }
    }
    return cur;
  }

  private boolean independentWith(int i, Candidate replacement, List<Candidate> chosen, long[][] grads,
      List<long[]> fixedGradients, int nv) {
    IncrementalRank rank = new IncrementalRank(nv, p);
    for (long[] g : fixedGradients) rank.add(g);
    for (int k = 0; k < chosen.size(); k++) {
      Candidate c = k == i ? replacement : chosen.get(k);
      if (!rank.add(gradient(c.v(), grads, nv))) return false;
    }
    return true;
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

  private void normalize(long[] v) {
    for (int c = 0; c < byComplexity.length; c++) {
      long x = v[byComplexity[byComplexity.length - 1 - c]];
      if (x != 0) {
        long inv = Modular.inverse(x, p);
        for (int j = 0; j < v.length; j++) v[j] = v[j] * inv % p;
        return;
      }
    }
  }

  private int maxDegree(long[] v) {
    int d = 0;
    for (int j = 0; j < v.length; j++) if (v[j] != 0) d = Math.max(d, basis.term(j).degree());
    return d;
  }

  private int firstRank(long[] v) {
    for (int c = 0; c < byComplexity.length; c++) if (v[byComplexity[c]] != 0) return c;
    return byComplexity.length;
  }

  private long[] gradient(long[] v, long[][] grads, int nv) {
    long[] g = new long[nv];
    for (int j = 0; j < v.length; j++) {
      if (v[j] == 0) continue;
      for (int i = 0; i < nv; i++) g[i] = (g[i] + v[j] * grads[j][i]) % p;
    }
    return g;
  }
}
