package dev.discover.neural.internal;

import dev.discover.symbolic.Expr;
import dev.discover.symbolic.ExprException;
import dev.discover.symbolic.Exprs;
import dev.discover.symbolic.Symja;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hipparchus.fraction.BigFraction;

/**
 * Moves positive factors into a square root: {@code x2*sqrt((y1/x2 - y2/x2)^2 + (x1/x2 - 1)^2)} becomes
 * {@code sqrt((y1 - y2)^2 + (x1 - x2)^2)}. A search in dimensionless groups writes a formula as its unit
 * monomial times a function of ratios, and a root of a sum of squares then carries the monomial outside;
 * Symja will not move it in (it knows nothing of the signs), so this rewrite does, for factors that are
 * positive names. Each term of the root's sum gets the factor's square: a square {@code s^2} as
 * {@code (F*s)^2}, any other term {@code t} as {@code F^2*t}, each put over a common denominator by Symja's
 * Together. The result equals the input wherever the positive names are positive; callers score it on their
 * data before they use it.
 */
public final class Roots {
  private Roots() {}

  /**
   * The rewrite at every product that has exactly one square-root factor and positive-name factors; empty
   * when there is none or a Symja call fails.
   *
   * @param positive names known to be positive (on the data)
   * @param timeoutMillis the limit of each Symja call
   */
  public static Optional<Expr> absorbed(Expr e, Set<String> positive, long timeoutMillis) {
    return changedOnly(changed -> walk(e, positive, timeoutMillis, changed));
  }

  /** The rewrite's result when it changed anything and no Symja call failed. */
  private static Optional<Expr> changedOnly(java.util.function.Function<boolean[], Expr> rewrite) {
    try {
      boolean[] changed = {false};
      Expr out = rewrite.apply(changed);
      return changed[0] ? Optional.of(out) : Optional.empty();
    } catch (ExprException ex) {
      return Optional.empty();
    }
  }

  /**
   * The other direction: squares taken out of a square root, {@code sqrt(A^2 B)} as {@code A sqrt(B)} (or
   * {@code -A sqrt(B)}), where {@code sign} says that A keeps one sign on the data (+1 or -1; 0 when it does
   * not, and the root is left). The root's argument is put together and factored by Symja first, so that
   * {@code sqrt((-1 + 2 a b - a^2 b^2)/(b^2 - 1))} becomes {@code (1 - a b) sqrt(1/(1 - b^2))}. Empty when no
   * root changes or a Symja call fails.
   */
  public static Optional<Expr> squaresOut(Expr e, java.util.function.ToIntFunction<Expr> sign, long timeoutMillis) {
    return changedOnly(changed -> outWalk(e, sign, timeoutMillis, changed));
  }

  private static Expr outWalk(Expr e, java.util.function.ToIntFunction<Expr> sign, long timeout, boolean[] changed) {
    Optional<Expr> arg = rootArg(e);
    if (arg.isPresent()) {
      Expr inner = outWalk(arg.get(), sign, timeout, changed);
      Expr f = Symja.apply("Factor", Symja.apply("Together", inner, timeout), timeout);
      List<Expr> num = new ArrayList<>(), den = new ArrayList<>(), outNum = new ArrayList<>(), outDen = new ArrayList<>();
      boolean negative = false;
      if (f instanceof Expr.Neg n) { negative = true; f = n.arg(); }
      factors(f, true, num, den);
      List<Expr> inNum = new ArrayList<>(), inDen = new ArrayList<>();
      split(num, inNum, outNum);
      split(den, inDen, outDen);
      if (outNum.isEmpty() && outDen.isEmpty()) return Exprs.call("sqrt", inner);
      Expr outside = quotient(outNum, outDen);
      int sg = sign.applyAsInt(outside);
      if (sg == 0) return Exprs.call("sqrt", inner);
      Expr in = quotient(inNum, inDen);
      if (negative) in = Exprs.neg(in);
      changed[0] = true;
      Expr root = Exprs.call("sqrt", Symja.apply("Together", in, timeout));
      Expr r = Exprs.mul(outside, root);
      return sg > 0 ? r : Exprs.neg(r);
    }
    if (e instanceof Expr.Neg n) return Exprs.neg(outWalk(n.arg(), sign, timeout, changed));
    if (e instanceof Expr.Call c) return Exprs.call(c.function(), outWalk(c.arg(), sign, timeout, changed));
    if (e instanceof Expr.Bin b) {
      return new Expr.Bin(b.op(), outWalk(b.left(), sign, timeout, changed), outWalk(b.right(), sign, timeout, changed));
    }
    return e;
  }

  /** Factors {@code A^(2j)} go out as {@code A^j}; the others stay in. */
  private static void split(List<Expr> factors, List<Expr> in, List<Expr> out) {
    for (Expr f : factors) {
      if (f instanceof Expr.Bin b && b.op() == '^') {
        Optional<BigFraction> p = Exprs.constantValue(b.right());
        if (p.isPresent() && p.get().getDenominator().equals(java.math.BigInteger.ONE) && p.get().getNumerator().signum() > 0
            && !p.get().getNumerator().testBit(0)) {
          BigFraction half = p.get().divide(2);
          out.add(half.equals(BigFraction.ONE) ? b.left() : Exprs.pow(b.left(), half));
          continue;
        }
      }
      in.add(f);
    }
  }

