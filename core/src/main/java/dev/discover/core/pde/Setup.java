package dev.discover.core.pde;

import dev.discover.io.InputException;
import dev.discover.symbolic.ExprException;
import dev.discover.symbolic.ExprParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;

/**
 * A PDE system ready for the search: its jets, the equations with the numeric parameters that carry no weight
 * substituted, the scaling, and which parameters are weighted (stay inside monomials) or coefficients
 * (symbolic, weight 0: the classification is over them).
 */
final class Setup {
  final PdeSpec spec;
  final Jets jets;
  final Optional<Scaling> scaling;
  final int[] weighted;
  final boolean[] coefficient;
  final JetSpace ops;
  final Grades grades;
  /** Substitution of every numeric parameter, for display and the final check. */
  final Map<Integer, BigFraction> allValues = new java.util.HashMap<>();
  final JetSpace numericOps;

  Setup(PdeSpec spec) {
    this.spec = spec;
    this.jets = new Jets(spec.fields(), spec.space(), spec.parameters());
    PdeNames names = new PdeNames(jets);
    List<DiffPoly> raw = new ArrayList<>();
    for (String f : spec.fields()) {
      String field = "equations." + f;
      try {
        raw.add(new PolyReader(names, spec.source(), field).read(ExprParser.parse(spec.equations().get(f))));
      } catch (ExprException e) {
        throw InputException.at(spec.source(), field, e.getMessage());
      }
    }
    boolean byRank = !(spec.basis() instanceof PdeBasis.Degree);
    scaling = Scaling.find(jets, raw, byRank);
    if (byRank && scaling.isEmpty()) {
      throw InputException.at(spec.source(), "basis", "no scaling with positive weights makes the equations homogeneous"
          + " (even with weighted parameters), so ranks are undefined; give {\"degree\": d, \"derivative_order\": k} instead");
    }
    int np = spec.parameters().size();
    List<Integer> w = new ArrayList<>();
    coefficient = new boolean[np];
    Map<Integer, BigFraction> unweightedValues = new java.util.HashMap<>();
    for (int p = 0; p < np; p++) {
      String name = spec.parameters().get(p);
      boolean isWeighted = byRank && scaling.get().weighted(p);
      if (isWeighted) w.add(p);
      BigFraction v = spec.values().get(name);
      if (v != null) {
        allValues.put(jets.param(p), v);
        if (!isWeighted) unweightedValues.put(jets.param(p), v);
      } else if (!isWeighted) {
        coefficient[p] = true;
      }
    }
    weighted = w.stream().mapToInt(Integer::intValue).toArray();
    List<DiffPoly> rhs = new ArrayList<>(), numeric = new ArrayList<>();
    for (DiffPoly r : raw) {
      rhs.add(substitute(r, unweightedValues));
      numeric.add(substitute(r, allValues));
    }
    ops = new JetSpace(jets, rhs);
    numericOps = new JetSpace(jets, numeric);
    grades = new Grades(jets, weighted);
  }

  boolean hasCoefficients() {
    for (boolean c : coefficient) if (c) return true;
    return false;
  }

  /** p with the given parameter ids replaced by values. */
  static DiffPoly substitute(DiffPoly p, Map<Integer, BigFraction> values) {
    if (values.isEmpty()) return p;
    DiffPoly.Builder b = new DiffPoly.Builder();
    for (Map.Entry<DiffPoly.Mono, BigFraction> t : p.terms().entrySet()) {
      BigFraction c = t.getValue();
      List<Integer> rest = new ArrayList<>();
      DiffPoly.Mono m = t.getKey();
      for (int k = 0; k < m.size(); k++) {
        BigFraction v = values.get(m.id(k));
        if (v == null) rest.add(m.id(k));
        else c = c.multiply(v);
      }
      b.add(DiffPoly.Mono.of(rest.stream().mapToInt(Integer::intValue).toArray()), c);
    }
    return b.build();
  }
}
