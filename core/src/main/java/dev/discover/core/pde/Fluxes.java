package dev.discover.core.pde;

import dev.discover.sparse.FractionMatrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;

/**
 * Inverts the divergence: given P = D_t rho, finds J with D_{x_1} J_1 + ... + D_{x_s} J_s = -P. Because
 * D_{x_j} raises the grade's kappa_j by one, each J_j lies in the grades of P lowered in x_j, a finite set of
 * monomials; the coefficients solve an exact linear system (one particular solution: free coefficients 0).
 * Factors of coefficient parameters (symbols that carry no weight) are split off first: D_x treats them as
 * constants, so each power product of them is solved for separately.
 */
final class Fluxes {
  private final JetSpace ops;
  private final Grades grades;
  private final boolean[] coefficientParam;

  Fluxes(JetSpace ops, Grades grades, boolean[] coefficientParam) {
    this.ops = ops;
    this.grades = grades;
    this.coefficientParam = coefficientParam.clone();
  }

  /** The flux components, or empty when P is not a divergence. */
  Optional<List<DiffPoly>> invert(DiffPoly p) {
    Jets jets = ops.jets();
    int s = jets.space().size();
    Map<DiffPoly.Mono, DiffPoly.Builder> byCoefficient = new LinkedHashMap<>();
    for (Map.Entry<DiffPoly.Mono, BigFraction> t : p.terms().entrySet()) {
      List<Integer> q = new ArrayList<>(), rest = new ArrayList<>();
      DiffPoly.Mono m = t.getKey();
      for (int k = 0; k < m.size(); k++) (isCoefficient(m.id(k)) ? q : rest).add(m.id(k));
      byCoefficient.computeIfAbsent(mono(q), x -> new DiffPoly.Builder()).add(mono(rest), t.getValue());
    }
    List<DiffPoly.Builder> out = new ArrayList<>();
    for (int j = 0; j < s; j++) out.add(new DiffPoly.Builder());
    for (Map.Entry<DiffPoly.Mono, DiffPoly.Builder> e : byCoefficient.entrySet()) {
      Optional<List<DiffPoly>> part = invertPlain(e.getValue().build());
      if (part.isEmpty()) return Optional.empty();
      DiffPoly q = DiffPoly.of(e.getKey(), BigFraction.ONE);
      for (int j = 0; j < s; j++) out.get(j).add(part.get().get(j).mul(q), BigFraction.ONE);
    }
    List<DiffPoly> r = new ArrayList<>();
    for (DiffPoly.Builder b : out) r.add(b.build());
    return Optional.of(r);
  }

  private boolean isCoefficient(int id) {
    Jets jets = ops.jets();
    return jets.isParam(id) && coefficientParam[jets.paramIndex(id)];
  }

  private static DiffPoly.Mono mono(List<Integer> ids) { return DiffPoly.Mono.of(ids.stream().mapToInt(Integer::intValue).toArray()); }

  private Optional<List<DiffPoly>> invertPlain(DiffPoly p) {
    int s = ops.jets().space().size();
    List<int[]> cols = new ArrayList<>();
    List<DiffPoly.Mono> colMono = new ArrayList<>();
    Map<String, Boolean> seen = new HashMap<>();
    for (DiffPoly.Mono m : p.terms().keySet()) {
      Grades.Grade g = grades.of(m);
      for (int j = 0; j < s; j++) {
        if (g.kappa()[j] == 0 || seen.put(j + "|" + g.lower(j).key(), true) != null) continue;
        for (DiffPoly.Mono c : grades.monomials(g.lower(j))) { cols.add(new int[] {j}); colMono.add(c); }
      }
    }
    Map<DiffPoly.Mono, Integer> rowIndex = new HashMap<>();
    List<DiffPoly> images = new ArrayList<>();
    for (int c = 0; c < cols.size(); c++) {
      DiffPoly img = ops.d(DiffPoly.of(colMono.get(c), BigFraction.ONE), cols.get(c)[0]);
      images.add(img);
      for (DiffPoly.Mono m : img.terms().keySet()) rowIndex.putIfAbsent(m, rowIndex.size());
    }
    for (DiffPoly.Mono m : p.terms().keySet()) rowIndex.putIfAbsent(m, rowIndex.size());
    int n = cols.size();
    BigFraction[][] a = new BigFraction[rowIndex.size()][n + 1];
    for (BigFraction[] r : a) Arrays.fill(r, BigFraction.ZERO);
    for (int c = 0; c < n; c++) {
      for (Map.Entry<DiffPoly.Mono, BigFraction> t : images.get(c).terms().entrySet()) a[rowIndex.get(t.getKey())][c] = t.getValue();
    }
    for (Map.Entry<DiffPoly.Mono, BigFraction> t : p.terms().entrySet()) a[rowIndex.get(t.getKey())][n] = t.getValue();
    for (BigFraction[] v : FractionMatrix.nullSpace(a, n + 1)) {
      if (v[n].getNumerator().signum() == 0) continue;
      BigFraction scale = v[n].reciprocal();
      List<DiffPoly.Builder> js = new ArrayList<>();
      for (int j = 0; j < s; j++) js.add(new DiffPoly.Builder());
      for (int c = 0; c < n; c++) js.get(cols.get(c)[0]).add(colMono.get(c), v[c].multiply(scale));
      List<DiffPoly> r = new ArrayList<>();
      for (DiffPoly.Builder b : js) r.add(b.build());
      return Optional.of(r);
    }
    return Optional.empty();
  }
}
