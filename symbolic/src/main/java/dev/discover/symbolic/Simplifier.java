package dev.discover.symbolic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The shortest of an expression and its Symja rewrites, checked numerically: Symja's output is kept only
 * where it agrees with the input at random points, so that a surprise (a dropped branch, a lost factor)
 * never replaces a correct formula.
 */
public final class Simplifier {
  /** The rewrites tried, in order; on equal size the earlier one (and the input before all) wins. */
  private static final List<String> REWRITES = List.of("Simplify", "Together", "Factor");
  private static final int POINTS = 12;
  private static final int MIN_FINITE = 3;
  private static final double REL_TOL = 1e-9;
  private static final long SEED = 20240611L;

  private Simplifier() {}

  /**
   * The shortest by {@link #size} of {@code e}, {@code Simplify(e)}, {@code Together(e)} and
   * {@code Factor(e)}, among those that mention no name {@code e} lacks and that equal {@code e} to a
   * relative 1e-9 at 12 random points (every name drawn uniformly in [0.5, 2.5], fixed seed) where {@code e}
   * is finite. A rewrite that times out, fails or comes back outside our grammar is skipped. When {@code e}
   * is finite at fewer than 3 of the points, no comparison is possible and {@code e} is returned.
   *
   * @param timeoutMillis the limit for each of the three Symja calls
   */
  public static Expr simplest(Expr e, long timeoutMillis) {
    List<Expr> rewrites = new ArrayList<>();
    for (String f : REWRITES) {
      try {
        rewrites.add(Symja.apply(f, e, timeoutMillis));
      } catch (ExprException ex) {
        // a timeout, a failure or a result outside our grammar: this rewrite is skipped
      }
    }
    return pick(e, rewrites);
  }

  /** The shortest of {@code e} and the candidates that agree with it numerically; {@code e} on ties. */
  static Expr pick(Expr e, List<Expr> candidates) {
    List<String> names = new ArrayList<>(Exprs.names(e));
    double[][] points = points(names.size());
    CompiledExpr f = new Compiler(names).compile(e);
    double[] ref = new double[points.length];
    int finite = 0;
    double scale = 0;
    for (int i = 0; i < points.length; i++) {
      ref[i] = f.eval(points[i]);
      if (Double.isFinite(ref[i])) { finite++; scale = Math.max(scale, Math.abs(ref[i])); }
    }
    if (finite < MIN_FINITE) return e;
    Expr best = e;
    int bestSize = size(e);
    for (Expr c : candidates) {
      int s = size(c);
      if (s < bestSize && agrees(c, names, points, ref, scale)) {
        best = c;
        bestSize = s;
      }
    }
    return best;
  }

  /**
   * The number of nodes of an expression tree: 1 for each number, name, negation, operation and function
   * call, so {@code 2*x + 1} has size 5 and {@code sqrt(x)} size 2.
   */
  public static int size(Expr e) {
    if (e instanceof Expr.Neg n) return 1 + size(n.arg());
    if (e instanceof Expr.Bin b) return 1 + size(b.left()) + size(b.right());
    if (e instanceof Expr.Call c) return 1 + size(c.arg());
    return 1;
  }

  private static double[][] points(int k) {
    Random rnd = new Random(SEED);
    double[][] p = new double[POINTS][k];
    for (double[] row : p) for (int j = 0; j < k; j++) row[j] = 0.5 + 2 * rnd.nextDouble();
    return p;
  }

  /** True when c names only {@code names} and matches the reference values wherever they are finite. */
  private static boolean agrees(Expr c, List<String> names, double[][] points, double[] ref, double scale) {
    if (!names.containsAll(Exprs.names(c))) return false;
    CompiledExpr g = new Compiler(names).compile(c);
    for (int i = 0; i < points.length; i++) {
      if (!Double.isFinite(ref[i])) continue;
      double v = g.eval(points[i]);
      if (!(Math.abs(v - ref[i]) <= REL_TOL * (Math.abs(ref[i]) + 1e-6 * scale))) return false;
    }
    return true;
  }
}
