package dev.discover.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.discover.core.SystemSpec;
import dev.discover.core.data.internal.EquationFinder;
import dev.discover.core.data.internal.IdentifiedSystem;
import org.junit.jupiter.api.Test;

/** Identified equations become a system file that parses back, with exact small fractions. */
class IdentifiedSystemTest {
  @Test
  void spec_writesLorenzWithExactCoefficients() {
    EquationResult r = EquationFinder.find(TestSystems.lorenz(0, 1), EquationOptions.defaults());
    SystemSpec s = IdentifiedSystem.spec(r, "lorenz from data", 2);
    assertEquals("-10*x + 10*y", s.equations().get("x"));
    assertEquals("28*x - y - x*z", s.equations().get("y"));
    assertEquals("-(8/3)*z + x*y", s.equations().get("z"));
    assertEquals(2, s.basis().polynomialDegree());
  }

  @Test
  void coefficient_roundsWhatIsNotASmallFraction() {
    assertEquals("-8/3", IdentifiedEquation.coefficientText(-8.0 / 3 * (1 + 1e-7)));
    assertEquals("2.66123", IdentifiedEquation.coefficientText(2.661234567));
    assertEquals("10", IdentifiedEquation.coefficientText(10.0000001));
  }
}
