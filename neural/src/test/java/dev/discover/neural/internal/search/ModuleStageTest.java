package dev.discover.neural.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.io.Progress;
import dev.discover.neural.FormulaOptions;
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
  void productOfTwoGroupsOfThree_moduleTreeProposesTheSplitAndTheSurrogateTestConfirmsIt() {
    double[][] x = rows(400);
    double[] y = Arrays.stream(x).mapToDouble(ModuleStageTest::f).toArray();
    SearchContext ctx = new SearchContext(FormulaOptions.defaults(), SearchBudget.DEFAULT, Progress.SILENT);
    List<int[]> groups = ModuleStage.groups(List.of("a", "b", "c", "d", "e", "g"), x, y, Long.MAX_VALUE, ctx);
    assertEquals(2, groups.size(), ctx.notes().toString());
    assertEquals("[0, 1, 2]", Arrays.toString(groups.get(0)), ctx.notes().toString());
    assertTrue(ctx.networks().stream().anyMatch(FittedNetwork.Modular.class::isInstance));
    Function<double[][], double[]> exact = r -> Arrays.stream(r).mapToDouble(ModuleStageTest::f).toArray();
    List<Separability.Split> splits = Separability.test(x, exact, 1, groups);
    Oracle o = new Oracle(exact, 1e-6, 1e-6);
    Separability.Split chosen = ModuleStage.preferred(splits, groups, o, true, 6).orElseThrow();
    assertEquals("[0, 1, 2]", Arrays.toString(chosen.a()));
    assertTrue(chosen.multiplicative() && chosen.defect() < 1e-9, "defect " + chosen.defect());
  }

  @Test
  void separabilityTest_withoutTheModuleGroupsFindsNoSplitOfThisProduct() {
    double[][] x = rows(300);
    Function<double[][], double[]> exact = r -> Arrays.stream(r).mapToDouble(ModuleStageTest::f).toArray();
    for (Separability.Split s : Separability.test(x, exact, 1)) assertTrue(s.defect() > 1e-3, Arrays.toString(s.a()));
  }
}