  private static Expr walk(Expr e, Set<String> positive, long timeout, boolean[] changed) {
    if (e instanceof Expr.Neg n) return Exprs.neg(walk(n.arg(), positive, timeout, changed));
    if (e instanceof Expr.Call c) return Exprs.call(c.function(), walk(c.arg(), positive, timeout, changed));
    if (!(e instanceof Expr.Bin b)) return e;
    if (b.op() == '*' || b.op() == '/') {
      Optional<Expr> r = atProduct(e, positive, timeout);
      if (r.isPresent()) { changed[0] = true; return r.get(); }
    }
    return new Expr.Bin(b.op(), walk(b.left(), positive, timeout, changed), walk(b.right(), positive, timeout, changed));
  }

  private static Optional<Expr> atProduct(Expr e, Set<String> positive, long timeout) {
    List<Expr> num = new ArrayList<>(), den = new ArrayList<>();
    factors(e, true, num, den);
    Expr root = null;
    for (Expr f : num) {
      Optional<Expr> a = rootArg(f);
      if (a.isPresent() && root != null) return Optional.empty();
      if (a.isPresent()) root = a.get();
    }
    if (root == null) return Optional.empty();
    // only factors the root mentions move in; the others stay outside
    Set<String> inside = Exprs.names(root);
    List<Expr> rest = new ArrayList<>(), moved = new ArrayList<>();
    for (Expr f : num) {
      if (rootArg(f).isPresent()) continue;
      (isPositiveMonomial(f, positive) && inside.containsAll(Exprs.names(f)) ? moved : rest).add(f);
    }
    List<Expr> restDen = new ArrayList<>(), movedDen = new ArrayList<>();
    for (Expr f : den) {
      if (rootArg(f).isPresent()) return Optional.empty();
      (isPositiveMonomial(f, positive) && inside.containsAll(Exprs.names(f)) ? movedDen : restDen).add(f);
    }
    if (moved.isEmpty() && movedDen.isEmpty()) return Optional.empty();
    Expr factor = quotient(moved, movedDen);
    List<Expr> terms = new ArrayList<>();
    List<Boolean> minus = new ArrayList<>();
    terms(root, false, terms, minus);
    Expr sum = null;
    for (int i = 0; i < terms.size(); i++) {
      Expr t = terms.get(i);
      Expr nt;
      if (t instanceof Expr.Bin p && p.op() == '^' && Exprs.isNumber(p.right(), 2)) {
        nt = Exprs.pow(Symja.apply("Together", Exprs.mul(factor, p.left()), timeout), new BigFraction(2));
      } else {
        nt = Symja.apply("Together", Exprs.mul(Exprs.pow(factor, new BigFraction(2)), t), timeout);
      }
      sum = sum == null ? (minus.get(i) ? Exprs.neg(nt) : nt) : (minus.get(i) ? Exprs.sub(sum, nt) : Exprs.add(sum, nt));
    }
    rest.add(Exprs.call("sqrt", sum));
    return Optional.of(quotient(rest, restDen));
  }

  private static Expr quotient(List<Expr> num, List<Expr> den) {
    Expr top = null, bottom = null;
    for (Expr f : num) top = top == null ? f : Exprs.mul(top, f);
    for (Expr f : den) bottom = bottom == null ? f : Exprs.mul(bottom, f);
    if (top == null) top = Expr.num(1);
    return bottom == null ? top : Exprs.div(top, bottom);
  }

  /** The argument of {@code sqrt(a)} or {@code a^(1/2)}. */
  private static Optional<Expr> rootArg(Expr f) {
    if (f instanceof Expr.Call c && c.function().equals("sqrt")) return Optional.of(c.arg());
    if (f instanceof Expr.Bin b && b.op() == '^'
        && Exprs.constantValue(b.right()).filter(v -> v.equals(BigFraction.ONE_HALF)).isPresent()) {
      return Optional.of(b.left());
    }
    return Optional.empty();
  }

  /** A positive name, or one raised to a rational power. */
  private static boolean isPositiveMonomial(Expr f, Set<String> positive) {
    if (f instanceof Expr.Sym s) return positive.contains(s.name());
    return f instanceof Expr.Bin b && b.op() == '^' && b.left() instanceof Expr.Sym s && positive.contains(s.name())
        && Exprs.constantValue(b.right()).isPresent();
  }

  /** The factors of a product or quotient; numbers and negations stay factors of the rest. */
  private static void factors(Expr e, boolean up, List<Expr> num, List<Expr> den) {
    if (e instanceof Expr.Bin b && b.op() == '*') { factors(b.left(), up, num, den); factors(b.right(), up, num, den); return; }
    if (e instanceof Expr.Bin b && b.op() == '/') { factors(b.left(), up, num, den); factors(b.right(), !up, num, den); return; }
    (up ? num : den).add(e);
  }

  /** The terms of a sum with their signs. */
  private static void terms(Expr e, boolean negative, List<Expr> out, List<Boolean> minus) {
    if (e instanceof Expr.Bin b && (b.op() == '+' || b.op() == '-')) {
      terms(b.left(), negative, out, minus);
      terms(b.right(), b.op() == '-' ? !negative : negative, out, minus);
      return;
    }
    if (e instanceof Expr.Neg n) { terms(n.arg(), !negative, out, minus); return; }
    out.add(e);
    minus.add(negative);
  }
}
