package dev.discover.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PendulumFromDataTest {
  @Test
  void example_identifiesThePendulumAndItsEnergyFromArrays() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PendulumFromData.Result r = PendulumFromData.run(new PrintStream(buf, true, StandardCharsets.UTF_8));
    String out = buf.toString(StandardCharsets.UTF_8);
    assertEquals(List.of("omega"), r.equations().equation("theta").terms(), out);
    assertEquals(List.of("sin(theta)"), r.equations().equation("omega").terms(), out);
    assertEquals(-1, r.equations().equation("omega").coefficient("sin(theta)"), 1e-4, out);
    assertEquals(1, r.invariants().laws().size(), out);
    assertEquals("omega^2 - 2*cos(theta)", r.invariants().laws().get(0).expression(), out);
    assertTrue(r.invariants().laws().get(0).confidence() > 0.9, out);
  }
}
