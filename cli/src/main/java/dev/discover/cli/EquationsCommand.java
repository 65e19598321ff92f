package dev.discover.cli;

import dev.discover.core.Discovery;
import dev.discover.core.LawSearchResult;
import dev.discover.core.SystemSpec;
import dev.discover.core.data.EquationOptions;
import dev.discover.core.data.EquationResult;
import dev.discover.core.data.IdentifiedEquation;
import dev.discover.core.data.internal.IdentifiedSystem;
import dev.discover.core.data.LibrarySpec;
import dev.discover.core.data.TrajectoryData;
import dev.discover.io.AtomicFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code discover equations}: identifies x' = f(x) from trajectories by sparse regression (SINDy). */
@Command(name = "equations", mixinStandardHelpOptions = true,
    description = {"Identifies x' = f(x) from trajectories (CSV: t, optional trajectory, variables) by sparse regression "
        + "over a library of candidate terms, and prints one equation per variable with its fit quality. By default the "
        + "noise is estimated; noisy data use the weak form (no derivative of the data is taken) and the coefficients "
        + "are then refined by multiple shooting."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:internal failure", "2:bad input (message names the file and line)"})
public final class EquationsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "CSV", description = "trajectories: header t[,trajectory],x,y,...")
  Path csv;

  @Option(names = "--degree", paramLabel = "D", defaultValue = "2", description = "highest polynomial degree (default 2)")
  int degree;

  @Option(names = "--library", paramLabel = "KINDS", defaultValue = "poly",
      description = "poly, fourier or poly,fourier (default poly)")
  String library;

  @Option(names = "--library-for", paramLabel = "VAR=KINDS",
      description = "a library for one variable's equation, e.g. z=poly,fourier; repeatable")
  List<String> libraryFor = new ArrayList<>();

  @Option(names = "--frequencies", paramLabel = "K", defaultValue = "1", description = "Fourier terms sin(k v), cos(k v) for k = 1..K (default 1)")
  int frequencies;

  @Option(names = "--optimizer", paramLabel = "NAME", defaultValue = "stlsq", description = "stlsq (default), sr3 or ensemble")
  String optimizer;

  @Option(names = "--threshold", paramLabel = "T",
      description = "smallest kept term contribution |c| rms(term) / rms(x'), in (0, 1) (default 0.05)")
  Double threshold;

  @Option(names = "--derivative", paramLabel = "METHOD", defaultValue = "auto",
      description = "auto (default: fd on clean data, weak on noisy data), fd, savgol, tv or weak")
  String derivative;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "seed of the ensemble's resampling (default 1)")
  long seed;

  @Option(names = "--no-refine", description = "on noisy data, keep the regression coefficients instead of refining them by multiple shooting")
  boolean noRefine;

  @Option(names = "--out", paramLabel = "FILE", description = "also write the identified system as a system file (JSON)")
  Path out;

  @Option(names = "--laws", description = "go on to find the conservation laws of the identified system")
  boolean laws;

  @Option(names = "--laws-degree", paramLabel = "D", defaultValue = "2", description = "polynomial degree of the laws basis (default 2)")
  int lawsDegree;

  @Option(names = "--plot", paramLabel = "DIR",
      description = "write equations.svg into DIR: the identified equations, integrated from the first state, against the data")
  Path plotDir;

  @Option(names = {"-q", "--quiet"}, description = "no progress on standard error")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    if (out != null) OutputPaths.file(out, "--out");
    if (plotDir != null) OutputPaths.directory(plotDir, "--plot");
    EquationOptions o = options();
    TrajectoryData data = DataRange.check(Discovery.readTrajectories(csv), csv.toString(), degree);
    EquationResult r = Discovery.findEquations(data, o);
    PrintWriter w = spec.commandLine().getOut();
    for (IdentifiedEquation e : r.equations()) w.println(display(e));
    w.println();
    for (IdentifiedEquation e : r.equations()) {
      w.printf(Locale.ROOT, "  %s': R^2 = %.8f, RMSE = %.3g, %d of %d terms%n", e.variable(), e.r2(), e.rmse(),
          e.terms().size(), e.candidates());
    }
    double worst = 0;
    for (double v : r.relativeNoise()) worst = Math.max(worst, v);
    w.printf(Locale.ROOT, "  derivative: %s; estimated noise up to %.2g of a variable's spread; %d samples in %d trajectory(ies); %d ms%n",
        describe(r.derivative()) + (r.refined() ? ", coefficients refined by multiple shooting" : ""), worst, r.samples(), data.trajectories().size(), r.millis());
    String name = "identified from " + csv.getFileName();
    int basisDegree = Math.max(1, lawsDegree);
    SystemSpec s = Discovery.identifiedSystem(r, name, basisDegree);
    if (out != null) {
      AtomicFile.write(out, bw -> bw.write(IdentifiedSystem.json(s)));
      spec.commandLine().getErr().println("discover equations: system file written to " + out);
    }
    if (plotDir != null) spec.commandLine().getErr().println("discover equations: wrote " + DataPlots.equations(data, s, plotDir));
    if (laws) {
      dev.discover.io.Progress progress = dev.discover.io.ProgressBar.forStandardError(spec.commandLine().getErr(), quiet);
      LawSearchResult lr = Discovery.findLaws(s, progress);
      progress.finish();
      w.println();
      w.println("Conservation laws of the identified system:");
      w.print(Report.render(lr, s, Report.Format.TEXT));
    }
    w.flush();
    return 0;
  }

  private EquationOptions options() {
    LibrarySpec lib = LibrarySpec.parse(library, degree, frequencies);
    Map<String, LibrarySpec> per = new LinkedHashMap<>();
    for (String f : libraryFor) {
      int eq = f.indexOf('=');
      if (eq <= 0) throw new IllegalArgumentException("--library-for: expected VAR=KINDS, got '" + f + "'");
      per.put(f.substring(0, eq).trim(), LibrarySpec.parse(f.substring(eq + 1), degree, frequencies));
    }
    EquationOptions o = EquationOptions.defaults().withLibrary(lib).withPerVariable(per).withSeed(seed);
    o = o.withOptimizer(parseEnum(EquationOptions.Optimizer.class, optimizer, "--optimizer", "stlsq, sr3 or ensemble"));
    o = o.withDerivative(parseEnum(EquationOptions.Derivative.class, derivative, "--derivative", "auto, fd, savgol, tv or weak"));
    if (threshold != null) o = o.withThreshold(threshold);
    return o.withRefine(!noRefine);
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String s, String option, String expected) {
    try {
      return Enum.valueOf(type, s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": expected " + expected + ", got '" + s + "'");
    }
  }

  private static String describe(EquationOptions.Derivative d) {
    switch (d) {
      case FD: return "finite differences (sixth order)";
      case SAVGOL: return "Savitzky-Golay";
      case TV: return "total-variation regularised";
      default: return "weak form (test functions on subintervals)";
    }
  }

  /** "x' = -10 x + 10 y" with four significant digits. */
  static String display(IdentifiedEquation e) {
    StringBuilder sb = new StringBuilder(e.variable()).append("' =");
    double[] c = e.coefficients();
    if (c.length == 0) return sb.append(" 0").toString();
    for (int j = 0; j < c.length; j++) {
      String mag = round(Math.abs(c[j]));
      String term = e.terms().get(j);
      sb.append(j == 0 ? (c[j] < 0 ? " -" : " ") : (c[j] < 0 ? " - " : " + "));
      if (term.equals("1")) sb.append(mag);
      else if (mag.equals("1")) sb.append(spaced(term));
      else sb.append(mag).append(' ').append(spaced(term));
    }
    return sb.toString();
  }

  private static String round(double v) {
    String s = new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    return s;
  }

  /** x*y becomes "x y" outside parentheses. */
  private static String spaced(String term) {
    StringBuilder sb = new StringBuilder();
    int depth = 0;
    for (char ch : term.toCharArray()) {
      if (ch == '(') depth++;
      if (ch == ')') depth--;
      sb.append(ch == '*' && depth == 0 ? ' ' : ch);
    }
    return sb.toString();
  }
}
