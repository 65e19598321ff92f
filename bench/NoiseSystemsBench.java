import dev.discover.core.Discovery;
import dev.discover.core.DynamicalSystem;
import dev.discover.core.SystemFile;
import dev.discover.core.SystemSpec;
import dev.discover.core.data.EquationOptions;
import dev.discover.core.data.EquationResult;
import dev.discover.core.data.IdentifiedEquation;
import dev.discover.core.data.SimulateOptions;
import dev.discover.core.data.Trajectory;
import dev.discover.core.data.TrajectoryData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The noisy equations pipeline beyond Lorenz: systems of systems/ with polynomial right-hand sides of degree 2,
 * three trajectories each (t in [0, 20), dt 0.01, initial states uniform in a range where the system stays
 * bounded), Gaussian noise of 3 % of the mean standard deviation of the variables, 5 noise draws. "Structure
 * right": the same terms as the identification from the clean data (which is exact); "field error": rms of
 * f_identified - f_true over rms f_true at the clean states, the median over the draws.
 */
public class NoiseSystemsBench {
  record Case(String file, double lo, double hi) {}

  static final List<Case> CASES = List.of(new Case("lotka-volterra", 0.5, 3), new Case("euler-top", -1, 1),
      new Case("henon-heiles", -0.3, 0.3), new Case("toy", 0.5, 1.5), new Case("harmonic-2d", -1, 1),
      new Case("michaelis-menten", 0.2, 1.5), new Case("sir", 0.1, 1));

  public static void main(String[] args) throws Exception {
    double rel = args.length > 0 ? Double.parseDouble(args[0]) : 0.03;
    int draws = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    System.out.printf(Locale.ROOT, "%-18s %-6s %-6s %-16s %-14s %s%n", "system", "noise", "draws", "structure right",
        "field error", "terms per draw (clean: n)");
    for (Case c : CASES) {
      SystemSpec spec = SystemFile.load(Path.of("systems", c.file() + ".json"));
      DynamicalSystem truth = DynamicalSystem.of(spec);
      int d = truth.dimension();
      SplittableRandom r = new SplittableRandom(11);
      List<double[]> starts = new ArrayList<>();
      for (int k = 0; k < 3; k++) {
        double[] x = new double[d];
        for (int i = 0; i < d; i++) x[i] = r.nextDouble(c.lo(), c.hi());
        starts.add(x);
      }
      SimulateOptions o = SimulateOptions.of(20, 0.01).withInitial(starts);
      TrajectoryData clean = Discovery.simulate(spec, o);
      EquationResult exact = Discovery.findEquations(clean, EquationOptions.defaults());
      double sd = 0;
      for (int i = 0; i < d; i++) sd += sd(clean, i) / d;
      double sigma = rel * sd;
      int structure = 0;
      double[] errors = new double[draws];
      StringBuilder terms = new StringBuilder();
      for (int s = 1; s <= draws; s++) {
        EquationResult noisy = Discovery.findEquations(Discovery.simulate(spec, o.withNoise(sigma).withSeed(s)), EquationOptions.defaults());
        boolean same = true;
        int count = 0;
        for (int i = 0; i < d; i++) {
          IdentifiedEquation a = exact.equations().get(i), b = noisy.equations().get(i);
          same &= a.terms().size() == b.terms().size() && a.terms().containsAll(b.terms());
          count += b.terms().size();
        }
        if (same) structure++;
        errors[s - 1] = fieldError(truth, DynamicalSystem.of(Discovery.identifiedSystem(noisy, "identified", 1)), clean);
        terms.append(terms.length() == 0 ? "" : " ").append(count).append(same ? "" : "*");
      }
      java.util.Arrays.sort(errors);
      int n = 0;
      for (IdentifiedEquation e : exact.equations()) n += e.terms().size();
      System.out.printf(Locale.ROOT, "%-18s %-6.3f %-6d %-16d %-14.2e %s (clean: %d)%n", c.file(), rel, draws, structure,
          errors[draws / 2], terms, n);
    }
    System.out.println("(* = other terms than the clean identification)");
  }

  static double sd(TrajectoryData data, int j) {
    double s = 0, q = 0;
    long n = 0;
    for (Trajectory tr : data.trajectories()) for (int i = 0; i < tr.size(); i++) { s += tr.value(i, j); q += tr.value(i, j) * tr.value(i, j); n++; }
    double m = s / n;
    return Math.sqrt(Math.max(q / n - m * m, 0));
  }

  static double fieldError(DynamicalSystem truth, DynamicalSystem found, TrajectoryData at) {
    int d = truth.dimension();
    double num = 0, den = 0;
    double[] a = new double[d], b = new double[d];
    for (Trajectory tr : at.trajectories()) {
      for (int i = 0; i < tr.size(); i++) {
        double[] x = new double[d];
        for (int j = 0; j < d; j++) x[j] = tr.value(i, j);
        truth.rhs(x, a);
        found.rhs(x, b);
        for (int j = 0; j < d; j++) { num += (a[j] - b[j]) * (a[j] - b[j]); den += a[j] * a[j]; }
      }
    }
    return Math.sqrt(num / den);
  }
}
