package dev.discover.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolyTest {
  private static final List<String> V = List.of("x", "y", "z");

  private static Poly poly(String s) { return RationalFunction.of(ExprParser.parse(s), V, Map.of()).num(); }

  @Test
  void substituteLinear_isZeroExactlyForMultiplesOfTheConstraint() {
    // Constraint: x*z - y = 0, solved for y = x*z (a = -1, b = x*z).
    Poly c = poly("x*z - y");
    Poly a = c.coefficientsIn(1).get(1);
    Poly b = c.coefficientsIn(1).get(0);
    assertTrue(poly("(x*z - y)*(x + y^2)").substituteLinear(1, a, b).isZero());
    assertFalse(poly("x*z + y").substituteLinear(1, a, b).isZero());
  }

  @Test
  void rationalFunction_derivativeMatchesTheQuotientRule() {
    RationalFunction f = RationalFunction.of(ExprParser.parse("x^2/(1 + y)"), V, Map.of());
    RationalFunction dy = f.derivative(1);
    RationalFunction expected = RationalFunction.of(ExprParser.parse("-x^2/(1 + y)^2"), V, Map.of());
    assertTrue(dy.num().mul(expected.den()).sub(expected.num().mul(dy.den())).isZero());
  }

  @Test
  void toFactoredExpr_pullsOutTheCommonMonomial() {
    assertEquals("x*(y + z)", Exprs.print(poly("x*y + x*z").toFactoredExpr(V)));
  }
}
