package dev.discover.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimplifierTest {
  private static final long TIMEOUT = 60_000;

  @Test
  void size_countsEveryNode() {
    assertEquals(5, Simplifier.size(ExprParser.parse("2*x + 1")));
    assertEquals(2, Simplifier.size(ExprParser.parse("sqrt(x)")));
    assertEquals(4, Simplifier.size(ExprParser.parse("-(x*y)")));
  }

  @Test
  void simplest_cancelsACommonFactor() {
    Expr s = Simplifier.simplest(ExprParser.parse("(x^2 - 1)/(x - 1) + y*z/z"), TIMEOUT);
    assertEquals(5, Simplifier.size(s), Exprs.print(s));
    Compiler c = new Compiler(List.of("x", "y", "z"));
    double[] p = {3.5, -1.25, 0.7};
    assertEquals(3.5 + 1 - 1.25, c.compile(s).eval(p), 1e-12);
  }

  @Test
  void simplest_keepsAnExpressionNothingShortens() {
    Expr e = ExprParser.parse("x*sin(y) + exp(z)");
    assertEquals(e, Simplifier.simplest(e, TIMEOUT));
  }

  @Test
  void pick_rejectsAShorterCandidateThatDiffersNumerically() {
    Expr e = ExprParser.parse("sqrt(x^2*y^2)");
    Expr wrong = ExprParser.parse("x");
    Expr right = ExprParser.parse("x*y");
    assertSame(e, Simplifier.pick(e, List.of(wrong)));
    assertEquals(right, Simplifier.pick(e, List.of(wrong, right)));
  }
}
