package dev.discover.core.laws;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.core.Basis;
import dev.discover.core.DynamicalSystem;
import dev.discover.core.Manifold;
import dev.discover.core.SystemFile;
import dev.discover.core.SystemSpec;
import java.util.Arrays;
import java.util.Map;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class LieIdentityTest {
  @Test
  void vanishes_forTheCalogeroEnergyButNotWhenOneCoefficientChanges() {
    SystemSpec spec = SystemFile.load(BlockNullSpaceTest.systemsDir().resolve("calogero3.json"));
    DynamicalSystem sys = DynamicalSystem.of(spec);
    Basis basis = Basis.build(spec.basis(), spec.variables(), spec.source());
    LieRows lie = new LieRows(sys, basis, Manifold.of(sys));
    // H = p1^2/2 + p2^2/2 + p3^2/2 + 1/(x1 - x2)^2 + 1/(x1 - x3)^2 + 1/(x2 - x3)^2, from its basis names.
    Map<String, BigFraction> energy = Map.of("p1^2", BigFraction.ONE_HALF, "p2^2", BigFraction.ONE_HALF,
        "p3^2", BigFraction.ONE_HALF, "1/(x1 - x2)^2", BigFraction.ONE, "1/(x1 - x3)^2", BigFraction.ONE,
        "1/(x2 - x3)^2", BigFraction.ONE);
    BigFraction[] c = new BigFraction[basis.size()];
    Arrays.fill(c, BigFraction.ZERO);
    int found = 0;
    for (int j = 0; j < basis.size(); j++) {
      BigFraction v = energy.get(basis.term(j).name());
      if (v != null) { c[j] = v; found++; }
    }
    assertTrue(found == energy.size(), "basis names: " + basis.terms().stream().map(Basis.Term::name).toList());
    assertTrue(LieIdentity.vanishesAtRandomPoints(lie, c, 8, 1));
    assertTrue(LieIdentity.commonDenominatorTerms(basis, c, sys.variables()) >= 27);
    for (int j = 0; j < c.length; j++) {
      if (c[j].equals(BigFraction.ONE)) { c[j] = BigFraction.TWO; break; }
    }
    assertFalse(LieIdentity.vanishesAtRandomPoints(lie, c, 8, 1));
  }
}
