package dev.discover.core.pde;

import dev.discover.io.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.hipparchus.fraction.BigFraction;

/**
 * The candidate densities of a search, one set per rank (or a single set for degree bounds): one
 * representative per class of differential monomials modulo divergences, of the lowest derivative order.
 *
 * @param rank the scaling weight of the set, empty for degree bounds
 * @param monomials the number of differential monomials before the reduction
 * @param reps the representatives
 */
record Candidates(Optional<BigFraction> rank, int monomials, List<DiffPoly.Mono> reps) {
  Candidates { reps = List.copyOf(reps); }

  /** The candidate sets of a set-up system; bad input when a requested rank has no candidates. */
  static List<Candidates> of(Setup s) {
    PdeBasis basis = s.spec.basis();
    List<Candidates> out = new ArrayList<>();
    if (basis instanceof PdeBasis.Degree d) {
      int m = s.jets.fields().size(), sp = s.jets.space().size();
      List<DiffPoly.Mono> reps = new ArrayList<>();
      int count = 0;
      for (int[] delta : vectors(m, d.degree())) {
        int deg = sum(delta);
        if (deg == 0) continue;
        for (int[] kappa : vectors(sp, deg * d.derivativeOrder())) {
          Grades.Grade g = new Grades.Grade(delta, kappa, new int[0]);
          count += s.grades.monomials(g).size();
          for (DiffPoly.Mono r : s.grades.representatives(g, s.ops)) if (Texts.order(s.jets, r) <= d.derivativeOrder()) reps.add(r);
        }
      }
      out.add(new Candidates(Optional.empty(), count, reps));
      return out;
    }
    Scaling sc = s.scaling.orElseThrow();
    BigFraction max = basis instanceof PdeBasis.Rank r ? r.rank() : ((PdeBasis.MaxRank) basis).maxRank();
    List<BigFraction> w = new ArrayList<>();
    for (BigFraction x : sc.field()) w.add(x);
    for (BigFraction x : sc.space()) w.add(x);
    for (int p : s.weighted) w.add(sc.param()[p]);
    TreeMap<BigFraction, List<Grades.Grade>> byRank = new TreeMap<>();
    enumerate(w, 0, new int[w.size()], BigFraction.ZERO, max, s, byRank);
    if (basis instanceof PdeBasis.Rank) byRank.keySet().removeIf(k -> !k.equals(max));
    for (var e : byRank.entrySet()) {
      List<DiffPoly.Mono> reps = new ArrayList<>();
      int count = 0;
      for (Grades.Grade g : e.getValue()) {
        count += s.grades.monomials(g).size();
        reps.addAll(s.grades.representatives(g, s.ops));
      }
      if (!reps.isEmpty()) out.add(new Candidates(Optional.of(e.getKey()), count, reps));
    }
    if (out.isEmpty()) {
      String what = basis instanceof PdeBasis.Rank ? "rank" : "max_rank";
      throw InputException.at(s.spec.source(), "basis." + what, "no candidate densities of rank " + (basis instanceof PdeBasis.Rank ? "" : "up to ")
          + Texts.num(max) + " with the scaling " + sc.describe(s.jets) + " (every differential monomial of that weight is a"
          + " divergence, or there is none); choose another rank");
    }
    return out;
  }

  private static void enumerate(List<BigFraction> w, int i, int[] cur, BigFraction acc, BigFraction max, Setup s,
      TreeMap<BigFraction, List<Grades.Grade>> out) {
    if (i == w.size()) {
      int m = s.jets.fields().size(), sp = s.jets.space().size();
      int[] delta = java.util.Arrays.copyOfRange(cur, 0, m);
      if (sum(delta) == 0) return;
      out.computeIfAbsent(acc, k -> new ArrayList<>()).add(new Grades.Grade(delta,
          java.util.Arrays.copyOfRange(cur, m, m + sp), java.util.Arrays.copyOfRange(cur, m + sp, cur.length)));
      return;
    }
    for (int k = 0; ; k++) {
      BigFraction a = acc.add(w.get(i).multiply(k));
      if (a.compareTo(max) > 0) break;
      cur[i] = k;
      enumerate(w, i + 1, cur, a, max, s, out);
    }
    cur[i] = 0;
  }

  /** Every vector of n non-negative integers with sum at most bound. */
  static List<int[]> vectors(int n, int bound) {
    List<int[]> out = new ArrayList<>();
    fill(n, 0, bound, new int[n], out);
    return out;
  }

  private static void fill(int n, int i, int left, int[] cur, List<int[]> out) {
    if (i == n) { out.add(cur.clone()); return; }
    for (int v = 0; v <= left; v++) { cur[i] = v; fill(n, i + 1, left - v, cur, out); }
    cur[i] = 0;
  }

  private static int sum(int[] a) { return java.util.Arrays.stream(a).sum(); }
}
