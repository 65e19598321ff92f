package dev.discover.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one LaTeX printer: names, fractions, functions, and both ways of writing products. */
class LatexTest {
  /** {expression, LaTeX with thin spaces, LaTeX with plain spaces}. */
  private static final String[][] CASES = {
      {"x*y*z", "x\\,y\\,z", "x y z"},
      {"x*2", "x\\,2", "x \\cdot 2"},
      {"x^2*y", "x^{2}\\,y", "x^{2} y"},
      {"1/sqrt(x^2 + y^2)", "\\frac{1}{\\sqrt{x^{2} + y^{2}}}", "\\frac{1}{\\sqrt{x^{2} + y^{2}}}"},
      {"sin(2*theta)", "\\sin\\left(2\\,\\theta\\right)", "\\sin\\left(2 \\theta\\right)"},
      {"atan(x1)", "\\arctan\\left(x_{1}\\right)", "\\arctan\\left(x_{1}\\right)"},
      {"(x + y)^2", "\\left(x + y\\right)^{2}", "\\left(x + y\\right)^{2}"},
  };

  @Test
  void of_writesNamesFractionsFunctionsAndBothKindsOfProducts() {
    for (String[] c : CASES) {
      Expr e = ExprParser.parse(c[0]);
      assertEquals(c[1], Latex.of(e), c[0]);
      assertEquals(c[1], Latex.of(e, Latex.Products.THIN_SPACE), c[0]);
      assertEquals(c[2], Latex.of(e, Latex.Products.SPACE), c[0]);
    }
  }
}
