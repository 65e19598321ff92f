package dev.discover.neural;

import dev.discover.io.Progress;
import dev.discover.neural.internal.Snapper;
import dev.discover.neural.internal.Tidy;
import dev.discover.neural.units.DimensionCheck;
import dev.discover.neural.units.Dimension;
import dev.discover.neural.units.Monomial;
import dev.discover.neural.units.PiGroups;
import dev.discover.neural.units.Units;
import dev.discover.neural.internal.search.ParetoFront;
import dev.discover.neural.internal.search.SearchBudget;
import dev.discover.neural.internal.search.SearchContext;
import dev.discover.symbolic.Expr;
import dev.discover.symbolic.ExprParser;
import dev.discover.symbolic.Exprs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The formula search with units: the target is written as {@code y = P(x) * f(pi_1, ..., pi_m)}
 * ({@link PiGroups}), the search looks for {@code f} over the dimensionless groups, and every formula is
 * written back in the inputs, checked with {@link DimensionCheck} and scored on the original rows. Every
 * formula proposed is therefore dimensionally consistent. With no groups ({@code y = C * P}), the search runs
 * over the single column {@code P} and keeps the formulas that come out with the target's unit.
 */
public final class UnitsSearch {
  private UnitsSearch() {}

  /**
   * The outcome: a result in the original inputs, or why the units could not be used.
   *
   * @param result the search's result in the original inputs, when the units were used
   * @param reduction the reduction used, when there was one
   * @param impossible why no reduction exists (the target's unit is out of reach), when it does not
   */
  public record Outcome(Optional<FormulaResult> result, Optional<PiGroups.Reduced> reduction, Optional<String> impossible) {}

  /**
   * Runs the search in dimensionless groups.
   *
   * @param data the table (not modified); every input and the target need a unit in {@code units}
   * @param units the units table
   * @param opts the search options
   * @param progress one-line progress messages
   * @return a result, or the reason the units admit no formula, or neither when no reduction is defined on
   *     every row (the caller then searches without units)
   * @throws IllegalArgumentException naming a variable without a unit
   */
  public static Outcome run(Dataset data, Units units, FormulaOptions opts, Progress progress) {
    long t0 = System.nanoTime();
    long end = t0 + opts.timeLimitMillis() * 1_000_000L;
    // the search in the groups ends early enough for the front on the original rows to be simplified in time
    long innerEnd = end - Math.min(opts.timeLimitMillis() / 4, Math.max(1_000, opts.timeLimitMillis() / 20)) * 1_000_000L;
    List<String> names = data.names();
    PiGroups.Analysis a = PiGroups.analyse(units, names, data.targetName());
    if (a instanceof PiGroups.Impossible no) return new Outcome(Optional.empty(), Optional.empty(), Optional.of(no.message()));
    List<PiGroups.Reduced> usable = PiGroups.all(units, names, data.targetName()).stream()
        .filter(r -> definedOnEveryRow(r, data)).toList();
    if (usable.isEmpty()) return new Outcome(Optional.empty(), Optional.empty(), Optional.empty());
    PiGroups.Reduced red = smallGroups(usable, data);
    Reduced inner = reducedData(red, data);
    progress.note("units: " + data.targetName() + " = " + red.prefactor() + " * f(" + String.join(", ", inner.describe()) + ")");
    Optional<FormulaResult> found = Scaled.run(inner.data(), d -> Formulas.nonEmpty(FormulaSearch.run(d, opts, progress, innerEnd)), progress);
    if (found.isEmpty()) return new Outcome(Optional.empty(), Optional.of(red), Optional.empty());
    FormulaResult r = found.get();
    Dimension want = units.of(data.targetName()).orElseThrow();
    int n = data.rows();
    int[] perm = FormulaSearch.permutation(n, new java.util.Random(opts.seed()));
    int nTest = Math.max(1, (int) Math.round(n * opts.testFraction()));
    int[] test = java.util.Arrays.copyOfRange(perm, 0, nTest), train = java.util.Arrays.copyOfRange(perm, nTest, n);
    // f constant means y = C * P: no answer when y / P varies with the groups (unless nothing else was found)
    boolean innerVaries = !red.groups().isEmpty() && Judge.varies(inner.data(), opts)
        && r.pareto().stream().anyMatch(c -> !Judge.isConstant(c));
    List<Expr> outer = new ArrayList<>();
    for (Candidate c : r.pareto()) {
      if (innerVaries && Judge.isConstant(c)) continue;
      Expr back = Exprs.substitute(ExprParser.parse(c.pretty()), inner.back());
      Expr e = Tidy.products(Tidy.tidy(red.groups().isEmpty() ? back : Exprs.mul(red.prefactor().expr(), back)));
      if (DimensionCheck.hasUnit(e, units, want)) outer.add(e);
    }
    // scored on the original rows with the same split, the training mean among them, simplified by Symja
    SearchContext ctx = new SearchContext(opts, SearchBudget.DEFAULT, progress);
    long simplifyEnd = Math.max(end, System.nanoTime() + SearchBudget.SIMPLIFY_FLOOR_NANOS);
    // a simplification could in principle leave the unit rules (log(a) - log(b) for log(a/b)), and the
    // training mean is a bare number: only formulas with the target's unit go on the front, so that no other
    // hides one of them (the mean fitting better than C * P would leave no formula at all)
    ParetoFront scoring = new ParetoFront(names, data.columns(), data.target(), test, train);
    java.util.function.Predicate<Candidate> consistent = c -> DimensionCheck.hasUnit(c.formula(), units, want);
    ParetoFront.Front front = scoring.build(outer, simplifyEnd, ctx, consistent);
    if (front.pareto().isEmpty()) {
      // C * P, C fitted by least squares on the training rows, is consistent whatever the data: the answer the
      // units leave when no f has the target's unit (with no groups the search's f(P) need not be linear in P;
      // data that contradict the units, e.g. a wrong unit in the table); reported as an approximation instead
      // of no formula at all. Only then: its decimal factor would otherwise compete with exact ones (2*pi).
      List<Expr> withFallback = new ArrayList<>(outer);
      proportional(red, data, train).ifPresent(withFallback::add);
      front = scoring.build(withFallback, simplifyEnd, ctx, consistent);
    }
    List<Candidate> pareto = front.pareto();
    List<String> notes = new ArrayList<>(r.notes());
    notes.add(0, "units: searched f in " + data.targetName() + " = " + red.prefactor() + " * f("
        + String.join(", ", inner.describe()) + ")");
    notes.addAll(ctx.notes());
    double testRms = scoring.testRms();
    double spread = scoring.constantRmse();
    if (pareto.stream().allMatch(c -> !(c.rmse() < 0.5 * spread))) {
      notes.add("units: no dimensionally consistent formula fits the data (the best leaves more than half the"
          + " target's spread about its mean); check the units of " + data.targetName() + " and of the inputs");
    }
    Optional<Candidate> best = Optional.ofNullable(front.best());
    long ms = (System.nanoTime() - t0) / 1_000_000L;
    return new Outcome(best.map(b -> new FormulaResult(b, pareto, testRms, ms, notes, opts, r.networks())), Optional.of(red),
        Optional.empty());
  }

