package dev.discover.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.io.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingCsvTest {
  @TempDir Path dir;

  @Test
  void csvTrajectories_areMatchedByColumnName_andTheWorstOneIsNamed() throws Exception {
    // columns in another order than the law's variables; trajectory 2 drifts at its third sample
    Path csv = dir.resolve("run.csv");
    Files.writeString(csv, String.join("\n", "t,trajectory,p,x",
        "0,a,0,1", "0.5,a,0.6,0.8", "1,a,0.8,-0.6",
        "0,b,1,0", "0.5,b,0,1", "1,b,0.1,1.1", "") );
    List<Recording> runs = Recording.fromCsv(csv);
    assertEquals(2, runs.size());
    Law energy = Law.parse("x^2 + p^2", "x", "p");
    AssertionError e = assertThrows(AssertionError.class, () -> Conservation.assertConserved(List.of(energy), runs, Tolerance.relative(1e-6)));
    assertTrue(e.getMessage().contains("at t = 1, step 2 of trajectory 2 of run.csv"), e.getMessage());
    LawDrift d = Conservation.check(List.of(energy), runs, Tolerance.relative(1e-6)).drifts().get(0);
    assertEquals(0.22, d.drift(), 1e-12);
    assertEquals(1.0, d.initial(), 0);
    Conservation.assertConserved(List.of(energy), runs.subList(0, 1), Tolerance.relative(1e-12));
  }

  @Test
  void badCsv_isTheEnginesOneLineInputError() throws Exception {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "t,x\n0,1\n1,abc\n");
    InputException e = assertThrows(InputException.class, () -> Recording.fromCsv(csv));
    assertTrue(e.getMessage().contains("bad.csv:3"), e.getMessage());
  }
}
