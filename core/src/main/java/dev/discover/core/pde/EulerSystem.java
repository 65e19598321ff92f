package dev.discover.core.pde;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.fraction.BigFraction;

/**
 * The linear condition on the coefficients c_j of rho = sum_j c_j b_j: every component of the Euler operator
 * of D_t rho vanishes identically. Column j holds E(D_t b_j); a row is one monomial of one component, and an
 * entry is a polynomial in the coefficient parameters (a constant when there are none), keyed by the power
 * product of those parameters.
 */
final class EulerSystem {
  final List<DiffPoly.Mono> columns;
  /** rows.get(r).get(j): the entry of row r, column j, as parameter power product -> rational. */
  final List<List<Map<DiffPoly.Mono, BigFraction>>> rows = new ArrayList<>();

  EulerSystem(Setup s, List<DiffPoly.Mono> columns) {
    this.columns = List.copyOf(columns);
    Map<String, Integer> rowIndex = new HashMap<>();
    int n = columns.size();
    for (int j = 0; j < n; j++) {
      List<DiffPoly> e = s.ops.euler(s.ops.dt(DiffPoly.of(columns.get(j), BigFraction.ONE)));
      for (int f = 0; f < e.size(); f++) {
        for (Map.Entry<DiffPoly.Mono, BigFraction> t : e.get(f).terms().entrySet()) {
          List<Integer> q = new ArrayList<>(), rest = new ArrayList<>();
          DiffPoly.Mono m = t.getKey();
          for (int k = 0; k < m.size(); k++) {
            int id = m.id(k);
            (s.jets.isParam(id) && s.coefficient[s.jets.paramIndex(id)] ? q : rest).add(id);
          }
          String key = f + ":" + rest;
          Integer r = rowIndex.get(key);
          if (r == null) {
            r = rows.size();
            rowIndex.put(key, r);
            List<Map<DiffPoly.Mono, BigFraction>> row = new ArrayList<>();
            for (int c = 0; c < n; c++) row.add(new LinkedHashMap<>());
            rows.add(row);
          }
          rows.get(r).get(j).merge(DiffPoly.Mono.of(q.stream().mapToInt(Integer::intValue).toArray()), t.getValue(), BigFraction::add);
        }
      }
    }
  }

  /** The matrix when no entry involves a parameter. */
  BigFraction[][] numeric() {
    BigFraction[][] a = new BigFraction[rows.size()][columns.size()];
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.size(); c++) a[r][c] = rows.get(r).get(c).getOrDefault(DiffPoly.Mono.ONE, BigFraction.ZERO);
    }
    return a;
  }
}
