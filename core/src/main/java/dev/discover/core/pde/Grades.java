package dev.discover.core.pde;

import dev.discover.sparse.FractionMatrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.fraction.BigFraction;

/**
 * Differential monomials sorted by the gradings that total derivatives preserve: the degree in each field
 * (delta), the number of differentiations in each space variable (kappa) and the powers of the weighted
 * parameters (pi). D_{x_j} maps grade (delta, kappa, pi) into (delta, kappa + e_j, pi), so divergences,
 * equivalence modulo divergences and the inversion of D_x all work one grade at a time.
 */
final class Grades {
  /** A grade; arrays are owned by the record and never modified. */
  record Grade(int[] delta, int[] kappa, int[] pi) {
    String key() { return Arrays.toString(delta) + Arrays.toString(kappa) + Arrays.toString(pi); }

    Grade lower(int j) {
      int[] k = kappa.clone();
      k[j]--;
      return new Grade(delta, k, pi);
    }

    int degree() { return Arrays.stream(delta).sum(); }
  }

  private final Jets jets;
  private final int[] weightedParams;
  private final Map<String, List<DiffPoly.Mono>> monoCache = new HashMap<>();

  /** {@code weightedParams}: the parameter indices that are part of monomials (carry a scaling weight). */
  Grades(Jets jets, int[] weightedParams) {
    this.jets = jets;
    this.weightedParams = weightedParams.clone();
  }

  /** The grade of a monomial; factors of parameters that are not weighted are ignored. */
  Grade of(DiffPoly.Mono m) {
    int[] d = new int[jets.fields().size()], k = new int[jets.space().size()], p = new int[weightedParams.length];
    for (int i = 0; i < m.size(); i++) {
      int id = m.id(i);
      if (jets.isParam(id)) {
        for (int w = 0; w < weightedParams.length; w++) if (weightedParams[w] == jets.paramIndex(id)) p[w]++;
        continue;
      }
      d[jets.fieldIndex(id)]++;
      for (int j = 0; j < k.length; j++) k[j] += jets.alpha(id, j);
    }
    return new Grade(d, k, p);
  }

  /** Every monomial of a grade. */
  List<DiffPoly.Mono> monomials(Grade g) {
    return monoCache.computeIfAbsent(g.key(), key -> {
      List<int[]> alphas = new ArrayList<>();
      multiIndices(g.kappa(), 0, new int[g.kappa().length], alphas);
      List<int[]> found = new ArrayList<>();
      int[] params = new int[Arrays.stream(g.pi()).sum()];
      int n = 0;
      for (int w = 0; w < weightedParams.length; w++) for (int r = 0; r < g.pi()[w]; r++) params[n++] = jets.param(weightedParams[w]);
      fill(g, alphas, 0, g.delta().length == 0 ? 0 : g.delta()[0], 0, g.kappa().clone(), new ArrayList<>(), found);
      List<DiffPoly.Mono> out = new ArrayList<>();
      for (int[] ids : found) {
        int[] all = Arrays.copyOf(ids, ids.length + params.length);
        System.arraycopy(params, 0, all, ids.length, params.length);
        out.add(DiffPoly.Mono.of(all));
      }
      return out;
    });
  }

  private static void multiIndices(int[] bound, int j, int[] cur, List<int[]> out) {
    if (j == bound.length) { out.add(cur.clone()); return; }
    for (int v = 0; v <= bound[j]; v++) { cur[j] = v; multiIndices(bound, j + 1, cur, out); }
    cur[j] = 0;
  }

  private void fill(Grade g, List<int[]> alphas, int f, int left, int start, int[] rem, List<Integer> ids, List<int[]> out) {
    int m = g.delta().length;
    if (f == m) {
      for (int r : rem) if (r != 0) return;
      out.add(ids.stream().mapToInt(Integer::intValue).toArray());
      return;
    }
    if (left == 0) {
      fill(g, alphas, f + 1, f + 1 < m ? g.delta()[f + 1] : 0, 0, rem, ids, out);
      return;
    }
    for (int i = start; i < alphas.size(); i++) {
      int[] a = alphas.get(i);
      boolean fits = true;
      for (int j = 0; j < a.length; j++) fits &= a[j] <= rem[j];
      if (!fits) continue;
      for (int j = 0; j < a.length; j++) rem[j] -= a[j];
      ids.add(jets.field(f, a));
      fill(g, alphas, f, left - 1, i, rem, ids, out);
      ids.remove(ids.size() - 1);
      for (int j = 0; j < a.length; j++) rem[j] += a[j];
    }
  }

  /** Highest derivative order first: the order in which monomials are eliminated as pivots. */
  Comparator<DiffPoly.Mono> eliminationOrder() {
    return (a, b) -> {
      int[] oa = orders(a), ob = orders(b);
      for (int i = 0; i < Math.min(oa.length, ob.length); i++) if (oa[i] != ob[i]) return ob[i] - oa[i];
      if (oa.length != ob.length) return ob.length - oa.length;
      return Texts.plainMono(jets, a).compareTo(Texts.plainMono(jets, b));
    };
  }

  private int[] orders(DiffPoly.Mono m) {
    List<Integer> o = new ArrayList<>();
    for (int i = 0; i < m.size(); i++) if (!jets.isParam(m.id(i))) o.add(jets.order(m.id(i)));
    o.sort(Comparator.reverseOrder());
    return o.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * One representative of each class of the grade's monomials modulo divergences, each of the lowest
   * derivative order possible: the non-pivot columns of the exact echelon form of the divergences
   * D_j(monomials of the grade below), with the highest-order monomials eliminated first.
   */
  List<DiffPoly.Mono> representatives(Grade g, JetSpace ops) {
    List<DiffPoly.Mono> cols = new ArrayList<>(monomials(g));
    cols.sort(eliminationOrder());
    Map<DiffPoly.Mono, Integer> index = new HashMap<>();
    for (int i = 0; i < cols.size(); i++) index.put(cols.get(i), i);
    List<BigFraction[]> rows = new ArrayList<>();
    for (int j = 0; j < g.kappa().length; j++) {
      if (g.kappa()[j] == 0) continue;
      for (DiffPoly.Mono m : monomials(g.lower(j))) {
        BigFraction[] r = new BigFraction[cols.size()];
        Arrays.fill(r, BigFraction.ZERO);
        for (Map.Entry<DiffPoly.Mono, BigFraction> t : ops.d(DiffPoly.of(m, BigFraction.ONE), j).terms().entrySet()) {
          r[index.get(t.getKey())] = t.getValue();
        }
        rows.add(r);
      }
    }
    List<DiffPoly.Mono> reps = new ArrayList<>();
    for (BigFraction[] v : FractionMatrix.nullSpace(rows.toArray(new BigFraction[0][]), cols.size())) {
      int last = v.length - 1;
      while (v[last].getNumerator().signum() == 0) last--;
      reps.add(cols.get(last));
    }
    return reps;
  }
}
