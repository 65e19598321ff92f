package dev.discover.neural;

import dev.discover.io.Progress;
import dev.discover.neural.internal.search.ParetoFront;
import dev.discover.neural.internal.search.RecursiveSolver;
import dev.discover.neural.internal.search.Scored;
import dev.discover.neural.internal.search.SearchBudget;
import dev.discover.neural.internal.search.SearchContext;
import dev.discover.symbolic.Expr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Finds a closed-form formula for a {@link Dataset}: brute-force search with fitted constants, target
 * transforms, power-law forms, separability through a neural surrogate, constant snapping and a joint
 * Levenberg-Marquardt polish. Deterministic for a given seed (up to the time limit cutting a search short).
 *
 * <p>The stages live in {@code dev.discover.neural.internal.search}: the held-out split here, the recursive
 * solver and its stages, then the Pareto front on the held-out rows.
 */
public final class FormulaSearch {
  private FormulaSearch() {}

  /**
   * Runs the search.
   *
   * @param data the table (not modified)
   * @param opts options
   * @param progress receives one-line progress messages as {@link Progress#note notes}; may ignore them
   * @return the best formula, the Pareto list, the networks fitted and diagnostics
   */
  public static FormulaResult run(Dataset data, FormulaOptions opts, Progress progress) {
    return run(data, opts, progress, System.nanoTime() + opts.timeLimitMillis() * 1_000_000L);
  }

  /**
   * As {@link #run(Dataset, FormulaOptions, Progress)}, ending by {@code endNanos} ({@link System#nanoTime()})
   * instead of the options' time limit from now: the stages stop early enough for the simplification of the
   * front to fit before it. The work budget is still the options' time limit's.
   */
  static FormulaResult run(Dataset data, FormulaOptions opts, Progress progress, long endNanos) {
    long t0 = System.nanoTime();
    SearchBudget budget = SearchBudget.DEFAULT;
    long deadline = endNanos - budget.reserveNanos(Math.max(0, endNanos - t0));
    SearchContext ctx = new SearchContext(opts, budget, progress);
    int n = data.rows();
    int[] perm = permutation(n, new Random(opts.seed()));
    int nTest = Math.max(1, (int) Math.round(n * opts.testFraction()));
    int[] test = Arrays.copyOfRange(perm, 0, nTest);
    int[] train = Arrays.copyOfRange(perm, nTest, n);
    double[][] x = data.columns();
    double[] y = data.target();
    List<String> names = data.names();

    RecursiveSolver solver = new RecursiveSolver(ctx);
    List<Expr> found = new ArrayList<>();
    for (Scored s : solver.solve(RecursiveSolver.top(names, x, y, train, deadline, budget.work(opts.timeLimitMillis())))) {
      found.add(s.expr());
    }
    if (System.nanoTime() > deadline) {
      ctx.note("time limit: the stages ran to the deadline and the later ones were cut by the clock (the same seed "
          + "can give another formula with more time or on a machine with another load)");
    }
    ParetoFront scoring = new ParetoFront(names, x, y, test, train);
    long simplifyEnd = Math.max(endNanos, System.nanoTime() + SearchBudget.SIMPLIFY_FLOOR_NANOS);
    ParetoFront.Front front = scoring.build(found, simplifyEnd, ctx);
    long ms = (System.nanoTime() - t0) / 1_000_000L;
    return new FormulaResult(front.best(), front.pareto(), scoring.testRms(), ms, ctx.notes(), opts, ctx.networks());
  }

  static int[] permutation(int n, Random rnd) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) p[i] = i;
    for (int i = n - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = p[i]; p[i] = p[j]; p[j] = t;
    }
    return p;
  }
}
