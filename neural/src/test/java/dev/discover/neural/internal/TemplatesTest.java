package dev.discover.neural.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.symbolic.Expr;
import dev.discover.symbolic.ExprParser;
import dev.discover.symbolic.Exprs;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TemplatesTest {
  private static double[][] column(int n, double lo, double hi, long seed) {
    Random r = new Random(seed);
    double[][] x = new double[1][n];
    for (int i = 0; i < n; i++) x[0][i] = lo + (hi - lo) * r.nextDouble();
    return x;
  }

  private static Optional<Template> powerTemplate(String hit, double[][] x, double[] y) {
    Expr e = ExprParser.parse(hit);
    return Templates.of(new BruteForce.Hit(Form.POWER, e, 5, -9, new double[0]), List.of("g"), x, y, new int[] {0});
  }

  @Test
  void of_givesASignChangingFactorTheIntegerPowerOfTheFit() {
    double[][] x = column(300, 0.5, 4, 1);
    double[] square = new double[300], cube = new double[300];
    for (int i = 0; i < 300; i++) {
      double s = Math.sin(2 * Math.PI * x[0][i]);
      square[i] = 3 * s * s;
      cube[i] = -2 * s * s * s;
    }
    // pi is a leaf of the enumeration: the template compiles it as a constant
    Template t2 = powerTemplate("sin(2*pi*g)", x, square).orElseThrow();
    assertTrue(Exprs.print(t2.expr()).contains("sin(2*pi*g)^2"), Exprs.print(t2.expr()));
    assertEquals(3, t2.start()[0], 1e-6);
    Template t3 = powerTemplate("sin(2*pi*g)", x, cube).orElseThrow();
    assertTrue(Exprs.print(t3.expr()).contains("sin(2*pi*g)^3"), Exprs.print(t3.expr()));
    assertEquals(-2, t3.start()[0], 1e-6);
  }

  @Test
  void of_refusesASignChangingFactorWithAFractionalPower() {
    double[][] x = column(300, 0.5, 4, 2);
    double[] y = new double[300];
    for (int i = 0; i < 300; i++) y[i] = Math.pow(Math.abs(Math.sin(x[0][i])), 1.5);
    assertTrue(powerTemplate("sin(g)", x, y).isEmpty());
  }
}
