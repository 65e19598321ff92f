package dev.discover.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.io.InputException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The trajectory CSV reader over random and shrinking tables: trajectories or one short line; written data read back. */
class TrajectoryCsvPropertiesTest {
  @Property(tries = 250, seed = "20261231")
  void randomTablesGiveTrajectoriesOrOneShortLineNamingTheFile(@ForAll("tables") List<String> lines) {
    try {
      TrajectoryData d = TrajectoryCsv.parse(lines, "traj.csv");
      for (Trajectory tr : d.trajectories()) {
        assertTrue(tr.size() >= 2);
        for (int i = 1; i < tr.size(); i++) assertTrue(tr.time(i) > tr.time(i - 1));
      }
    } catch (InputException e) {
      String m = e.getMessage();
      assertTrue(m.startsWith("traj.csv:"), m);
      assertTrue(m.length() < 900 && m.chars().noneMatch(Character::isISOControl), m);
    }
  }

  @Property(tries = 100, seed = "20261232")
  void writtenTrajectoriesReadBackExactly(@ForAll("data") TrajectoryData data) throws Exception {
    StringWriter w = new StringWriter();
    TrajectoryCsv.write(data, w);
    TrajectoryData back = TrajectoryCsv.parse(List.of(w.toString().split("\n")), "back.csv");
    assertEquals(data.variables(), back.variables());
    assertEquals(data.trajectories().size(), back.trajectories().size());
    for (int k = 0; k < data.trajectories().size(); k++) {
      Trajectory a = data.trajectories().get(k), b = back.trajectories().get(k);
      assertArrayEquals(a.t(), b.t(), 0.0);
      for (int i = 0; i < a.size(); i++) assertArrayEquals(a.x()[i], b.x()[i], 0.0);
    }
  }

  @Provide
  Arbitrary<List<String>> tables() {
    Arbitrary<String> name = Arbitraries.of("t", "time", "trajectory", "x", "y", "x", "1a", "", "a b", "\u0001");
    Arbitrary<String> field = Arbitraries.oneOf(Arbitraries.of("", "nan", "inf", "1e999", "-0", "a", "x", "9".repeat(400)),
        Arbitraries.doubles().between(-3, 3).map(String::valueOf), Arbitraries.integers().between(-2, 5).map(String::valueOf));
    Arbitrary<String> header = name.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(",", l));
    Arbitrary<String> row = field.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(",", l));
    return Combinators.combine(header, row.list().ofMaxSize(8)).as((h, rows) -> {
      List<String> all = new ArrayList<>();
      all.add(h);
      all.addAll(rows);
      return all;
    });
  }

  @Provide
  Arbitrary<TrajectoryData> data() {
    Arbitrary<Trajectory> trajectory = Combinators.combine(Arbitraries.integers().between(2, 15), Arbitraries.longs())
        .as((n, seed) -> {
          java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
          double[] t = new double[n];
          double[][] x = new double[n][2];
          t[0] = r.nextDouble(-10, 10);
          for (int i = 0; i < n; i++) {
            if (i > 0) t[i] = t[i - 1] + r.nextDouble(1e-6, 2); // uneven sampling
            x[i][0] = r.nextDouble(-1e6, 1e6);
            x[i][1] = r.nextGaussian() * Math.pow(10, r.nextInt(-200, 200));
          }
          return new Trajectory(t, x);
        });
    return trajectory.list().ofMinSize(1).ofMaxSize(3).map(l -> new TrajectoryData("data", List.of("q", "p"), l));
  }
}
