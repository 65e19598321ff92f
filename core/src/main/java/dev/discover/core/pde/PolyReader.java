package dev.discover.core.pde;

import dev.discover.io.InputException;
import dev.discover.symbolic.Expr;
import java.math.BigInteger;
import org.hipparchus.fraction.BigFraction;

/**
 * Turns a parsed expression into a differential polynomial. Names resolve through {@link PdeNames#resolve};
 * anything that is not a polynomial (functions, division by a non-constant, negative or fractional powers)
 * is bad input, reported against the file and field.
 */
record PolyReader(PdeNames names, String source, String field) {

  DiffPoly read(Expr e) {
    if (e instanceof Expr.Num n) return DiffPoly.constant(n.value());
    if (e instanceof Expr.Sym s) return DiffPoly.var(names.resolve(s.name(), source, field));
    if (e instanceof Expr.Neg n) return read(n.arg()).scale(BigFraction.MINUS_ONE);
    if (e instanceof Expr.Call c) {
      throw InputException.at(source, field, "'" + c.function()
          + "(...)' is not allowed: the PDE route needs equations polynomial in the fields and their derivatives");
    }
    Expr.Bin b = (Expr.Bin) e;
    switch (b.op()) {
      case '+': return read(b.left()).add(read(b.right()));
      case '-': return read(b.left()).sub(read(b.right()));
      case '*': return read(b.left()).mul(read(b.right()));
      case '/': {
        DiffPoly den = read(b.right());
        BigFraction c = den.size() == 1 ? den.coefficient(DiffPoly.Mono.ONE) : BigFraction.ZERO;
        if (c.getNumerator().signum() == 0) {
          throw InputException.at(source, field, "division by zero or by a non-constant: the PDE route needs polynomial equations");
        }
        return read(b.left()).scale(c.reciprocal());
      }
      default: {
        if (!(b.right() instanceof Expr.Num n) || !n.value().getDenominator().equals(BigInteger.ONE)
            || n.value().getNumerator().signum() < 0 || n.value().getNumerator().bitLength() > 8) {
          throw InputException.at(source, field, "powers must be non-negative integers below 256 in the PDE route");
        }
        return read(b.left()).pow(n.value().getNumerator().intValue());
      }
    }
  }
}
