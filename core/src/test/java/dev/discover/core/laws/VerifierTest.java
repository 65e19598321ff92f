package dev.discover.core.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.core.Basis;
import dev.discover.core.Discovery;
import dev.discover.core.DynamicalSystem;
import dev.discover.core.Manifold;
import dev.discover.core.SystemSpec;
import dev.discover.symbolic.ExprParser;
import dev.discover.symbolic.RationalFunction;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The verification stage on laws whose conservation is known by hand. */
class VerifierTest {
  // the rotation x' = -y, y' = x; and x' = -y, y' = x*z/2 on the plane z = 2 (z' = 0), the rotation only there
  private static final SystemSpec ROTATION = Discovery.system("x", "y").equation("x", "-y").equation("y", "x")
      .polynomialBasis(2).build();
  private static final SystemSpec ON_A_PLANE = Discovery.system("x", "y", "z").equation("x", "-y")
      .equation("y", "x*z/2").equation("z", "0").constraint("z - 2").polynomialBasis(2).build();

  private static RationalFunction h(String e, DynamicalSystem sys) {
    return RationalFunction.of(ExprParser.parse(e), sys.variables(), Map.of());
  }

  private static Verifier.Identity check(SystemSpec spec, String h, int termLimit) {
    DynamicalSystem sys = DynamicalSystem.of(spec);
    return Verifier.conserved(sys, Manifold.of(sys), h(h, sys), termLimit);
  }

  @Test
  void symbolicCheck_acceptsTheRadiusAndRejectsOtherFunctions() {
    assertEquals(Verifier.Identity.HOLDS, check(ROTATION, "x^2 + y^2", 400_000));
    assertEquals(Verifier.Identity.HOLDS, check(ROTATION, "3*(x^2 + y^2)^2 - 7", 400_000));
    assertEquals(Verifier.Identity.FAILS, check(ROTATION, "x^2 + 2*y^2", 400_000));
    assertEquals(Verifier.Identity.FAILS, check(ROTATION, "x/y", 400_000));
  }

  @Test
  void symbolicCheck_worksModuloTheConstraints() {
    // with z = 2 the flow is the rotation, so x^2 + y^2 is conserved only on the manifold; z*x^2 + 2*y^2 as well
    assertEquals(Verifier.Identity.HOLDS, check(ON_A_PLANE, "x^2 + y^2", 400_000));
    assertEquals(Verifier.Identity.HOLDS, check(ON_A_PLANE, "z*x^2 + 2*y^2", 400_000));
    assertEquals(Verifier.Identity.FAILS, check(ON_A_PLANE, "x^2 + z*y^2", 400_000));
  }

  @Test
  void symbolicCheck_saysTooLargeInsteadOfGuessing() {
    assertEquals(Verifier.Identity.TOO_LARGE, check(ROTATION, "x^2 + y^2", 1));
  }

  @Test
  void schwartzZippelFallback_decidesWhatIsTooLargeToExpand() {
    DynamicalSystem sys = DynamicalSystem.of(ROTATION);
    Manifold m = Manifold.of(sys);
    LieRows lie = new LieRows(sys, Basis.build(ROTATION.basis(), sys.variables(), "api"), m);
    Verifier tiny = new Verifier(sys, m, lie, 1, 1);
    assertTrue(tiny.conserved(h("x^2 + y^2", sys)));
    assertFalse(tiny.conserved(h("x^2 + 2*y^2", sys)));
    assertFalse(tiny.conserved(h("x*y", sys)));
  }
}
