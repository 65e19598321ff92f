package dev.discover.core.pde;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.hipparchus.fraction.BigFraction;

/**
 * Turns a density into a reported law: its flux by inverting the divergence, then the exact check that
 * D_t rho + Div J is the zero polynomial, first as computed (weighted parameters as symbols, coefficients
 * reduced modulo the case's conditions), then again with every numeric parameter substituted, which is the
 * form printed. A density whose check fails is not reported.
 */
final class LawBuilder {
  private final Setup s;
  private final Fluxes fluxes;

  LawBuilder(Setup s) {
    this.s = s;
    this.fluxes = new Fluxes(s.ops, s.grades, s.coefficient);
  }

  /** The law of rho, or empty when no flux is found or the check fails; {@code reduce} maps to normal forms. */
  Optional<PdeLaw> build(DiffPoly rho, UnaryOperator<DiffPoly> reduce) {
    DiffPoly p = reduce.apply(s.ops.dt(rho));
    Optional<List<DiffPoly>> j = fluxes.invert(p);
    if (j.isEmpty() || !reduce.apply(residual(s.ops, p, j.get())).isZero()) return Optional.empty();
    DiffPoly rhoN = Setup.substitute(rho, s.allValues);
    List<DiffPoly> jn = j.get().stream().map(x -> Setup.substitute(x, s.allValues)).toList();
    if (rhoN.isZero() || !reduce.apply(residual(s.numericOps, reduce.apply(s.numericOps.dt(rhoN)), jn)).isZero()) {
      return Optional.empty();
    }
    rhoN = normalize(rhoN);
    BigFraction scale = normalizer(Setup.substitute(rho, s.allValues));
    Map<String, String> flux = new LinkedHashMap<>(), fluxTex = new LinkedHashMap<>();
    for (int k = 0; k < jn.size(); k++) {
      DiffPoly f = reduce.apply(jn.get(k).scale(scale));
      flux.put(s.jets.space().get(k), Texts.plain(s.jets, f));
      fluxTex.put(s.jets.space().get(k), Texts.latex(s.jets, f));
    }
    int degree = 0, order = 0;
    for (DiffPoly.Mono m : rhoN.terms().keySet()) {
      degree = Math.max(degree, Texts.degree(s.jets, m));
      order = Math.max(order, Texts.order(s.jets, m));
    }
    return Optional.of(new PdeLaw(Texts.plain(s.jets, rhoN), Texts.latex(s.jets, rhoN), flux, fluxTex, rank(rho), rhoN.size(),
        degree, order, "exact"));
  }

  /** P + sum_j D_j J_j. */
  private static DiffPoly residual(JetSpace ops, DiffPoly p, List<DiffPoly> j) {
    DiffPoly r = p;
    for (int k = 0; k < j.size(); k++) r = r.add(ops.d(j.get(k), k));
    return r;
  }

  /** The weight of rho when every term has the same one. */
  private Optional<String> rank(DiffPoly rho) {
    if (s.scaling.isEmpty()) return Optional.empty();
    BigFraction w = null;
    for (DiffPoly.Mono m : rho.terms().keySet()) {
      BigFraction x = s.scaling.get().weight(s.jets, m);
      if (s.spec.basis() instanceof PdeBasis.Degree) x = weightIgnoringParams(m);
      if (w != null && !w.equals(x)) return Optional.empty();
      w = x;
    }
    return w == null ? Optional.empty() : Optional.of(Texts.num(w));
  }

  private BigFraction weightIgnoringParams(DiffPoly.Mono m) {
    BigFraction w = BigFraction.ZERO;
    for (int k = 0; k < m.size(); k++) if (!s.jets.isParam(m.id(k))) w = w.add(s.scaling.get().weight(s.jets, m.id(k)));
    return w;
  }

  /**
   * The factor that makes the first printed term's coefficient 1, or, when coefficients involve parameters,
   * that makes them integers without a common factor, the first positive.
   */
  BigFraction normalizer(DiffPoly rho) {
    if (rho.isZero()) return BigFraction.ONE;
    BigFraction first = Texts.sorted(s.jets, rho).get(0).getValue();
    boolean params = rho.terms().keySet().stream().anyMatch(m -> java.util.stream.IntStream.range(0, m.size()).anyMatch(k -> s.jets.isParam(m.id(k))));
    if (!params) return first.reciprocal();
    java.math.BigInteger l = java.math.BigInteger.ONE, g = java.math.BigInteger.ZERO;
    for (BigFraction c : rho.terms().values()) l = l.divide(l.gcd(c.getDenominator())).multiply(c.getDenominator());
    for (BigFraction c : rho.terms().values()) g = g.gcd(c.multiply(new BigFraction(l)).getNumerator());
    BigFraction f = new BigFraction(l, g);
    return first.signum() < 0 ? f.negate() : f;
  }

  DiffPoly normalize(DiffPoly rho) { return rho.scale(normalizer(rho)); }
}
