package dev.discover.core;

import dev.discover.io.InputException;
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

  private final boolean implicit;
  private final CompiledExpr[] implicitValues;
  private final CompiledExpr[][] implicitGradients;

  private Manifold(List<String> variables, List<Poly> constraints, List<Solved> solved, boolean implicit) {
    this.variables = variables;
    this.constraints = constraints;
    this.solved = solved;
    this.implicit = implicit;
    Compiler c = new Compiler(variables);
    this.doubleValues = solved.stream().map(s -> c.compile(s.value())).toArray(CompiledExpr[]::new);
    int n = variables.size();
    this.implicitValues = new CompiledExpr[implicit ? constraints.size() : 0];
    this.implicitGradients = new CompiledExpr[implicitValues.length][n];
    for (int k = 0; k < implicitValues.length; k++) {
      implicitValues[k] = c.compile(constraints.get(k).toExpr(variables));
      for (int i = 0; i < n; i++) implicitGradients[k][i] = c.compile(constraints.get(k).derivative(i).toExpr(variables));
    }
  }

  /**
   * False when some constraint could not be solved for a variable: states are then found by Newton projection
   * in floating point only, and no exact sampling or reduction is possible.
   */
  public boolean isExplicit() { return !implicit; }

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
        // Not solvable for a variable: keep every constraint implicit and sample by Newton projection.
        for (int j = i + 1; j < sys.constraints().size(); j++) {
          try {
            cons.add(sys.rationalConstraint(j).num());
          } catch (RuntimeException e) {
            throw InputException.at(src, "constraints[" + j + "]", "must be a rational function of the variables: " + e.getMessage());
          }
        }
        return new Manifold(vars, cons, List.of(), true);
      }
      List<Poly> parts = c.coefficientsIn(pick);
      Poly a = parts.get(1);
      Poly b = parts.get(0);
      Expr value = new Expr.Bin('/', new Expr.Neg(b.toExpr(vars)), a.toExpr(vars));
      solved.add(new Solved(pick, a, b, value));
    }
    return new Manifold(vars, cons, List.copyOf(solved), false);
  }

  /** True when there is at least one constraint. */
  public boolean isConstrained() { return !constraints.isEmpty(); }
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
    if (solved.isEmpty()) return;
    complete(new ExactEvaluator<>(field, variables), x);
  }

  /** An evaluator over the variables, to reuse across calls of {@link #complete(ExactEvaluator, List)}. */
  public <T> ExactEvaluator<T> evaluator(Field<T> field) { return new ExactEvaluator<>(field, variables); }

  /** Completes a state in place with a reusable evaluator from {@link #evaluator(Field)}. */
  public <T> void complete(ExactEvaluator<T> ev, List<T> x) {
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
    if (implicit) return project(x);
    for (int i = solved.size() - 1; i >= 0; i--) {
      double v = doubleValues[i].eval(x);
      if (!Double.isFinite(v)) return false;
      x[solved.get(i).variable()] = v;
    }
    return true;
  }

  /**
   * Newton projection onto {c = 0}: x -= J^T (J J^T)^-1 c(x), the smallest step that zeroes the linearised
   * constraints, repeated until |c| is at round-off. Returns false when it does not converge.
   */
  private boolean project(double[] x) {
    int m = implicitValues.length;
    int n = x.length;
    for (int iter = 0; iter < 60; iter++) {
      double[] c = new double[m];
      double[][] j = new double[m][n];
      double size = 0;
      double scale = 1;
      for (int k = 0; k < m; k++) {
        c[k] = implicitValues[k].eval(x);
        size = Math.max(size, Math.abs(c[k]));
        for (int i = 0; i < n; i++) {
          j[k][i] = implicitGradients[k][i].eval(x);
          scale = Math.max(scale, Math.abs(j[k][i] * x[i]));
        }
      }
      if (!Double.isFinite(size)) return false;
      if (size <= 1e-14 * scale) return true;
      double[][] jjt = new double[m][m];
      for (int a = 0; a < m; a++) for (int b = 0; b < m; b++) for (int i = 0; i < n; i++) jjt[a][b] += j[a][i] * j[b][i];
      double[] lambda;
      try {
        lambda = new org.hipparchus.linear.LUDecomposition(new org.hipparchus.linear.Array2DRowRealMatrix(jjt))
            .getSolver().solve(new org.hipparchus.linear.ArrayRealVector(c)).toArray();
      } catch (org.hipparchus.exception.MathIllegalArgumentException e) {
        return false;
      }
      for (int i = 0; i < n; i++) for (int k = 0; k < m; k++) x[i] -= j[k][i] * lambda[k];
    }
    return false;
  }

  private volatile List<Poly> groebner;

  /**
   * Substitutes every solved constraint into a polynomial: zero exactly when it vanishes on the manifold. For
   * implicit constraints, the normal form modulo a Groebner basis of the constraints: zero when the polynomial
   * lies in their ideal (which proves it vanishes on the manifold).
   */
  public Poly reduce(Poly p) {
    if (implicit) {
      List<Poly> gb = groebner;
      if (gb == null) {
        gb = Poly.groebner(constraints);
        groebner = gb;
      }
      return p.normalForm(gb);
    }
    Poly r = p;
    for (Solved s : solved) {
      if (r.isZero()) break;
      r = r.substituteLinear(s.variable(), s.a(), s.b());
    }
    return r;
  }
}
