package dev.discover.core.classify;

import edu.jas.application.Ideal;
import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A set of parameter values: the zeros of an ideal (kept as a reduced Groebner basis, saturated by the
 * inequations) minus the zeros of some irreducible polynomials. Immutable; every change checks consistency
 * (the saturated ideal is not the unit ideal) and yields empty when the set is empty.
 */
final class Conditions {
  private final ParamRing r;
  private final Ideal<BigRational> ideal;
  private final Set<GenPolynomial<BigRational>> nonzero;
  /** Every leading term of the basis is a single parameter: normal forms are then closed under + and *. */
  private final boolean linearLeads;

  private Conditions(ParamRing r, Ideal<BigRational> ideal, Set<GenPolynomial<BigRational>> nonzero) {
    this.r = r;
    this.ideal = ideal;
    this.nonzero = nonzero;
    this.linearLeads = ideal.getList().stream().allMatch(g -> g.leadingExpVector().totalDeg() == 1);
  }

  /** Every parameter value. */
  static Conditions all(ParamRing r) { return new Conditions(r, new Ideal<>(r.ring()), Set.of()); }

  ParamRing ring() { return r; }
  /** The reduced Groebner basis of the equations. */
  List<GenPolynomial<BigRational>> equations() { return ideal.getList(); }
  /** The irreducible polynomials assumed nonzero. */
  Set<GenPolynomial<BigRational>> inequations() { return nonzero; }
  Ideal<BigRational> ideal() { return ideal; }

  /** The normal form of p modulo the equations. */
  GenPolynomial<BigRational> reduce(GenPolynomial<BigRational> p) {
    return ideal.isZERO() || p.isZERO() ? p : ideal.normalform(p);
  }

  /**
   * The normal form of a sum of products of normal forms: when every leading term is a single parameter those
   * are already normal (no term contains a leading parameter), so no reduction is needed.
   */
  GenPolynomial<BigRational> reduceCombination(GenPolynomial<BigRational> p) { return linearLeads ? p : reduce(p); }

  /** True when p is nonzero everywhere on this set: a nonzero constant, or a product of assumed-nonzero factors. */
  boolean surelyNonzero(GenPolynomial<BigRational> p) {
    GenPolynomial<BigRational> q = reduce(p);
    if (q.isZERO()) return false;
    // Divide out the assumed-nonzero factors (a single divisor's remainder is zero exactly when it divides).
    for (GenPolynomial<BigRational> f : nonzero) {
      if (q.isConstant()) break;
      while (!q.isConstant() && q.degree() >= f.degree() && q.remainder(f).isZERO()) q = q.divide(f);
    }
    return q.isConstant();
  }

  private GenPolynomial<BigRational> product(Set<GenPolynomial<BigRational>> fs) {
    GenPolynomial<BigRational> acc = r.one();
    for (GenPolynomial<BigRational> f : fs) acc = acc.multiply(f);
    return acc;
  }

  /** This set intersected with {p = 0}; empty when that is empty. */
  Optional<Conditions> withZero(GenPolynomial<BigRational> p) {
    GenPolynomial<BigRational> q = reduce(p);
    if (q.isZERO()) return Optional.of(this);
    if (q.isConstant()) return Optional.empty();
    Ideal<BigRational> j = ideal.sum(q).GB();
    if (j.isONE()) return Optional.empty();
    if (!nonzero.isEmpty()) j = j.infiniteQuotient(product(nonzero)).GB();
    if (j.isONE()) return Optional.empty();
    Set<GenPolynomial<BigRational>> nz = new LinkedHashSet<>();
    for (GenPolynomial<BigRational> f : nonzero) {
      GenPolynomial<BigRational> g = j.normalform(f);
      if (g.isZERO()) return Optional.empty();
      nz.addAll(r.irreducibleFactors(g));
    }
    return Optional.of(new Conditions(r, j, nz));
  }

  /** This set minus {p = 0}; empty when p vanishes on all of it. */
  Optional<Conditions> withNonzero(GenPolynomial<BigRational> p) {
    GenPolynomial<BigRational> q = reduce(p);
    if (q.isZERO()) return Optional.empty();
    List<GenPolynomial<BigRational>> fs = r.irreducibleFactors(q);
    if (nonzero.containsAll(fs)) return Optional.of(this);
    Set<GenPolynomial<BigRational>> nz = new LinkedHashSet<>(nonzero);
    nz.addAll(fs);
    // An ideal with single-parameter leading terms is prime (its quotient is a polynomial ring): saturating it by
    // a polynomial outside it changes nothing.
    Ideal<BigRational> j = ideal.isZERO() || linearLeads ? ideal : ideal.infiniteQuotient(product(nz)).GB();
    if (j.isONE()) return Optional.empty();
    return Optional.of(new Conditions(r, j, nz));
  }

  /** This set minus the zeros of every polynomial in ps (in order). */
  Optional<Conditions> withNonzero(List<GenPolynomial<BigRational>> ps) {
    Optional<Conditions> c = Optional.of(this);
    for (GenPolynomial<BigRational> p : ps) c = c.flatMap(x -> x.withNonzero(p));
    return c;
  }

  /** True when the equations of o hold wherever these hold (o's set contains this one's closure). */
  boolean impliesEquationsOf(Conditions o) { return ideal.contains(o.ideal); }

  /** The equations as a list (copy). */
  List<GenPolynomial<BigRational>> equationList() { return new ArrayList<>(ideal.getList()); }

  /** A set given by equations only, saturated by nothing. */
  static Conditions ofEquations(ParamRing r, List<GenPolynomial<BigRational>> eqs) {
    Ideal<BigRational> j = new Ideal<>(r.ring(), eqs);
    return new Conditions(r, j.GB(), Set.of());
  }

  /** The same equations with no inequations (the closure of the set, for presentation and generic points). */
  Conditions withoutInequations() { return new Conditions(r, ideal, Set.of()); }
}
