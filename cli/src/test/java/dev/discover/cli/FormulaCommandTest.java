package dev.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.discover.symbolic.ExprParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormulaCommandTest {
  @TempDir Path dir;

  private static CliRun run(String... args) { return CliRun.of(new FormulaCommand(), args); }

  /** 200 rows of y = a*b with a, b in [1, 5] (seed 1), as data.csv in {@code dir}. */
  static Path productCsv(Path dir) throws IOException {
    StringBuilder sb = new StringBuilder("a,b,y\n");
    Random r = new Random(1);
    for (int i = 0; i < 200; i++) {
      double a = 1 + 4 * r.nextDouble(), b = 1 + 4 * r.nextDouble();
      sb.append(a).append(',').append(b).append(',').append(a * b).append('\n');
    }
    Path p = dir.resolve("data.csv");
    Files.writeString(p, sb.toString());
    return p;
  }

  @Test
  void json_printsOneObjectWithParseableFormulaAndPareto() throws IOException {
    CliRun r = run(productCsv(dir).toString(), "--target", "y", "--format", "json", "--time-limit", "5s", "--no-network");
    assertEquals(0, r.code(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    String f = j.get("formula").asText();
    assertEquals("a*b", dev.discover.symbolic.Exprs.print(ExprParser.parse(f)).replace("b*a", "a*b"));
    assertTrue(j.get("rmse").asDouble() < 1e-9);
    assertTrue(j.get("complexity").asInt() >= 3);
    assertTrue(j.get("pareto").isArray() && j.get("pareto").size() >= 2);
    assertTrue(j.get("pareto").get(0).has("formula"));
  }

  @Test
  void text_printsFormulaErrorComplexityAndParetoList() throws IOException {
    CliRun r = run(productCsv(dir).toString(), "--target", "y", "--time-limit", "5s", "--no-network");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("y = "), r.out());
    assertTrue(r.out().contains("rmse") && r.out().contains("complexity") && r.out().contains("Pareto"), r.out());
  }

  @Test
  void nanInput_exitsTwoWithOneLineNamingFileAndLine() throws IOException {
    Path p = dir.resolve("bad.csv");
    Files.writeString(p, "a,y\n1,2\n2,NaN\n3,4\n");
    CliRun r = run(p.toString(), "--target", "y");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("bad.csv:3: column 'y'"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void missingTargetColumn_exitsTwo() throws IOException {
    CliRun r = run(productCsv(dir).toString(), "--target", "z");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no column 'z'"), r.err());
  }

  @Test
  void unknownFeynmanId_exitsTwo() {
    CliRun r = run("--feynman", "X.99.9", "--feynman-file", feynmanFile().toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("X.99.9"), r.err());
  }

  @Test
  void badTimeLimit_exitsTwo() throws IOException {
    CliRun r = run(productCsv(dir).toString(), "--target", "y", "--time-limit", "soon");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--time-limit"), r.err());
  }

  @Test
  void feynmanRow_recoversProductOfInputs() {
    CliRun r = run("--feynman", "I.12.1", "--feynman-file", feynmanFile().toString(), "--samples", "300",
        "--time-limit", "5s", "--format", "json", "--no-network");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"formula\":\"mu*Nn\"") || r.out().contains("\"formula\":\"Nn*mu\""), r.out());
  }

  private static Path feynmanFile() {
    Path p = Path.of("..", "..", "shared", "feynman", "FeynmanEquations.csv");
    return Files.exists(p) ? p : Path.of("/work/shared/feynman/FeynmanEquations.csv");
  }
}
