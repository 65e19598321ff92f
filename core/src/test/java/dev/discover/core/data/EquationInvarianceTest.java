package dev.discover.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.core.data.internal.EquationFinder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The identified equations do not depend on what the variables are called or on the order of the columns. */
class EquationInvarianceTest {
  /** Relative agreement of coefficients found from the same numbers in another column order. */
  private static final double REORDER_TOL = 1e-6;

  private static TrajectoryData lorenz;
  private static EquationResult reference;

  @BeforeAll
  static void findReference() {
    lorenz = TestSystems.lorenz(0, 1);
    reference = EquationFinder.find(lorenz, EquationOptions.defaults());
  }

  /** The same trajectories with column {@code order[k]} of the original as column k, named {@code names[k]}. */
  private static TrajectoryData reorder(TrajectoryData d, int[] order, List<String> names) {
    List<Trajectory> out = new ArrayList<>();
    for (Trajectory tr : d.trajectories()) {
      double[][] x = new double[tr.size()][order.length];
      for (int i = 0; i < tr.size(); i++) for (int k = 0; k < order.length; k++) x[i][k] = tr.value(i, order[k]);
      out.add(new Trajectory(tr.t(), x));
    }
    return new TrajectoryData(d.source(), names, out);
  }

  /** Each equation as monomial -> coefficient, monomials written with renamed, sorted factors ("x*z" as "u*w"). */
  private static Map<String, Map<String, Double>> canonical(EquationResult r, Map<String, String> rename) {
    Map<String, Map<String, Double>> out = new TreeMap<>();
    for (IdentifiedEquation e : r.equations()) {
      Map<String, Double> terms = new TreeMap<>();
      for (int j = 0; j < e.terms().size(); j++) {
        String[] factors = e.terms().get(j).split("\\*");
        for (int f = 0; f < factors.length; f++) {
          String[] pw = factors[f].split("\\^");
          factors[f] = rename.getOrDefault(pw[0], pw[0]) + (pw.length > 1 ? "^" + pw[1] : "");
        }
        Arrays.sort(factors);
        terms.put(String.join("*", factors), e.coefficients()[j]);
      }
      out.put(rename.getOrDefault(e.variable(), e.variable()), terms);
    }
    return out;
  }

  private static void assertSameEquations(Map<String, Map<String, Double>> want, Map<String, Map<String, Double>> got) {
    assertEquals(want.keySet(), got.keySet());
    for (String v : want.keySet()) {
      assertEquals(want.get(v).keySet(), got.get(v).keySet(), "terms of " + v + "'");
      for (Map.Entry<String, Double> t : want.get(v).entrySet()) {
        double g = got.get(v).get(t.getKey());
        assertEquals(0, Math.abs(g - t.getValue()) / Math.abs(t.getValue()), REORDER_TOL, v + "' term " + t.getKey());
      }
    }
  }

  @Test
  void find_renamedVariablesGiveTheSameEquationsUnderTheNewNames() {
    Map<String, String> rename = Map.of("x", "u", "y", "v", "z", "w");
    EquationResult renamed = EquationFinder.find(reorder(lorenz, new int[] {0, 1, 2}, List.of("u", "v", "w")),
        EquationOptions.defaults());
    assertSameEquations(canonical(reference, rename), canonical(renamed, Map.of()));
    assertEquals(7, canonical(renamed, Map.of()).values().stream().mapToInt(Map::size).sum(), "the seven Lorenz terms");
  }

  @Test
  void find_shuffledColumnsGiveTheSameEquations() {
    for (int[] order : List.of(new int[] {2, 0, 1}, new int[] {1, 2, 0}, new int[] {2, 1, 0})) {
      List<String> names = new ArrayList<>();
      for (int k : order) names.add(lorenz.variables().get(k));
      EquationResult shuffled = EquationFinder.find(reorder(lorenz, order, names), EquationOptions.defaults());
      assertEquals(names, shuffled.variables());
      assertSameEquations(canonical(reference, Map.of()), canonical(shuffled, Map.of()));
    }
  }

  @Test
  void canonical_tellsDifferentEquationsApart() {
    // the comparison itself must be able to fail: a swapped pair of columns under the old names is another system
    EquationResult swapped = EquationFinder.find(reorder(lorenz, new int[] {1, 0, 2}, List.of("x", "y", "z")),
        EquationOptions.defaults());
    Map<String, Map<String, Double>> a = canonical(reference, Map.of()), b = canonical(swapped, new HashMap<>());
    assertTrue(!a.equals(b), "swapping x and y data must change the equations");
  }
}
