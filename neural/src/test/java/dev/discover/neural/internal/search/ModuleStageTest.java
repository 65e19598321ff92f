package dev.discover.neural.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.neural.internal.Separability;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ModuleStageTest {
  /** (x1 + x2 x3) (x4 + x5 / x6) on [1, 2]^6: a product of two groups of three. */
  private static double f(double[] r) { return (r[0] + r[1] * r[2]) * (r[3] + r[4] / r[5]); }

  private static double[][] rows(int n) {
    Random rnd = new Random(5);
    double[][] x = new double[n][6];
    for (double[] r : x) for (int j = 0; j < 6; j++) r[j] = 1 + rnd.nextDouble();
    return x;
  }

  @Test
  void proposedGroupOfThree_isTestedOnTheOracleAndPreferredWhenItPasses() {
    double[][] x = rows(300);
    Function<double[][], double[]> exact = r -> Arrays.stream(r).mapToDouble(ModuleStageTest::f).toArray();
    List<int[]> groups = List.of(new int[] {0, 1, 2}, new int[] {3, 4, 5});
    List<Separability.Split> splits = Separability.test(x, exact, 1, groups);
    Separability.Split chosen = ModuleStage.preferred(splits, groups, new Oracle(exact, 1e-6, 1e-6), true, 6).orElseThrow();
    assertEquals("[0, 1, 2]", Arrays.toString(chosen.a()));
    assertTrue(chosen.multiplicative() && chosen.defect() < 1e-9, "defect " + chosen.defect());
  }

  @Test
  void proposedGroupThatIsNotSeparable_isNeverPreferred() {
    double[][] x = rows(300);
    Function<double[][], double[]> exact = r -> Arrays.stream(r).mapToDouble(ModuleStageTest::f).toArray();
    List<int[]> groups = List.of(new int[] {0, 3}, new int[] {1, 2, 4, 5});
    List<Separability.Split> splits = Separability.test(x, exact, 1, groups);
    assertTrue(ModuleStage.preferred(splits, groups, new Oracle(exact, 1e-6, 1e-6), true, 6).isEmpty());
  }

  @Test
  void separabilityTest_withoutTheModuleGroupsFindsNoSplitOfThisProduct() {
    double[][] x = rows(300);
    Function<double[][], double[]> exact = r -> Arrays.stream(r).mapToDouble(ModuleStageTest::f).toArray();
    for (Separability.Split s : Separability.test(x, exact, 1)) assertTrue(s.defect() > 1e-3, Arrays.toString(s.a()));
  }
}
