import dev.discover.core.DynamicalSystem;
import dev.discover.core.SystemFile;
import dev.discover.core.data.EquationFinder;
import dev.discover.core.data.EquationOptions;
import dev.discover.core.data.EquationResult;
import dev.discover.core.data.IdentifiedEquation;
import dev.discover.core.data.SimulateOptions;
import dev.discover.core.data.Simulator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The noise table: Lorenz (dt 0.002, t in [0, 10), start (-8, 8, 27)) with Gaussian noise of sigma 0.5 and
 * 1.0 on every state, 20 noise draws each (seeds 1..20), through the default equations pipeline. Counts the
 * draws whose identified terms are exactly the seven true ones ("structure right") and those whose structure
 * is right with every coefficient within 2 % of the truth.
 */
public class NoiseBench {
  static final String LORENZ = "{\"name\":\"Lorenz\",\"variables\":[\"x\",\"y\",\"z\"],"
      + "\"parameters\":{\"sigma\":10,\"rho\":28,\"beta\":\"8/3\"},"
      + "\"equations\":{\"x\":\"sigma*(y-x)\",\"y\":\"x*(rho-z)-y\",\"z\":\"x*y-beta*z\"},\"basis\":{\"polynomial_degree\":2}}";

  public static void main(String[] args) {
    int draws = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    Map<String, Map<String, Double>> truth = Map.of("x", Map.of("x", -10.0, "y", 10.0),
        "y", Map.of("x", 28.0, "y", -1.0, "x*z", -1.0), "z", Map.of("x*y", 1.0, "z", -8.0 / 3));
    DynamicalSystem sys = DynamicalSystem.of(SystemFile.parse(LORENZ, "lorenz"));
    SimulateOptions o = SimulateOptions.of(10, 0.002).withInitial(List.of(new double[] {-8, 8, 27}));
    System.out.printf(Locale.ROOT, "%-6s %-6s %-16s %-12s %s%n", "sigma", "draws", "structure right", "within 2 %",
        "worst coefficient error per draw (%)");
    for (double sigma : new double[] {0.5, 1.0}) {
      int structure = 0, within = 0;
      StringBuilder worstList = new StringBuilder();
      for (long seed = 1; seed <= draws; seed++) {
        EquationResult r = EquationFinder.find(Simulator.simulate(sys, o.withNoise(sigma).withSeed(seed)),
            EquationOptions.defaults());
        boolean exact = true;
        double worst = 0;
        for (IdentifiedEquation e : r.equations()) {
          Map<String, Double> tr = truth.get(e.variable());
          exact &= e.terms().size() == tr.size() && tr.keySet().containsAll(e.terms());
          for (Map.Entry<String, Double> t : tr.entrySet()) {
            worst = Math.max(worst, Math.abs(e.coefficient(t.getKey()) - t.getValue()) / Math.abs(t.getValue()));
          }
        }
        if (exact) structure++;
        if (exact && worst <= 0.02) within++;
        worstList.append(String.format(Locale.ROOT, "%s%.1f%s", worstList.length() == 0 ? "" : " ", 100 * worst, exact ? "" : "*"));
      }
      System.out.printf(Locale.ROOT, "%-6.1f %-6d %-16d %-12d %s%n", sigma, draws, structure, within, worstList);
    }
    System.out.println("(* = wrong structure: a missing or spurious term)");
  }
}
