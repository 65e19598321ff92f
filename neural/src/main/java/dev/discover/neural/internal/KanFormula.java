package dev.discover.neural.internal;

import dev.discover.symbolic.Expr;
import dev.discover.symbolic.Exprs;
import java.util.ArrayList;
import java.util.List;

/**
 * The symbolic reading of a pruned {@link Kan}: the output is a sum of terms, each either a snapped unit of
 * one input (an edge of a single-layer network, or a hidden node with one incoming edge, whose two edges
 * compose into one univariate function and are snapped as one) or a hidden node with several incoming
 * edges, {@code outer(sum of inner units)}. {@link #template} turns the terms into one expression whose
 * constants are all free, starting at the snapped values, for the joint Levenberg-Marquardt polish.
 */
final class KanFormula {
  private KanFormula() {}

  /** An additive term of the network's output. */
  sealed interface Term permits Chain, Node {
    /** Attribution score of the term, to drop the weakest. */
    double score();
  }

  /**
   * A snapped univariate function of one input.
   *
   * @param input index of the input
   * @param unit the snapped function, in raw input units
   * @param score attribution score
   */
  record Chain(int input, UnitSnap.Unit unit, double score) implements Term {}

  /**
   * A hidden node with several incoming edges: {@code outer(sum of inner units)}.
   *
   * @param inner the snapped incoming edges
   * @param outer the snapped outgoing edge, a function of the hidden value
   * @param score attribution score of the outgoing edge
   * @param hidden index of the hidden node in the network
   */
  record Node(List<Chain> inner, UnitSnap.Unit outer, double score, int hidden) implements Term {
    Node { inner = List.copyOf(inner); }
  }

  /** Builds a template, naming constants {@code __k0, __k1, ...}. */
  private static final class Builder {
    final List<String> params = new ArrayList<>();
    final List<Double> start = new ArrayList<>();
    final List<Template.Kind> kinds = new ArrayList<>();

    Expr param(double v, Template.Kind kind) {
      String name = "__k" + params.size();
      params.add(name);
      start.add(v);
      kinds.add(kind);
      return Expr.sym(name);
    }

    /**
     * {@code c * f(a*x + b)} with the unit's free inner constants as parameters, and c a parameter starting
     * at the given value, or fixed at its sign when {@code fixed}.
     */
    Expr unit(UnitSnap.Unit u, double c, boolean fixed, Expr x) {
      UnitFn fn = u.fn();
      // a fixed inner scale is +1 or -1 (UnitFn)
      Expr arg = Exprs.mul(fn.freeA() ? param(u.a(), Template.Kind.SCALE) : Expr.num(Math.round(u.a())), x);
      if (fn.freeB()) arg = Exprs.add(arg, param(u.b(), Template.Kind.OFFSET));
      return Exprs.mul(fixed ? Expr.num(c < 0 ? -1 : 1) : param(c, Template.Kind.SCALE), fn.apply(arg));
    }

    Template build(Expr e) {
      double[] s = new double[start.size()];
      for (int i = 0; i < s.length; i++) s[i] = start.get(i);
      return new Template(e, params, s, kinds, "kan");
    }
  }

  /**
   * The formula of the terms with every constant free: {@code D + sum of terms}, where the network's output
   * is {@code yMean + yScale * (sum of its last layer's edges)}.
   *
   * @param terms the terms, at least one
   * @param names input names
   * @param yMean the target mean the network adds back
   * @param yScale the target scale the network multiplies by
   */
  static Template template(List<Term> terms, List<String> names, double yMean, double yScale) {
    Builder b = new Builder();
    double offset = yMean;
    List<Expr> parts = new ArrayList<>();
    for (Term t : terms) {
      if (t instanceof Chain ch) {
        parts.add(b.unit(ch.unit(), yScale * ch.unit().c(), false, Expr.sym(names.get(ch.input()))));
        offset += yScale * ch.unit().d();
        continue;
      }
      Node nd = (Node) t;
      UnitSnap.Unit o = nd.outer();
      double delta = 0;
      for (Chain in : nd.inner()) delta += in.unit().d();
      if (o.fn() == UnitFn.X) {
        // a linear outer edge: the inner units are terms of the output themselves
        for (Chain in : nd.inner()) {
          parts.add(b.unit(in.unit(), yScale * o.c() * in.unit().c(), false, Expr.sym(names.get(in.input()))));
        }
        offset += yScale * (o.c() * delta + o.d());
        continue;
      }
      // outer c*f(a*z + b) with z = sum of inner units: the inner scales absorb a, the shift gathers a*delta + b
      int ni = nd.inner().size();
      double[] scale = new double[ni];
      int big = 0;
      for (int i = 0; i < ni; i++) {
        scale[i] = o.a() * nd.inner().get(i).unit().c();
        if (Math.abs(scale[i]) > Math.abs(scale[big])) big = i;
      }
      double c = yScale * o.c(), shift = o.a() * delta + o.b();
      UnitFn f = o.fn();
      // for a homogeneous or logarithmic outer function one inner scale is redundant: fix the largest at +-1
      boolean fix = f == UnitFn.LOG || !Double.isNaN(f.degree());
      if (fix) {
        double g = Math.abs(scale[big]);
        for (int i = 0; i < ni; i++) scale[i] /= g;
        shift /= g;
        if (f == UnitFn.LOG) offset += c * Math.log(g);
        else c *= Math.pow(g, f.degree());
      }
      Expr sum = null;
      for (int i = 0; i < ni; i++) {
        Chain in = nd.inner().get(i);
        Expr u = b.unit(in.unit(), scale[i], fix && i == big, Expr.sym(names.get(in.input())));
        sum = sum == null ? u : Exprs.add(sum, u);
      }
      Expr arg = sum;
      if (f.freeB()) arg = Exprs.add(sum, b.param(shift, Template.Kind.OFFSET));
      else c *= Math.exp(shift);  // exp: its shift is a factor
      parts.add(Exprs.mul(b.param(c, Template.Kind.SCALE), f.apply(arg)));
      offset += yScale * o.d();
    }
    Expr e = b.param(offset, Template.Kind.OFFSET);
    for (Expr p : parts) e = Exprs.add(e, p);
    return b.build(e);
  }

  /**
   * The terms without their weakest piece: the lowest-scoring term, or the lowest-scoring inner edge of a
   * node with several, whichever scores less; the same list when only one piece is left.
   */
  static List<Term> dropWeakest(List<Term> terms) {
    int bestTerm = -1, bestInner = -1;
    double low = Double.POSITIVE_INFINITY;
    int pieces = 0;
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      pieces++;
      if (t.score() < low) { low = t.score(); bestTerm = i; bestInner = -1; }
      if (t instanceof Node nd && nd.inner().size() > 1) {
        for (int j = 0; j < nd.inner().size(); j++) {
          pieces++;
          if (nd.inner().get(j).score() < low) { low = nd.inner().get(j).score(); bestTerm = i; bestInner = j; }
        }
      }
    }
    if (pieces <= 1 || bestTerm < 0) return terms;
    List<Term> out = new ArrayList<>(terms);
    if (bestInner < 0) {
      out.remove(bestTerm);
    } else {
      Node nd = (Node) terms.get(bestTerm);
      List<Chain> in = new ArrayList<>(nd.inner());
      in.remove(bestInner);
      out.set(bestTerm, new Node(in, nd.outer(), nd.score(), nd.hidden()));
    }
    return out;
  }
}
