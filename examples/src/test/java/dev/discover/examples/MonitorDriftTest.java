package dev.discover.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MonitorDriftTest {
  @Test
  void example_findsBothLawsAndRungeKuttaKeepsThemUpToItsError() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    double[] drift = MonitorDrift.run(new PrintStream(buf, true, StandardCharsets.UTF_8), 0.01, 2000);
    String out = buf.toString(StandardCharsets.UTF_8);
    assertEquals(2, drift.length, out);
    assertTrue(out.contains("x + y + z") && out.contains("x*y*z"), out);
    for (double d : drift) assertTrue(d < 1e-6, "drift " + d + " too large for RK4 with h = 0.01\n" + out);
    // Halving the step must shrink the drift of the cubic law (RK4 error ~ h^4): the monitor measures real drift.
    double[] finer = MonitorDrift.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), 0.005, 4000);
    assertTrue(finer[1] < drift[1], "finer step did not reduce drift: " + finer[1] + " vs " + drift[1]);
  }
}
