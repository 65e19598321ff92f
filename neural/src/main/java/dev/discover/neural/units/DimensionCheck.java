package dev.discover.neural.units;

import dev.discover.symbolic.Exprs;
import dev.discover.symbolic.Expr;
import dev.discover.symbolic.Exprs;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;

/**
 * The unit of an expression, or why it has none: the terms of a sum must share a unit, the argument of
 * {@code exp}, {@code log}, the trigonometric, hyperbolic and inverse functions must be dimensionless (and so
 * is their value), a power's exponent must be a rational constant unless base and exponent are both
 * dimensionless, {@code sqrt} halves the exponents and {@code abs} keeps them. Numbers and the name
 * {@code pi} are dimensionless.
 */
public final class DimensionCheck {
  private DimensionCheck() {}

  /** The outcome of a check. */
  public sealed interface Result permits Consistent, Inconsistent {}

  /** The expression has this unit. */
  public record Consistent(Dimension dimension) implements Result {}

  /** The expression has no unit; {@code reason} names the first offending sub-expression. */
  public record Inconsistent(String reason) implements Result {}

  /** Checks {@code e} against the units of its names. */
  public static Result check(Expr e, Units units) {
    try {
      return new Consistent(dim(e, units));
    } catch (Mismatch m) {
      return new Inconsistent(m.getMessage());
    }
  }

  /** True when {@code e} is consistent and has the unit {@code want}. */
  public static boolean hasUnit(Expr e, Units units, Dimension want) {
    return check(e, units) instanceof Consistent c && c.dimension().equals(want);
  }

  /** Signals an inconsistency up the recursion; never leaves this class. */
  private static final class Mismatch extends RuntimeException {
    private static final long serialVersionUID = 1L;
    Mismatch(String m) { super(m, null, false, false); }
  }

  private static Dimension dim(Expr e, Units u) {
    int nb = u.bases().size();
    if (e instanceof Expr.Num) return Dimension.none(nb);
    if (e instanceof Expr.Sym s) {
      Optional<Dimension> d = u.of(s.name());
      if (d.isPresent()) return d.get();
      if (s.name().equals(Exprs.PI)) return Dimension.none(nb);
      throw new Mismatch("no unit for '" + s.name() + "'");
    }
    if (e instanceof Expr.Neg n) return dim(n.arg(), u);
    if (e instanceof Expr.Call c) {
      Dimension a = dim(c.arg(), u);
      return switch (c.function()) {
        case "sqrt" -> a.pow(BigFraction.ONE_HALF);
        case "abs" -> a;
        default -> {
          if (!a.dimensionless()) {
            throw new Mismatch("the argument of " + c.function() + " has unit " + a.format(u.bases()) + ": "
                + Exprs.print(c.arg()));
          }
          yield a;
        }
      };
    }
    Expr.Bin b = (Expr.Bin) e;
    Dimension l = dim(b.left(), u);
    if (b.op() == '^') {
      java.util.Optional<BigFraction> p = Exprs.constantValue(b.right());
      if (p.isPresent()) return l.pow(p.get());
      Dimension r = dim(b.right(), u);
      if (!l.dimensionless() || !r.dimensionless()) {
        throw new Mismatch("a power with a variable exponent needs a dimensionless base and exponent: " + Exprs.print(e));
      }
      return l;
    }
    Dimension r = dim(b.right(), u);
    return switch (b.op()) {
      case '*' -> l.times(r);
      case '/' -> l.over(r);
      default -> {
        if (!l.equals(r)) {
          throw new Mismatch("a sum of " + l.format(u.bases()) + " and " + r.format(u.bases()) + ": " + Exprs.print(e));
        }
        yield l;
      }
    };
  }
}
