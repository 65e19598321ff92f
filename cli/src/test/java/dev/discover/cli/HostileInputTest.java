package dev.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad and hostile input through the whole command line: exit 2 with one short line naming the file, field or
 * option, before any long work; never a stack trace, a hang, exit 1, a false law or a half-written file.
 */
class HostileInputTest {
  private static final String OSCILLATOR = "{\"variables\":[\"x\",\"y\"],\"equations\":{\"x\":\"y\",\"y\":\"-x\"},"
      + "\"basis\":{\"polynomial_degree\":2}}";

  @TempDir Path dir;

  private static CliRun run(String... args) { return CliRun.top(args); }

  private Path file(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  /** Exit 2, one short line on standard error that contains {@code mention}, nothing on standard output. */
  private static void assertBadInput(CliRun r, String mention) {
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains(mention), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertTrue(r.err().length() < 600, "message of " + r.err().length() + " characters");
  }

  private static String system(String equationY, String basis) {
    return "{\"variables\":[\"x\",\"y\"],\"equations\":{\"x\":\"y\",\"y\":\"" + equationY + "\"},\"basis\":" + basis + "}";
  }

  @Test
  void deeplyNestedOrHugeExpressions_areBadInputNamingTheLimit() throws Exception {
    String[] bodies = {"(".repeat(20_000) + "x" + ")".repeat(20_000), "sin(".repeat(19_000) + "x" + ")".repeat(19_000),
        "x" + "^x".repeat(30_000), "x" + "+x".repeat(40_000), "x" + "*x".repeat(500_000)};
    for (String body : bodies) {
      Path f = file("deep.json", system(body, "{\"polynomial_degree\":2}"));
      CliRun r = run(f.toString(), "-q");
      assertBadInput(r, "equations.y");
      assertTrue(r.err().contains("-Ddiscover.expr."), r.err());
    }
  }

  @Test
  void headerOnlyCsvWithAMillionColumns_isRefusedAtOnce() throws Exception {
    String header = "t," + IntStream.range(0, 1_000_000).mapToObj(i -> "c" + i).collect(Collectors.joining(","));
    Path csv = file("wide.csv", header + "\n");
    assertBadInput(run("equations", csv.toString()), "discover.csv.maxColumns");
    assertBadInput(run("invariants", csv.toString()), "discover.csv.maxColumns");
    assertBadInput(run("formula", csv.toString(), "--target", "c1", "--no-network"), "discover.csv.maxColumns");
  }

  @Test
  void absurdBasisDegrees_areRefusedAtOnce() throws Exception {
    Path deg = file("deg.json", "{\"variables\":[\"x\"],\"equations\":{\"x\":\"-x\"},\"basis\":{\"polynomial_degree\":2147483647}}");
    assertBadInput(run(deg.toString(), "-q"), "max_size");
    Path mult = file("mult.json", "{\"variables\":[\"x\"],\"equations\":{\"x\":\"-x\"},\"basis\":{\"polynomial_degree\":1,"
        + "\"extra_functions\":[{\"function\":\"sin(x)\",\"multiplier_degree\":2147483647}]}}");
    assertBadInput(run(mult.toString(), "-q"), "max_size");
  }

  @Test
  void hugeExponent_isBadInputNotAFalseLaw() throws Exception {
    Path f = file("pow.json", system("x^99999999", "{\"polynomial_degree\":2}"));
    assertBadInput(run(f.toString(), "-q", "--format", "json"), "discover.expr.maxExponent");
  }

  @Test
  void polynomialSystemWithALargeExponent_takesTheExactRouteAndFindsNoLaw() throws Exception {
    Path f = file("pow.json", system("x^9999", "{\"polynomial_degree\":2}"));
    CliRun r = run(f.toString(), "-q", "--format", "json");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"laws\":[]") || r.out().contains("\"laws\" : [ ]"), r.out());
  }

  @Test
  void outputPaths_areCheckedBeforeTheWorkWithOneSetOfRules() throws Exception {
    Path sys = file("osc.json", OSCILLATOR);
    Path existingFile = file("taken.txt", "x");
    assertBadInput(run(sys.toString(), "-q", "--plot", ""), "--plot");
    assertBadInput(run(sys.toString(), "-q", "--plot", existingFile.toString()), "not a directory");
    assertBadInput(run("formula", "--feynman", "I.6.2a", "--plot", existingFile.toString(), "--no-network"), "--plot");
    assertBadInput(run("formula", "--feynman", "I.6.2a", "--plot", existingFile.resolve("sub").toString(), "--no-network"),
        "which is a file");
    assertBadInput(run("simulate", sys.toString(), "--t-end", "1", "--dt", "0.1", "--out", ""), "--out");
    assertBadInput(run("simulate", sys.toString(), "--t-end", "1", "--dt", "0.1", "--out", dir.toString()), "is a directory");
    Path nested = dir.resolve("new").resolve("dir").resolve("traj.csv");
    CliRun ok = run("simulate", sys.toString(), "--t-end", "1", "--dt", "0.1", "--out", nested.toString());
    assertEquals(0, ok.code(), ok.err());
    assertEquals("t,x,y", Files.readAllLines(nested).get(0));
    assertBadInput(run("equations", nested.toString(), "--out", dir.toString()), "is a directory");
    // a name longer than file systems take is refused before the work, also one of 240 bytes, whose temporary
    // sibling would have been longer still
    for (int length : new int[] {240, 300}) {
      String longName = "n".repeat(length) + ".csv";
      CliRun r = run("equations", nested.toString(), "--out", dir.resolve(longName).toString());
      if (length + 4 > 255) {
        assertBadInput(r, "file systems take at most 255");
        assertTrue(r.out().isEmpty(), "the work ran before the check: " + r.out());
      } else {
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(dir.resolve(longName)));
      }
    }
  }

  @Test
  void initialStateWithAnInfiniteRightHandSideOrBeyondTheBlowUpLimit_isBadInputNamingTheState() throws Exception {
    Path sys = file("square.json", "{\"variables\":[\"x\"],\"equations\":{\"x\":\"x^2\"},\"basis\":{\"polynomial_degree\":1}}");
    CliRun r = run("simulate", sys.toString(), "--t-end", "0.5", "--dt", "0.1", "--initial", "x=1e300",
        "--out", dir.resolve("o.csv").toString());
    assertBadInput(r, "x = 1.0E300");
    assertFalse(Files.exists(dir.resolve("o.csv")));
    // beyond the blow-up limit already at the start (sqrt is finite there): bad input too, not a blow-up at t = 0
    Path root = file("root.json", "{\"variables\":[\"x\"],\"equations\":{\"x\":\"sqrt(x)\"},\"basis\":{\"polynomial_degree\":1}}");
    assertBadInput(run("simulate", root.toString(), "--t-end", "1", "--dt", "0.1", "--initial", "x=1e300",
        "--out", dir.resolve("r.csv").toString()), "beyond the blow-up limit");
    assertFalse(Files.exists(dir.resolve("r.csv")));
  }

  @Test
  void valuesNear1e307_areBadInputNamingFileAndColumn() throws Exception {
    StringBuilder sb = new StringBuilder("x,y,z\n");
    StringBuilder tr = new StringBuilder("t,x,y\n");
    for (int i = 0; i < 60; i++) {
      double x = (1 + i / 60.0) * 1e307;
      sb.append(x).append(',').append(1 + i / 7.0).append(',').append(x / 3).append('\n');
      tr.append(i * 0.1).append(',').append(x).append(',').append(i).append('\n');
    }
    Path csv = file("big.csv", sb.toString());
    assertBadInput(run("formula", csv.toString(), "--target", "z", "--no-network"), "column 'x'");
    Path traj = file("bigt.csv", tr.toString());
    assertBadInput(run("equations", traj.toString()), "column 'x'");
    StringBuilder moderate = new StringBuilder("t,x,y\n");
    for (int i = 0; i < 60; i++) moderate.append(i * 0.1).append(',').append(Math.sin(i) * 1e140).append(',').append(i).append('\n');
    assertBadInput(run("equations", file("b140.csv", moderate.toString()).toString()), "degree 2");
    assertBadInput(run("formula", "--feynman", "I.6.2a", "--noise", "1e308", "--no-network"), "--noise");
  }

  @Test
  void nestedPowersWhoseExactValueIsAbsurd_areRefusedBeforeTheyAreComputed() throws Exception {
    Path big = file("big.json", system("((9^9999)^9999)^9999*x", "{\"polynomial_degree\":2}"));
    assertBadInput(run(big.toString(), "-q", "--format", "json"), "discover.expr.maxConstantBits");
    Path deg = file("deg.json", system("(x^9999)^9999", "{\"polynomial_degree\":2}"));
    assertBadInput(run(deg.toString(), "-q", "--format", "json"), "discover.expr.maxExponent");
  }

  @Test
  void basisFunctionDividingByZero_isBadInputNamingTheField() throws Exception {
    Path f = file("dz.json", "{\"variables\":[\"x\",\"y\"],\"equations\":{\"x\":\"x*x\",\"y\":\"-y\"},"
        + "\"basis\":{\"polynomial_degree\":2,\"functions\":[\"x\",\"1/(x-x)\"]}}");
    assertBadInput(run(f.toString(), "-q", "--cross-check"), "basis.functions[1]");
    Path g = file("dz2.json", "{\"variables\":[\"x\"],\"equations\":{\"x\":\"-x\"},"
        + "\"basis\":{\"polynomial_degree\":1,\"extra_functions\":[{\"function\":\"x/(2*x-x-x)\",\"multiplier_degree\":1}]}}");
    assertBadInput(run(g.toString(), "-q"), "basis.extra_functions[0].function");
  }

  @Test
  void systemFileWithTrailingText_isMalformed() throws Exception {
    Path f = file("trail.json", OSCILLATOR + " trailing text");
    assertBadInput(run(f.toString(), "-q"), "malformed JSON");
  }

  @Test
  void longFieldsAreQuotedAsExcerpts() throws Exception {
    String digits = "9".repeat(100_000);
    Path csv = file("long.csv", "t,x,y\n0,1,2\n1," + digits + "x,3\n");
    assertBadInput(run("equations", csv.toString()), "100001 characters");
    Path sys = file("long.json", system("y + " + "q".repeat(100_000), "{\"polynomial_degree\":2}"));
    assertBadInput(run(sys.toString(), "-q"), "equations.y");
  }

  @Test
  void duplicateColumnNamesInFormulaData_areBadInput() throws Exception {
    StringBuilder sb = new StringBuilder("x,x,y\n");
    for (int i = 0; i < 30; i++) sb.append(i).append(',').append(2 * i).append(',').append(3 * i + 1).append('\n');
    Path csv = file("dup.csv", sb.toString());
    assertBadInput(run("formula", csv.toString(), "--target", "y", "--no-network"), "appears twice");
  }

  @Test
  void optionErrors_nameTheOptionNotAnInternalSetting() throws Exception {
    Path sys = file("osc.json", OSCILLATOR);
    CliRun sim = run("simulate", sys.toString(), "--t-end", "5", "--dt", "0.05", "--trajectories", "4", "--out",
        dir.resolve("t.csv").toString());
    assertEquals(0, sim.code(), sim.err());
    Path csv = dir.resolve("t.csv");
    assertBadInput(run("invariants", csv.toString(), "--held-out", "1"), "--held-out");
    assertBadInput(run("invariants", csv.toString(), "--min-confidence", "2"), "--min-confidence");
    assertBadInput(run(sys.toString(), "-q", "--max-basis", "0"), "--max-basis");
  }

  @Test
  void inverseSquareSineInteractions_getTheirLawsThoughSymjaAnswersWithCotangents() throws Exception {
    // The 3-particle Sutherland model, V = sum 1/sin(q_i - q_j)^2.
    Path f = file("sutherland.json", "{\"variables\":[\"q1\",\"q2\",\"q3\",\"p1\",\"p2\",\"p3\"],\"equations\":{"
        + "\"q1\":\"p1\",\"q2\":\"p2\",\"q3\":\"p3\","
        + "\"p1\":\"2*cos(q1-q2)/sin(q1-q2)^3 + 2*cos(q1-q3)/sin(q1-q3)^3\","
        + "\"p2\":\"-2*cos(q1-q2)/sin(q1-q2)^3 + 2*cos(q2-q3)/sin(q2-q3)^3\","
        + "\"p3\":\"-2*cos(q1-q3)/sin(q1-q3)^3 - 2*cos(q2-q3)/sin(q2-q3)^3\"},"
        + "\"basis\":{\"polynomial_degree\":2,\"polynomial_variables\":[\"p1\",\"p2\",\"p3\"],"
        + "\"functions\":[\"1/sin(q1-q2)^2\",\"1/sin(q1-q3)^2\",\"1/sin(q2-q3)^2\"]}}");
    CliRun r = run(f.toString(), "-q", "--format", "json");
    assertEquals(0, r.code(), r.err());
    com.fasterxml.jackson.databind.JsonNode j = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
    assertEquals(2, j.get("independent_count").asInt(), r.out());
    assertEquals("p1 + p2 + p3", j.get("laws").get(0).get("expression").asText());
    assertEquals("exact", j.get("laws").get(1).get("verification").asText(), r.out());
  }

  @Test
  void feynmanFileWithAnUnparsableFormula_isBadInput() throws Exception {
    Path f = file("feynman.csv", "Filename,Number,Output,Formula,# variables,v1_name,v1_low,v1_high\n"
        + "X.1,1,f,exp(theta $ 2),1,theta,1,3\n");
    assertBadInput(run("formula", "--feynman", "X.1", "--feynman-file", f.toString(), "--no-network"), "X.1");
    Path empty = file("empty.csv", "Filename,Number,Output,Formula,# variables,v1_name,v1_low,v1_high\n");
    assertBadInput(run("formula", "--feynman", "X.1", "--feynman-file", empty.toString(), "--no-network"), "no rows");
  }

  @Test
  void outputsWhereNoFileCanBeCreated_areBadInputBeforeTheWork() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs /proc");
    Path sys = file("osc.json", OSCILLATOR);
    // /proc reads as writable to root, but nothing can be created there
    assertBadInput(run(sys.toString(), "-q", "--plot", "/proc/discover-plots"), "--plot");
    assertBadInput(run("simulate", sys.toString(), "--t-end", "1", "--dt", "0.1", "--out", "/proc/discover.csv"), "--out");
    assertBadInput(run("formula", "--feynman", "I.6.2a", "--plot", "/proc/discover-plots", "--no-network"), "--plot");
    assertFalse(Files.exists(Path.of("/proc/discover-plots")));
  }

  @Test
  void formulaPlotsIntoAMissingDirectory_createItLikeEveryOtherOutput() throws Exception {
    Path plots = dir.resolve("new").resolve("plots");
    StringBuilder rows = new StringBuilder("x,y\n");
    for (int i = 1; i <= 50; i++) rows.append(i / 10.0).append(',').append(3 * i / 10.0).append('\n');
    CliRun r = run("formula", file("line.csv", rows.toString()).toString(), "--target", "y", "--time-limit", "5s",
        "--no-network", "-q", "--plot", plots.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.isDirectory(plots), "the plot directory was not created");
  }

  @Test
  void malformedJsonOfALongFile_isQuotedAsAnExcerpt() throws Exception {
    String longSystem = "{\"variables\":[\"x\"],\"description\":\"" + "d".repeat(200_000) + "\",\"equations\":{\"x\":-x}}";
    CliRun r = run(file("long-bad.json", longSystem).toString(), "-q");
    assertBadInput(r, "malformed JSON");
  }

  @Test
  void controlCharactersInBadInput_areEscapedSoTheMessageStaysOneLine() throws Exception {
    Path csv = file("ctl.csv", "t,x\n0,1\n1,no\u001b[2J\u0007oops\n");
    CliRun r = run("equations", csv.toString());
    assertBadInput(r, "\\u001b");
    assertTrue(r.err().contains("\\u0007"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().strip().chars().noneMatch(c -> c < 0x20), r.err());
  }

  @Test
  void zeroToTheZeroAsAnExtraFunction_getsAnAnswerNotAnInternalFailure() throws Exception {
    // Symja answers 0^0 with Indeterminate, outside the grammar
    Path f = file("zz.json", "{\"variables\":[\"x\",\"y\"],\"equations\":{\"x\":\"y\",\"y\":\"-x\"},"
        + "\"basis\":{\"polynomial_degree\":1,\"extra_functions\":[{\"function\":\"0^0\",\"multiplier_degree\":1}]}}");
    CliRun r = run(f.toString(), "-q", "--format", "json");
    assertEquals(0, r.code(), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertEquals(0, new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).get("independent_count").asInt(), r.out());
  }
}
