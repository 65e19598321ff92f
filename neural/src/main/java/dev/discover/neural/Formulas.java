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
 * search is exactly {@link FormulaSearch#run}. When the units search finds no formula at the noise level and
 * at least a quarter of the time limit is left, the search without units runs in it; when that one solves the
 * table, its formula is shown beside the consistent answer (units the user gave) or replaces it (a benchmark
 * row's default table), with a warning either way.
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
   * @param withoutUnits with units the user required and no consistent formula at the noise level: the
   *     formula the search without units solved the table with, and its verdict (never the answer itself,
   *     which stays consistent)
   */
  public record Found(FormulaResult result, Verdict verdict, Optional<PiGroups.Reduced> reduction, List<String> warnings,
      Optional<Unitless> withoutUnits) implements Answer {
    /** Copies. */
    public Found { warnings = List.copyOf(warnings); }

    /** Without an alternative. */
    public Found(FormulaResult result, Verdict verdict, Optional<PiGroups.Reduced> reduction, List<String> warnings) {
      this(result, verdict, reduction, warnings, Optional.empty());
    }
  }

  /**
   * A formula found without units that the units forbid.
   *
   * @param best the formula
   * @param verdict its verdict (solved)
   */
  public record Unitless(Candidate best, Verdict verdict) {}

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
    long start = System.nanoTime();
    Run run = new Run(opts, units, mode, progress);
    Optional<FormulaResult> r = Scaled.run(data, run::search, progress);
    if (run.impossible.isPresent()) return new NoFormula(run.impossible.get());
    if (r.isEmpty()) {
      return new NoFormula("no candidate formula gives finite values on every row of '" + data.targetName()
          + "' (values near the limits of double precision, or undefined operations)");
    }
    Judge.Judged j = Judge.judge(data, r.get(), opts);
    if (run.used.isPresent() && j.verdict().status() == Verdict.Status.APPROXIMATE) {
      Optional<Judge.Judged> plain = withoutUnits(data, opts, start, j.verdict(), progress);
      if (plain.isPresent() && mode == UnitsMode.REQUIRED) {
        // the user's units stand: the answer stays consistent, the formula without them is shown beside it
        List<String> w = new ArrayList<>(run.warnings);
        w.add(String.format(java.util.Locale.ROOT, "no dimensionally consistent formula fits the data (R^2 %.6f); "
            + "without units %s fits to the noise level: the data hold a dimensional constant that no column has "
            + "(such as c, h or k_B), or a unit is wrong", j.verdict().r2(), plain.get().result().best().pretty()));
        return new Found(j.result(), j.verdict(), run.used, w,
            Optional.of(new Unitless(plain.get().result().best(), plain.get().verdict())));
      }
      if (plain.isPresent()) {
        List<String> w = new ArrayList<>(run.warnings);
        w.add(String.format(java.util.Locale.ROOT, "units not used: no dimensionally consistent formula fits the "
            + "data (the best, R^2 %.6f, is approximate); this formula, found without units, fits to the noise "
            + "level: the data hold a dimensional constant that no column has (such as c, h or k_B), or a unit "
            + "in the table is wrong", j.verdict().r2()));
        FormulaResult pr = plain.get().result();
        long total = (System.nanoTime() - start) / 1_000_000L;
        FormulaResult whole = new FormulaResult(pr.best(), pr.pareto(), pr.targetRms(), total, pr.notes(), pr.options(),
            pr.networks());
        return new Found(whole, plain.get().verdict(), Optional.empty(), w);
      }
    }
    return new Found(j.result(), j.verdict(), run.used, run.warnings);
  }

  /** Least share of the time limit left after an approximate units search for a search without them. */
  static final double PLAIN_SEARCH_MIN_SHARE = 0.25;

  /**
   * After a units search that found no consistent formula at the noise level: the search without units in
   * the time that is left, when it solves the table. Data often hold a dimensional constant that no column
   * carries (c in {@code v^2/c^2}, h, k_B written into the rows as numbers); then no formula in the groups can
   * fit, and one with a fitted constant can.
   */
  private static Optional<Judge.Judged> withoutUnits(Dataset data, FormulaOptions opts, long start, Verdict unitsVerdict,
      Progress progress) {
    long left = opts.timeLimitMillis() - (System.nanoTime() - start) / 1_000_000L;
    if (left < PLAIN_SEARCH_MIN_SHARE * opts.timeLimitMillis()) return Optional.empty();
    progress.note(String.format(java.util.Locale.ROOT,
        "units: no consistent formula at the noise level (R^2 %.6f); searching without units in the %.1f s left",
        unitsVerdict.r2(), left / 1000.0));
    FormulaOptions rest = opts.withTimeLimitMillis(left);
    Optional<FormulaResult> r = Scaled.run(data, d -> nonEmpty(FormulaSearch.run(d, rest, progress)), progress);
    if (r.isEmpty()) return Optional.empty();
    Judge.Judged j = Judge.judge(data, r.get(), opts);
    return j.verdict().status() == Verdict.Status.SOLVED ? Optional.of(j) : Optional.empty();
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
