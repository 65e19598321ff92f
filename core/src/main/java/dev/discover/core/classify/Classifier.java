package dev.discover.core.classify;

import dev.discover.core.SystemSpec;
import dev.discover.io.InputException;
import dev.discover.symbolic.ExprException;
import dev.discover.symbolic.ExprParser;
import dev.discover.symbolic.RationalFunction;
import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hipparchus.fraction.BigFraction;

/**
 * For which parameter values does a system have more laws in its basis? The front door of the classification.
 *
 * <ol>
 *   <li>The linear conditions on a law's coefficients, entries polynomial in the parameters
 *       ({@link ParametricMatrix}), split into independent blocks.</li>
 *   <li>Scaling symmetries of the parameters ({@link Scaling}) normalise some parameters to 0 or 1.</li>
 *   <li>Elimination with case splitting on pivots ({@link CaseSplitter}): each leaf is a set of parameter
 *       values with the rank of the conditions there.</li>
 *   <li>Each leaf with a smaller rank than generic values is carried back to the original parameters, its
 *       equations simplified to a reduced Groebner basis; equal cases are merged, and a case with no more laws
 *       than a case containing it is dropped.</li>
 *   <li>At a generic point of each case the law space is computed again, exactly ({@link CaseLaws}), and
 *       every extra law is checked: den * dL/dt reduces to zero modulo the case's equations.</li>
 * </ol>
 */
public final class Classifier {
  private Classifier() {}

  /** Classifies a system with symbolic parameters; throws {@link InputException} on bad input. */
  public static Classification classify(SystemSpec spec, ClassifyOptions opt) {
    long t0 = System.nanoTime();
    Map<String, Long> timings = new LinkedHashMap<>();
    ParametricMatrix mat = ParametricMatrix.of(spec, opt.maxBasis());
    ParamRing ring = mat.ring();
    Conditions base = Conditions.all(ring);
    for (int i = 0; i < opt.where().size(); i++) {
      String w = opt.where().get(i);
      base = base.withZero(condition(w, ring, spec.source())).orElseThrow(() -> InputException.at(spec.source(),
          "--where", "'" + w + "' contradicts the other conditions: no parameter values are left"));
    }
    for (GenPolynomial<BigRational> s : mat.standingInequations()) {
      Conditions b = base;
      base = base.withNonzero(s).orElseThrow(() -> InputException.at(spec.source(), opt.where().isEmpty() ? "equations"
          : "--where", "the system is undefined there: the denominator " + ring.print(s) + " vanishes"
          + (b.equations().isEmpty() ? " for every parameter value" : " under " + String.join(", ", opt.where()))));
    }
    List<BigFraction[]> weights = Scaling.parameterWeights(mat);
    List<Scaling.Normalisation> norms = opt.scaling() && opt.where().isEmpty() && mat.standingInequations().isEmpty()
        ? Scaling.normalisations(weights) : List.of();
    timings.put("matrix", ms(t0));

    long t1 = System.nanoTime();
    List<Conditions> roots = roots(base, norms, ring);
    CaseSplitter splitter = new CaseSplitter(mat, opt.maxBranches(), spec.source());
    List<CaseSplitter.Leaf> leaves = splitter.run(roots);
    timings.put("case_splitting", ms(t1));

    long t2 = System.nanoTime();
    Conditions genericAt = mat.columnCount() <= FULL_PARAMETER_LAWS ? base : slice(base, norms);
    CaseLaws.NullSpace genericSpace = CaseLaws.nullSpace(mat, genericAt);
    int generic = genericSpace.vectors().size();
    List<CaseLaw> genericLaws = new ArrayList<>();
    for (TreeMap<Integer, GenPolynomial<BigRational>> v : genericSpace.vectors()) {
      genericLaws.add(LawPrinter.law(mat, v, CaseLaws.verify(mat, v, genericAt)));
    }
    Map<List<GenPolynomial<BigRational>>, Conditions> candidates = new LinkedHashMap<>();
    for (CaseSplitter.Leaf leaf : leaves) {
      if (mat.columnCount() - leaf.rank() <= generic) continue;
      Conditions c = carriedBack(leaf.conditions(), norms, base);
      candidates.putIfAbsent(c.equations(), c);
    }
    List<Found> found = new ArrayList<>();
    for (Conditions c : candidates.values()) {
      Conditions at = slice(c, norms);
      CaseLaws.NullSpace ns = CaseLaws.nullSpace(mat, at);
      if (ns.vectors().size() > generic) found.add(new Found(c, at, ns));
    }
    found.sort(Comparator.comparingInt((Found f) -> f.conditions().equations().size())
        .thenComparingInt(f -> f.space().vectors().size()));
    List<ClassifiedCase> cases = cases(found, genericSpace, mat);
    timings.put("laws", ms(t2));
    timings.put("total", ms(t0));
    List<String> scalings = new ArrayList<>();
    for (BigFraction[] w : weights) scalings.add(Scaling.describe(w, ring.names()));
    List<String> normalised = new ArrayList<>();
    for (Scaling.Normalisation nz : norms) normalised.add(ring.names().get(nz.parameter()));
    List<String> standing = mat.standingInequations().stream().map(s -> ring.print(s) + " != 0").toList();
    String method = "exact: linear conditions with entries polynomial in " + String.join(", ", ring.names())
        + ", " + mat.blocks().size() + " blocks, Gaussian elimination with case splitting on pivots ("
        + splitter.branches() + " branches, " + leaves.size() + " leaves), Groebner bases (JAS)"
        + (normalised.isEmpty() ? "" : ", " + String.join(", ", normalised) + " normalised to 0 or 1 by scaling")
        + "; each case's laws recomputed at a generic point and checked by polynomial identity";
    return new Classification(spec.name(), spec.variables(), ring.names(), mat.columnCount(), mat.blocks().size(),
        scalings, normalised, standing, generic, genericLaws, shownAt(base, genericAt), cases, splitter.branches(),
        timings, method);
  }

