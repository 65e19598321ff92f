import dev.discover.core.Discovery;
import dev.discover.core.SystemFile;
import dev.discover.core.SystemSpec;
import dev.discover.core.data.EquationOptions;
import dev.discover.core.data.EquationResult;
import dev.discover.core.data.IdentifiedEquation;
import dev.discover.core.data.SimulateOptions;
import dev.discover.core.data.Trajectory;
import dev.discover.core.data.TrajectoryData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * The noise table: Lorenz (sigma 10, rho 28, beta 8/3) with Gaussian noise on every state, 20 noise draws per
 * row (seeds 1..20), through the default equations pipeline. Counts the draws whose identified terms are
 * exactly the seven true ones ("structure right") and those whose structure is right with every coefficient
 * within 2 % of the truth. Rows: one trajectory (dt 0.002, t in [0, 10), start (-8, 8, 27)) at sigma 0.5 and
 * 1.0; three trajectories of different lengths (10, 6 and 3 time units, three starts); uneven sampling (gaps of
 * 1 to 3 steps of 0.001, mean 0.002). Usage: NoiseBench [DRAWS] [-v] [row=N] (-v: the terms of every wrong draw;
 * row=N: only the N-th row).
 */
public class NoiseBench {
  static final String LORENZ = "{\"name\":\"Lorenz\",\"variables\":[\"x\",\"y\",\"z\"],"
      + "\"parameters\":{\"sigma\":10,\"rho\":28,\"beta\":\"8/3\"},"
      + "\"equations\":{\"x\":\"sigma*(y-x)\",\"y\":\"x*(rho-z)-y\",\"z\":\"x*y-beta*z\"},\"basis\":{\"polynomial_degree\":2}}";
  static final Map<String, Map<String, Double>> TRUTH = Map.of("x", Map.of("x", -10.0, "y", 10.0),
      "y", Map.of("x", 28.0, "y", -1.0, "x*z", -1.0), "z", Map.of("x*y", 1.0, "z", -8.0 / 3));
  static final SystemSpec SPEC = SystemFile.parse(LORENZ, "lorenz");
  static boolean verbose;
  static int only; // 0: every row, else just this one (1-based)
  static int rowNumber;

  interface Draw { TrajectoryData data(long seed); }

  public static void main(String[] args) {
    int draws = 20;
    for (String a : args) {
      if (a.equals("-v")) verbose = true;
      else if (a.startsWith("row=")) only = Integer.parseInt(a.substring(4));
      else draws = Integer.parseInt(a);
    }
    SimulateOptions one = SimulateOptions.of(10, 0.002).withInitial(List.of(new double[] {-8, 8, 27}));
    System.out.printf(Locale.ROOT, "%-44s %-6s %-6s %-16s %-11s %s%n", "data", "sigma", "draws", "structure right",
        "within 2 %", "worst coefficient error per draw (%)");
    for (double sigma : new double[] {0.5, 1.0}) {
      row("Lorenz, 1 trajectory, dt 0.002, 5000 samples", sigma, draws,
          seed -> Discovery.simulate(SPEC, one.withNoise(sigma).withSeed(seed)));
    }
    double[][] starts = {{-8, 8, 27}, {5, -5, 20}, {0.5, 1, 1}};
    double[] lengths = {10, 6, 3};
    row("Lorenz, 3 trajectories of 10, 6 and 3 time units", 0.5, draws, seed -> {
      List<Trajectory> trs = new ArrayList<>();
      for (int k = 0; k < 3; k++) {
        SimulateOptions o = SimulateOptions.of(lengths[k], 0.002).withInitial(List.of(starts[k]));
        trs.add(Discovery.simulate(SPEC, o.withNoise(0.5).withSeed(seed * 10 + k)).trajectories().get(0));
      }
      return new TrajectoryData("lorenz", SPEC.variables(), trs);
    });
    TrajectoryData fine = Discovery.simulate(SPEC, SimulateOptions.of(10, 0.001).withInitial(List.of(new double[] {-8, 8, 27})));
    row("Lorenz, uneven sampling, gaps 0.001 to 0.003", 0.5, draws, seed -> uneven(fine.trajectories().get(0), 0.5, seed));
    System.out.println("(* = wrong structure: a missing or spurious term)");
  }

  /** Every 1st, 2nd or 3rd sample of a fine trajectory (drawn uniformly), with Gaussian noise of sigma. */
  static TrajectoryData uneven(Trajectory fine, double sigma, long seed) {
    SplittableRandom gaps = new SplittableRandom(seed);
    Random noise = new Random(seed * 31 + 7);
    List<Double> t = new ArrayList<>();
    List<double[]> x = new ArrayList<>();
    for (int i = 0; i < fine.size(); i += 1 + gaps.nextInt(3)) {
      t.add(fine.time(i));
      double[] row = new double[3];
      for (int j = 0; j < 3; j++) row[j] = fine.value(i, j) + sigma * noise.nextGaussian();
      x.add(row);
    }
    return new TrajectoryData("lorenz", SPEC.variables(),
        List.of(new Trajectory(t.stream().mapToDouble(Double::doubleValue).toArray(), x.toArray(new double[0][]))));
  }

  static void row(String label, double sigma, int draws, Draw draw) {
    if (only != 0 && ++rowNumber != only) return;
    int structure = 0, within = 0;
    StringBuilder worstList = new StringBuilder();
    long ms = 0;
    for (long seed = 1; seed <= draws; seed++) {
      EquationResult r = Discovery.findEquations(draw.data(seed), EquationOptions.defaults());
      ms += r.millis();
      boolean exact = true;
      double worst = 0;
      StringBuilder detail = new StringBuilder();
      for (IdentifiedEquation e : r.equations()) {
        Map<String, Double> tr = TRUTH.get(e.variable());
        boolean ok = e.terms().size() == tr.size() && tr.keySet().containsAll(e.terms());
        exact &= ok;
        for (Map.Entry<String, Double> t : tr.entrySet()) {
          worst = Math.max(worst, Math.abs(e.coefficient(t.getKey()) - t.getValue()) / Math.abs(t.getValue()));
        }
        if (!ok) {
          TreeSet<String> spurious = new TreeSet<>(e.terms());
          spurious.removeAll(tr.keySet());
          TreeSet<String> missing = new TreeSet<>(tr.keySet());
          missing.removeAll(e.terms());
          detail.append(String.format(Locale.ROOT, " %s': spurious %s missing %s;", e.variable(), spurious, missing));
        }
      }
      if (exact) structure++;
      if (exact && worst <= 0.02) within++;
      worstList.append(String.format(Locale.ROOT, "%s%.1f%s", worstList.length() == 0 ? "" : " ", 100 * worst, exact ? "" : "*"));
      if (verbose && (!exact || worst > 0.02)) {
        System.out.printf(Locale.ROOT, "  seed %d: %s, refined %s, worst %.2f %%;%s %s%n", seed,
            r.derivative().name().toLowerCase(Locale.ROOT), r.refined(), 100 * worst, detail, r.equations());
      }
    }
    System.out.printf(Locale.ROOT, "%-44s %-6.1f %-6d %-16d %-11d %s   (%.1f s per draw)%n", label, sigma, draws, structure,
        within, worstList, ms / 1000.0 / draws);
  }
}
