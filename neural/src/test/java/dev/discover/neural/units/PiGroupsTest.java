package dev.discover.neural.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.neural.FeynmanData;
import dev.discover.symbolic.CompiledExpr;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class PiGroupsTest {
  private static PiGroups.Reduced reduced(String id) throws IOException {
    FeynmanData row = FeynmanData.find(DimensionCheckTest.FEYNMAN, id);
    return assertInstanceOf(PiGroups.Reduced.class, PiGroups.analyse(UnitsTest.feynman(), row.names(), row.output()));
  }

  private static List<String> groups(PiGroups.Reduced r) {
    List<String> g = new ArrayList<>();
    for (Monomial m : r.groups()) g.add(m.toString());
    return g;
  }

  @Test
  void analyse_lorentzForce_givesElectricForceTimesFunctionOfAngleAndSpeedRatio() throws IOException {
    PiGroups.Reduced r = reduced("I.12.11"); // F = q*(Ef + B*v*sin(theta))
    assertEquals("q*Ef", r.prefactor().toString());
    assertEquals(List.of("B*v/Ef", "theta"), groups(r));
  }

  @Test
  void analyse_relativisticMass_givesRestMassTimesFunctionOfSpeedRatio() throws IOException {
    PiGroups.Reduced r = reduced("I.10.7"); // m = m_0/sqrt(1 - v^2/c^2)
    assertEquals("m_0", r.prefactor().toString());
    assertEquals(List.of("c/v"), groups(r));
  }

  @Test
  void analyse_gravitationalEnergy_givesMassAndDistanceRatios() throws IOException {
    PiGroups.Reduced r = reduced("I.13.12"); // U = G*m1*m2*(1/r2 - 1/r1)
    assertEquals("m1^2*G/r1", r.prefactor().toString());
    assertEquals(List.of("m2/m1", "r2/r1"), groups(r));
  }

  @Test
  void analyse_dimensionlessInputs_becomeGroupsOfTheirOwn() throws IOException {
    assertEquals(List.of("mu"), groups(reduced("I.12.1")));
    assertEquals("Nn", reduced("I.12.1").prefactor().toString());
    PiGroups.Reduced r = reduced("I.6.2a");
    assertTrue(r.prefactor().isOne());
    assertEquals(List.of("theta"), groups(r));
  }

  @Test
  void analyse_squareRootPrefactor_keepsExactFractionalExponents() throws IOException {
    // a speed from an energy and a mass alone: v = C * sqrt(E/m)
    Units u = UnitsTest.feynman();
    PiGroups.Reduced r = assertInstanceOf(PiGroups.Reduced.class, PiGroups.analyse(u, List.of("E_n", "m"), "v"));
    assertEquals(new BigFraction(1, 2), r.prefactor().exponent(0));
    assertEquals(new BigFraction(-1, 2), r.prefactor().exponent(1));
    assertTrue(r.groups().isEmpty());
  }

  @Test
  void analyse_targetUnitOutOfReach_isReportedImpossible() throws IOException {
    Units u = UnitsTest.feynman();
    PiGroups.Analysis a = PiGroups.analyse(u, List.of("x", "t"), "m");
    PiGroups.Impossible no = assertInstanceOf(PiGroups.Impossible.class, a);
    assertTrue(no.message().contains("'m' (kg)"), no.message());
    assertInstanceOf(PiGroups.Impossible.class, PiGroups.analyse(u, List.of("theta"), "x"));
    assertTrue(PiGroups.all(u, List.of("x", "t"), "m").isEmpty());
  }

  @Test
  void analyse_missingUnit_namesTheVariable() throws IOException {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> PiGroups.analyse(UnitsTest.feynman(), List.of("x", "nosuch"), "v"));
    assertTrue(e.getMessage().contains("'nosuch'"), e.getMessage());
  }

  /**
   * On every Feynman row: the groups are dimensionless with coprime integer exponents, the prefactor has the
   * target's unit, and the true formula divided by the prefactor is unchanged when the base units are
   * rescaled (the Pi theorem: it is a function of the groups alone).
   */
  @Test
  void analyse_everyFeynmanRow_truthOverPrefactorIsInvariantUnderUnitRescaling() throws IOException {
    Units u = UnitsTest.feynman();
    Random rnd = new Random(7);
    int checked = 0;
    for (FeynmanData row : FeynmanData.readAll(DimensionCheckTest.FEYNMAN)) {
      if (row.id().equals("I.43.16")) continue; // inconsistent in the table itself
      PiGroups.Reduced r = assertInstanceOf(PiGroups.Reduced.class, PiGroups.analyse(u, row.names(), row.output()), row.id());
      List<Dimension> dims = new ArrayList<>();
      for (String n : row.names()) dims.add(u.of(n).orElseThrow());
      assertEquals(u.of(row.output()).orElseThrow(), r.prefactor().dimension(dims, 5), row.id());
      for (Monomial g : r.groups()) {
        assertTrue(g.dimension(dims, 5).dimensionless(), row.id() + " " + g);
        BigInteger gcd = BigInteger.ZERO;
        for (BigFraction p : g.exponents()) {
          assertEquals(BigInteger.ONE, p.getDenominator(), row.id());
          gcd = gcd.gcd(p.getNumerator());
        }
        assertEquals(BigInteger.ONE, gcd, row.id() + " " + g);
      }
      CompiledExpr f = row.compiledTruth();
      int k = row.names().size();
      double[] x = new double[k];
      for (int j = 0; j < k; j++) x[j] = row.low()[j] + (row.high()[j] - row.low()[j]) * rnd.nextDouble();
      double[] lambda = {1.7, 0.6, 2.3, 1.3, 0.8};
      double[] xs = x.clone();
      for (int j = 0; j < k; j++) {
        for (int b = 0; b < 5; b++) xs[j] *= Math.pow(lambda[b], dims.get(j).exponent(b).doubleValue());
      }
      double a = f.eval(x) / r.prefactor().value(x), b = f.eval(xs) / r.prefactor().value(xs);
      assertEquals(0, Math.abs(a - b) / Math.abs(a), 1e-9, row.id());
      for (Monomial g : r.groups()) assertEquals(0, Math.abs(g.value(x) - g.value(xs)) / Math.abs(g.value(x)), 1e-9, row.id());
      checked++;
    }
    assertEquals(99, checked);
  }
}
