package dev.discover.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.discover.core.BasisSpec;
import dev.discover.io.InputException;
import dev.discover.core.SystemFile;
import dev.discover.core.SystemSpec;
import dev.discover.core.data.DataLaw;
import dev.discover.core.Discovery;
import dev.discover.core.data.InvariantOptions;
import dev.discover.core.data.InvariantResult;
import dev.discover.core.data.TrajectoryData;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code discover invariants}: conserved quantities from trajectories alone. */
@Command(name = "invariants", mixinStandardHelpOptions = true,
    description = {"Finds functions H = sum_j c_j b_j(x) of a basis that stay constant along every trajectory of a CSV "
        + "file, with no equations. Each law is checked on held-out data: its relative variation there, and a "
        + "confidence in [0, 1] against the best combination that is not a law. Noise or short data lower it."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:internal failure", "2:bad input (message names the file and line or field)"})
public final class InvariantsCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "CSV", description = "trajectories: header t[,trajectory],x,y,...")
  Path csv;

  @Option(names = "--basis", paramLabel = "JSON", description = "basis section, e.g. '{\"polynomial_degree\": 2}' (default)")
  String basis;

  @Option(names = "--system", paramLabel = "FILE", description = "take the basis section of this system file")
  Path system;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json")
  String format;

  @Option(names = "--held-out", paramLabel = "SHARE", defaultValue = "0.25", description = "share of trajectories held out for verification (default 0.25)")
  double heldOut;

  @Option(names = "--min-confidence", paramLabel = "C", defaultValue = "0.25", description = "drop laws less confident than this (default 0.25)")
  double minConfidence;

  @Option(names = "--plot", paramLabel = "DIR", description = "write invariants.svg into DIR: each invariant along the trajectories")
  Path plotDir;

  @Option(names = {"-q", "--quiet"}, description = "no progress on standard error")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    String fmt = format.trim().toLowerCase(Locale.ROOT);
    if (!fmt.equals("text") && !fmt.equals("json")) throw new IllegalArgumentException("--format: expected text or json, got '" + format + "'");
    if (plotDir != null) OutputPaths.directory(plotDir, "--plot");
    if (basis != null && system != null) throw new IllegalArgumentException("give --basis or --system, not both");
    TrajectoryData data = Discovery.readTrajectories(csv);
    if (!(heldOut > 0 && heldOut < 0.9)) throw new IllegalArgumentException("--held-out: expected a share in (0, 0.9), got " + heldOut);
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("--min-confidence: expected a number in [0, 1], got " + minConfidence);
    }
    BasisSpec b = basisSpec(data);
    int multiplied = b.extraFunctions().stream().mapToInt(f -> f.multiplierDegree()).max().orElse(0);
    DataRange.check(data, csv.toString(), Math.max(b.polynomialDegree(), multiplied));
    InvariantOptions o = InvariantOptions.of(b).withHeldOut(heldOut).withMinConfidence(minConfidence);
    InvariantResult r = Discovery.findInvariants(data, o);
    PrintWriter w = spec.commandLine().getOut();
    if (fmt.equals("json")) w.print(json(r, String.valueOf(csv.getFileName())));
    else text(r, data, w);
    w.flush();
    if (plotDir != null) spec.commandLine().getErr().println("discover invariants: wrote " + DataPlots.invariants(data, r, plotDir));
    for (String warning : r.warnings()) spec.commandLine().getErr().println("discover invariants: " + warning);
    return 0;
  }

  private BasisSpec basisSpec(TrajectoryData data) {
    if (system != null) {
      SystemSpec s = SystemFile.load(system);
      if (!new HashSet<>(s.variables()).equals(new HashSet<>(data.variables()))) {
        throw new InputException(system + ": variables " + s.variables() + " do not match the columns of " + csv + ": " + data.variables());
      }
      return s.basis();
    }
    if (basis == null) return BasisSpec.polynomial(2, data.variables());
    JsonNode section;
    try {
      section = JSON.readTree(basis);
    } catch (JsonProcessingException e) {
      throw new InputException("--basis: malformed JSON: " + e.getOriginalMessage());
    }
    return SystemFile.parseBasis(section, data.variables(), "--basis");
  }

  private static void text(InvariantResult r, TrajectoryData data, PrintWriter w) {
    w.printf(Locale.ROOT, "%d conserved quantit%s (basis of %d functions, null space of dimension %d; %d samples in %d trajectory(ies)):%n",
        r.laws().size(), r.laws().size() == 1 ? "y" : "ies", r.basisSize(), r.nullSpaceDimension(), data.samples(),
        data.trajectories().size());
    for (DataLaw l : r.laws()) {
      w.printf(Locale.ROOT, "  %s%n      held-out variation %.2g, confidence %.2f%s%n", l.expression(), l.heldOutVariation(),
          l.confidence(), l.exact() ? ", coefficients snapped to integers" : "");
    }
    w.printf(Locale.ROOT, "  %d ms%n", r.millis());
  }

  static String json(InvariantResult r, String name) throws Exception {
    ObjectNode o = JSON.createObjectNode();
    o.put("system", name);
    ArrayNode vars = o.putArray("variables");
    r.variables().forEach(vars::add);
    o.put("basis_size", r.basisSize());
    o.put("null_space_dimension", r.nullSpaceDimension());
    o.put("independent_count", r.laws().size());
    ArrayNode laws = o.putArray("laws");
    for (DataLaw l : r.laws()) {
      ObjectNode j = laws.addObject();
      j.put("expression", l.expression());
      j.put("latex", l.latex());
      j.put("terms", l.terms().size());
      j.put("verification", "numeric");
      j.put("residual", l.heldOutVariation());
      j.put("training_residual", l.trainingVariation());
      j.put("confidence", l.confidence());
      j.put("exact_coefficients", l.exact());
    }
    ArrayNode warn = o.putArray("warnings");
    r.warnings().forEach(warn::add);
    o.putObject("timings_ms").put("total", r.millis());
    return JSON.writeValueAsString(o) + "\n";
  }
}
