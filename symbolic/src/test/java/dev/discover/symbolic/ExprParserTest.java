package dev.discover.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExprParserTest {
  @ParameterizedTest
  @ValueSource(strings = {"O", "E", "I", "N", "D", "C", "Pi", "S", "lambda", "gamma", "Sqrt", "Export"})
  void parse_acceptsAnyIdentifierAsAName(String name) {
    Expr e = ExprParser.parse("2*" + name + " + 1");
    assertEquals(List.of(name), List.copyOf(Exprs.names(e)));
    assertEquals("2*" + name + " + 1", Exprs.print(e));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Export(x)", "Import(x)", "ReadString(x)", "Run(x)", "SystemDialogInput(x)", "Print(x)"})
  void parse_rejectsComputerAlgebraFunctionsBeforeEvaluation(String text) {
    ExprException e = assertThrows(ExprException.class, () -> ExprParser.parse("x + " + text));
    assertTrue(e.getMessage().startsWith("unknown function '"), e.getMessage());
  }

  @Test
  void parse_keepsDecimalsExact() {
    assertEquals(new BigFraction(3, 200), Exprs.constantValue(ExprParser.parse("0.015")).orElseThrow());
    assertEquals(new BigFraction(new java.math.BigInteger("20284927666411168"), java.math.BigInteger.TEN.pow(15)),
        Exprs.constantValue(ExprParser.parse("20.284927666411168")).orElseThrow());
    assertEquals(new BigFraction(1, 1000), Exprs.constantValue(ExprParser.parse("1e-3")).orElseThrow());
  }

  @Test
  void parse_bindsPowerTighterThanUnaryMinusAndRightAssociative() {
    assertEquals(new BigFraction(-4), Exprs.constantValue(ExprParser.parse("-2^2")).orElseThrow());
    assertEquals(new BigFraction(512), Exprs.constantValue(ExprParser.parse("2^3^2")).orElseThrow());
    assertEquals(new BigFraction(512), Exprs.constantValue(ExprParser.parse("2**3**2")).orElseThrow());
    assertEquals(new BigFraction(1, 4), Exprs.constantValue(ExprParser.parse("1/2/2")).orElseThrow());
  }

  @Test
  void parse_reportsThePositionOfASyntaxError() {
    ExprException e = assertThrows(ExprException.class, () -> ExprParser.parse("x*(y + 1"));
    assertTrue(e.getMessage().contains("expected ')'"), e.getMessage());
    assertThrows(ExprException.class, () -> ExprParser.parse("x +* y"));
    assertThrows(ExprException.class, () -> ExprParser.parse(""));
    assertThrows(ExprException.class, () -> ExprParser.parse("x $ y"));
  }

  @Test
  void print_parsesBackToTheSameTree() {
    for (String s : List.of("x*(y - z)", "-(a + b)^2/c", "sin(theta)^2 + cos(theta)^2", "x - (y - z)", "a/(b*c)")) {
      Expr e = ExprParser.parse(s);
      assertEquals(e, ExprParser.parse(Exprs.print(e)), s);
    }
  }

  @Test
  void compiledEvaluation_matchesExactEvaluation() {
    Expr e = ExprParser.parse("(x^3 - 2*x*y)/(1 + y^2) + 3/7");
    CompiledExpr c = new Compiler(List.of("x", "y")).compile(e);
    BigFraction exact = new ExactEvaluator<>(Field.RATIONALS, List.of("x", "y"))
        .eval(e, new BigFraction[] {new BigFraction(3, 2), new BigFraction(-2)});
    assertEquals(exact.doubleValue(), c.eval(new double[] {1.5, -2}), 1e-12);
  }
}
