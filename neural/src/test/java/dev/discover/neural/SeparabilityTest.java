package dev.discover.neural;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.neural.internal.Separability;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SeparabilityTest {
  private static double[][] points(int k) {
    Random r = new Random(7);
    double[][] p = new double[400][k];
    for (double[] row : p) for (int j = 0; j < k; j++) row[j] = 1 + 4 * r.nextDouble();
    return p;
  }

  private static Function<double[][], double[]> of(java.util.function.ToDoubleFunction<double[]> f) {
    return rows -> { double[] v = new double[rows.length]; for (int i = 0; i < v.length; i++) v[i] = f.applyAsDouble(rows[i]); return v; };
  }

  private static double defect(List<Separability.Split> s, int j, boolean mul) {
    for (Separability.Split sp : s) if (sp.a().length == 1 && sp.a()[0] == j && sp.multiplicative() == mul) return sp.defect();
    throw new AssertionError("no split");
  }

  @Test
  void test_findsProductSplitOfFirstInput() {
    List<Separability.Split> s = Separability.test(points(3), of(v -> v[0] * Math.sin(v[1] + v[2]) + 0 * v[2]), 1);
    assertTrue(defect(s, 0, true) < 1e-9);
    assertTrue(defect(s, 1, true) > 0.05);
  }

  @Test
  void test_findsSumSplitAndRejectsCoupledInputs() {
    List<Separability.Split> s = Separability.test(points(3), of(v -> v[0] * v[0] + v[1] * v[2]), 1);
    assertTrue(defect(s, 0, false) < 1e-9);
    assertTrue(defect(s, 1, false) > 0.05);
  }
}
