package dev.discover.neural.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.symbolic.CompiledExpr;
import dev.discover.symbolic.Compiler;
import dev.discover.symbolic.Expr;
import dev.discover.symbolic.ExprParser;
import dev.discover.symbolic.Exprs;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RootsTest {
  private static Expr absorbed(String formula, Set<String> positive) {
    return Roots.absorbed(ExprParser.parse(formula), positive, 10_000).map(e -> Tidy.products(Tidy.tidy(e))).orElseThrow();
  }

  @Test
  void absorbed_movesAPositiveFactorIntoARootOfSquares() {
    String in = "x2*sqrt((y1/x2 - y2/x2)^2 + (x1/x2 - 1)^2)";
    Expr out = absorbed(in, Set.of("x1", "x2", "y1", "y2"));
    assertTrue(Exprs.size(out) < Exprs.size(ExprParser.parse(in)), Exprs.print(out));
    assertTrue(!Exprs.names(out).contains("x2") || !Exprs.print(out).contains("/x2"), Exprs.print(out)); // no ratio left
    sameOn(in, out, List.of("x1", "x2", "y1", "y2"), new double[] {1.3, 4.2, 2.5, 0.7});
  }

  @Test
  void absorbed_keepsOtherFactorsOutsideAndPutsNonSquareTermsTogether() {
    String in = "3*p*x*sqrt(1 + y^2/x^2)/(4*r^5)";
    Expr out = absorbed(in, Set.of("p", "x", "y", "r"));
    assertEquals(Exprs.print(ExprParser.parse("3*p*sqrt(x^2 + y^2)/(4*r^5)")).length(), Exprs.print(out).length(), Exprs.print(out));
    sameOn(in, out, List.of("p", "x", "y", "r"), new double[] {1.1, 2.3, 0.4, 1.7});
  }

  @Test
  void absorbed_leavesFactorsOfUnknownSignAndProductsWithoutARoot() {
    assertEquals(Optional.empty(), Roots.absorbed(ExprParser.parse("x*sqrt(1 + y^2/x^2)"), Set.of("y"), 10_000));
    assertEquals(Optional.empty(), Roots.absorbed(ExprParser.parse("x*y/(1 + x)"), Set.of("x", "y"), 10_000));
  }

  @Test
  void squaresOut_takesASquareOfOneSignOutOfTheRoot() {
    String in = "x*sqrt((c/u)^2*(1 - u*t/x)^2/(-1 + (c/u)^2))";
    List<String> names = List.of("x", "c", "u", "t");
    // x - u*t and 1 - u*t/x are positive where this is used (x in [5, 10], u and t in [1, 2])
    Expr out = Roots.squaresOut(ExprParser.parse(in), e -> 1, 10_000).map(e -> Tidy.products(Tidy.tidy(e))).orElseThrow();
    assertTrue(!Exprs.print(out).contains("^2*(1 - u*t/x)^2"), Exprs.print(out));
    sameOn(in, out, names, new double[] {7.5, 3.2, 1.4, 1.9});
  }

  @Test
  void squaresOut_leavesASquareWhoseBaseChangesSign() {
    assertEquals(Optional.empty(), Roots.squaresOut(ExprParser.parse("sqrt((a - b)^2*c)"), e -> 0, 10_000));
    assertEquals(Optional.empty(), Roots.squaresOut(ExprParser.parse("sqrt(a + b)"), e -> 1, 10_000));
  }

  private static void sameOn(String a, Expr b, List<String> names, double[] point) {
    CompiledExpr f = new Compiler(names).compile(ExprParser.parse(a)), g = new Compiler(names).compile(b);
    assertEquals(f.eval(point), g.eval(point), 1e-12 * Math.abs(f.eval(point)));
  }
}
