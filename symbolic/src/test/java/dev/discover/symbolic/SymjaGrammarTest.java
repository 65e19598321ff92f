package dev.discover.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SymjaGrammarTest {
  private static final long MS = 60_000;

  private static void assertSameValues(Expr a, Expr b, List<String> vars) {
    Compiler c = new Compiler(vars);
    CompiledExpr fa = c.compile(a);
    CompiledExpr fb = c.compile(b);
    Random rnd = new Random(3);
    for (int k = 0; k < 10; k++) {
      double[] p = new double[vars.size()];
      for (int i = 0; i < p.length; i++) p[i] = 0.2 + 2 * rnd.nextDouble();
      double va = fa.eval(p);
      assertEquals(va, fb.eval(p), 1e-9 * (1 + Math.abs(va)));
    }
  }

  @Test
  void derivative_ofAnInverseSquareSineComesBackInTheGrammar() {
    // The 3-particle Sutherland model's interaction: Symja answers with Cot and Csc.
    Expr v = ExprParser.parse("1/sin(q1 - q2)^2 + 1/sin(q2 - q3)^2 + 1/sin(q1 - q3)^2");
    Expr d = Symja.derivative(v, "q1", MS);
    assertTrue(Functions.NAMES.containsAll(Exprs.functions(d)), Exprs.print(d));
    assertSameValues(d, Derivative.of(v, "q1"), List.of("q1", "q2", "q3"));
  }

  @Test
  void derivative_ofInverseHyperbolicAnswersComesBackInTheGrammar() {
    Expr e = ExprParser.parse("log(x + sqrt(x^2 + 1)) + 1/tanh(x)");
    Expr d = Symja.derivative(e, "x", MS);
    assertTrue(Functions.NAMES.containsAll(Exprs.functions(d)), Exprs.print(d));
    assertSameValues(d, Derivative.of(e, "x"), List.of("x"));
  }
}
