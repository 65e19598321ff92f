package dev.discover.neural.internal.modules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BimtTest {
  private static Bimt.Network fit(ToyTasks.Task t) {
    return Bimt.fit(t.rows(), t.ys(), Bimt.Settings.DEFAULT, 1, Long.MAX_VALUE);
  }

  private static void assertModules(ToyTasks.Task t, int maxEdges) {
    Bimt.Network net = fit(t);
    ModuleTree tree = net.modules();
    assertEquals("yes", t.matches().apply(tree), t.name() + ": " + tree.describe(java.util.List.of("x1", "x2", "x3", "x4"),
        java.util.List.of("y1", "y2", "y3")));
    assertTrue(net.edgesAfter() <= maxEdges, t.name() + ": " + net.edgesAfter() + " of " + net.edgesBefore() + " edges left");
    // the pruned network still fits (the compositional task's cone at the origin is the hardest to fit)
    assertTrue(net.error() < 0.1, t.name() + ": relative error " + net.error());
    assertTrue(net.error() <= Math.max(2 * net.denseError(), net.denseError() + 0.003) + 1e-12,
        net.error() + " against " + net.denseError());
    double[] p = net.net().parameters();
    for (int i = 0; i < p.length; i++) if (net.net().pruned(i)) assertEquals(0.0, p[i]);
  }

  @Test
  void independentOutputs_prunedNetworkFallsIntoTwoComponentsWithTheirOwnInputs() {
    assertModules(ToyTasks.independence(400, 1), 60);
  }

  @Test
  void compositionalFormula_groupsFormInTheFirstLayerAndMergeInsideTheNetwork() {
    assertModules(ToyTasks.compositionality(400, 1), 60);
  }

  @Test
  void sharedFeatures_eachOutputKeepsItsInputsAndHiddenUnitsAreShared() {
    assertModules(ToyTasks.sharing(400, 1), 60);
  }

  @Test
  void fit_sameSeedGivesTheSameNetwork() {
    ToyTasks.Task t = ToyTasks.independence(200, 2);
    Bimt.Network a = Bimt.fit(t.rows(), t.ys(), new Bimt.Settings(8, 600, 1e-3, 200, 3, 50, 5e-3), 3, Long.MAX_VALUE);
    Bimt.Network b = Bimt.fit(t.rows(), t.ys(), new Bimt.Settings(8, 600, 1e-3, 200, 3, 50, 5e-3), 3, Long.MAX_VALUE);
    assertArrayEquals(a.net().parameters(), b.net().parameters());
    for (int l = 0; l < 4; l++) for (int i = 0; i < a.layout().size(l); i++) assertEquals(a.layout().x(l, i), b.layout().x(l, i));
  }
}