  /**
   * Among the simplest reductions (equal cost, the first ones of {@code usable}), the one with the most
   * groups whose median magnitude is at most 1 ({@code v/c} rather than {@code c/v}): expansions such as
   * {@code sqrt(1 - g^2)} are then short. Ties keep the order of the inputs.
   */
  static PiGroups.Reduced smallGroups(List<PiGroups.Reduced> usable, Dataset data) {
    PiGroups.Reduced best = usable.get(0);
    int bestSmall = -1;
    for (PiGroups.Reduced r : usable) {
      if (r.cost().compareTo(usable.get(0).cost()) != 0) break;
      int small = 0;
      for (Monomial g : r.groups()) {
        double[] v = new double[data.rows()];
        for (int i = 0; i < v.length; i++) v[i] = Math.abs(g.value(data.row(i)));
        java.util.Arrays.sort(v);
        if (v[v.length / 2] <= 1) small++;
      }
      if (small > bestSmall) { bestSmall = small; best = r; }
    }
    return best;
  }

  /** The prefactor finite and non-zero and every group finite on every row. */
  static boolean definedOnEveryRow(PiGroups.Reduced r, Dataset data) {
    for (int i = 0; i < data.rows(); i++) {
      double[] row = data.row(i);
      double p = r.prefactor().value(row);
      if (!Double.isFinite(p) || p == 0) return false;
      for (Monomial g : r.groups()) if (!Double.isFinite(g.value(row))) return false;
    }
    return true;
  }

  /** {@code C * P} with C the least-squares factor over the training rows; empty when it is not finite. */
  static Optional<Expr> proportional(PiGroups.Reduced red, Dataset data, int[] train) {
    double yp = 0, pp = 0;
    for (int i : train) {
      double p = red.prefactor().value(data.row(i));
      yp += data.y(i) * p;
      pp += p * p;
    }
    double c = yp / pp;
    if (!Double.isFinite(c) || c == 0) return Optional.empty();
    return Optional.of(Tidy.products(Tidy.tidy(Exprs.mul(Snapper.decimal(c), red.prefactor().expr()))));
  }

  /**
   * The search's own problem: the groups as inputs and {@code y / P} as target (or {@code P} as the one
   * input and {@code y} as target when there are no groups), with the map from its names back to the inputs.
   */
  record Reduced(Dataset data, Map<String, Expr> back, List<String> describe) {}

  static Reduced reducedData(PiGroups.Reduced red, Dataset data) {
    List<String> names = data.names();
    List<Monomial> cols = red.groups().isEmpty() ? List.of(red.prefactor()) : red.groups();
    List<String> nm = new ArrayList<>();
    Map<String, Expr> back = new HashMap<>();
    List<String> describe = new ArrayList<>();
    int fresh = 1;
    for (Monomial g : cols) {
      int[] s = g.support();
      String name;
      if (s.length == 1 && g.exponent(s[0]).equals(org.hipparchus.fraction.BigFraction.ONE)) {
        name = names.get(s[0]);
        describe.add(name);
      } else {
        do { name = (red.groups().isEmpty() ? "P" : "g") + fresh++; } while (names.contains(name) || nm.contains(name));
        describe.add(name + " = " + g);
      }
      nm.add(name);
      back.put(name, g.expr());
    }
    int n = data.rows();
    double[][] x = new double[cols.size()][n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double[] row = data.row(i);
      for (int c = 0; c < cols.size(); c++) x[c][i] = cols.get(c).value(row);
      y[i] = red.groups().isEmpty() ? data.y(i) : data.y(i) / red.prefactor().value(row);
    }
    return new Reduced(new Dataset(nm, x, y, data.targetName()), back, describe);
  }
}
