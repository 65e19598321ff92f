package dev.discover.cli;

import dev.discover.core.Discovery;
import dev.discover.core.SystemSpec;
import dev.discover.core.data.DataLaw;
import dev.discover.core.data.InvariantResult;
import dev.discover.core.data.SimulateOptions;
import dev.discover.core.data.SimulationException;
import dev.discover.core.data.Trajectory;
import dev.discover.core.data.TrajectoryData;
import dev.discover.symbolic.CompiledExpr;
import dev.discover.symbolic.Compiler;
import dev.discover.symbolic.ExprParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Figures of the data commands: the identified equations against the data (each variable of the first
 * trajectory, data as markers, the identified system integrated from the same first state as a line) and each
 * invariant along the trajectories, as its drift from its value at the start of each (flat at zero is
 * conservation). One panel per variable or invariant.
 */
final class DataPlots {
  private static final int WIDTH = 900;
  private static final int PANEL = 230;
  /** Trajectories drawn in the invariants figure. */
  private static final int MAX_TRAJECTORIES = 8;

  private DataPlots() {}

  /** Writes equations.svg into {@code dir}; returns its path. */
  static Path equations(TrajectoryData data, SystemSpec identified, Path dir) {
    return Plots.save(equations(data, identified), dir.resolve("equations.svg"));
  }

  static Svg equations(TrajectoryData data, SystemSpec identified) {
    Trajectory first = data.trajectories().get(0);
    double[] t = first.t();
    double t0 = t[0], span = t[t.length - 1] - t0, dt = t.length > 1 ? span / (t.length - 1) : 1;
    double[] x0 = new double[first.dimension()];
    for (int j = 0; j < x0.length; j++) x0[j] = first.value(0, j);
    String note = "";
    Trajectory sim = null;
    try {
      SimulateOptions o = SimulateOptions.of(span + dt / 2, dt).withInitial(List.of(x0));
      sim = Discovery.simulate(identified, o).trajectories().get(0);
    } catch (SimulationException | IllegalArgumentException e) {
      note = " (integrating the identified equations failed: " + e.getMessage() + ")";
    }
    List<String> vars = data.variables();
    Svg svg = new Svg(WIDTH, PANEL * vars.size(), "identified equations against the data");
    for (int j = 0; j < vars.size(); j++) {
      Chart c = new Chart(vars.get(j) + ": data against the identified equations" + (j == 0 ? note : ""), "t", vars.get(j));
      c.points(t, first.column(j), Chart.COLORS[5], "data (first trajectory)");
      if (sim != null) {
        double[] ts = sim.t();
        for (int i = 0; i < ts.length; i++) ts[i] += t0;
        c.line(ts, sim.column(j), Chart.COLORS[1], "identified equations, same start");
      }
      c.draw(svg, 0, PANEL * j, WIDTH, PANEL);
    }
    return svg;
  }

  /** Writes invariants.svg into {@code dir}; returns its path. */
  static Path invariants(TrajectoryData data, InvariantResult r, Path dir) {
    return Plots.save(invariants(data, r), dir.resolve("invariants.svg"));
  }

  static Svg invariants(TrajectoryData data, InvariantResult r) {
    List<DataLaw> laws = r.laws();
    Svg svg = new Svg(WIDTH, PANEL * Math.max(1, laws.size()), "invariants along the trajectories");
    if (laws.isEmpty()) {
      svg.text(WIDTH / 2.0, PANEL / 2.0, "no conserved quantity found in " + data.source(), 14, "middle", 0, "#000");
      svg.rect(20, 20, WIDTH - 40, PANEL - 40, "none", "#888");
      return svg;
    }
    Compiler compiler = new Compiler(data.variables());
    int shown = Math.min(MAX_TRAJECTORIES, data.trajectories().size());
    for (int k = 0; k < laws.size(); k++) {
      DataLaw l = laws.get(k);
      CompiledExpr h = compiler.compile(ExprParser.parse(l.expression()));
      Chart c = new Chart(String.format(Locale.ROOT, "H%d = %s (held-out variation %.2g)", k + 1,
          shorten(l.expression(), 90), l.heldOutVariation()), "t", "H" + (k + 1) + "(t) - H" + (k + 1) + "(0)");
      for (int m = 0; m < shown; m++) {
        Trajectory tr = data.trajectories().get(m);
        double[] v = new double[tr.size()];
        double[] x = new double[tr.dimension()];
        for (int i = 0; i < v.length; i++) {
          for (int j = 0; j < x.length; j++) x[j] = tr.value(i, j);
          v[i] = h.eval(x);
        }
        for (int i = v.length - 1; i >= 0; i--) v[i] -= v[0]; // the drift from the start: flat at 0 is conservation
        c.line(tr.t(), v, Chart.COLORS[m % Chart.COLORS.length], m == 0 && shown > 1 ? "trajectory 1 (of " + shown + " shown)"
            : m == 0 ? "trajectory 1" : "");
      }
      c.draw(svg, 0, PANEL * k, WIDTH, PANEL);
    }
    return svg;
  }

  private static String shorten(String s, int max) { return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026"; }
}
