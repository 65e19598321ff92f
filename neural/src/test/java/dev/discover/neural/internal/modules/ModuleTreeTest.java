package dev.discover.neural.internal.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleTreeTest {
  private static final List<String> X = List.of("x1", "x2", "x3", "x4");

  /** A layered graph of the given sizes with edges {layer, from, to}. */
  private static ModuleTree graph(int[] sizes, int[]... edges) {
    boolean[][][] e = new boolean[3][][];
    for (int l = 0; l < 3; l++) e[l] = new boolean[sizes[l]][sizes[l + 1]];
    for (int[] d : edges) e[d[0]][d[1]][d[2]] = true;
    return ModuleTree.of(sizes, e, 0, edges.length);
  }

  @Test
  void disjointPaths_giveTwoComponentsAndADeadUnitIsIgnored() {
    ModuleTree t = graph(new int[] {4, 3, 3, 2}, new int[] {0, 0, 0}, new int[] {0, 2, 0}, new int[] {0, 1, 1},
        new int[] {0, 3, 1}, new int[] {1, 0, 0}, new int[] {1, 1, 1}, new int[] {2, 0, 0}, new int[] {2, 1, 1},
        new int[] {0, 0, 2});
    assertEquals(List.of(new ModuleTree.Component(List.of(0, 2), List.of(0), 2),
        new ModuleTree.Component(List.of(1, 3), List.of(1), 2)), t.components());
    assertEquals(-1, t.label(1, 2));
    assertEquals(0, t.sharedUnits());
    assertEquals("[x1 x3]@1", t.trees().get(0).describe(X));
    assertEquals(List.of(List.of(0, 2)), t.blocks(0));
  }

  @Test
  void groupsMergingAtTheOutput_areTheBlocksOfASum() {
    ModuleTree t = graph(new int[] {4, 2, 2, 1}, new int[] {0, 0, 0}, new int[] {0, 1, 0}, new int[] {0, 2, 1},
        new int[] {0, 3, 1}, new int[] {1, 0, 0}, new int[] {1, 1, 1}, new int[] {2, 0, 0}, new int[] {2, 1, 0});
    assertEquals("[[x1 x2]@1 [x3 x4]@1]@3", t.trees().get(0).describe(X));
    assertEquals(List.of(List.of(0, 1), List.of(2, 3)), t.blocks(0));
    assertEquals(1, t.components().size());
  }

  @Test
  void groupsMergingInsideTheNetwork_areOneBlock() {
    ModuleTree t = graph(new int[] {4, 2, 1, 1}, new int[] {0, 0, 0}, new int[] {0, 1, 0}, new int[] {0, 2, 1},
        new int[] {0, 3, 1}, new int[] {1, 0, 0}, new int[] {1, 1, 0}, new int[] {2, 0, 0});
    assertEquals("[[x1 x2]@1 [x3 x4]@1]@2", t.trees().get(0).describe(X));
    assertEquals(List.of(List.of(0, 1, 2, 3)), t.blocks(0));
  }

  @Test
  void unitsFeedingTwoOutputs_areShared() {
    ModuleTree t = graph(new int[] {2, 2, 2, 2}, new int[] {0, 0, 0}, new int[] {0, 1, 1}, new int[] {1, 0, 0},
        new int[] {1, 0, 1}, new int[] {1, 1, 1}, new int[] {2, 0, 0}, new int[] {2, 0, 1}, new int[] {2, 1, 1});
    assertEquals(2, t.sharedUnits());
    assertEquals(1, t.components().size());
    assertEquals(List.of(0), t.trees().get(0).inputs());
    assertEquals(List.of(0, 1), t.trees().get(1).inputs());
  }

  @Test
  void inputWithoutPathToAnOutput_isUnused() {
    ModuleTree t = graph(new int[] {3, 1, 1, 1}, new int[] {0, 0, 0}, new int[] {0, 2, 0}, new int[] {1, 0, 0},
        new int[] {2, 0, 0});
    assertEquals(List.of(1), t.unusedInputs());
    assertEquals(-1, t.label(0, 1));
  }
}
