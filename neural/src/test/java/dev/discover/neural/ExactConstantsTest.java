package dev.discover.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.discover.symbolic.ExprParser;
import dev.discover.symbolic.Exprs;
import org.junit.jupiter.api.Test;

class ExactConstantsTest {
  private static String simplest(String v) {
    return Exprs.print(ExactConstants.replaceDecimals(ExprParser.parse(v)));
  }

  @Test
  void simplest_findsPhysicsConstants() {
    assertEquals("pi", simplest("3.141592653589793"));
    assertEquals("1/4*pi^(-1)", simplest("0.07957747"));
    assertEquals("sqrt(1/2)*pi^(-1/2)", simplest("0.39894228"));
    assertEquals("4/3*pi", simplest("4.1887902"));
    assertEquals("1/4*pi^2", simplest("2.4674011"));
    assertEquals("3/20*pi^(-1)", simplest("0.047746483"));
    assertEquals("-3/2", simplest("-1.50001"));
  }

  @Test
  void simplest_keepsDecimalsThatMatchNothingSimple() {
    assertEquals("1/1000000000", simplest("0.000000001"));
    assertEquals("1234567/10000000000", simplest("0.0001234567"));
  }

  @Test
  void replaceDecimals_keepsIntegersAndNames() {
    dev.discover.symbolic.Expr e = ExactConstants.replaceDecimals(ExprParser.parse("2*x^3 + 0.5*y"));
    assertEquals("2*x^3 + 1/2*y", Exprs.print(e));
  }

  @Test
  void replaceDecimals_readsAQuotientOfIntegersAsOneConstant() {
    // the reciprocal of the fitted 20.943951 (20 pi / 3), as the engine prints it
    assertEquals("3/20*pi^(-1)*q", simplest("1000000/20943951*q"));
    // the reciprocal of 4 * 8.854e-12 matches nothing simple and stays exact
    assertEquals("125000000000000/4427*q", simplest("125000000000000/4427*q"));
  }
}
