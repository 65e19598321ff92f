package dev.discover.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.core.data.internal.Simulator;
import dev.discover.io.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trajectory CSV format: round trips, and one-line messages naming file and line on bad input. */
class TrajectoryCsvTest {
  @TempDir Path dir;

  private static String error(String text) {
    return assertThrows(InputException.class, () -> TrajectoryCsv.parse(List.of(text.split("\n")), "f.csv")).getMessage();
  }

  @Test
  void writeThenRead_roundTripsSeveralTrajectoriesExactly() throws Exception {
    TrajectoryData d = Simulator.simulate(TestSystems.system(TestSystems.OSCILLATOR), SimulateOptions.of(1, 0.1).withTrajectories(3));
    Path f = dir.resolve("t.csv");
    TrajectoryCsv.write(d, f);
    assertTrue(Files.readAllLines(f).get(0).equals("t,trajectory,x,y"));
    TrajectoryData back = TrajectoryCsv.read(f);
    assertEquals(3, back.trajectories().size());
    assertEquals(d.trajectories().get(2).value(7, 1), back.trajectories().get(2).value(7, 1), 0.0);
    try (var files = Files.list(dir)) { assertEquals(1, files.count(), "no temporary file left"); }
  }

  @Test
  void parse_namesTheLineOfEachKindOfBadInput() {
    assertEquals("f.csv:3: expected 3 fields (t,x,y), got 2", error("t,x,y\n0,1,2\n1,2"));
    assertEquals("f.csv:3: column 'x': expected a number, got 'abc'", error("t,x,y\n0,1,2\n1,abc,2"));
    assertTrue(error("t,x,y\n0,1,2\n0,1,2").startsWith("f.csv:3: time 0 does not increase"));
    assertEquals("f.csv:2: the file has a single sample; need at least 2", error("t,x,y\n0,1,2"));
    assertEquals("f.csv:3: column 'y': expected a finite number, got 'NaN'", error("t,x,y\n0,1,2\n1,2,NaN"));
    assertEquals("f.csv:2: column 't': expected a finite number, got 'Infinity'", error("t,x,y\nInfinity,1,2\n1,2,3"));
    assertTrue(error("x,y\n0,1").contains("no 't' column"));
  }

  @Test
  void parse_splitsOnTheTrajectoryColumnAndChecksTimePerTrajectory() {
    TrajectoryData d = TrajectoryCsv.parse(List.of("t,trajectory,x", "0,a,1", "0,b,5", "1,a,2", "1,b,6"), "f.csv");
    assertEquals(2, d.trajectories().size());
    assertEquals(6, d.trajectories().get(1).value(1, 0), 0.0);
    String msg = assertThrows(InputException.class, () -> TrajectoryCsv.parse(
        List.of("t,trajectory,x", "0,a,1", "1,a,2", "0.5,a,3"), "f.csv")).getMessage();
    assertTrue(msg.startsWith("f.csv:4:") && msg.contains("trajectory a"), msg);
  }

  @Test
  void read_missingFileIsInputError() {
    assertFalse(Files.exists(dir.resolve("none.csv")));
    assertTrue(assertThrows(InputException.class, () -> TrajectoryCsv.read(dir.resolve("none.csv"))).getMessage().endsWith("no such file"));
  }
}
