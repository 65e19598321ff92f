package dev.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulate, equations and invariants commands: output, exit codes and messages. */
class DataCommandsTest {
  private static final String LORENZ = "{\"name\":\"Lorenz\",\"variables\":[\"x\",\"y\",\"z\"],"
      + "\"parameters\":{\"sigma\":10,\"rho\":28,\"beta\":\"8/3\"},"
      + "\"equations\":{\"x\":\"sigma*(y-x)\",\"y\":\"x*(rho-z)-y\",\"z\":\"x*y-beta*z\"},\"basis\":{\"polynomial_degree\":2}}";
  private static final String EULER = "{\"name\":\"Euler top\",\"variables\":[\"a\",\"b\",\"c\"],"
      + "\"equations\":{\"a\":\"-b*c\",\"b\":\"a*c\",\"c\":\"-a*b/3\"},\"basis\":{\"polynomial_degree\":2}}";

  @TempDir Path dir;

  /** Exit code, standard output and standard error of one run. */
  private static CliRun run(Object command, String... args) { return CliRun.of(command, args); }

  private Path file(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void simulateThenEquations_printsLorenzWithRoundedCoefficients() throws Exception {
    Path sys = file("lorenz.json", LORENZ);
    Path csv = dir.resolve("traj.csv");
    CliRun sim = run(new SimulateCommand(), sys.toString(), "--t-end", "10", "--dt", "0.002", "--initial", "x=-8,y=8,z=27",
        "--out", csv.toString());
    assertEquals(0, sim.code(), sim.err());
    assertEquals("t,x,y,z", Files.readAllLines(csv).get(0));
    Path out = dir.resolve("identified.json");
    CliRun eq = run(new EquationsCommand(), csv.toString(), "--out", out.toString());
    assertEquals(0, eq.code(), eq.err());
    List<String> lines = eq.out().lines().toList();
    assertEquals("x' = -10 x + 10 y", lines.get(0));
    assertEquals("y' = 28 x - y - x z", lines.get(1));
    assertEquals("z' = -2.667 z + x y", lines.get(2));
    assertTrue(eq.out().contains("R^2 = 1.0000000"));
    JsonNode written = new ObjectMapper().readTree(out.toFile());
    assertEquals("-(8/3)*z + x*y", written.get("equations").get("z").asText());
    assertEquals(2, written.get("basis").get("polynomial_degree").asInt());
  }

  @Test
  void equationsWithLaws_findsTheEulerTopLawsOfTheIdentifiedSystem() throws Exception {
    Path sys = file("euler.json", EULER);
    Path csv = dir.resolve("euler.csv");
    assertEquals(0, run(new SimulateCommand(), sys.toString(), "--t-end", "10", "--dt", "0.01", "--trajectories", "4",
        "--out", csv.toString()).code());
    CliRun eq = run(new EquationsCommand(), csv.toString(), "--laws");
    assertEquals(0, eq.code(), eq.err());
    assertTrue(eq.out().contains("c' = -0.3333 a b"), eq.out());
    assertTrue(eq.out().contains("Independent laws: 2"), eq.out());
  }

  @Test
  void invariantsJson_followsTheLawsOutputContract() throws Exception {
    Path sys = file("euler.json", EULER);
    Path csv = dir.resolve("euler.csv");
    run(new SimulateCommand(), sys.toString(), "--t-end", "10", "--dt", "0.01", "--trajectories", "6", "--out", csv.toString());
    CliRun inv = run(new InvariantsCommand(), csv.toString(), "--basis", "{\"polynomial_degree\": 2}", "--format", "json");
    assertEquals(0, inv.code(), inv.err());
    JsonNode j = new ObjectMapper().readTree(inv.out());
    assertEquals(List.of("a", "b", "c"), List.of(j.get("variables").get(0).asText(), j.get("variables").get(1).asText(),
        j.get("variables").get(2).asText()));
    assertEquals(9, j.get("basis_size").asInt());
    assertEquals(2, j.get("null_space_dimension").asInt());
    assertEquals(2, j.get("independent_count").asInt());
    for (JsonNode law : j.get("laws")) {
      assertEquals("numeric", law.get("verification").asText());
      assertTrue(law.get("residual").asDouble() < 1e-6);
      assertEquals(2, law.get("terms").asInt());
      assertFalse(law.get("latex").asText().isEmpty());
    }
    assertTrue(j.get("timings_ms").has("total"));
  }

  @Test
  void invariants_takesTheBasisOfASystemFile() throws Exception {
    Path sys = file("euler.json", EULER);
    Path csv = dir.resolve("euler.csv");
    run(new SimulateCommand(), sys.toString(), "--t-end", "10", "--dt", "0.01", "--trajectories", "6", "--out", csv.toString());
    CliRun inv = run(new InvariantsCommand(), csv.toString(), "--system", sys.toString());
    assertEquals(0, inv.code(), inv.err());
    assertTrue(inv.out().startsWith("2 conserved quantities"), inv.out());
  }

  @Test
  void equations_rejectsNonIncreasingTimeWithExit2NamingTheLine() throws Exception {
    Path csv = file("bad.csv", "t,x,y\n0,1,2\n0.1,1,2\n0.1,1,3\n");
    Path out = dir.resolve("never.json");
    CliRun r = run(new EquationsCommand(), csv.toString(), "--out", out.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("discover equations: " + csv + ":4: time 0.1 does not increase"), r.err());
    assertEquals(1, r.err().lines().count(), "one line, no stack trace");
    assertFalse(Files.exists(out));
  }

  @Test
  void equations_rejectsTextInANumberFieldAndUnknownOptions() throws Exception {
    Path csv = file("bad.csv", "t,x\n0,1\n1,one\n");
    CliRun r = run(new EquationsCommand(), csv.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains(":3: column 'x': expected a number, got 'one'"), r.err());
    assertEquals(2, run(new EquationsCommand(), csv.toString(), "--optimizer", "magic").code());
  }

  @Test
  void invariants_rejectsABadBasisWithExit2NamingTheField() throws Exception {
    Path csv = file("t.csv", "t,x,y\n0,1,2\n1,2,3\n2,3,4\n3,4,5\n4,5,6\n5,6,7\n");
    CliRun r = run(new InvariantsCommand(), csv.toString(), "--basis", "{\"polynomial_degree\": -1}");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("discover invariants: --basis: field 'basis.polynomial_degree'"), r.err());
    CliRun unknown = run(new InvariantsCommand(), csv.toString(), "--basis", "{\"functions\": [\"w^2\"]}");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("unknown name 'w'"), unknown.err());
  }

  @Test
  void simulate_reportsBlowUpAsBadInputWithWhatToChangeAndWritesNothing() throws Exception {
    Path sys = file("blow.json", "{\"variables\":[\"x\"],\"equations\":{\"x\":\"x^2\"},\"basis\":{\"polynomial_degree\":1}}");
    Path csv = dir.resolve("blow.csv");
    CliRun r = run(new SimulateCommand(), sys.toString(), "--t-end", "5", "--dt", "0.01", "--initial", "x=1", "--out", csv.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains(sys + ": trajectory 1: blow-up near t = 1") && r.err().contains("expected a --t-end before the blow-up"),
        r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertFalse(Files.exists(csv));
  }

  @Test
  void simulate_rejectsAnIncompleteInitialStateWithExit2() throws Exception {
    Path sys = file("lorenz.json", LORENZ);
    CliRun r = run(new SimulateCommand(), sys.toString(), "--t-end", "1", "--dt", "0.1", "--initial", "x=1,y=2");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no value for z"), r.err());
  }
}
