package dev.discover.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SymjaTest {
  private static final long TIMEOUT = 60_000;

  @Test
  void derivative_treatsReservedNamesAsPlainSymbols() {
    Expr e = ExprParser.parse("E*I^2 + N*D + Pi*O");
    Expr d = Symja.derivative(e, "I", TIMEOUT);
    Expr expected = ExprParser.parse("2*E*I");
    List<String> names = List.of("E", "I", "N", "D", "Pi", "O");
    Compiler c = new Compiler(names);
    double[] x = {0.3, 1.7, -0.4, 2.1, 0.9, -1.3};
    assertEquals(c.compile(expected).eval(x), c.compile(d).eval(x), 1e-12);
  }

  @Test
  void simplify_returnsAnExpressionInOurGrammar() {
    Expr s = Symja.apply("Simplify", ExprParser.parse("sin(theta)^2 + cos(theta)^2 + lambda"), TIMEOUT);
    assertEquals(ExprParser.parse("1 + lambda"), ExprParser.parse(Exprs.print(s)));
  }

  @Test
  void latex_writesSubscriptsAndGreekNames() {
    String tex = Symja.latex(ExprParser.parse("x11^2 + lambda"), TIMEOUT);
    assertTrue(tex.contains("x_{11}") && tex.contains("\\lambda"), tex);
    assertEquals("x_{11}^{2} + \\lambda", Latex.of(ExprParser.parse("x11^2 + lambda")));
  }

  @Test
  void rewrite_usesPositiveAssumptionsOnlyWhenGiven() {
    Expr e = ExprParser.parse("sqrt(x^2) - x + abs(E) - E");
    assertEquals("0", Symja.rewrite(e, List.of("Simplify"), Set.of("x", "E"), TIMEOUT));
    assertNotEquals("0", Symja.rewrite(e, List.of("Simplify"), Set.of(), TIMEOUT));
  }

  @Test
  void rewrite_appliesStepsInnermostFirstAndRestoresNames() {
    String out = Symja.rewrite(ExprParser.parse("(N^2 - 1)/(N - 1)"), List.of("Together", "Expand"), Set.of(), TIMEOUT);
    assertEquals("1+N", out.replace(" ", ""));
  }

  @Test
  void rewrite_rejectsFunctionsOutsideTheList() {
    assertThrows(ExprException.class, () -> Symja.rewrite(ExprParser.parse("x"), List.of("Print"), Set.of(), TIMEOUT));
  }
}
