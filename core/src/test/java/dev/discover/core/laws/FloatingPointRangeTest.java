package dev.discover.core.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.core.ConservationLaw;
import dev.discover.core.Discovery;
import dev.discover.core.LawSearchResult;
import dev.discover.core.SystemFile;
import dev.discover.io.InputException;
import org.junit.jupiter.api.Test;

/**
 * The floating-point route never rests a law on values that double precision cannot hold: where y' underflows
 * to 0 at every sampled state, y would look conserved with residual 0.
 */
class FloatingPointRangeTest {
  private static String system(String yDot, String domain) {
    return "{\"variables\":[\"x\",\"y\"],\"equations\":{\"x\":\"y\",\"y\":\"" + yDot + "\"},"
        + "\"basis\":{\"polynomial_degree\":2}" + (domain.isEmpty() ? "" : ",\"sampling\":{\"domain\":" + domain + "}") + "}";
  }

  private static InputException refused(String json) {
    return assertThrows(InputException.class, () -> Discovery.findLaws(SystemFile.parse(json, "range.json")));
  }

  @Test
  void rightHandSideThatUnderflowsAtEverySample_isRefusedNotAConservedQuantity() {
    // exp(-x^400) is about 10^-(10^70) on [2, 3]: 0 in double precision, so L y = 0 at every sample
    InputException e = refused(system("exp(-x^400)", "{\"x\":[2,3]}"));
    assertTrue(e.getMessage().startsWith("range.json: field 'equations'"), e.getMessage());
    assertTrue(e.getMessage().contains("under- or overflow"), e.getMessage());
  }

  @Test
  void powerThatUnderflowsAtEverySample_isRefused() {
    // sin(x)^5000 <= sin(1)^5000, about 1e-375, on [0.1, 1]
    assertTrue(refused(system("sin(x)^5000", "{\"x\":[0.1,1]}")).getMessage().contains("under- or overflow"));
  }

  @Test
  void overflowThatWouldReadAsZero_isRefused() {
    // exp(x^400) is infinite on [2, 3], so 1/exp(x^400) would read 0
    assertTrue(refused(system("1/exp(x^400)", "{\"x\":[2,3]}")).getMessage().contains("under- or overflow"));
  }

  @Test
  void statesWhereValuesUnderflow_areSkippedAndNoFalseLawIsReported() {
    // with the default sampling most states underflow somewhere (x^400 for |x| < 0.17, exp(-x^400) for |x| > 1.02);
    // the others show that y' is not 0, and there is no law in the degree-2 basis
    LawSearchResult r = Discovery.findLaws(SystemFile.parse(system("exp(-x^400)", ""), "range.json"));
    for (ConservationLaw law : r.laws()) assertFalse(law.expression().equals("y"), law.expression());
    assertEquals(0, r.laws().size(), r.laws().toString());
  }

  @Test
  void functionThatRoundsToItsLimitAtEverySample_isRefusedNotALaw() {
    // tanh(x) reads exactly 1 on [30, 40], so 2*x - y^2 would read as conserved (its derivative is
    // 2*y*(1 - tanh(x)^3000), about 1e-22 * y there: not zero); the same for exp(-x^400) on [0.1, 0.6], which reads 1
    assertTrue(refused(system("tanh(x)^3000", "{\"x\":[30,40]}")).getMessage().contains("under- or overflow"));
    assertTrue(refused(system("exp(-x^400)", "{\"x\":[0.1,0.6]}")).getMessage().contains("under- or overflow"));
  }

  @Test
  void representableTranscendentalSystem_stillGetsItsLaw() {
    // the pendulum: H = y^2/2 - cos(x)
    String json = "{\"variables\":[\"x\",\"y\"],\"equations\":{\"x\":\"y\",\"y\":\"-sin(x)\"},"
        + "\"basis\":{\"polynomial_degree\":2,\"functions\":[\"cos(x)\"]}}";
    LawSearchResult r = Discovery.findLaws(SystemFile.parse(json, "pendulum.json"));
    assertEquals(1, r.laws().size(), r.laws().toString());
    assertTrue(r.laws().get(0).expression().contains("cos(x)"), r.laws().get(0).expression());
  }
}
