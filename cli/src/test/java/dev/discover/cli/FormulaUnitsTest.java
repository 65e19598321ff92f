package dev.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormulaUnitsTest {
  @TempDir Path dir;

  private static CliRun run(String... args) { return CliRun.of(new FormulaCommand(), args); }

  /** Kinetic energy K = m*v^2/2 with an irrelevant length column. */
  private Path energyCsv() throws IOException {
    StringBuilder sb = new StringBuilder("m,v,d,K\n");
    Random r = new Random(3);
    for (int i = 0; i < 300; i++) {
      double m = 1 + 4 * r.nextDouble(), v = 1 + 4 * r.nextDouble(), d = 1 + r.nextDouble();
      sb.append(m).append(',').append(v).append(',').append(d).append(',').append(m * v * v / 2).append('\n');
    }
    Path p = dir.resolve("energy.csv");
    Files.writeString(p, sb.toString());
    return p;
  }

  private Path unitsCsv(String body) throws IOException {
    Path p = dir.resolve("units.csv");
    Files.writeString(p, "variable,m,s,kg,T,V\n" + body);
    return p;
  }

  @Test
  void units_jsonCarriesStatusR2AndTheGroupsSearched() throws IOException {
    Path u = unitsCsv("m,0,0,1,0,0\nv,1,-1,0,0,0\nd,1,0,0,0,0\nK,2,-2,1,0,0\n");
    CliRun r = run(energyCsv().toString(), "--target", "K", "--units", u.toString(), "--format", "json",
        "--time-limit", "5s", "--no-network");
    assertEquals(0, r.code(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals("solved", j.get("status").asText());
    assertTrue(j.get("r2").asDouble() > 1 - 1e-12);
    assertEquals("m*v^2", j.get("units").get("prefactor").asText());
    // the length d cannot be made dimensionless with a mass and a speed: no groups, d drops out
    assertEquals(0, j.get("units").get("groups").size(), r.out());
    assertFalse(j.get("formula").asText().contains("d"), r.out());
  }

  @Test
  void unitOption_addsOrReplacesOneColumn() throws IOException {
    Path u = unitsCsv("m,0,0,1,0,0\nv,1,-1,0,0,0\nK,2,-2,1,0,0\n");
    CliRun r = run(energyCsv().toString(), "--target", "K", "--units", u.toString(), "--unit", "d=1,0,0,0,0",
        "--format", "json", "--time-limit", "5s", "--no-network");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"status\":\"solved\""), r.out());
  }

  @Test
  void units_missingColumn_exits2NamingFileAndColumn() throws IOException {
    Path u = unitsCsv("m,0,0,1,0,0\nv,1,-1,0,0,0\nK,2,-2,1,0,0\n");
    CliRun r = run(energyCsv().toString(), "--target", "K", "--units", u.toString(), "--time-limit", "5s");
    assertEquals(2, r.code());
    assertTrue(r.err().contains(u.toString()) && r.err().contains("'d'"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void units_impossibleTarget_exits2SayingWhy() throws IOException {
    Path u = unitsCsv("m,0,0,1,0,0\nv,1,-1,0,0,0\nd,1,0,0,0,0\nK,0,0,0,1,0\n");
    CliRun r = run(energyCsv().toString(), "--target", "K", "--units", u.toString(), "--time-limit", "5s");
    assertEquals(2, r.code());
    assertTrue(r.err().contains(u + ": the unit of 'K' (T) is no product of powers of the inputs' units"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void unitOption_malformed_exits2() throws IOException {
    CliRun r = run(energyCsv().toString(), "--target", "K", "--unit", "m=1,2", "--time-limit", "5s");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--unit m: expected 5 exponents"), r.err());
    CliRun both = run(energyCsv().toString(), "--target", "K", "--unit", "m=0,0,1,0,0", "--no-units");
    assertEquals(2, both.code());
  }

  @Test
  void valuesNearTheDoubleRange_giveAFormulaNotAnException() throws IOException {
    StringBuilder sb = new StringBuilder("x,y,z\n");
    Random r = new Random(1);
    for (int i = 0; i < 200; i++) {
      double x = 1 + r.nextDouble(), y = 1 + r.nextDouble();
      sb.append(x).append(',').append(y).append(',').append(x * y * 2.5e306).append('\n');
    }
    Path p = dir.resolve("big.csv");
    Files.writeString(p, sb.toString());
    CliRun run = run(p.toString(), "--target", "z", "--format", "json", "--time-limit", "5s", "--no-network");
    assertEquals(0, run.code(), run.err());
    assertEquals("solved", new ObjectMapper().readTree(run.out()).get("status").asText(), run.out());
  }

  @Test
  void text_approximateAnswer_saysNoExactFormulaWasFound() throws IOException {
    // a target no formula of the search's size reaches in 3 s: a sum of many unrelated terms
    StringBuilder sb = new StringBuilder("a,b,c,y\n");
    Random r = new Random(4);
    for (int i = 0; i < 300; i++) {
      double a = r.nextDouble(), b = r.nextDouble(), c = r.nextDouble();
      double y = Math.sin(7 * a) * Math.exp(b * c) + Math.cos(5 * b * a) / (1.3 + c) + Math.atan(a * b * c * 9);
      sb.append(a).append(',').append(b).append(',').append(c).append(',').append(y).append('\n');
    }
    Path p = dir.resolve("hard.csv");
    Files.writeString(p, sb.toString());
    CliRun run = run(p.toString(), "--target", "y", "--time-limit", "3s", "--no-network");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("No exact formula found; the best approximation:"), run.out());
    assertTrue(run.out().contains("status: approximate"), run.out());
  }
}
