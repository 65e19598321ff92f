package dev.discover.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StrictCompilerTest {
  private static double strict(String text, double x) {
    return Compiler.strict(List.of("x")).compile(ExprParser.parse(text)).eval(new double[] {x});
  }

  private static double plain(String text, double x) {
    return new Compiler(List.of("x")).compile(ExprParser.parse(text)).eval(new double[] {x});
  }

  @Test
  void underflowToZero_isNaNWherePlainEvaluationReadsZero() {
    String[] exprs = {"exp(-x^400)", "sin(x)^5000", "x^-400", "1/exp(x^400)", "(x/10)^400", "x^300*x^300", "1e-200*x"};
    double[] at = {3, 1, 0.001, 3, 0.001, 0.01, 1e-200};
    for (int k = 0; k < exprs.length; k++) {
      assertTrue(Double.isNaN(strict(exprs[k], at[k])), exprs[k] + " gives " + strict(exprs[k], at[k]) + ", plain " + plain(exprs[k], at[k]));
    }
    assertEquals(0, plain("exp(-x^400)", 3));
  }

  @Test
  void representableValues_areTheSameAsThePlainEvaluators() {
    for (String e : new String[] {"exp(-x^2)", "sin(x)^3 + cos(x)", "log(x) + acos(x/3)", "x^-3 - 1/x", "sqrt(x)*tanh(x)", "x - x"}) {
      for (double at : new double[] {0.5, 1, 3}) assertEquals(plain(e, at), strict(e, at), 0, e + " at " + at);
    }
    assertEquals(0, strict("log(x)", 1), 0, "log(1) is exactly 0, not an underflow");
    assertEquals(0, strict("x*sin(x)", 0), 0, "a factor 0 is exact");
  }

  @Test
  void poles_stayInfiniteAndDomainErrorsStayNaN() {
    assertTrue(Double.isInfinite(strict("1/x", 0)));
    assertTrue(Double.isNaN(strict("log(x)", -1)));
  }
}
