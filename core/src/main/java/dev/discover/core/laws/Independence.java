package dev.discover.core.laws;

import dev.discover.sparse.IncrementalRank;
import dev.discover.sparse.Modular;
import dev.discover.sparse.Vectors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The independence stage: laws chosen greedily, simplest first, when they raise the rank of the gradients at a
 * generic point modulo p (constraint gradients counted first, so functions vanishing on the manifold never
 * count). Each chosen law then descends: adding a multiple of another candidate of its block that cancels one
 * of its terms is kept whenever the result is sparser, no more complex, and the laws stay independent.
 */
final class Independence {
  private final Sparsifier sparsifier;
  private final long[][] grads;
  private final List<long[]> fixedGradients;
  private final int nv;
  private final long p;

  /**
   * @param grads the gradient of each basis function at the generic point (rows by basis index)
   * @param fixedGradients the constraint gradients there
   * @param nv the number of dynamical variables (gradient length)
   */
  Independence(Sparsifier sparsifier, long[][] grads, List<long[]> fixedGradients, int nv, long p) {
    this.sparsifier = sparsifier;
    this.grads = grads;
    this.fixedGradients = fixedGradients;
    this.nv = nv;
    this.p = p;
  }

  /** Greedy independent selection, then descent towards sparser representatives; simplest first. */
  List<long[]> select(List<Sparsifier.Candidate> candidates) {
    IncrementalRank rank = fixedRank();
    List<Sparsifier.Candidate> chosen = new ArrayList<>();
    for (Sparsifier.Candidate c : candidates) {
      if (rank.add(gradient(c.v()))) chosen.add(c);
    }
    for (int i = 0; i < chosen.size(); i++) chosen.set(i, descend(i, chosen, candidates));
    chosen.sort(sparsifier.simplestFirst());
    List<long[]> out = new ArrayList<>();
    for (Sparsifier.Candidate c : chosen) out.add(c.v());
    return out;
  }

  private IncrementalRank fixedRank() {
    IncrementalRank rank = new IncrementalRank(nv, p);
    for (long[] g : fixedGradients) rank.add(g);
    return rank;
  }

  private Sparsifier.Candidate descend(int i, List<Sparsifier.Candidate> chosen, List<Sparsifier.Candidate> pool) {
    Sparsifier.Candidate cur = chosen.get(i);
    List<Sparsifier.Candidate> same = new ArrayList<>();
    for (Sparsifier.Candidate c : pool) if (c.block() == cur.block() && c.degree() <= cur.degree()) same.add(c);
    Comparator<Sparsifier.Candidate> order = sparsifier.simplestFirst();
    boolean improved = true;
    while (improved) {
      improved = false;
      Sparsifier.Candidate best = cur;
      for (Sparsifier.Candidate u : same) {
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
          Sparsifier.Candidate cand = sparsifier.candidate(w, cur.block());
          if (cand.degree() > cur.degree() || order.compare(cand, best) >= 0) continue;
          if (independentWith(i, cand, chosen)) best = cand;
        }
      }
      if (best != cur) {
        cur = best;
        improved = true;
      }
    }
    return cur;
  }

  private boolean independentWith(int i, Sparsifier.Candidate replacement, List<Sparsifier.Candidate> chosen) {
    IncrementalRank rank = fixedRank();
    for (int k = 0; k < chosen.size(); k++) {
      Sparsifier.Candidate c = k == i ? replacement : chosen.get(k);
      if (!rank.add(gradient(c.v()))) return false;
    }
    return true;
  }

  private long[] gradient(long[] v) { return Vectors.combination(v, grads, nv, p); }
}