  /** Above this basis size the laws are computed on the normalised slice only (full parameters swell). */
  private static final int FULL_PARAMETER_LAWS = 60;

  private record Found(Conditions conditions, Conditions at, CaseLaws.NullSpace space) {}

  /**
   * The case with each normalised parameter that does not vanish on it set to 1: by the scaling symmetry every
   * point of the case with those parameters nonzero has the same laws, up to rescaling the variables.
   */
  private static Conditions slice(Conditions c, List<Scaling.Normalisation> norms) {
    Conditions out = c;
    for (Scaling.Normalisation nz : norms) {
      GenPolynomial<BigRational> p = out.ring().variable(nz.parameter());
      if (out.reduce(p).isZERO()) continue;
      Conditions o = out;
      out = o.withZero(p.subtract(o.ring().one())).orElseGet(() -> o.withZero(p).orElse(o));
    }
    return out;
  }

  /** "A = 1" for each parameter the slice fixes that the case itself leaves free. */
  private static List<String> shownAt(Conditions c, Conditions at) {
    List<String> out = new ArrayList<>();
    ParamRing r = c.ring();
    for (int i = 0; i < r.size(); i++) {
      GenPolynomial<BigRational> v = r.variable(i);
      GenPolynomial<BigRational> val = at.reduce(v);
      if (val.isConstant() && !c.reduce(v).isConstant() && !val.isZERO()) out.add(r.names().get(i) + " = " + r.print(val));
    }
    return out;
  }

