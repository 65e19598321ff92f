package dev.discover.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.discover.symbolic.Compiler;
import dev.discover.symbolic.ExprParser;
import dev.discover.symbolic.Symja;
import java.io.File;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.Test;

/** Symja brings Hipparchus modules of its own; the build must resolve every one to the same version. */
class HipparchusConvergenceTest {
  @Test
  void everyHipparchusJarOnTheClasspathHasOneVersion() {
    Set<String> versions = new TreeSet<>();
    Pattern p = Pattern.compile("hipparchus-[a-z]+-([0-9][^/]*?)\\.jar$");
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Matcher m = p.matcher(entry);
      if (m.find()) versions.add(m.group(1));
    }
    assertEquals(Set.of("3.0"), versions, "Hipparchus versions on the test classpath");
  }

  @Test
  void symjaNumericsAndOurIntegratorRunSideBySide() {
    // Symja's numeric solvers call Hipparchus internally; a version clash shows up as NoSuchMethodError here.
    assertEquals(1.0 / 3, Symja.integrate(ExprParser.parse("x^2"), "x", 0, 1, 60_000), 1e-10);
    OrdinaryDifferentialEquation osc = new OrdinaryDifferentialEquation() {
      public int getDimension() { return 2; }
      public double[] computeDerivatives(double t, double[] y) { return new double[] {y[1], -y[0]}; }
    };
    ODEStateAndDerivative end = new DormandPrince853Integrator(1e-8, 1, 1e-12, 1e-12)
        .integrate(osc, new ODEState(0, new double[] {1, 0}), Math.PI);
    assertEquals(-1, end.getPrimaryState()[0], 1e-9);
    // d/dx x^3 = 3 x^2, which is 12 at x = 2
    var derivative = Symja.derivative(ExprParser.parse("x^3"), "x", 60_000);
    assertEquals(12, new Compiler(List.of("x")).compile(derivative).eval(new double[] {2}), 1e-12);
  }
}
