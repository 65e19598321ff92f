package dev.discover.neural;

import dev.discover.io.Progress;
import dev.discover.symbolic.Exprs;
import dev.discover.neural.internal.Tidy;
import dev.discover.symbolic.Expr;
import dev.discover.symbolic.ExprParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Targets near the ends of the double range: a search over values near 1e307 overflows in its sums of
 * squares. Such a target is divided by a power of ten before the search, and every formula found is
 * multiplied back (and its errors with it). Targets of ordinary size go through unchanged, so the search on
 * them is exactly the plain one.
 */
final class Scaled {
  private Scaled() {}

  /** Targets whose root mean square is outside [1e-100, 1e100] are rescaled. */
  static final double LOW = 1e-100, HIGH = 1e100;

  /** Runs {@code search} on {@code data}, rescaled first when its target is extreme. */
  static Optional<FormulaResult> run(Dataset data, Function<Dataset, Optional<FormulaResult>> search,
      Progress progress) {
    double s = 0, max = 0;
    for (int i = 0; i < data.rows(); i++) max = Math.max(max, Math.abs(data.y(i)));
    if (max == 0 || (max <= HIGH && max >= LOW)) return search.apply(data);
    for (int i = 0; i < data.rows(); i++) { double v = data.y(i) / max; s += v * v; }
    double rms = max * Math.sqrt(s / data.rows());
    int k = (int) Math.floor(Math.log10(rms));
    double[] y = data.target();
    for (int i = 0; i < y.length; i++) y[i] = y[i] / Math.pow(10, k);
    progress.note("target of size 1e" + k + ": searched in units of 1e" + k);
    Optional<FormulaResult> r = search.apply(new Dataset(data.names(), data.columns(), y, data.targetName()));
    return r.map(res -> unscale(res, k));
  }

  private static FormulaResult unscale(FormulaResult r, int k) {
    Expr f = Exprs.pow(Expr.num(10), Expr.num(k));
    double m = Math.pow(10, k);
    List<Candidate> pareto = new ArrayList<>();
    Candidate best = null;
    for (Candidate c : r.pareto()) {
      Candidate u = times(c, f, m);
      pareto.add(u);
      if (c == r.best()) best = u;
    }
    Candidate b = best != null ? best : times(r.best(), f, m);
    List<String> notes = new ArrayList<>(r.notes());
    notes.add("target searched in units of 1e" + k);
    return new FormulaResult(b, pareto, r.targetRms() * m, r.elapsedMillis(), notes, r.options(), r.networks());
  }

  private static Candidate times(Candidate c, Expr f, double m) {
    // 10^k stays a power (not folded into a 300-digit integer)
    Expr formula = Exprs.mul(f, c.formula());
    Expr pretty = Exprs.mul(f, ExprParser.parse(c.pretty()));
    return new Candidate(formula, Tidy.printDecimal(formula), Tidy.printDecimal(pretty), c.rmse() * m, c.trainRmse() * m,
        Exprs.size(formula));
  }
}
