package dev.discover.cli;

import dev.discover.core.DecimalNoise;
import dev.discover.core.Discovery;
import dev.discover.io.InputException;
import dev.discover.core.LawSearchResult;
import dev.discover.core.SystemSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code discover FILE}: the conservation laws of a system file. */
@Command(name = "discover", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Finds the conservation laws of x' = f(x) in the span of a basis of candidate functions, "
        + "exact, sparse and verified. FILE is a system file (see README: system-file format).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:internal failure", "2:bad input (message names the file and field)"})
public final class LawsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "system file (JSON, contract v1)")
  Path file;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default), json, markdown, latex or html (one self-contained page)")
  String format;

  @Option(names = "--seed", paramLabel = "N", description = "random seed for sample points (default: the file's sampling.seed, else 1)")
  Long seed;

  @Option(names = "--max-basis", paramLabel = "N", description = "largest basis allowed (default: the file's basis.max_size, else 20000)")
  Integer maxBasis;

  @Option(names = "--max-memory", paramLabel = "MiB",
      description = "memory the null-space stage may hold at once in elimination matrices (default: three quarters of the JVM heap limit)")
  Long maxMemory;

  @Option(names = {"-q", "--quiet"}, description = "no progress on standard error")
  boolean quiet;

  @Option(names = "--short-decimals", description = "read decimal parameters that look like binary floating-point"
      + " noise (0.015000000000000036) as the short decimal they lie next to (0.015)")
  boolean shortDecimals;

  @Option(names = "--cross-check", description = "also compute the floating-point singular values and compare the null-space dimension")
  boolean crossCheck;

  @Option(names = "--plot", paramLabel = "DIR", description = "write SVG figures (singular values, coefficient pattern) into DIR; implies --cross-check")
  Path plotDir;

  private long memoryBound() {
    if (maxMemory == null) return 0;
    if (maxMemory < 1) throw new InputException("--max-memory: expected a positive number of MiB, got " + maxMemory);
    return maxMemory << 20;
  }

  @Override
  public Integer call() {
    if (file == null) throw new InputException("missing FILE: give a system file, e.g. discover systems/toy.json (see --help)");
    Report.Format fmt = Report.Format.parse(format);
    if (plotDir != null) OutputPaths.directory(plotDir, "--plot");
    if (maxBasis != null && maxBasis < 1) throw new InputException("--max-basis: expected an integer >= 1, got " + maxBasis);
    java.io.PrintWriter err = spec.commandLine().getErr();
    if (dev.discover.core.pde.PdeFile.kind(file).equals("pde")) {
      dev.discover.core.pde.PdeSpec ps = dev.discover.core.pde.PdeFile.load(file, w -> err.println("discover: warning: " + w));
      spec.commandLine().getOut().print(PdeReport.render(Discovery.findPdeLaws(ps), ps, fmt));
      spec.commandLine().getOut().flush();
      return 0;
    }
    SystemSpec s = dev.discover.core.SystemFile.load(file, w -> err.println("discover: warning: " + w));
    if (maxBasis != null) s = s.withBasis(s.basis().withMaxSize(maxBasis));
    List<String> warnings = new ArrayList<>();
    for (DecimalNoise.Suspect d : DecimalNoise.suspects(s)) {
      String w = d.describe() + (shortDecimals ? "; read as " + d.nearby() + " (--short-decimals)"
          : "; --short-decimals reads it as " + d.nearby());
      warnings.add(w);
      err.println("discover: warning: " + w);
    }
    if (shortDecimals) s = DecimalNoise.shortened(s);
    if (seed != null) s = s.withSampling(s.sampling().withSeed(seed));
    dev.discover.io.Progress progress = dev.discover.io.ProgressBar.forStandardError(err, quiet);
    LawSearchResult r;
    try {
      r = Discovery.findLaws(s, progress, crossCheck || plotDir != null, memoryBound());
    } catch (OutOfMemoryError e) {
      throw new IllegalStateException("out of memory for a basis of this size; lower polynomial_degree, or give the"
          + " JVM more memory (DISCOVER_JAVA_OPTS=-Xmx16g ./discover ...)");
    } finally {
      progress.finish();
    }
    if (plotDir != null) {
      for (Path p : Plots.write(r, plotDir)) spec.commandLine().getErr().println("discover: wrote " + p);
    }
    spec.commandLine().getOut().print(Report.render(r, s, fmt, warnings));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
