package dev.discover.neural;

import dev.discover.io.Progress;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.neural.units.DimensionCheck;
import dev.discover.neural.units.Units;
import dev.discover.symbolic.CompiledExpr;
import dev.discover.symbolic.Compiler;
import dev.discover.symbolic.Exprs;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UnitsSearchTest {
  private static final FormulaOptions FAST = FormulaOptions.defaults().withTimeLimitMillis(8_000).withNetwork(false);
  /**
   * Time enough that the search without units still has its quarter of the limit after the units search on a
   * loaded machine (the units search of the contradicting table takes about 3 s unloaded).
   */
  private static final FormulaOptions WITH_FALLBACK = FAST.withTimeLimitMillis(20_000);

  /** Pendulum: P = 2*pi*sqrt(L/g); the mass m is irrelevant and dimensional analysis says so. */
  private static Dataset pendulum(int n, long seed) {
    Random r = new Random(seed);
    double[][] c = new double[3][n];
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      c[0][i] = 0.5 + 2 * r.nextDouble();
      c[1][i] = 5 + 10 * r.nextDouble();
      c[2][i] = 1 + 3 * r.nextDouble();
      p[i] = 2 * Math.PI * Math.sqrt(c[0][i] / c[1][i]);
    }
    return new Dataset(List.of("L", "g", "m"), c, p, "P");
  }

  private static Units pendulumUnits() {
    return Units.empty(Units.FEYNMAN_BASES).with("L=1,0,0,0,0").with("g=1,-2,0,0,0").with("m=0,0,1,0,0").with("P=0,1,0,0,0");
  }

  @Test
  void discover_withUnits_findsPendulumPeriodWithoutTheMass() {
    Dataset d = pendulum(300, 1);
    Formulas.Found f = assertInstanceOf(Formulas.Found.class,
        Formulas.discover(d, FAST, Optional.of(pendulumUnits()), Formulas.UnitsMode.REQUIRED, Progress.SILENT));
    assertEquals(Verdict.Status.SOLVED, f.verdict().status(), f.verdict().toString());
    assertTrue(f.reduction().isPresent() && f.reduction().get().groups().isEmpty());
    assertFalse(Exprs.names(f.result().best().formula()).contains("m"), f.result().best().text());
    CompiledExpr g = new Compiler(d.names()).compile(f.result().best().formula());
    for (int i = 0; i < d.rows(); i++) assertEquals(d.y(i), g.eval(d.row(i)), 1e-9 * d.y(i));
    for (Candidate c : f.result().pareto()) {
      assertTrue(DimensionCheck.hasUnit(c.formula(), pendulumUnits(), pendulumUnits().of("P").orElseThrow()), c.text());
    }
  }

  /** The pendulum's inputs with P = L*g, which the table's units (g an acceleration) contradict. */
  private static Dataset contradictingUnits() {
    Dataset p = pendulum(300, 2);
    double[] y = new double[p.rows()];
    for (int i = 0; i < y.length; i++) y[i] = p.row(i)[0] * p.row(i)[1];
    return new Dataset(p.names(), p.columns(), y, "P");
  }

  /**
   * Units that contradict the data (the table gives g the unit of an acceleration, the data are L*g): the only
   * consistent form is C * sqrt(L/g) (no groups), whose fit is worse than the bare mean; the answer is that form,
   * approximate, with a note, never no formula at all (the mean shadowed it on the front until the front was
   * built from consistent formulas only).
   */
  @Test
  void discover_unitsThatContradictTheData_giveTheOneConsistentFormulaAsAnApproximation() {
    Dataset d = contradictingUnits();
    Formulas.Found f = assertInstanceOf(Formulas.Found.class,
        Formulas.discover(d, WITH_FALLBACK, Optional.of(pendulumUnits()), Formulas.UnitsMode.REQUIRED, Progress.SILENT));
    assertEquals(Verdict.Status.APPROXIMATE, f.verdict().status(), f.verdict().toString());
    assertTrue(DimensionCheck.hasUnit(f.result().best().formula(), pendulumUnits(), pendulumUnits().of("P").orElseThrow()),
        f.result().best().text());
    assertEquals(java.util.Set.of("L", "g"), Exprs.names(f.result().best().formula()), f.result().best().text());
    assertTrue(f.result().notes().stream().anyMatch(n -> n.contains("no dimensionally consistent formula fits")),
        String.valueOf(f.result().notes()));
    // the search without units, in the time left, solves it: shown beside the answer, which stays consistent
    assertTrue(f.withoutUnits().isPresent(), f.warnings().toString());
    assertEquals(Verdict.Status.SOLVED, f.withoutUnits().get().verdict().status());
    assertEquals(java.util.Set.of("L", "g"), Exprs.names(f.withoutUnits().get().best().formula()));
    assertTrue(f.warnings().stream().anyMatch(w -> w.contains("without units")), f.warnings().toString());
  }

  @Test
  void discover_defaultUnitsThatContradictTheData_giveWayToTheFormulaWithoutThem() {
    // a benchmark row's table (IF_USABLE): the solved formula without units is the answer, with a warning
    Dataset d = contradictingUnits();
    Formulas.Found f = assertInstanceOf(Formulas.Found.class,
        Formulas.discover(d, WITH_FALLBACK, Optional.of(pendulumUnits()), Formulas.UnitsMode.IF_USABLE, Progress.SILENT));
    assertEquals(Verdict.Status.SOLVED, f.verdict().status(), f.verdict().toString());
    assertTrue(f.reduction().isEmpty());
    assertTrue(f.warnings().stream().anyMatch(w -> w.startsWith("units not used: no dimensionally consistent")),
        f.warnings().toString());
  }

  @Test
  void discover_groupsAndPrefactor_solveAProductWithADimensionlessFunction() {
    // E = m*c^2*(1 + (v/c)^2/2): prefactor m*c^2, one group v/c (in some orientation)
    Random r = new Random(5);
    int n = 400;
    double[][] c = new double[3][n];
    double[] e = new double[n];
    for (int i = 0; i < n; i++) {
      c[0][i] = 1 + r.nextDouble();
      c[1][i] = 1 + 2 * r.nextDouble();
      c[2][i] = 3 + 2 * r.nextDouble();
      e[i] = c[0][i] * c[2][i] * c[2][i] + c[0][i] * c[1][i] * c[1][i] / 2;
    }
    Dataset d = new Dataset(List.of("m", "v", "c"), c, e, "E");
    Units u = Units.empty(Units.FEYNMAN_BASES).with("m=0,0,1,0,0").with("v=1,-1,0,0,0").with("c=1,-1,0,0,0").with("E=2,-2,1,0,0");
    Formulas.Found f = assertInstanceOf(Formulas.Found.class,
        Formulas.discover(d, FAST, Optional.of(u), Formulas.UnitsMode.REQUIRED, Progress.SILENT));
    assertEquals(1, f.reduction().orElseThrow().groups().size());
    assertEquals(Verdict.Status.SOLVED, f.verdict().status(), f.result().best().text() + " " + f.verdict());
  }

  @Test
  void smallGroups_prefersTheOrientationBelowOne() {
    // m, v, c with v < c: the bases {m, v} (group c/v) and {m, c} (group v/c) are equally simple
    Random r = new Random(2);
    int n = 100;
    double[][] c = new double[3][n];
    for (int i = 0; i < n; i++) { c[0][i] = 1 + r.nextDouble(); c[1][i] = 1 + r.nextDouble(); c[2][i] = 3 + r.nextDouble(); }
    Dataset d = new Dataset(List.of("m", "v", "c"), c, new double[n], "E");
    Units u = Units.empty(Units.FEYNMAN_BASES).with("m=0,0,1,0,0").with("v=1,-1,0,0,0").with("c=1,-1,0,0,0").with("E=2,-2,1,0,0");
    List<dev.discover.neural.units.PiGroups.Reduced> all = dev.discover.neural.units.PiGroups.all(u, d.names(), "E");
    assertEquals("c/v", all.get(0).groups().get(0).toString()); // the first basis by column order
    dev.discover.neural.units.PiGroups.Reduced chosen = UnitsSearch.smallGroups(all, d);
    assertEquals("v/c", chosen.groups().get(0).toString());
    assertEquals("m*c^2", chosen.prefactor().toString());
  }

  @Test
  void discover_impossibleUnits_areReportedOrSkippedByMode() {
    Dataset d = pendulum(200, 2);
    Units wrong = pendulumUnits().with("P=0,0,0,1,0"); // a temperature from lengths, accelerations and masses
    Formulas.NoFormula no = assertInstanceOf(Formulas.NoFormula.class,
        Formulas.discover(d, FAST, Optional.of(wrong), Formulas.UnitsMode.REQUIRED, Progress.SILENT));
    assertTrue(no.message().contains("'P' (T)"), no.message());
    Formulas.Found f = assertInstanceOf(Formulas.Found.class,
        Formulas.discover(d, FAST, Optional.of(wrong), Formulas.UnitsMode.IF_USABLE, Progress.SILENT));
    assertTrue(f.reduction().isEmpty());
    assertTrue(f.warnings().get(0).startsWith("units not used"), f.warnings().toString());
  }

  @Test
  void discover_missingUnitWhenRequired_namesTheVariable() {
    Units u = Units.empty(Units.FEYNMAN_BASES).with("L=1,0,0,0,0").with("P=0,1,0,0,0");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Formulas.discover(pendulum(100, 3), FAST, Optional.of(u), Formulas.UnitsMode.REQUIRED, Progress.SILENT));
    assertTrue(e.getMessage().contains("'g'"), e.getMessage());
  }

  @Test
  void discover_targetNearTheDoubleRange_givesAFormulaNotAnException() {
    Random r = new Random(9);
    int n = 200;
    double[][] c = new double[2][n];
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      c[0][i] = 1 + r.nextDouble();
      c[1][i] = 1 + r.nextDouble();
      z[i] = c[0][i] * c[1][i] * 2.5e306;
    }
    Dataset d = new Dataset(List.of("x", "y"), c, z, "z");
    Formulas.Found f = assertInstanceOf(Formulas.Found.class,
        Formulas.discover(d, FAST, Optional.empty(), Formulas.UnitsMode.IF_USABLE, Progress.SILENT));
    assertEquals(Verdict.Status.SOLVED, f.verdict().status(), f.result().best().text());
    CompiledExpr g = new Compiler(d.names()).compile(f.result().best().formula());
    assertEquals(1, g.eval(d.row(0)) / d.y(0), 1e-9);
  }
}
