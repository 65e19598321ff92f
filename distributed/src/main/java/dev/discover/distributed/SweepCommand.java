package dev.discover.distributed;

import dev.discover.cli.OutputPaths;
import dev.discover.core.SystemFile;
import dev.discover.core.SystemSpec;
import dev.discover.io.InputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code discover sweep FILE --param A=0:2:101 --param B=1,2,16}: one exact law search per parameter point, as
 * Spark tasks, and the points where the number of independent laws differs from its generic count (the count at
 * random values of the swept parameters), as a table and a figure.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = {"Searches the laws of a system file at every point of a grid of parameter values (or at seeded random "
        + "points), as Spark tasks, and reports the points where the number of independent laws differs from the count "
        + "at random parameter values: the candidates for integrable or otherwise special cases."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:internal failure", "2:bad input (the file, a --param, the master, or a point)"})
public final class SweepCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "system file with parameters")
  Path file;

  @Option(names = "--param", paramLabel = "NAME=SPEC", required = true,
      description = "NAME=START:END:COUNT (COUNT values, ends included), NAME=V1,V2,... or NAME=V; rationals a/b allowed; repeatable")
  List<String> params = new ArrayList<>();

  @Option(names = "--random", paramLabel = "N", defaultValue = "0", description = "N seeded random points instead of the grid (ranges START:END)")
  int random;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "seed of the random points and of the generic point (default 1)")
  long seed;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json")
  String format;

  @Option(names = "--all", description = "list every point, not only the special ones (text format)")
  boolean all;

  @Option(names = "--plot", paramLabel = "DIR", description = "write sweep.svg (the points, special ones marked) into DIR")
  Path plotDir;

  @Mixin ClusterOptions cluster;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!format.equals("text") && !format.equals("json")) throw new InputException("--format: expected text or json, got '" + format + "'");
    if (plotDir != null) OutputPaths.directory(plotDir, "--plot");
    SparkSetup setup = cluster.setup();
    String text = read(file);
    SystemSpec system = SystemFile.parse(text, file.toString(), w -> err.println("discover: warning: " + w));
    List<ParamGrid.Axis> axes = new ArrayList<>();
    for (String p : params) axes.add(ParamGrid.axis(p));
    check(system, axes);
    List<Map<String, String>> points = random > 0 ? ParamGrid.random(axes, random, seed) : ParamGrid.grid(axes);
    List<SweepPoint> tasks = new ArrayList<>();
    tasks.add(new SweepPoint(-1, file.toString(), text, genericValues(axes, points)));
    for (int i = 0; i < points.size(); i++) tasks.add(new SweepPoint(i, file.toString(), text, points.get(i)));
    long start = System.nanoTime();
    SweepPoint.Result[] results = new SweepPoint.Result[points.size()];
    SweepPoint.Result[] generic = new SweepPoint.Result[1];
    BatchProgress progress = new BatchProgress(err, cluster.progressShown(), "sweep", tasks.size(), 0);
    try (JavaSparkContext sc = setup.open("discover sweep " + file.getFileName())) {
      TaskPool.run(sc, tasks, 2 * setup.cores(sc), SweepPoint::search,
          (p, cause) -> new SweepPoint.Result(p.index(), p.values(), -1, List.of(), false, 0, "Spark gave up on the task: " + cause),
          r -> {
            if (r.index() < 0) generic[0] = r; else results[r.index()] = r;
            progress.done(r.count() < 0);
          });
    }
    if (generic[0].count() < 0) throw new InputException(file + ": the search at random parameter values failed: " + generic[0].error());
    SweepReport report = new SweepReport(system.name(), axes, List.of(results), generic[0], (System.nanoTime() - start) / 1_000_000);
    PrintWriter out = spec.commandLine().getOut();
    out.print(format.equals("json") ? report.json() : report.text(all));
    out.flush();
    if (plotDir != null) err.println("discover sweep: wrote " + SweepPlot.write(report, plotDir));
    return report.failures() > 0 ? 2 : 0;
  }

  private static String read(Path f) {
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InputException(f + ": cannot read the system file (" + e.getMessage() + ")");
    }
  }

  /** Every swept name is a parameter of the file, named once; every symbolic parameter gets values. */
  private void check(SystemSpec s, List<ParamGrid.Axis> axes) {
    List<String> seen = new ArrayList<>();
    for (ParamGrid.Axis a : axes) {
      if (!s.parameters().containsKey(a.name())) {
        throw new InputException("--param " + a.name() + ": " + file + " has no parameter '" + a.name() + "' (its parameters: "
            + (s.parameters().isEmpty() ? "none" : String.join(", ", s.parameters().keySet())) + ")");
      }
      if (seen.contains(a.name())) throw new InputException("--param " + a.name() + ": given twice");
      seen.add(a.name());
    }
    for (Map.Entry<String, String> e : s.parameters().entrySet()) {
      if (e.getValue() == null && !seen.contains(e.getKey())) {
        throw new InputException(file + ": parameter '" + e.getKey() + "' is symbolic; give it a value or a grid with --param " + e.getKey() + "=...");
      }
    }
  }

  /**
   * The generic point: every parameter swept over more than one value at a random rational (seeded), the others
   * at their one value.
   */
  private Map<String, String> genericValues(List<ParamGrid.Axis> axes, List<Map<String, String>> points) {
    Random rnd = new Random(seed * 31 + 7);
    Map<String, String> g = new LinkedHashMap<>(points.get(0));
    for (ParamGrid.Axis a : axes) {
      boolean swept = points.stream().map(p -> p.get(a.name())).distinct().count() > 1;
      if (swept) g.put(a.name(), (2 + rnd.nextInt(9973)) + "/" + (1 + rnd.nextInt(997)));
    }
    return g;
  }
}
