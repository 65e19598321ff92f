import dev.discover.core.DynamicalSystem;
import dev.discover.core.SystemFile;
import dev.discover.core.data.internal.EquationFinder;
import dev.discover.core.data.EquationOptions;
import dev.discover.core.data.EquationResult;
import dev.discover.core.data.IdentifiedEquation;
import dev.discover.core.data.SimulateOptions;
import dev.discover.core.data.internal.Simulator;
import dev.discover.core.data.TrajectoryData;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Identification time and coefficient errors: clean and noisy Lorenz, and Lorenz-96 with 10 variables. */
public class DataBench {
  static final String LORENZ = "{\"name\":\"Lorenz\",\"variables\":[\"x\",\"y\",\"z\"],"
      + "\"parameters\":{\"sigma\":10,\"rho\":28,\"beta\":\"8/3\"},"
      + "\"equations\":{\"x\":\"sigma*(y-x)\",\"y\":\"x*(rho-z)-y\",\"z\":\"x*y-beta*z\"},\"basis\":{\"polynomial_degree\":2}}";

  public static void main(String[] args) {
    Map<String, Map<String, Double>> lorenz = Map.of("x", Map.of("x", -10.0, "y", 10.0),
        "y", Map.of("x", 28.0, "y", -1.0, "x*z", -1.0), "z", Map.of("x*y", 1.0, "z", -8.0 / 3));
    DynamicalSystem sys = DynamicalSystem.of(SystemFile.parse(LORENZ, "lorenz"));
    SimulateOptions o = SimulateOptions.of(10, 0.002).withInitial(List.of(new double[] {-8, 8, 27}));
    EquationFinder.find(Simulator.simulate(sys, o), EquationOptions.defaults()); // warm-up
    report("Lorenz clean, 5000 samples", Simulator.simulate(sys, o), lorenz);
    for (long seed = 1; seed <= 10; seed++) {
      report("Lorenz noise 0.5, seed " + seed, Simulator.simulate(sys, o.withNoise(0.5).withSeed(seed)), lorenz);
    }
    // Lorenz-96, N = 10, F = 8: x_i' = (x_(i+1) - x_(i-2)) x_(i-1) - x_i + F
    int n = 10;
    StringBuilder vars = new StringBuilder(), eqs = new StringBuilder();
    Map<String, Map<String, Double>> l96 = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String xi = "x" + i, p1 = "x" + ((i + 1) % n), m1 = "x" + ((i + n - 1) % n), m2 = "x" + ((i + n - 2) % n);
      vars.append(i == 0 ? "" : ",").append('"').append(xi).append('"');
      eqs.append(i == 0 ? "" : ",").append('"').append(xi).append("\":\"(").append(p1).append(" - ").append(m2)
          .append(")*").append(m1).append(" - ").append(xi).append(" + 8\"");
      Map<String, Double> t = new HashMap<>();
      t.put("1", 8.0);
      t.put(xi, -1.0);
      t.put(product(p1, m1), 1.0);
      t.put(product(m2, m1), -1.0);
      l96.put(xi, t);
    }
    String json = "{\"name\":\"Lorenz-96\",\"variables\":[" + vars + "],\"equations\":{" + eqs + "},\"basis\":{\"polynomial_degree\":2}}";
    DynamicalSystem big = DynamicalSystem.of(SystemFile.parse(json, "lorenz96"));
    double[] x0 = new double[n];
    for (int i = 0; i < n; i++) x0[i] = 8 + (i == 0 ? 0.01 : 0);
    TrajectoryData d = Simulator.simulate(big, SimulateOptions.of(110, 0.001).withInitial(List.of(x0)));
    // drop the transient: keep t in [10, 110), 10^5 samples
    var tr = d.trajectories().get(0);
    double[] t = java.util.Arrays.copyOfRange(tr.t(), 10_000, 110_000);
    double[][] x = java.util.Arrays.copyOfRange(tr.x(), 10_000, 110_000);
    TrajectoryData tail = new TrajectoryData("lorenz96", d.variables(), List.of(new dev.discover.core.data.Trajectory(t, x)));
    report("Lorenz-96 (10 variables, 66 terms), 100000 samples", tail, l96);
  }

  static String product(String a, String b) {
    int ia = Integer.parseInt(a.substring(1)), ib = Integer.parseInt(b.substring(1));
    if (ia == ib) return a + "^2";
    return ia < ib ? a + "*" + b : b + "*" + a;
  }

  static void report(String label, TrajectoryData d, Map<String, Map<String, Double>> truth) {
    EquationResult r = EquationFinder.find(d, EquationOptions.defaults());
    double worst = 0;
    int missing = 0, spurious = 0;
    for (IdentifiedEquation e : r.equations()) {
      Map<String, Double> tr = truth.get(e.variable());
      for (String term : e.terms()) if (!tr.containsKey(term)) spurious++;
      for (Map.Entry<String, Double> t : tr.entrySet()) {
        double c = e.coefficient(t.getKey());
        if (c == 0) missing++;
        worst = Math.max(worst, Math.abs(c - t.getValue()) / Math.abs(t.getValue()));
      }
    }
    System.out.printf(Locale.ROOT, "%-52s %6d ms  derivative %-5s  max relative coefficient error %.2e  missing %d  spurious %d%n",
        label, r.millis(), r.derivative().name().toLowerCase(Locale.ROOT), worst, missing, spurious);
  }
}
