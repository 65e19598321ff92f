package dev.discover.core.pde;

import dev.discover.sparse.FractionMatrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.hipparchus.fraction.BigFraction;

/**
 * The PDE route: candidates per rank, the exact Euler-operator condition, the null space (or, with symbolic
 * parameters, the cases of the parametric elimination), densities, fluxes and the exact check.
 */
final class DensitySearch {
  private final Setup s;
  private final LawBuilder builder;
  /** Densities found so far (before the numeric parameters are substituted), to skip weighted multiples. */
  private final List<DiffPoly> found = new ArrayList<>();

  DensitySearch(Setup s) {
    this.s = s;
    this.builder = new LawBuilder(s);
  }

  PdeResult run() {
    long t0 = System.nanoTime();
    List<PdeResult.RankRow> rows = new ArrayList<>();
    List<PdeLaw> laws = new ArrayList<>();
    List<PdeLaw.Case> cases = new ArrayList<>();
    List<JointCases.Ranked> ranked = new ArrayList<>();
    ParametricCases pc = s.hasCoefficients() ? new ParametricCases(s) : null;
    for (Candidates c : Candidates.of(s)) {
      long t1 = System.nanoTime();
      List<DiffPoly.Mono> cols = new ArrayList<>(c.reps());
      cols.sort(Texts.printOrder(s.jets).reversed());
      EulerSystem sys = new EulerSystem(s, cols);
      int before = laws.size();
      if (!s.hasCoefficients()) {
        for (BigFraction[] v : FractionMatrix.nullSpace(sys.numeric(), cols.size())) addIfNew(combine(cols, v), laws, c);
      } else {
        for (ParametricCases.Branch b : pc.solve(sys)) {
          if (b.conditions().isEmpty() && b.inequations().isEmpty()) {
            for (DiffPoly rho : b.densities()) addIfNew(rho, laws, c);
            continue;
          }
          List<PdeLaw> caseLaws = new ArrayList<>();
          for (DiffPoly rho : b.densities()) builder.build(rho, pc.reducer(b)).ifPresent(caseLaws::add);
          if (!caseLaws.isEmpty() && c.rank().isPresent()) ranked.add(new JointCases.Ranked(c.rank().get(), b));
          if (!caseLaws.isEmpty()) cases.add(new PdeLaw.Case(c.rank().map(Texts::num), pc.texts(b.conditions()), pc.texts(b.inequations()), caseLaws));
        }
      }
      String label = c.rank().map(Texts::num).orElse(s.spec.basis() instanceof PdeBasis.Degree d
          ? "degree <= " + d.degree() + ", order <= " + d.derivativeOrder() : "");
      rows.add(new PdeResult.RankRow(label, c.monomials(), c.reps().size(), laws.size() - before, (System.nanoTime() - t1) / 1_000_000));
    }
    Map<String, String> scaling = s.scaling.map(x -> x.asMap(s.jets)).orElse(Map.of());
    List<PdeResult.Joint> joint = new ArrayList<>();
    if (pc != null) {
      for (JointCases.Component j : new JointCases().of(ranked)) {
        joint.add(new PdeResult.Joint(j.ranks().stream().map(Texts::num).toList(), pc.texts(j.conditions()), pc.texts(j.inequations())));
      }
    }
    return new PdeResult(s.spec.name(), s.spec.fields(), s.spec.space(), s.spec.symbolic(), scaling, rows, laws, cases, joint,
        (System.nanoTime() - t0) / 1_000_000);
  }

  private static DiffPoly combine(List<DiffPoly.Mono> cols, BigFraction[] v) {
    DiffPoly.Builder b = new DiffPoly.Builder();
    for (int i = 0; i < cols.size(); i++) b.add(cols.get(i), v[i]);
    return b.build();
  }

  /**
   * Adds rho unless it is a weighted-parameter multiple of densities found at lower ranks (beta*u^2 when u^2 is
   * conserved and beta carries weight): those are in the null space but are no new law.
   */
  private void addIfNew(DiffPoly rho, List<PdeLaw> laws, Candidates c) {
    if (s.weighted.length > 0 && inSpanOfMultiples(rho, c)) return;
    Optional<PdeLaw> law = builder.build(rho, UnaryOperator.identity());
    if (law.isEmpty()) return;
    found.add(rho);
    laws.add(law.get());
  }

  private boolean inSpanOfMultiples(DiffPoly rho, Candidates c) {
    List<DiffPoly> span = new ArrayList<>();
    BigFraction rank = c.rank().orElse(BigFraction.ZERO);
    Scaling sc = s.scaling.orElseThrow();
    for (DiffPoly lower : found) {
      BigFraction gap = rank.subtract(sc.weight(s.jets, lower.terms().keySet().iterator().next()));
      for (DiffPoly.Mono pi : paramMonomials(gap, sc)) span.add(lower.mul(DiffPoly.of(pi, BigFraction.ONE)));
    }
    span.addAll(laws0(c));
    if (span.isEmpty()) return false;
    return rankOf(span) == rankOf(append(span, rho));
  }

  /** Densities already accepted at this rank. */
  private List<DiffPoly> laws0(Candidates c) {
    List<DiffPoly> out = new ArrayList<>();
    for (DiffPoly f : found) {
      BigFraction w = s.scaling.orElseThrow().weight(s.jets, f.terms().keySet().iterator().next());
      if (c.rank().isPresent() && w.equals(c.rank().get())) out.add(f);
    }
    return out;
  }

  private static List<DiffPoly> append(List<DiffPoly> l, DiffPoly x) {
    List<DiffPoly> r = new ArrayList<>(l);
    r.add(x);
    return r;
  }

  /** Power products of the weighted parameters with the given total weight. */
  private List<DiffPoly.Mono> paramMonomials(BigFraction weight, Scaling sc) {
    List<DiffPoly.Mono> out = new ArrayList<>();
    if (weight.signum() <= 0) return out;
    collect(0, weight, new ArrayList<>(), sc, out);
    return out;
  }

  private void collect(int i, BigFraction left, List<Integer> ids, Scaling sc, List<DiffPoly.Mono> out) {
    if (left.signum() == 0) { out.add(DiffPoly.Mono.of(ids.stream().mapToInt(Integer::intValue).toArray())); return; }
    if (i == s.weighted.length || left.signum() < 0) return;
    BigFraction w = sc.param()[s.weighted[i]];
    collect(i + 1, left, ids, sc, out);
    ids.add(s.jets.param(s.weighted[i]));
    collect(i, left.subtract(w), ids, sc, out);
    ids.remove(ids.size() - 1);
  }

  /** The dimension of the span of some polynomials. */
  private static int rankOf(List<DiffPoly> ps) {
    List<DiffPoly.Mono> monos = ps.stream().flatMap(p -> p.terms().keySet().stream()).distinct()
        .sorted(Comparator.comparing(DiffPoly.Mono::toString)).toList();
    BigFraction[][] a = new BigFraction[ps.size()][monos.size()];
    for (int i = 0; i < ps.size(); i++) {
      Arrays.fill(a[i], BigFraction.ZERO);
      for (int k = 0; k < monos.size(); k++) a[i][k] = ps.get(i).coefficient(monos.get(k));
    }
    return monos.size() - FractionMatrix.nullSpace(a, monos.size()).size();
  }
}
