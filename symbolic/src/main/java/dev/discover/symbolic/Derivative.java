package dev.discover.symbolic;

import static dev.discover.symbolic.Exprs.add;
import static dev.discover.symbolic.Exprs.mul;
import static dev.discover.symbolic.Exprs.neg;
import static dev.discover.symbolic.Exprs.sub;

import org.hipparchus.fraction.BigFraction;

/**
 * Partial derivatives by the rules of calculus on our own trees: the fallback of {@link Symja#derivative}
 * when Symja's answer cannot be brought back into the grammar ({@code Hold}, {@code Indeterminate}, an
 * unknown function) or Symja fails, so that a valid system always gets its gradients. Written here because
 * the fallback must not depend on the library whose answer it replaces; the result is correct but not
 * simplified beyond folding zeros and ones. Recursion is bounded by {@link Limits#DEPTH}, which every parsed
 * tree satisfies.
 */
public final class Derivative {
  private static final Expr ZERO = Expr.num(0);
  private static final Expr ONE = Expr.num(1);

  private Derivative() {}

  /** d e / d name. */
  public static Expr of(Expr e, String name) {
    if (e instanceof Expr.Num) return ZERO;
    if (e instanceof Expr.Sym s) return s.name().equals(name) ? ONE : ZERO;
    if (!Exprs.names(e).contains(name)) return ZERO;
    if (e instanceof Expr.Neg n) return neg(of(n.arg(), name));
    if (e instanceof Expr.Call c) return mul(outer(c.function(), c.arg()), of(c.arg(), name));
    Expr.Bin b = (Expr.Bin) e;
    Expr l = b.left();
    Expr r = b.right();
    Expr dl = of(l, name);
    Expr dr = of(r, name);
    return switch (b.op()) {
      case '+' -> add(dl, dr);
      case '-' -> sub(dl, dr);
      case '*' -> add(mul(dl, r), mul(l, dr));
      case '/' -> div(sub(mul(dl, r), mul(l, dr)), pow(r, Expr.num(2)));
      default -> power(l, r, dl, dr, name);
    };
  }

  private static Expr power(Expr l, Expr r, Expr dl, Expr dr, String name) {
    if (!Exprs.names(r).contains(name)) {
      Expr lower = Exprs.constantValue(r).map(k -> Expr.num(k.subtract(BigFraction.ONE))).orElse(new Expr.Bin('-', r, ONE));
      return mul(mul(r, pow(l, lower)), dl);
    }
    Expr self = new Expr.Bin('^', l, r);
    if (!Exprs.names(l).contains(name)) return mul(mul(self, new Expr.Call("log", l)), dr);
    return mul(self, add(mul(dr, new Expr.Call("log", l)), div(mul(r, dl), l)));
  }

  /** f'(a) for the function f. */
  private static Expr outer(String f, Expr a) {
    Expr sq = pow(a, Expr.num(2));
    return switch (f) {
      case "sin" -> new Expr.Call("cos", a);
      case "cos" -> neg(new Expr.Call("sin", a));
      case "tan" -> div(ONE, pow(new Expr.Call("cos", a), Expr.num(2)));
      case "exp" -> new Expr.Call("exp", a);
      case "log" -> div(ONE, a);
      case "sqrt" -> div(ONE, mul(Expr.num(2), new Expr.Call("sqrt", a)));
      case "abs" -> div(a, new Expr.Call("abs", a));
      case "sinh" -> new Expr.Call("cosh", a);
      case "cosh" -> new Expr.Call("sinh", a);
      case "tanh" -> div(ONE, pow(new Expr.Call("cosh", a), Expr.num(2)));
      case "asin" -> div(ONE, new Expr.Call("sqrt", sub(ONE, sq)));
      case "acos" -> neg(div(ONE, new Expr.Call("sqrt", sub(ONE, sq))));
      case "atan" -> div(ONE, add(ONE, sq));
      default -> throw new ExprException("no derivative rule for " + f);
    };
  }

  private static boolean is(Expr e, long v) {
    return e instanceof Expr.Num n && n.value().equals(new BigFraction(v));
  }

  // add, sub, mul and neg are the shared folding builders of Exprs; div and pow fold more here (a zero
  // numerator, exponents zero and one), which is safe for derivatives and keeps them short.
  private static Expr div(Expr a, Expr b) {
    if (is(a, 0)) return ZERO;
    if (is(b, 1)) return a;
    return new Expr.Bin('/', a, b);
  }

  private static Expr pow(Expr a, Expr k) {
    if (is(k, 1)) return a;
    if (is(k, 0)) return ONE;
    return new Expr.Bin('^', a, k);
  }
}
