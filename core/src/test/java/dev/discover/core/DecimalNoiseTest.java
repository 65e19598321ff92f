package dev.discover.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecimalNoiseTest {
  @Test
  void floatNoiseDecimals_areNamedWithTheShortDecimalTheyLieNextTo() {
    assertEquals(Optional.of("0.015"), DecimalNoise.nearby("0.015000000000000036"));
    assertEquals(Optional.of("0.022"), DecimalNoise.nearby("0.021999999999999992"));
    assertEquals(Optional.of("0.0003"), DecimalNoise.nearby("0.0003000000000000002"));
    assertEquals(Optional.of("0.3"), DecimalNoise.nearby("0.30000000000000004"));
    assertEquals(Optional.of("12.5"), DecimalNoise.nearby("12.500000000000002"));
  }

  @Test
  void measuredOrShortValues_areNotSuspects() {
    for (String v : new String[] {"0.5", "20.284927666411168", "12750.917857751701", "1/3", "0.015", "k1*2",
        "3.14159265358979", "0.123456789012345678"}) {
      assertEquals(Optional.empty(), DecimalNoise.nearby(v), v);
    }
  }

  @Test
  void chemistryFile_hasThreeSuspectsAndShortenedReadsThemAsTheirShortDecimals() {
    SystemSpec s = SystemFile.load(SystemsRegressionTest.systemsDir().resolve("chem.json"));
    List<DecimalNoise.Suspect> suspects = DecimalNoise.suspects(s);
    assertEquals(List.of("k4", "k5", "k9"), suspects.stream().map(DecimalNoise.Suspect::parameter).toList());
    assertTrue(suspects.get(0).describe().contains("0.015000000000000036") && suspects.get(0).describe().contains("0.015 "),
        suspects.get(0).describe());
    SystemSpec shortened = DecimalNoise.shortened(s);
    assertEquals("0.015", shortened.parameters().get("k4"));
    assertEquals("0.0003", shortened.parameters().get("k9"));
    assertEquals(s.parameters().get("k2"), shortened.parameters().get("k2"));
    assertEquals(List.of(), DecimalNoise.suspects(shortened));
  }
}
