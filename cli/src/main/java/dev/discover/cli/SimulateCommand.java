package dev.discover.cli;

import dev.discover.core.Discovery;
import dev.discover.core.SystemFile;
import dev.discover.core.SystemSpec;
import dev.discover.core.data.SimulateOptions;
import dev.discover.core.data.SimulationException;
import dev.discover.core.data.TrajectoryCsv;
import dev.discover.core.data.TrajectoryData;
import dev.discover.io.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code discover simulate}: integrates a system file into trajectories (CSV). */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = {"Integrates x' = f(x) of a system file (adaptive Dormand-Prince 8(5,3), rtol 1e-10, atol 1e-12) "
        + "and writes samples at t = 0, dt, 2 dt, ... below t-end as CSV: t, trajectory (when more than one), variables."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:internal failure",
        "2:bad input, or a system that cannot be integrated as asked (blow-up, step size underflow)"})
public final class SimulateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SYSTEM", description = "system file (JSON, contract v1)")
  Path system;

  @Option(names = "--t-end", required = true, paramLabel = "T", description = "end time (exclusive)")
  double tEnd;

  @Option(names = "--dt", required = true, paramLabel = "DT", description = "sampling interval")
  double dt;

  @Option(names = "--initial", paramLabel = "STATE",
      description = "initial state, e.g. \"x=1,y=0\"; repeat for several trajectories; default: drawn from the file's sampling domain")
  List<String> initial = new ArrayList<>();

  @Option(names = "--trajectories", paramLabel = "N", defaultValue = "1", description = "number of drawn initial states (default 1)")
  int trajectories;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "seed of drawn states and noise (default 1)")
  long seed;

  @Option(names = "--noise", paramLabel = "SIGMA", defaultValue = "0", description = "standard deviation of Gaussian noise added to every state value")
  double noise;

  @Option(names = "--out", paramLabel = "CSV", description = "output file (default: standard output)")
  Path out;

  @Option(names = {"-q", "--quiet"}, description = "no progress on standard error")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    if (out != null) OutputPaths.file(out, "--out");
    SystemSpec s = SystemFile.load(system);
    SimulateOptions o = new SimulateOptions(tEnd, dt, List.of(), Math.max(1, trajectories), seed, noise, 1e-10, 1e-12, 1e12);
    if (trajectories < 1) throw new IllegalArgumentException("--trajectories must be >= 1, got " + trajectories);
    if (!initial.isEmpty()) {
      if (trajectories != 1 && trajectories != initial.size()) {
        throw new IllegalArgumentException("--trajectories " + trajectories + " but " + initial.size() + " --initial states; give one or the other");
      }
      List<double[]> states = new ArrayList<>();
      for (String st : initial) states.add(parseState(st, s.variables()));
      o = o.withInitial(states);
    }
    TrajectoryData data;
    try {
      data = Discovery.simulate(s, o);
    } catch (SimulationException e) { // a blow-up: the system file's, from its start, named with it
      throw new SimulationException(system + ": " + e.getMessage().replace("t-end", "--t-end"), e);
    } catch (InputException e) { // names its file already
      throw e;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(system + ": " + e.getMessage(), e);
    }
    if (out != null) {
      TrajectoryCsv.write(data, out);
      spec.commandLine().getErr().println("discover simulate: " + data.samples() + " samples of " + data.trajectories().size()
          + " trajectory(ies) written to " + out);
    } else {
      TrajectoryCsv.write(data, spec.commandLine().getOut());
      spec.commandLine().getOut().flush();
    }
    return 0;
  }

  /** Parses "x=1,y=0" against the variables; every variable must be given once. */
  static double[] parseState(String text, List<String> variables) {
    Map<String, Double> values = new HashMap<>();
    for (String part : text.split(",")) {
      String p = part.trim();
      if (p.isEmpty()) continue;
      int eq = p.indexOf('=');
      if (eq <= 0) throw new IllegalArgumentException("--initial '" + text + "': expected name=value pairs, got '" + p + "'");
      String name = p.substring(0, eq).trim();
      if (!variables.contains(name)) throw new IllegalArgumentException("--initial: '" + name + "' is not a variable; variables are " + variables);
      double v;
      try {
        v = Double.parseDouble(p.substring(eq + 1).trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--initial: value of " + name + " '" + p.substring(eq + 1).trim() + "' is not a number");
      }
      if (!Double.isFinite(v)) throw new IllegalArgumentException("--initial: value of " + name + " is not finite");
      if (values.put(name, v) != null) throw new IllegalArgumentException("--initial: " + name + " is given twice");
    }
    double[] x = new double[variables.size()];
    for (int i = 0; i < x.length; i++) {
      Double v = values.get(variables.get(i));
      if (v == null) throw new IllegalArgumentException("--initial '" + text + "': no value for " + variables.get(i));
      x[i] = v;
    }
    return x;
  }
}
