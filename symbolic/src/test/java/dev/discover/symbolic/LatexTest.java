package dev.discover.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one LaTeX printer: names, fractions, functions, and both ways of writing products. */
class LatexTest {
  private static String tex(String s, Latex.Products p) { return Latex.of(ExprParser.parse(s), p); }

  @Test
  void of_writesProductsWithThinSpacesOrPlainSpaces() {
    assertEquals("x\\,y\\,z", tex("x*y*z", Latex.Products.THIN_SPACE));
    assertEquals("x y z", tex("x*y*z", Latex.Products.SPACE));
    assertEquals("x \\cdot 2", tex("x*2", Latex.Products.SPACE));
    assertEquals("x^{2} y", tex("x^2*y", Latex.Products.SPACE));
  }

  @Test
  void of_writesFractionsRootsFunctionsAndGreekSubscripts() {
    assertEquals("\\frac{1}{\\sqrt{x^{2} + y^{2}}}", tex("1/sqrt(x^2 + y^2)", Latex.Products.SPACE));
    assertEquals("\\sin\\left(2 \\theta\\right)", tex("sin(2*theta)", Latex.Products.SPACE));
    assertEquals("\\arctan\\left(x_{1}\\right)", tex("atan(x1)", Latex.Products.THIN_SPACE));
    assertEquals("\\left(x + y\\right)^{2}", tex("(x + y)^2", Latex.Products.THIN_SPACE));
  }
}
