package dev.discover.cli;

import dev.discover.core.SystemFile;
import dev.discover.core.SystemSpec;
import dev.discover.core.classify.Classification;
import dev.discover.core.classify.Classifier;
import dev.discover.core.classify.ClassifyOptions;
import dev.discover.io.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code discover classify FILE}: the parameter values at which a system has more laws. */
@Command(name = "classify", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "For a system file with \"symbolic\" parameters and a polynomial basis: every set of parameter "
        + "values with more laws in the basis than generic values have, its exact conditions and its extra laws.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:internal failure", "2:bad input (message names the file and field)"})
public final class ClassifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "system file (JSON, contract v1) with symbolic parameters")
  Path file;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default), json, markdown or latex")
  String format;

  @Option(names = "--where", paramLabel = "EQUATION", description = "restrict to parameter values satisfying it, e.g. \"A = B\" (repeatable)")
  List<String> where = new ArrayList<>();

  @Option(names = "--max-basis", paramLabel = "N", defaultValue = "1000", description = "largest basis to split cases on (default 1000)")
  int maxBasis;

  @Option(names = "--max-branches", paramLabel = "N", defaultValue = "20000", description = "most branches of the case tree (default 20000)")
  int maxBranches;

  @Option(names = {"-q", "--quiet"}, description = "no progress on standard error")
  boolean quiet;

  @Option(names = "--no-scaling", description = "do not normalise parameters with scaling symmetries")
  boolean noScaling;

  @Override
  public Integer call() {
    Report.Format fmt = Report.Format.parse(format);
    java.io.PrintWriter err = spec.commandLine().getErr();
    SystemSpec s = SystemFile.load(file, w -> err.println("discover: warning: " + w));
    if (maxBasis < 1) throw new InputException("--max-basis: expected a positive number, got " + maxBasis);
    if (maxBranches < 1) throw new InputException("--max-branches: expected a positive number, got " + maxBranches);
    ClassifyOptions opt = ClassifyOptions.defaults().withMaxBasis(maxBasis).withMaxBranches(maxBranches)
        .withWhere(where).withScaling(!noScaling);
    Classification c;
    try {
      c = Classifier.classify(s, opt);
    } catch (OutOfMemoryError e) {
      throw new IllegalStateException("out of memory while splitting cases; lower polynomial_degree or give the JVM"
          + " more memory (DISCOVER_JAVA_OPTS=-Xmx16g)");
    }
    spec.commandLine().getOut().print(ClassifyReport.render(c, fmt));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
