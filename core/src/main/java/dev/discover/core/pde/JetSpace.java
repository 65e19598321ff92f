package dev.discover.core.pde;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.hipparchus.fraction.BigFraction;

/**
 * The differential operators on a PDE system's jet variables: total derivatives D_j, the time derivative on
 * solutions (u_t replaced by the equations' right-hand sides and their space derivatives) and the Euler
 * operator (variational derivative), whose kernel is exactly the divergences. Caches D^alpha of each right-hand
 * side, so one instance serves a whole search; not thread-safe.
 */
final class JetSpace {
  private final Jets jets;
  private final List<DiffPoly> rhs;
  private final Map<Integer, DiffPoly> evolved = new HashMap<>();

  /** {@code rhs.get(f)} is u^f_t. */
  JetSpace(Jets jets, List<DiffPoly> rhs) {
    this.jets = jets;
    this.rhs = List.copyOf(rhs);
  }

  Jets jets() { return jets; }

  /** The total derivative D_{x_j}. */
  DiffPoly d(DiffPoly p, int j) {
    DiffPoly.Builder b = new DiffPoly.Builder();
    for (Map.Entry<DiffPoly.Mono, BigFraction> t : p.terms().entrySet()) {
      DiffPoly.Mono m = t.getKey();
      for (int k = 0; k < m.size(); k++) {
        int id = m.id(k);
        if ((k > 0 && m.id(k - 1) == id) || jets.isParam(id)) continue;
        b.add(m.replace(k, jets.shift(id, j)), t.getValue().multiply(m.count(id)));
      }
    }
    return b.build();
  }

  /** D^alpha = D_1^alpha_1 ... D_s^alpha_s. */
  DiffPoly d(DiffPoly p, int[] alpha) {
    DiffPoly r = p;
    for (int j = 0; j < alpha.length; j++) for (int k = 0; k < alpha[j]; k++) r = d(r, j);
    return r;
  }

  /** D^alpha u^f_t for the field jet id = (f, alpha). */
  DiffPoly evolve(int id) {
    DiffPoly cached = evolved.get(id);
    if (cached != null) return cached;
    int[] a = jets.alpha(id);
    int f = jets.fieldIndex(id);
    DiffPoly r;
    int j = 0;
    while (j < a.length && a[j] == 0) j++;
    if (j == a.length) {
      r = rhs.get(f);
    } else {
      a[j]--;
      r = d(evolve(jets.field(f, a)), j);
    }
    evolved.put(id, r);
    return r;
  }

  /** The distinct field jet ids of a polynomial, increasing. */
  TreeSet<Integer> fieldJets(DiffPoly p) {
    TreeSet<Integer> ids = new TreeSet<>();
    for (DiffPoly.Mono m : p.terms().keySet()) for (int k = 0; k < m.size(); k++) if (!jets.isParam(m.id(k))) ids.add(m.id(k));
    return ids;
  }

  /** D_t p on solutions: the sum over jets u_alpha of (dp/du_alpha) D^alpha u_t. */
  DiffPoly dt(DiffPoly p) {
    DiffPoly acc = DiffPoly.ZERO;
    for (int id : fieldJets(p)) acc = acc.add(p.partial(id).mul(evolve(id)));
    return acc;
  }

  /** The Euler operator: one component per field, E_f(p) = sum_alpha (-D)^alpha dp/du^f_alpha. */
  List<DiffPoly> euler(DiffPoly p) {
    List<DiffPoly> out = new ArrayList<>();
    TreeSet<Integer> ids = fieldJets(p);
    for (int f = 0; f < jets.fields().size(); f++) {
      DiffPoly.Builder acc = new DiffPoly.Builder();
      for (int id : ids) {
        if (jets.fieldIndex(id) != f) continue;
        BigFraction sign = jets.order(id) % 2 == 0 ? BigFraction.ONE : BigFraction.MINUS_ONE;
        acc.add(d(p.partial(id), jets.alpha(id)), sign);
      }
      out.add(acc.build());
    }
    return out;
  }
}
