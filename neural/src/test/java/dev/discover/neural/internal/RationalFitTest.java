package dev.discover.neural.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.symbolic.Exprs;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleBiFunction;
import org.junit.jupiter.api.Test;

class RationalFitTest {
  private static double[][] x(int n, long seed) {
    Random r = new Random(seed);
    double[][] x = new double[2][n];
    for (int i = 0; i < n; i++) { x[0][i] = 0.1 + 0.8 * r.nextDouble(); x[1][i] = 0.1 + 0.8 * r.nextDouble(); }
    return x;
  }

  private static double[] y(double[][] x, ToDoubleBiFunction<Double, Double> f) {
    double[] y = new double[x[0].length];
    for (int i = 0; i < y.length; i++) y[i] = f.applyAsDouble(x[0][i], x[1][i]);
    return y;
  }

  @Test
  void find_recoversVelocityAdditionAndACentreOfMassFromTheirValues() {
    double[][] x = x(500, 1);
    for (ToDoubleBiFunction<Double, Double> f : List.<ToDoubleBiFunction<Double, Double>>of(
        (a, b) -> (a + b) / (1 + a * b), (a, b) -> (a * b + 1) / (a + 1))) {
      List<RationalFit.Found> found = RationalFit.find(List.of("a", "b"), x, y(x, f), 6);
      assertTrue(!found.isEmpty());
      RationalFit.Found best = found.get(0);
      assertTrue(best.relErr() < 1e-9, best + " " + Exprs.print(best.template().expr()));
      assertEquals(3, best.template().params().size(), Exprs.print(best.template().expr())); // 2 + 2 terms, Q's lead fixed
    }
  }

  @Test
  void find_recoversARootOfAQuotientFromTheSquaredTarget() {
    // a Lorentz-transformed length in groups: (1 - b)/sqrt(1 - a^2)
    double[][] x = x(500, 3);
    List<RationalFit.Found> found = RationalFit.find(List.of("a", "b"), x, y(x, (a, b) -> (1 - b) / Math.sqrt(1 - a * a)), 6);
    assertTrue(!found.isEmpty());
    RationalFit.Found best = found.get(0);
    assertTrue(best.relErr() < 1e-9, best + " " + Exprs.print(best.template().expr()));
    assertEquals("rational root", best.template().origin());
  }

  @Test
  void find_offersNoExactQuotientForATargetThatIsNone() {
    double[][] x = x(500, 2);
    List<RationalFit.Found> found = RationalFit.find(List.of("a", "b"), x, y(x, (a, b) -> Math.exp(a) * Math.sin(3 * b)), 6);
    assertTrue(found.isEmpty() || found.get(0).relErr() > 1e-4, found.toString());
  }

  @Test
  void find_declinesMoreInputsThanItEnumerates() {
    double[][] x = new double[4][50];
    assertEquals(List.of(), RationalFit.find(List.of("a", "b", "c", "d"), x, new double[50], 6));
  }
}
