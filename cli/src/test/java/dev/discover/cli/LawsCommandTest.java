package dev.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LawsCommandTest {
  @TempDir Path dir;

  static CliRun run(String... args) { return CliRun.top(args); }

  static Path system(String name) {
    Path p = Path.of("").toAbsolutePath();
    while (!Files.isDirectory(p.resolve("systems"))) p = p.getParent();
    return p.resolve("systems").resolve(name);
  }

  @Test
  void toyJson_followsTheOutputContract() throws Exception {
    CliRun r = run(system("toy.json").toString(), "--format", "json");
    assertEquals(0, r.code(), r.err());
    JsonNode o = new ObjectMapper().readTree(r.out());
    assertEquals(4, o.get("null_space_dimension").asInt());
    assertEquals(2, o.get("independent_count").asInt());
    assertEquals(19, o.get("basis_size").asInt());
    assertEquals(2, o.get("laws").size());
    assertEquals("x + y + z", o.get("laws").get(0).get("expression").asText());
    assertEquals("x*y*z", o.get("laws").get(1).get("expression").asText());
    for (JsonNode l : o.get("laws")) {
      assertEquals("exact", l.get("verification").asText());
      assertTrue(l.get("terms").isInt() && l.get("latex").isTextual());
    }
    assertTrue(o.get("timings_ms").get("total").isNumber());
    assertEquals("Cyclic Lotka-Volterra (toy)", o.get("system").asText());
  }

  @Test
  void textReport_showsSystemBasisNullSpaceLawsAndTime() {
    CliRun r = run(system("chem.json").toString());
    assertEquals(0, r.code(), r.err());
    for (String s : new String[] {"O3' = k2*O - k3*O3*NO", "Basis: 11 functions", "Null space: dimension 3",
        "Independent laws: 3", "HCHO + CO", "NO + NO2 + HNO3", "exact", "Time:"}) {
      assertTrue(r.out().contains(s), "missing '" + s + "' in\n" + r.out());
    }
  }

  @Test
  void markdownAndLatex_arePasteReadyDocuments() {
    CliRun md = run(system("toy.json").toString(), "--format", "markdown");
    assertTrue(md.out().startsWith("# Conservation laws of") && md.out().contains("| 1 | $x + y + z$"), md.out());
    CliRun tex = run(system("toy.json").toString(), "--format", "latex");
    assertTrue(tex.out().contains("\\begin{document}") && tex.out().contains("\\end{document}")
        && tex.out().contains("x\\,y\\,z"), tex.out());
  }

  @Test
  void helpAndVersion_exitZero() {
    CliRun h = run("--help");
    assertEquals(0, h.code());
    assertTrue(h.out().contains("--format") && h.out().contains("Exit codes"), h.out());
    CliRun v = run("--version");
    assertEquals(0, v.code());
    assertTrue(v.out().startsWith("discover "), v.out());
  }

  private void badInput(String json, String... expected) throws Exception {
    Path f = dir.resolve("bad.json");
    Files.writeString(f, json);
    CliRun r = run(f.toString(), "--format", "json");
    assertEquals(2, r.code(), r.err());
    assertEquals("", r.out(), "nothing may be written to standard output on bad input");
    assertFalse(r.err().contains("\tat ") || r.err().contains("Exception in thread"), r.err());
    assertTrue(r.err().contains(f.toString()), "message does not name the file: " + r.err());
    for (String e : expected) assertTrue(r.err().contains(e), "'" + r.err() + "' lacks '" + e + "'");
  }

  @Test
  void badInput_exitsTwoWithAMessageNamingFileAndField() throws Exception {
    badInput("{\"variables\": [\"x\"], ", "malformed JSON");
    badInput("{\"variables\": [\"x\",\"y\"], \"equations\": {\"x\": \"y\"}, \"basis\": {\"polynomial_degree\": 2}}",
        "field 'equations'", "'y' has no equation");
    badInput("{\"variables\": [\"x\",\"y\"], \"equations\": {\"x\": \"y*q\", \"y\": \"-x\"}, \"basis\": {\"polynomial_degree\": 2}}",
        "field 'equations.x'", "unknown name 'q'");
    badInput("{\"variables\": [\"x\"], \"equations\": {\"x\": \"x*(\"}, \"basis\": {\"polynomial_degree\": 2}}",
        "field 'equations.x'");
    badInput("{\"variables\": [\"x\"], \"parameters\": {\"k\": true}, \"equations\": {\"x\": \"k*x\"}, \"basis\": {\"polynomial_degree\": 1}}",
        "field 'parameters.k'");
    badInput("{\"variables\": [\"x\"], \"equations\": {\"x\": \"Run(x)\"}, \"basis\": {\"polynomial_degree\": 1}}",
        "unknown function 'Run'");
  }

  @Test
  void oversizedBasis_canBeAllowedWithMaxBasis() throws Exception {
    Path f = dir.resolve("big.json");
    Files.writeString(f, "{\"variables\": [\"x\",\"y\"], \"equations\": {\"x\": \"y\", \"y\": \"-x\"}, \"basis\": {\"polynomial_degree\": 2, \"max_size\": 3}}");
    CliRun r = run(f.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("would have 5 functions"), r.err());
    assertEquals(0, run(f.toString(), "--max-basis", "5").code());
  }

  @Test
  void maxMemory_tooSmallForTheLargestBlockOrNotPositive_exitsTwoWithOneLine() throws Exception {
    // No grading: one block of 714 functions, whose elimination needs about 2 MiB.
    Path f = dir.resolve("block.json");
    Files.writeString(f, "{\"variables\": [\"x\",\"y\",\"z\",\"w\"], \"equations\": {\"x\": \"1 + y^2\","
        + " \"y\": \"x + z\", \"z\": \"x*y + 1\", \"w\": \"z + 1\"}, \"basis\": {\"polynomial_degree\": 9}}");
    CliRun r = run(f.toString(), "--max-memory", "1", "-q");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("--max-memory") && r.err().strip().lines().count() == 1, r.err());
    CliRun zero = run(system("toy.json").toString(), "--max-memory", "0");
    assertEquals(2, zero.code());
    assertTrue(zero.err().contains("--max-memory"), zero.err());
    assertEquals(0, run(system("toy.json").toString(), "--max-memory", "64", "-q").code());
  }

  @Test
  void missingFileAndMissingArgument_exitTwo() {
    CliRun r = run(dir.resolve("none.json").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no such file"), r.err());
    assertEquals(2, run().code());
    assertEquals(2, run(system("toy.json").toString(), "--format", "yaml").code());
    assertEquals(2, run("--no-such-option").code());
  }

  @Test
  void fieldsOutsideTheContract_areIgnoredWithAWarning() throws Exception {
    Path f = dir.resolve("extra.json");
    Files.writeString(f, "{\"variables\": [\"x\",\"y\"], \"equations\": {\"x\": \"y\", \"y\": \"-x\"},"
        + " \"basis\": {\"polynomial_degree\": 2}, \"units\": \"SI\", \"expected\": {\"independent\": \"one\"}}");
    CliRun r = run(f.toString(), "--format", "json");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("warning") && r.err().contains("'units'") && r.err().contains("expected.independent"), r.err());
    assertEquals(1, new ObjectMapper().readTree(r.out()).get("independent_count").asInt());
  }

  @Test
  void dataCommands_areSubcommandsOfDiscover() throws Exception {
    Path csv = dir.resolve("osc.csv");
    CliRun sim = run("simulate", system("harmonic-2d.json").toString(), "--t-end", "6", "--dt", "0.01",
        "--trajectories", "4", "--out", csv.toString());
    assertEquals(0, sim.code(), sim.err());
    CliRun eq = run("equations", csv.toString(), "--degree", "1");
    assertEquals(0, eq.code(), eq.err());
    assertTrue(eq.out().contains("x' = px") && eq.out().contains("px' = -x"), eq.out());
    CliRun bad = run("equations", dir.resolve("missing.csv").toString());
    assertEquals(2, bad.code());
  }

  @Test
  void pdeJson_hasDensityFluxRankTermsAndVerification() throws Exception {
    CliRun r = run(system("kdv.json").toString(), "--format", "json");
    assertEquals(0, r.code(), r.err());
    JsonNode o = new ObjectMapper().readTree(r.out());
    assertEquals("pde", o.get("kind").asText());
    assertEquals(7, o.get("independent_count").asInt());
    JsonNode third = o.get("laws").get(2);
    assertEquals("u^3 - 1/2*u_x^2", third.get("density").asText());
    assertEquals(6, third.get("rank").asInt());
    assertEquals(2, third.get("terms").asInt());
    assertEquals("exact", third.get("verification").asText());
    assertTrue(third.get("flux").has("x"));
  }

  @Test
  void pdeWithMisspeltKind_exitsTwoNamingTheField() throws Exception {
    Path f = dir.resolve("bad.json");
    Files.writeString(f, "{\"kind\": \"pdf\", \"space\": [\"x\"], \"fields\": [\"u\"], \"equations\": {\"u\": \"u_x\"}, \"basis\": {\"rank\": 2}}");
    CliRun r = run(f.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("field 'kind'"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void chemistryText_printsTheThirdLawInTheParametersAndWarnsAboutFloatNoiseDecimals() {
    CliRun r = run(system("chem.json").toString());
    assertEquals(0, r.code(), r.err());
    String third = r.out().substring(r.out().indexOf("  3. "));
    String form = third.lines().filter(l -> l.contains("in the parameters:")).findFirst().orElse("");
    assertTrue(form.contains("*k5*O3") || form.contains("k5*O3"), third);
    assertTrue(form.contains("(-4*k4 + 2*k5)*H2") || form.contains("(4*k4 - 2*k5)*H2"), third);
    assertTrue(third.lines().findFirst().orElse("").contains("5499999999999998*O3"), "the values at the given parameters stay");
    assertTrue(r.err().contains("parameters.k4 = 0.015000000000000036 looks like binary floating-point noise around 0.015"), r.err());
    assertTrue(r.err().contains("--short-decimals"), r.err());
  }

  @Test
  void shortDecimals_readsNoiseAsTheShortDecimalAndGivesSmallIntegers() {
    CliRun r = run(system("chem.json").toString(), "--short-decimals", "--format", "json");
    assertEquals(0, r.code(), r.err());
    String third = r.out().substring(r.out().indexOf("\"expression\" : \"", r.out().indexOf("NO + NO2 + HNO3") + 20));
    assertTrue(third.startsWith("\"expression\" : \"22*O3 - 33*NO - 11*NO2 + 22*HCHO + 33*HO2 + 22*HO2H + 11*OH + 22*O - 8*H2\""), third);
    assertTrue(r.err().contains("read as 0.015"), r.err());
  }

  @Test
  void chemistryJson_carriesBothFormsAndTheWarnings() throws Exception {
    for (String file : new String[] {"chem.json", "chem-h2o.json"}) {
      CliRun r = run(system(file).toString(), "--format", "json", "-q");
      assertEquals(0, r.code(), r.err());
      JsonNode o = new ObjectMapper().readTree(r.out());
      assertEquals(3, o.get("warnings").size(), file);
      int forms = 0;
      for (JsonNode l : o.get("laws")) {
        if (l.get("generic").asBoolean()) {
          assertFalse(l.has("parametric"), l.toString());
          continue;
        }
        JsonNode p = l.get("parametric");
        assertTrue(p != null && p.get("expression").asText().contains("k5") && p.get("verification").asText().equals("exact"), l.toString());
        assertEquals(l.get("coefficients").size(), p.get("coefficients").size(), l.toString());
        assertTrue(l.get("expression").asText().matches(".*\\d{15}.*"), "the law at the given values keeps its exact coefficients");
        forms++;
      }
      assertEquals(1, forms, file);
    }
  }
}
