package dev.discover.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.discover.io.InputException;
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
    try {
      return parse(file, specs, feynmanDefault, off, data);
    } catch (IllegalArgumentException e) {
      if (e instanceof InputException) throw e;
      throw new InputException(e.getMessage()); // a malformed units file or --unit value: bad input, exit 2
    }
  }

  private static Choice parse(Path file, List<String> specs, Optional<Path> feynmanDefault, boolean off, Dataset data)
      throws IOException {
    if (off) {
      if (file != null || !specs.isEmpty()) throw new InputException("--no-units: cannot be combined with --units or --unit");
      return new Choice(Optional.empty(), Formulas.UnitsMode.IF_USABLE, "");
    }
    Units u;
    String source;
    Formulas.UnitsMode mode = Formulas.UnitsMode.REQUIRED;
    if (file != null) {
      if (!Files.isReadable(file)) throw new InputException(file + ": cannot read the units file (--units)");
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
        throw new InputException(source + ": " + no.message());
      }
    }
    return new Choice(Optional.of(u), mode, source);
  }

  private static void need(Units u, String name, String source, String what) {
    if (u.of(name).isEmpty()) {
      throw new InputException(source + ": no unit for the " + what + " column '" + name
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
    f.withoutUnits().ifPresent(a -> {
      ObjectNode u = o.putObject("without_units");
      u.put("formula", a.best().text());
      u.put("formula_pretty", a.best().pretty());
      u.put("rmse", a.best().rmse());
      u.put("complexity", a.best().complexity());
      u.put("status", a.verdict().status().word());
      u.put("r2", a.verdict().r2());
    });
  }

  /** The text lines the verdict and the units add, after the formula. */
  static void text(PrintWriter out, Formulas.Found f) {
    out.printf(Locale.ROOT, "  status: %s (R^2 %.9g): %s%n", f.verdict().status().word(), f.verdict().r2(),
        f.verdict().explanation());
    f.reduction().ifPresent(r -> {
      List<String> g = r.groups().stream().map(Monomial::toString).toList();
      out.println("  units: searched as " + r.prefactor() + " * f(" + String.join(", ", g) + ")");
    });
    f.withoutUnits().ifPresent(a -> out.printf(Locale.ROOT, "  without units: %s (%s, R^2 %.9g)%n", a.best().pretty(),
        a.verdict().status().word(), a.verdict().r2()));
    for (String w : f.warnings()) out.println("warning: " + w);
  }
}
