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
}
