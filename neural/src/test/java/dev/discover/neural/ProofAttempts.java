package dev.discover.neural;

import dev.discover.symbolic.Expr;
import dev.discover.symbolic.ExprException;
import dev.discover.symbolic.Exprs;
import dev.discover.symbolic.Symja;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tries to prove two exact formulas equal with Symja: {@code Simplify(a - b)} to 0, {@code Simplify(a / b)}
 * to 1, then the same after {@code Together}, after {@code TrigToExp} (when a trigonometric function occurs)
 * and after {@code PowerExpand} (only when every base it could split is positive, see
 * {@link #powerExpandIsExact}). Simplify assumes the given names positive. Every step is an identity under
 * that assumption, so a result of 0 (or 1) is a proof.
 *
 * <p>Last, {@code (a / b)^2} to 1: then {@code a / b} is +1 or -1 wherever both are defined, and, being
 * continuous there, one sign on each connected region of that set. The callers ask only after the numeric
 * test found {@code a / b} near +1 on 2000 points spread over the sampling box, so the two are equal on every
 * region that holds one of those points (the whole box when {@code b} has no zero or pole inside it).
 */
final class ProofAttempts {
  /** The outcome: proved or not, and the proving rewrite or what was left. */
  record Outcome(boolean proved, String detail) {}

  /** What is rewritten: the difference (goal 0), the ratio (goal 1) or the ratio squared (goal 1). */
  private enum Goal { DIFFERENCE, RATIO, SQUARED_RATIO }

  private record Attempt(Goal goal, List<String> steps) {}

  private static final Set<String> TRIG = Set.of("sin", "cos", "tan", "sinh", "cosh", "tanh");
  private static final Set<String> INVERSE_TRIG = Set.of("asin", "acos", "atan");
  private static final int DETAIL_CHARS = 300;

  private ProofAttempts() {}

  /**
   * Tries the rewrites in order until one proves {@code a = b}. Each Symja call may take
   * {@code timeoutMillis}; the first call that runs past it ends the attempts (the next ones would be no
   * faster). {@code ratioNearOneOnSamples}: the caller found {@code a / b} near +1 on points spread over the
   * domain, which lets the squared ratio finish a proof (see the class comment); without it that step is
   * skipped.
   */
  static Outcome prove(Expr a, Expr b, Set<String> positive, long timeoutMillis, boolean ratioNearOneOnSamples) {
    Expr diff = new Expr.Bin('-', a, b), ratio = new Expr.Bin('/', a, b);
    Expr squared = new Expr.Bin('^', ratio, Expr.num(2));
    String first = null;
    for (Attempt t : attempts(a, b, positive, ratioNearOneOnSamples)) {
      String goal = t.goal() == Goal.DIFFERENCE ? "0" : "1";
      String what = describe(t);
      long start = System.nanoTime();
      try {
        Expr e = switch (t.goal()) { case DIFFERENCE -> diff; case RATIO -> ratio; case SQUARED_RATIO -> squared; };
        String out = Symja.rewrite(e, t.steps(), positive, timeoutMillis);
        if (out.equals(goal)) return new Outcome(true, what + " = " + goal);
        if (first == null) first = what + " = " + shorten(out);
      } catch (ExprException ex) {
        if ((System.nanoTime() - start) / 1_000_000 >= timeoutMillis) {
          return new Outcome(false, "not proved; " + (first == null ? "" : first + "; ") + "stopped at " + what
              + ": " + ex.getMessage());
        }
        if (first == null) first = what + ": " + ex.getMessage();
      }
    }
    return new Outcome(false, "not proved; " + first);
  }

  private static List<Attempt> attempts(Expr a, Expr b, Set<String> positive, boolean squaredRatio) {
    List<Attempt> out = new ArrayList<>();
    out.add(new Attempt(Goal.DIFFERENCE, List.of("Simplify")));
    out.add(new Attempt(Goal.RATIO, List.of("Simplify")));
    out.add(new Attempt(Goal.DIFFERENCE, List.of("Together", "Simplify")));
    out.add(new Attempt(Goal.RATIO, List.of("Together", "Simplify")));
    Set<String> calls = Exprs.functions(new Expr.Bin('-', a, b));
    if (calls.stream().anyMatch(TRIG::contains)) {
      out.add(new Attempt(Goal.DIFFERENCE, List.of("TrigToExp", "Together")));
      out.add(new Attempt(Goal.DIFFERENCE, List.of("TrigToExp", "Together", "Simplify")));
      out.add(new Attempt(Goal.RATIO, List.of("TrigToExp", "Together", "Simplify")));
    }
    if (powerExpandIsExact(a, positive) && powerExpandIsExact(b, positive)) {
      out.add(new Attempt(Goal.DIFFERENCE, List.of("PowerExpand", "Simplify")));
      out.add(new Attempt(Goal.RATIO, List.of("PowerExpand", "Simplify")));
      out.add(new Attempt(Goal.DIFFERENCE, List.of("PowerExpand", "Together", "Simplify")));
    }
    // last: the squared ratio, for a root of a square written two ways (sqrt((c+v)/(c-v)) against
    // (1+v/c)/sqrt(1-v^2/c^2)); see prove for what it proves
    if (squaredRatio) out.add(new Attempt(Goal.SQUARED_RATIO, List.of("Together", "Simplify")));
    return out;
  }

  /**
   * True when Symja's PowerExpand leaves the value of {@code e} unchanged, as far as we can tell
   * syntactically: every square root, logarithm and power with a non-integer exponent has a base that is
   * positive by construction ({@link #positive}), and no inverse trigonometric function occurs (Symja may
   * fold {@code asin(sin(x))}-like pairs).
   */
  static boolean powerExpandIsExact(Expr e, Set<String> positive) {
    if (e instanceof Expr.Neg n) return powerExpandIsExact(n.arg(), positive);
    if (e instanceof Expr.Call c) {
      if (INVERSE_TRIG.contains(c.function())) return false;
      if ((c.function().equals("sqrt") || c.function().equals("log")) && !positive(c.arg(), positive)) return false;
      return powerExpandIsExact(c.arg(), positive);
    }
    if (e instanceof Expr.Bin b) {
      if (b.op() == '^' && Exprs.integerExponent(b.right()).isEmpty() && !positive(b.left(), positive)) return false;
      return powerExpandIsExact(b.left(), positive) && powerExpandIsExact(b.right(), positive);
    }
    return true;
  }

  /**
   * True when {@code e} is positive for all positive values of the {@code positive} names: a positive
   * number, such a name, exp or cosh of anything real, and sums, products, quotients, square roots and
   * powers of positive parts.
   */
  static boolean positive(Expr e, Set<String> positive) {
    if (e instanceof Expr.Num n) return n.value().signum() > 0;
    if (e instanceof Expr.Sym s) return positive.contains(s.name());
    if (e instanceof Expr.Call c) {
      return c.function().equals("exp") || c.function().equals("cosh")
          || (c.function().equals("sqrt") && positive(c.arg(), positive));
    }
    if (e instanceof Expr.Bin b) {
      if (b.op() == '-') return false;
      if (b.op() == '^') return positive(b.left(), positive);
      return positive(b.left(), positive) && positive(b.right(), positive);
    }
    return false;
  }

  private static String describe(Attempt t) {
    String s = switch (t.goal()) {
      case DIFFERENCE -> "found - truth"; case RATIO -> "found / truth"; case SQUARED_RATIO -> "(found / truth)^2";
    };
    for (String f : t.steps()) s = f + "(" + s + ")";
    return s;
  }

  private static String shorten(String s) {
    return s.length() <= DETAIL_CHARS ? s : s.substring(0, DETAIL_CHARS) + "...";
  }
}
