package dev.discover.core;

import dev.discover.io.InputException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiTest {
  @Test
  void builder_findsTheRigidBodyLawsAndEvaluatesThem() {
    LawSearchResult r = Discovery.system("a", "b", "c")
        .parameter("I1", "1").parameter("I2", "2").parameter("I3", "3")
        .equation("a", "(I2 - I3)/I1*b*c").equation("b", "(I3 - I1)/I2*c*a").equation("c", "(I1 - I2)/I3*a*b")
        .polynomialBasis(2)
        .findLaws();
    assertEquals(2, r.independentCount());
    ConservationLaw l = r.laws().get(0);
    // Hold the law at two points of one trajectory: a forward-Euler step with tiny dt keeps it to O(dt^2).
    double[] x = {0.3, -1.1, 0.7};
    double h0 = l.valueAt(x);
    double dt = 1e-6;
    double[] y = {x[0] + dt * (-1) * x[1] * x[2], x[1] + dt * x[2] * x[0], x[2] + dt * (-1.0 / 3) * x[0] * x[1]};
    assertEquals(h0, l.valueAt(y), 1e-9 * (1 + Math.abs(h0)));
    // Both rigid-body laws are homogeneous quadratics: doubling the state multiplies the value by four.
    assertTrue(Math.abs(h0) > 1e-12, "law vanishes at a generic state: " + l.expression());
    assertEquals(4 * h0, l.valueAt(new double[] {2 * x[0], 2 * x[1], 2 * x[2]}), 1e-12 * Math.abs(h0));
  }

  @Test
  void builder_rejectsAVariableWithoutEquation() {
    InputException e = assertThrows(InputException.class, () -> Discovery.system("x", "y").equation("x", "y").polynomialBasis(1).build());
    assertTrue(e.getMessage().contains("'y' has no equation"), e.getMessage());
  }

  @Test
  void resultLists_areImmutable() {
    LawSearchResult r = Discovery.system("x", "y").equation("x", "y").equation("y", "-x").polynomialBasis(2).findLaws();
    assertEquals(1, r.independentCount());
    assertThrows(UnsupportedOperationException.class, () -> r.laws().clear());
  }
}