  /** Nests the cases, drops those with no more laws than a case containing them, picks and checks extra laws. */
  private static List<ClassifiedCase> cases(List<Found> found, CaseLaws.NullSpace generic, ParametricMatrix mat) {
    List<Found> kept = new ArrayList<>();
    for (Found f : found) {
      int n = f.space().vectors().size();
      boolean more = kept.stream().filter(k -> f.conditions().impliesEquationsOf(k.conditions()))
          .allMatch(k -> n > k.space().vectors().size());
      if (more) kept.add(f);
    }
    List<ClassifiedCase> out = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      Found f = kept.get(i);
      Conditions c = f.conditions();
      List<Integer> within = new ArrayList<>();
      for (int k = 0; k < i; k++) if (c.impliesEquationsOf(kept.get(k).conditions())) within.add(k + 1);
      List<TreeMap<Integer, GenPolynomial<BigRational>>> span = new ArrayList<>(generic.vectors());
      Conditions at = f.at();
      int rank = CaseLaws.rank(span, at);
      List<TreeMap<Integer, GenPolynomial<BigRational>>> candidates = new ArrayList<>(f.space().vectors());
      candidates.sort(Comparator.comparingInt((TreeMap<Integer, GenPolynomial<BigRational>> v) -> maxDegree(v, mat))
          .thenComparingInt(TreeMap::size));
      List<CaseLaw> extra = new ArrayList<>();
      for (TreeMap<Integer, GenPolynomial<BigRational>> v : candidates) {
        if (rank == f.space().vectors().size()) break;
        span.add(v);
        int r = CaseLaws.rank(span, at);
        if (r == rank) { span.remove(span.size() - 1); continue; }
        rank = r;
        extra.add(LawPrinter.law(mat, v, CaseLaws.verify(mat, v, at)));
      }
      List<List<String>> eqs = LawPrinter.equations(c);
      List<String> ineq = c.inequations().stream().map(p -> c.ring().print(p) + " != 0").toList();
      out.add(new ClassifiedCase(i + 1, eqs.get(0), eqs.get(1), ineq, f.space().vectors().size(), extra,
          shownAt(c, at), within));
    }
    return out;
  }

  private static int maxDegree(Map<Integer, GenPolynomial<BigRational>> v, ParametricMatrix mat) {
    int d = 0;
    for (int j : v.keySet()) d = Math.max(d, mat.basis().term(j).degree());
    return d;
  }

  /** Every assignment of 0 or 1 to the normalised parameters. */
  private static List<Conditions> roots(Conditions base, List<Scaling.Normalisation> norms, ParamRing ring) {
    List<Conditions> out = new ArrayList<>(List.of(base));
    for (Scaling.Normalisation nz : norms) {
      List<Conditions> next = new ArrayList<>();
      GenPolynomial<BigRational> p = ring.variable(nz.parameter());
      for (Conditions c : out) {
        c.withZero(p).ifPresent(next::add);
        c.withZero(p.subtract(ring.one())).ifPresent(next::add);
      }
      out = next;
    }
    return out;
  }

  /** A leaf's set carried from the slices p = 1 to every p != 0, saturated by those p and by the base set. */
  private static Conditions carriedBack(Conditions leaf, List<Scaling.Normalisation> norms, Conditions base) {
    ParamRing ring = leaf.ring();
    List<GenPolynomial<BigRational>> eqs = leaf.equationList();
    List<GenPolynomial<BigRational>> unit = new ArrayList<>();
    for (Scaling.Normalisation nz : norms) {
      GenPolynomial<BigRational> p = ring.variable(nz.parameter());
      if (!leaf.reduce(p.subtract(ring.one())).isZERO()) continue;
      unit.add(p);
      List<GenPolynomial<BigRational>> next = new ArrayList<>();
      for (GenPolynomial<BigRational> g : eqs) {
        GenPolynomial<BigRational> h = Scaling.homogenise(g, nz, ring);
        if (!h.isZERO()) next.add(h);
      }
      eqs = next;
    }
    Conditions c = Conditions.ofEquations(ring, eqs);
    Optional<Conditions> s = c.withNonzero(unit);
    for (GenPolynomial<BigRational> q : base.inequations()) s = s.flatMap(x -> x.withNonzero(q));
    return s.map(Conditions::withoutInequations).orElse(c);
  }

  private static GenPolynomial<BigRational> condition(String text, ParamRing ring, String source) {
    String[] sides = text.split("=");
    if (sides.length != 2) throw InputException.at(source, "--where", "expected 'left = right', got '" + text + "'");
    try {
      RationalFunction l = RationalFunction.of(ExprParser.parse(sides[0]), ring.names(), Map.of());
      RationalFunction r = RationalFunction.of(ExprParser.parse(sides[1]), ring.names(), Map.of());
      RationalFunction d = l.add(r.negate());
      if (!d.den().isConstant()) throw new ExprException("not polynomial in the parameters");
      GenPolynomial<BigRational> acc = ring.zero();
      for (Map.Entry<List<Integer>, BigFraction> t : d.num().termMap().entrySet()) {
        acc = acc.sum(ring.monomial(t.getValue(), t.getKey().stream().mapToInt(Integer::intValue).toArray()));
      }
      return acc;
    } catch (ExprException | ArithmeticException e) {
      throw InputException.at(source, "--where", "'" + text + "': " + e.getMessage() + "; conditions are polynomial"
          + " equations in the symbolic parameters " + ring.names());
    }
  }

  private static long ms(long since) { return (System.nanoTime() - since) / 1_000_000; }
}
