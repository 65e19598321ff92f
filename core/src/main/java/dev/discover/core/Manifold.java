package dev.discover.core;

import dev.discover.symbolic.CompiledExpr;
import dev.discover.symbolic.Compiler;
import dev.discover.symbolic.ExactEvaluator;
import dev.discover.symbolic.Expr;
import dev.discover.symbolic.Field;
import dev.discover.symbolic.Poly;
import dev.discover.symbolic.RationalFunction;
import java.util.ArrayList;
import java.util.List;

/**
 * The constraint manifold {c_1 = ... = c_m = 0} of a system, made explicit: each constraint is solved for a
 * variable in which it is linear, x_k = -b/a, one after the other (later constraints after substituting the
 * earlier solutions). States are sampled by drawing the free variables and computing the solved ones, and a
 * polynomial vanishes on the manifold (where every a is nonzero) exactly when substituting the solutions in
 * order, denominators cleared, leaves the zero polynomial.
 */
public final class Manifold {
  /**
   * One solved constraint: a x_k + b = 0.
   *
   * @param variable the index k of the solved variable
   * @param a the coefficient of x_k
   * @param b the rest
   * @param value -b/a as an expression over the variables
   */
  public record Solved(int variable, Poly a, Poly b, Expr value) {}

  private final List<String> variables;
  private final List<Solved> solved;
  private final List<Poly> constraints;
  private final CompiledExpr[] doubleValues;

  private Manifold(List<String> variables, List<Poly> constraints, List<Solved> solved) {
    this.variables = variables;
    this.constraints = constraints;
    this.solved = solved;
    Compiler c = new Compiler(variables);
    this.doubleValues = solved.stream().map(s -> c.compile(s.value())).toArray(CompiledExpr[]::new);
  }

  /** The manifold of a system (the whole space when it has no constraints). */
  public static Manifold of(DynamicalSystem sys) {
    List<String> vars = sys.variables();
    int n = vars.size();
    List<Poly> cons = new ArrayList<>();
    List<Solved> solved = new ArrayList<>();
    String src = sys.spec().source();
    for (int i = 0; i < sys.constraints().size(); i++) {
      String field = "constraints[" + i + "]";
      RationalFunction rf;
      try {
        rf = sys.rationalConstraint(i);
      } catch (RuntimeException e) {
        throw InputException.at(src, field, "must be a rational function of the variables: " + e.getMessage());
      }
      Poly c = rf.num();
      cons.add(c);
      for (Solved s : solved) c = c.substituteLinear(s.variable(), s.a(), s.b());
      if (c.isZero()) throw InputException.at(src, field, "is implied by the earlier constraints (or identically zero)");
      if (c.totalDegree() == 0) {
        throw InputException.at(src, field, "can never be zero: no state satisfies it");
      }
      int pick = -1;
      int best = Integer.MAX_VALUE;
      for (int k = n - 1; k >= 0; k--) {
        final int kk = k;
        if (solved.stream().anyMatch(s -> s.variable() == kk)) continue;
        if (c.degreeIn(k) != 1) continue;
        Poly a = c.coefficientsIn(k).get(1);
        if (a.terms() < best) { best = a.terms(); pick = k; }
      }
      if (pick < 0) {
        throw InputException.at(src, field, "is not linear in any variable; this version samples only constraints"
            + " that can be solved for one variable (like the incompressibility constraints of the fluid systems)");
      }
      List<Poly> parts = c.coefficientsIn(pick);
      Poly a = parts.get(1);
      Poly b = parts.get(0);
      Expr value = new Expr.Bin('/', new Expr.Neg(b.toExpr(vars)), a.toExpr(vars));
      solved.add(new Solved(pick, a, b, value));
    }
    return new Manifold(vars, cons, List.copyOf(solved));
  }

  /** True when there is at least one constraint. */
  public boolean isConstrained() { return !solved.isEmpty(); }
  /** The solved constraints, in solving order. */
  public List<Solved> solved() { return solved; }
  /** The constraint polynomials (numerators). */
  public List<Poly> constraints() { return constraints; }

  /** True when variable k is computed from the others. */
  public boolean isSolved(int k) {
    for (Solved s : solved) if (s.variable() == k) return true;
    return false;
  }

  /**
   * Completes a state in place: the solved variables are computed from the free ones (last solved first).
   * Throws ArithmeticException where a coefficient a vanishes.
   */
  public <T> void complete(Field<T> field, List<T> x) {
    ExactEvaluator<T> ev = new ExactEvaluator<>(field, variables);
    @SuppressWarnings("unchecked")
    T[] arr = (T[]) x.toArray();
    for (int i = solved.size() - 1; i >= 0; i--) {
      Solved s = solved.get(i);
      T v = ev.eval(s.value(), arr);
      arr[s.variable()] = v;
      x.set(s.variable(), v);
    }
  }

  /** Completes a double state in place; returns false where the solution is not finite. */
  public boolean complete(double[] x) {
    for (int i = solved.size() - 1; i >= 0; i--) {
      double v = doubleValues[i].eval(x);
      if (!Double.isFinite(v)) return false;
      x[solved.get(i).variable()] = v;
    }
    return true;
  }

  /** Substitutes every solved constraint into a polynomial: zero exactly when it vanishes on the manifold. */
  public Poly reduce(Poly p) {
    Poly r = p;
    for (Solved s : solved) {
      if (r.isZero()) break;
      r = r.substituteLinear(s.variable(), s.a(), s.b());
    }
    return r;
  }
}
