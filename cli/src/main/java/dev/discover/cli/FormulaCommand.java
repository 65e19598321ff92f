package dev.discover.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.discover.core.Discovery;
import dev.discover.io.Progress;
import dev.discover.neural.Candidate;
import dev.discover.neural.Dataset;
import dev.discover.neural.FeynmanData;
import dev.discover.neural.FormulaOptions;
import dev.discover.neural.FormulaResult;
import dev.discover.neural.Formulas;
import dev.discover.neural.Verdict;
import dev.discover.neural.Plots;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code discover formula}: the closed-form formula behind a table of inputs and an output. Exit codes: 0
 * success, 2 bad input (with a one-line message on standard error), 1 internal failure.
 */
@Command(name = "formula", mixinStandardHelpOptions = true,
    description = "Find the closed-form formula behind a table: prints the formula, its held-out RMSE, its "
        + "complexity and a Pareto list of accuracy against complexity.")
public final class FormulaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "CSV", description = "Data file with a header row.")
  Path csv;

  @Option(names = "--target", description = "Output column.")
  String target;

  @Option(names = "--inputs", split = ",", description = "Input columns (default: every other column).")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--time-limit", defaultValue = "60s", description = "Search budget, e.g. 60s, 2m, 500ms (default ${DEFAULT-VALUE}).")
  String timeLimit;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--plot", paramLabel = "DIR", description = "Write SVG plots of the network and snapped units here.")
  Path plotDir;

  @Option(names = "--feynman", paramLabel = "ID", description = "Generate data from this row of FeynmanEquations.csv, e.g. I.12.1.")
  String feynman;

  @Option(names = "--feynman-file", paramLabel = "FILE", description = "Path of FeynmanEquations.csv "
      + "(default ../shared/feynman/FeynmanEquations.csv from the project root).")
  Path feynmanFile;

  @Option(names = "--samples", defaultValue = "1000", description = "Rows generated with --feynman (default ${DEFAULT-VALUE}).")
  int samples;

  @Option(names = "--noise", defaultValue = "0", description = "Relative Gaussian noise added with --feynman (default ${DEFAULT-VALUE}).")
  double noise;

  @Option(names = "--no-network", description = "Skip the neural surrogate (faster, no separability tests).")
  boolean noNetwork;

  @Option(names = "--units", paramLabel = "FILE", description = "Units of the columns: CSV variable,m,s,kg,T,V "
      + "(exponents of the base units); the search then runs in dimensionless groups. With --feynman the shared "
      + "units.csv next to the equations file is the default.")
  Path unitsFile;

  @Option(names = "--unit", paramLabel = "NAME=EXPONENTS", description = "Unit of one column, e.g. q=2,-2,1,0,-1 "
      + "(exponents of m,s,kg,T,V); repeatable, added to --units.")
  List<String> unitSpecs = new ArrayList<>();

  @Option(names = "--no-units", description = "Search without units (also with --feynman).")
  boolean noUnits;

  @Option(names = "--kan", description = "Also try the Kolmogorov-Arnold route: a spline network pruned and snapped edge by edge (off by default).")
  boolean kan;

  @Option(names = {"-q", "--quiet"}, description = "No progress on standard error.")
  boolean quiet;

  /** Runs the command on its own, for scripts that do not go through {@code discover}'s main class. */
  public static void main(String... args) {
    System.exit(Main.commandLine(new FormulaCommand()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    try {
      if (!format.equals("text") && !format.equals("json")) throw bad("--format: expected text or json, got '" + format + "'");
      long ms = parseDuration(timeLimit);
      if (!(noise >= 0 && noise <= MAX_NOISE)) {
        throw bad("--noise: expected a relative noise level in [0, " + (int) MAX_NOISE + "], got " + noise);
      }
      if (plotDir != null) OutputPaths.directory(plotDir, "--plot");
      Dataset data = DataRange.check(load(), csv != null ? csv.toString() : "--feynman " + feynman);
      FormulaOptions opts = FormulaOptions.defaults().withSeed(seed).withTimeLimitMillis(ms).withNetwork(!noNetwork).withKan(kan);
      FormulaUnits.Choice units = FormulaUnits.choose(unitsFile, unitSpecs, feynmanUnits(), noUnits, data);
      if (!quiet) {
        err.println("formula: " + data.rows() + " rows, inputs " + String.join(", ", data.names()) + ", target "
            + data.targetName() + ", time limit " + ms + " ms");
        err.flush();
      }
      Formulas.Answer answer = Discovery.findFormula(data, opts, units.units(), units.mode(), new Progress() {
        @Override public void report(String stage, double fraction) { }
        @Override public void note(String msg) { if (!quiet) { err.println("formula: " + msg); err.flush(); } }
      });
      if (answer instanceof Formulas.NoFormula no) throw bad(source() + ": " + no.message());
      Formulas.Found found = (Formulas.Found) answer;
      FormulaResult r = found.result();
      if (plotDir != null) {
        Files.createDirectories(plotDir);
        for (Path p : Plots.write(plotDir, data, r, opts)) err.println("formula: wrote " + p);
      }
      print(found, data);
      return 0;
    } catch (StackOverflowError | OutOfMemoryError e) {
      throw new IllegalStateException(e.toString()); // exit codes and messages: ExitCodes
    }
  }

  private static final class BadInput extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    BadInput(String m) { super(m); }
  }

  /** Relative noise beyond this (1000 %) drowns any formula; larger values are refused as bad input. */
  private static final double MAX_NOISE = 10;

  private static BadInput bad(String m) { return new BadInput(m); }

  private Dataset load() throws java.io.IOException {
    if (feynman != null) {
      if (csv != null) throw bad("give either a CSV file or --feynman, not both");
      if (samples < 10) throw bad("--samples: expected at least 10, got " + samples);
      if (!(noise >= 0) || !Double.isFinite(noise)) throw bad("--noise: expected a number >= 0, got " + noise);
      Path file = feynmanFile != null ? feynmanFile : defaultFeynmanFile();
      if (!Files.isReadable(file)) throw bad(file + ": cannot read the Feynman equations file (use --feynman-file)");
      try {
        FeynmanData row = FeynmanData.find(file, feynman);
        row.truth();
        return row.sample(samples, noise, seed);
      } catch (dev.discover.symbolic.ExprException e) {
        throw bad(file + ": the formula of " + feynman + " does not parse: " + e.getMessage());
      }
    }
    if (csv == null) throw bad("expected a CSV file or --feynman ID");
    if (target == null) throw bad(csv + ": expected --target naming the output column");
    if (!Files.isReadable(csv)) throw bad(csv + ": cannot read the file");
    return Discovery.readTable(csv, target, inputs);
  }

  /** The Feynman equations file used when --feynman-file is not given: ../shared/feynman beside the project. */
  public static Path defaultFeynmanFile() {
    Path rel = Path.of("..", "shared", "feynman", "FeynmanEquations.csv");
    if (Files.isReadable(rel)) return rel;
    try {
      Path jar = Path.of(FormulaCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // cli/target/discover-cli.jar or cli/target/classes: the project root is two levels up from target
      Path root = jar.getParent().getParent().getParent();
      Path p = root.resolve(rel).normalize();
      if (Files.isReadable(p)) return p;
    } catch (Exception e) {
      // fall through to the relative path, which gives the error message
    }
    return rel;
  }

  static long parseDuration(String s) {
    String t = s.trim().toLowerCase(Locale.ROOT);
    double mult = 1000;
    if (t.endsWith("ms")) { mult = 1; t = t.substring(0, t.length() - 2); }
    else if (t.endsWith("s")) { t = t.substring(0, t.length() - 1); }
    else if (t.endsWith("m")) { mult = 60_000; t = t.substring(0, t.length() - 1); }
    try {
      double v = Double.parseDouble(t);
      if (!(v > 0) || !Double.isFinite(v)) throw new NumberFormatException();
      return Math.max(1, Math.round(v * mult));
    } catch (NumberFormatException e) {
      throw bad("--time-limit: expected a positive duration such as 60s, 2m or 500ms, got '" + s + "'");
    }
  }

  private String source() { return feynman != null ? "--feynman " + feynman : String.valueOf(csv); }

  /** With --feynman, the units table next to the equations file. */
  private java.util.Optional<Path> feynmanUnits() {
    if (feynman == null) return java.util.Optional.empty();
    Path f = feynmanFile != null ? feynmanFile : defaultFeynmanFile();
    return java.util.Optional.ofNullable(f.toAbsolutePath().getParent()).map(p -> p.resolve("units.csv"));
  }

  private void print(Formulas.Found found, Dataset data) throws Exception {
    FormulaResult r = found.result();
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      ObjectMapper om = new ObjectMapper();
      ObjectNode o = om.createObjectNode();
      put(o, r.best());
      o.put("formula_pretty", r.best().pretty());
      o.put("target", data.targetName());
      ArrayNode ins = o.putArray("inputs");
      data.names().forEach(ins::add);
      o.put("rows", data.rows());
      o.put("target_rms", r.targetRms());
      o.put("train_rmse", r.best().trainRmse());
      ArrayNode p = o.putArray("pareto");
      for (Candidate c : r.pareto()) put(p.addObject(), c);
      o.put("seed", seed);
      o.put("elapsed_ms", r.elapsedMillis());
      ArrayNode notes = o.putArray("notes");
      r.notes().forEach(notes::add);
      FormulaUnits.json(o, found);
      out.println(om.writeValueAsString(o));
    } else {
      if (found.verdict().status() == Verdict.Status.APPROXIMATE) out.println("No exact formula found; the best approximation:");
      out.println(data.targetName() + (found.verdict().status() == Verdict.Status.SOLVED ? " = " : " ~ ") + r.best().pretty());
      out.printf(Locale.ROOT, "  rmse (held out): %.4g   (target rms %.4g)%n", r.best().rmse(), r.targetRms());
      out.println("  complexity: " + r.best().complexity());
      FormulaUnits.text(out, found);
      out.printf(Locale.ROOT, "  time: %.1f s%n", r.elapsedMillis() / 1000.0);
      out.println("Pareto front (complexity, held-out rmse, formula):");
      for (Candidate c : r.pareto()) out.printf(Locale.ROOT, "  %4d  %-11.4g %s%n", c.complexity(), c.rmse(), c.pretty());
      for (String nt : r.notes()) out.println("note: " + nt);
    }
    out.flush();
  }

  private static void put(ObjectNode o, Candidate c) {
    o.put("formula", c.text());
    o.put("rmse", c.rmse());
    o.put("complexity", c.complexity());
  }
}
