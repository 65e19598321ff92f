package dev.discover.neural;

import dev.discover.io.Progress;
import dev.discover.neural.units.PiGroups;
import dev.discover.neural.units.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The front door of the formula search: units when given ({@link UnitsSearch}), targets near the double
 * range rescaled ({@link Scaled}), and an honest verdict on the answer ({@link Judge}). Without units the
 * search is exactly {@link FormulaSearch#run}.
 */
public final class Formulas {
  private Formulas() {}

  /** The outcome of {@link #discover}. */
  public sealed interface Answer permits Found, NoFormula {}

  /**
   * A formula with its verdict.
   *
   * @param result the search's result (best formula, Pareto front, notes)
   * @param verdict solved or approximate, with R^2
   * @param reduction the dimensionless groups searched in, when units were used
   * @param warnings what the user should know (units given but not usable, and why)
   */
  public record Found(FormulaResult result, Verdict verdict, Optional<PiGroups.Reduced> reduction, List<String> warnings)
      implements Answer {
    /** Copies. */
    public Found { warnings = List.copyOf(warnings); }
  }

  /**
   * No formula: the units admit none, or no candidate gives finite values on the rows.
   *
   * @param message one line for the user
   */
  public record NoFormula(String message) implements Answer {}

  /** How units are used. */
  public enum UnitsMode {
    /** Given by the user: a missing or impossible unit is an error. */
    REQUIRED,
    /** Found by default (a benchmark row's table): when they cannot be used the search runs without them. */
    IF_USABLE
  }

  /**
   * Finds the formula.
   *
   * @param data the table
   * @param opts the search options
   * @param units the units of the inputs and the target, if any
   * @param mode what to do when the units cannot be used
   * @param progress one-line progress messages
   * @throws IllegalArgumentException in {@link UnitsMode#REQUIRED} mode, naming a variable without a unit
   */
  public static Answer discover(Dataset data, FormulaOptions opts, Optional<Units> units, UnitsMode mode,
      Progress progress) {
    Run run = new Run(opts, units, mode, progress);
    Optional<FormulaResult> r = Scaled.run(data, run::search, progress);
    if (run.impossible.isPresent()) return new NoFormula(run.impossible.get());
    if (r.isEmpty()) {
      return new NoFormula("no candidate formula gives finite values on every row of '" + data.targetName()
          + "' (values near the limits of double precision, or undefined operations)");
    }
    Judge.Judged j = Judge.judge(data, r.get(), opts);
    return new Found(j.result(), j.verdict(), run.used, run.warnings);
  }

  /** One search with units where they can be used, remembering what happened to them. */
  private static final class Run {
    private final FormulaOptions opts;
    private final Optional<Units> units;
    private final UnitsMode mode;
    private final Progress progress;
    final List<String> warnings = new ArrayList<>();
    Optional<PiGroups.Reduced> used = Optional.empty();
    Optional<String> impossible = Optional.empty();

    Run(FormulaOptions opts, Optional<Units> units, UnitsMode mode, Progress progress) {
      this.opts = opts; this.units = units; this.mode = mode; this.progress = progress;
    }

    Optional<FormulaResult> search(Dataset d) {
      if (units.isPresent()) {
        try {
          UnitsSearch.Outcome o = UnitsSearch.run(d, units.get(), opts, progress);
          if (o.impossible().isPresent()) {
            if (mode == UnitsMode.REQUIRED) { impossible = o.impossible(); return Optional.empty(); }
            warnings.add("units not used: " + o.impossible().get());
          } else if (o.reduction().isEmpty()) {
            warnings.add("units not used: every choice of dimensionless groups is undefined on some row "
                + "(a fractional power of a negative input or a zero divisor)");
          } else {
            used = o.reduction();
            return o.result();
          }
        } catch (IllegalArgumentException e) {
          if (mode == UnitsMode.REQUIRED) throw e;
          warnings.add("units not used: " + e.getMessage());
        }
      }
      return nonEmpty(FormulaSearch.run(d, opts, progress));
    }
  }

  /** The result, when the search found any formula with finite values. */
  static Optional<FormulaResult> nonEmpty(FormulaResult r) {
    return r.best() == null ? Optional.empty() : Optional.of(r);
  }
}
