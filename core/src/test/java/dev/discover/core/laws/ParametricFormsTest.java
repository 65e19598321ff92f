package dev.discover.core.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.core.ConservationLaw;
import dev.discover.core.Discovery;
import dev.discover.core.LawSearchResult;
import dev.discover.core.ParametricForm;
import dev.discover.core.SystemFile;
import dev.discover.core.SystemSpec;
import dev.discover.core.Verification;
import dev.discover.symbolic.CompiledExpr;
import dev.discover.symbolic.Compiler;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ParametricFormsTest {
  private static final double TOL = 1e-9;

  private static SystemSpec load(String file) {
    java.nio.file.Path p = java.nio.file.Path.of("").toAbsolutePath();
    while (!java.nio.file.Files.isDirectory(p.resolve("systems"))) p = p.getParent();
    return SystemFile.load(p.resolve("systems").resolve(file));
  }

  /**
   * The form, with the file's parameter values, is a constant multiple of the law found: compared in floating
   * point at random states, independently of the exact check that attached it.
   */
  private static void assertMultipleOfTheLaw(SystemSpec s, ConservationLaw law, ParametricForm form) {
    List<String> vars = new ArrayList<>(s.variables());
    vars.addAll(s.parameters().keySet());
    CompiledExpr f = new Compiler(vars).compile(form.function());
    String[] q = form.factor().split("/");
    double factor = Double.parseDouble(q[0]) / (q.length > 1 ? Double.parseDouble(q[1]) : 1);
    Random rnd = new Random(3);
    double ratio = Double.NaN;
    for (int k = 0; k < 20; k++) {
      double[] state = new double[s.variables().size()];
      for (int i = 0; i < state.length; i++) state[i] = rnd.nextDouble();
      double[] all = new double[vars.size()];
      System.arraycopy(state, 0, all, 0, state.length);
      int j = state.length;
      for (String v : s.parameters().values()) all[j++] = Double.parseDouble(v);
      double r = law.valueAt(state) / f.eval(all);
      if (Double.isNaN(ratio)) ratio = r;
      assertEquals(0, Math.abs(r - ratio) / Math.abs(ratio), TOL, "not a constant multiple at state " + k);
    }
    assertEquals(0, Math.abs(ratio - factor) / Math.abs(factor), TOL, "the factor " + form.factor());
  }

  @Test
  void chemistry_thirdLawGetsCoefficientsThatArePolynomialsInK4AndK5() {
    SystemSpec s = load("chem.json");
    LawSearchResult r = Discovery.findLaws(s);
    ConservationLaw third = r.laws().get(2);
    assertEquals(java.util.Optional.of(false), third.generic());
    ParametricForm form = third.parametric().orElseThrow();
    assertEquals(Verification.EXACT, form.verification());
    assertEquals(third.coefficients().keySet(), form.coefficients().keySet());
    assertTrue(form.coefficients().get("H2").contains("k4") && form.coefficients().get("H2").contains("k5"), form.coefficients().toString());
    assertTrue(form.coefficients().get("O3").matches("-?2\\*k5"), form.coefficients().toString());
    assertTrue(form.coefficients().get("NO").matches("-?3\\*k5"), form.coefficients().toString());
    assertTrue(form.expression().contains("k4") && form.expression().contains("k5"), form.expression());
    assertMultipleOfTheLaw(s, third, form);
    for (ConservationLaw l : r.laws().subList(0, 2)) assertTrue(l.parametric().isEmpty(), l.expression());
  }

  @Test
  void chemistryWithWater_everyLawThatNeedsTheGivenValuesGetsAForm() {
    SystemSpec s = load("chem-h2o.json");
    LawSearchResult r = Discovery.findLaws(s);
    int needing = 0;
    for (ConservationLaw l : r.laws()) {
      if (l.generic().orElseThrow()) continue;
      needing++;
      ParametricForm form = l.parametric().orElseThrow(() -> new AssertionError("no form for " + l.expression()));
      assertMultipleOfTheLaw(s, l, form);
    }
    assertEquals(1, needing);
  }
}
