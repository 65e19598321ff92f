package dev.discover.neural.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.discover.symbolic.ExprParser;
import dev.discover.symbolic.Exprs;
import org.junit.jupiter.api.Test;

class TidyTest {
  /** As the search tidies: folds, then products in one order. */
  private static String tidy(String e) { return Exprs.print(Tidy.products(Tidy.tidy(ExprParser.parse(e)))).replace(" ", ""); }

  @Test
  void tidy_foldsPowersOfExpIntoItsArgument() {
    assertEquals(tidy("exp(x/(2*pi))"), tidy("sqrt(exp(x/pi))"));
    assertEquals(tidy("exp(-x)"), tidy("exp(x)^(-1)"));
    assertEquals(tidy("exp(3*x/2)"), tidy("exp(x)^(3/2)"));
    // other roots and powers stay
    assertEquals("sqrt(x+1)", tidy("sqrt(x + 1)"));
    assertEquals("sin(x)^2", tidy("sin(x)^2"));
  }

  @Test
  void printDecimal_keepsAShortFractionWhoseDecimalDoesNotEnd() {
    // 1/(4*8.854e-12) is 125000000000000/4427: sixteen digits of it would not be the constant
    assertEquals("125000000000000/4427*x", Tidy.printDecimal(ExprParser.parse("125000000000000/4427*x")).replace(" ", ""));
    assertEquals("1/89875517873681764*x", Tidy.printDecimal(ExprParser.parse("1/89875517873681764*x")).replace(" ", ""));
    // a long one is written as a decimal
    assertEquals("(0.3063236897292181)*x",
        Tidy.printDecimal(ExprParser.parse("918971069187654321/3000000000000000000*x")).replace(" ", ""));
    // a terminating one is its decimal
    assertEquals("(0.0035416)*x", Tidy.printDecimal(ExprParser.parse("35416/10000000*x")).replace(" ", ""));
  }
}
