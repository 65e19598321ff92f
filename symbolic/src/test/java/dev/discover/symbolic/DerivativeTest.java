package dev.discover.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DerivativeTest {
  @ParameterizedTest
  @ValueSource(strings = {"x^3*y - 2*x/y", "sin(x*y)^2 + cos(x)", "exp(-x^2)*log(1 + y^2)", "sqrt(1 + x^2)/(2 + tan(y))",
      "atan(x/y) + asin(x/3) - acos(y/4)", "sinh(x)*cosh(y) + tanh(x*y)", "x^y", "2^x", "abs(x - 5)", "1/sin(x - y)^2"})
  void of_agreesWithCentralDifferences(String text) {
    Expr e = ExprParser.parse(text);
    List<String> vars = List.of("x", "y");
    Compiler c = new Compiler(vars);
    CompiledExpr f = c.compile(e);
    CompiledExpr dx = c.compile(Derivative.of(e, "x"));
    Random rnd = new Random(7);
    for (int k = 0; k < 20; k++) {
      double[] p = {0.3 + rnd.nextDouble(), 0.3 + rnd.nextDouble()};
      double h = 1e-6;
      double numeric = (f.eval(new double[] {p[0] + h, p[1]}) - f.eval(new double[] {p[0] - h, p[1]})) / (2 * h);
      assertEquals(numeric, dx.eval(p), 1e-5 * (1 + Math.abs(numeric)), text + " at " + p[0] + ", " + p[1]);
    }
  }
}
