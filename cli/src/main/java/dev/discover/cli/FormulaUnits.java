package dev.discover.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.discover.neural.Dataset;
import dev.discover.neural.Formulas;
import dev.discover.neural.units.Monomial;
import dev.discover.neural.units.PiGroups;
import dev.discover.neural.units.Units;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The units options of {@code discover formula} ({@code --units FILE}, {@code --unit NAME=EXPONENTS}, the
 * Feynman table by default with {@code --feynman}) and the parts of the output that units and the verdict add.
 */
final class FormulaUnits {
  private FormulaUnits() {}

  /**
   * The units to search with and how strictly, or none.
   *
   * @param file {@code --units}, may be null
   * @param specs {@code --unit} values
   * @param feynmanDefault the Feynman table next to the equations file, used when neither is given
   * @param off {@code --no-units}
   */
  record Choice(Optional<Units> units, Formulas.UnitsMode mode, String source) {}

  static Choice choose(Path file, List<String> specs, Optional<Path> feynmanDefault, boolean off, Dataset data)
      throws IOException {
    if (off) {
      if (file != null || !specs.isEmpty()) throw new IllegalArgumentException("--no-units: cannot be combined with --units or --unit");
      return new Choice(Optional.empty(), Formulas.UnitsMode.IF_USABLE, "");
    }
    Units u;
    String source;
    Formulas.UnitsMode mode = Formulas.UnitsMode.REQUIRED;
    if (file != null) {
      if (!Files.isReadable(file)) throw new IllegalArgumentException(file + ": cannot read the units file (--units)");
      u = Units.read(file);
      source = file.toString();
    } else if (!specs.isEmpty()) {
      u = Units.empty(Units.FEYNMAN_BASES);
      source = "--unit";
    } else if (feynmanDefault.isPresent() && Files.isReadable(feynmanDefault.get())) {
      u = Units.read(feynmanDefault.get());
      source = feynmanDefault.get().toString();
      mode = Formulas.UnitsMode.IF_USABLE;
    } else {
      return new Choice(Optional.empty(), Formulas.UnitsMode.IF_USABLE, "");
    }
    for (String s : specs) u = u.with(s);
    if (mode == Formulas.UnitsMode.REQUIRED) {
      for (String n : data.names()) need(u, n, source, "input");
      need(u, data.targetName(), source, "target");
      if (PiGroups.analyse(u, data.names(), data.targetName()) instanceof PiGroups.Impossible no) {
        throw new IllegalArgumentException(source + ": " + no.message());
      }
    }
    return new Choice(Optional.of(u), mode, source);
  }

  private static void need(Units u, String name, String source, String what) {
    if (u.of(name).isEmpty()) {
      throw new IllegalArgumentException(source + ": no unit for the " + what + " column '" + name
          + "'; add a row for it or give --unit " + name + "=" + String.join(",", u.bases()));
    }
  }

  /** The JSON fields the verdict and the units add. */
  static void json(ObjectNode o, Formulas.Found f) {
    o.put("status", f.verdict().status().word());
    o.put("r2", f.verdict().r2());
    o.put("verdict", f.verdict().explanation());
    f.reduction().ifPresent(r -> {
      ObjectNode u = o.putObject("units");
      u.put("prefactor", r.prefactor().toString());
      ArrayNode g = u.putArray("groups");
      for (Monomial m : r.groups()) g.add(m.toString());
    });
    if (!f.warnings().isEmpty()) {
      ArrayNode w = o.putArray("warnings");
      f.warnings().forEach(w::add);
    }
  }

  /** The text lines the verdict and the units add, after the formula. */
  static void text(PrintWriter out, Formulas.Found f) {
    out.printf(Locale.ROOT, "  status: %s (R^2 %.9g): %s%n", f.verdict().status().word(), f.verdict().r2(),
        f.verdict().explanation());
    f.reduction().ifPresent(r -> {
      List<String> g = r.groups().stream().map(Monomial::toString).toList();
      out.println("  units: searched as " + r.prefactor() + " * f(" + String.join(", ", g) + ")");
    });
    for (String w : f.warnings()) out.println("warning: " + w);
  }
}
