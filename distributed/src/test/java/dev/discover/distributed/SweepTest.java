package dev.discover.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code discover sweep} in local mode. */
class SweepTest {
  @TempDir Path dir;

  /**
   * The generalised Henon-Heiles family at C = 1, A = 1, basis degree 6: D on rationals of [-2, 1] that contain
   * the integrable values (a coarser set than bench/sweep.sh's grid of step 1/48, for time), B in {1, 2, 16}.
   */
  @Test
  void henonHeilesSweep_marksExactlyTheIntegrablePoints() {
    Path file = BatchLocalTest.SYSTEMS.resolve("henon-heiles-family.json");
    Run r = Run.of("sweep", file.toString(), "--param", "C=1", "--param", "A=1",
        "--param", "D=-2,-1,-1/6,-1/16,0,1", "--param", "B=1,2,16", "--format", "json", "--plot", dir.toString(),
        "--master", "local[2]", "-q");
    assertEquals(0, r.code(), r.err());
    JsonNode j = Run.json(r.out());
    assertEquals(18, j.get("points").asInt());
    assertEquals(1, j.get("generic_count").asInt());
    Set<String> special = new HashSet<>();
    for (JsonNode p : j.get("special")) {
      special.add(p.get("values").get("D").asText() + "|" + p.get("values").get("B").asText());
      assertEquals(2, p.get("independent_count").asInt(), p.toString());
      assertEquals("exact", p.get("verification").asText());
    }
    assertEquals(Set.of("0|1", "0|2", "0|16", "-1/6|1", "-1/6|2", "-1/6|16", "-1|1", "-1/16|16"), special);
    assertTrue(Files.exists(dir.resolve("sweep.svg")));
  }

  @Test
  void sweep_badParameterAndMissingSymbolicValue_exitTwo() {
    Path file = BatchLocalTest.SYSTEMS.resolve("henon-heiles-family.json");
    Run unknown = Run.of("sweep", file.toString(), "--param", "Q=1", "-q");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("has no parameter 'Q'"), unknown.err());
    Run missing = Run.of("sweep", file.toString(), "--param", "A=1", "--param", "B=1", "--param", "D=0", "-q");
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("parameter 'C' is symbolic"), missing.err());
  }
}
