package dev.discover.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.neural.internal.Symmetry;
import dev.discover.symbolic.Exprs;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class SymmetryTest {
  private static final List<String> NAMES = List.of("a", "b", "c", "d");

  private static double[][] points() {
    Random r = new Random(11);
    double[][] p = new double[300][4];
    for (double[] row : p) for (int j = 0; j < 4; j++) row[j] = 1 + 4 * r.nextDouble();
    return p;
  }

  private static Function<double[][], double[]> of(ToDoubleFunction<double[]> f) {
    return rows -> {
      double[] v = new double[rows.length];
      for (int i = 0; i < v.length; i++) v[i] = f.applyAsDouble(rows[i]);
      return v;
    };
  }

  private static List<Symmetry.Reduction> chosen(ToDoubleFunction<double[]> f) {
    return Symmetry.choose(Symmetry.test(points(), of(f)), 0.015, 4);
  }

  private static List<String> described(List<Symmetry.Reduction> rs) {
    return rs.stream().map(r -> r.kind() == Symmetry.Kind.DROP ? "drop " + NAMES.get(r.i()) : Exprs.print(r.expr(NAMES))).toList();
  }

  @Test
  void test_findsTranslationAndRatioAndDropsAnIgnoredInput() {
    // f(a, b, c, d) = sin(a - b) * c / d: a - b, c / d; nothing else
    List<String> got = described(chosen(v -> Math.sin(v[0] - v[1]) * v[2] / v[3]));
    assertEquals(2, got.size(), got.toString());
    assertTrue(got.contains("a - b"), got.toString());
    assertTrue(got.contains("c/d"), got.toString());
    List<String> drop = described(chosen(v -> Math.exp(-v[0] * v[1]) + v[3] + 0 * v[2]));
    assertTrue(drop.contains("drop c"), drop.toString());
    assertTrue(drop.contains("a*b"), drop.toString());
  }

  @Test
  void test_rejectsCoupledInputsWithoutSymmetry() {
    // every pair of inputs meets a third input in another combination, so no pair reduces to one variable
    // (terms of comparable size: when one term dominates, a near-symmetry of it may be taken, which costs
    // only search time because every formula is scored on the data)
    List<Symmetry.Reduction> rs = chosen(v -> v[0] * v[1] + 3 * Math.sin(v[1] + v[2] * v[3]) + v[0] * v[3]);
    assertTrue(rs.isEmpty(), described(rs).toString());
  }

  @Test
  void test_invertStaysInsideTheBoxAndReproducesTheNewVariable() {
    double[] lo = {1, 1, 1, 1}, hi = {5, 5, 5, 5}, med = {3, 3, 3, 3};
    Symmetry.Reduction diff = new Symmetry.Reduction(Symmetry.Kind.SUM, 0, 1, 1, -1, 0);
    Symmetry.Reduction ratio = new Symmetry.Reduction(Symmetry.Kind.PRODUCT, 2, 3, 1, -2, 0);
    Random r = new Random(5);
    for (int t = 0; t < 200; t++) {
      double[] row = {1 + 4 * r.nextDouble(), 1 + 4 * r.nextDouble(), 1 + 4 * r.nextDouble(), 1 + 4 * r.nextDouble()};
      double[] full = med.clone();
      diff.invert(diff.value(row), full, lo, hi, med);
      ratio.invert(ratio.value(row), full, lo, hi, med);
      assertEquals(diff.value(row), diff.value(full), 1e-12);
      assertEquals(ratio.value(row), ratio.value(full), 1e-12 * ratio.value(row));
      for (double v : full) assertTrue(v >= 1 - 1e-9 && v <= 5 + 1e-9, "outside the box: " + v);
    }
  }
}
