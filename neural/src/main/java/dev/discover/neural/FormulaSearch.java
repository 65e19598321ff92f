package dev.discover.neural;

import dev.discover.neural.internal.BruteForce;
import dev.discover.neural.internal.E;
import dev.discover.neural.internal.Fitter;
import dev.discover.neural.internal.Snapper;
import dev.discover.neural.internal.Template;
import dev.discover.neural.internal.Templates;
import dev.discover.neural.internal.Tidy;
import dev.discover.symbolic.CompiledExpr;
import dev.discover.symbolic.Compiler;
import dev.discover.symbolic.Expr;
import dev.discover.symbolic.ExprParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Finds a closed-form formula for a {@link Dataset}: brute-force search with fitted constants, target
 * transforms, power-law forms, separability through a neural surrogate, constant snapping and a joint
 * Levenberg-Marquardt polish. Deterministic for a given seed (up to the time limit cutting a search short).
 */
public final class FormulaSearch {
  private FormulaSearch() {}

  /**
   * Runs the search.
   *
   * @param data the table (not modified)
   * @param opts options
   * @param progress receives one-line progress messages (for standard error); may ignore them
   * @return the best formula, the Pareto list and diagnostics
   */
  public static FormulaResult run(Dataset data, FormulaOptions opts, Consumer<String> progress) {
    long t0 = System.nanoTime();
    long deadline = t0 + opts.timeLimitMillis() * 1_000_000L;
    int n = data.rows();
    int[] perm = permutation(n, new Random(opts.seed()));
    int nTest = Math.max(1, (int) Math.round(n * opts.testFraction()));
    int[] test = java.util.Arrays.copyOfRange(perm, 0, nTest);
    int[] train = java.util.Arrays.copyOfRange(perm, nTest, n);
    double[][] x = data.columns();
    double[] y = data.target();
    List<String> names = data.names();
    List<String> notes = new ArrayList<>();

    Solver solver = new Solver(names, x, y, train, deadline, opts, progress, notes);
    List<Expr> found = solver.solve();

    // score every formula on the held-out rows, build the Pareto front
    Compiler comp = new Compiler(names);
    double testRms = rms(y, test);
    List<Candidate> all = new ArrayList<>();
    for (Expr pretty : found) {
      Expr plain = Tidy.piAsNumber(pretty);
      String text = Tidy.printDecimal(plain);
      Expr parsed;
      try {
        parsed = ExprParser.parse(text);
      } catch (RuntimeException ex) {
        continue;
      }
      CompiledExpr f = comp.compile(parsed);
      double rTest = rmse(f, x, y, test), rTrain = rmse(f, x, y, train);
      if (!Double.isFinite(rTest)) continue;
      all.add(new Candidate(parsed, text, Tidy.printDecimal(pretty), rTest, rTrain, E.size(pretty)));
    }
    double mean = 0;
    for (int i : train) mean += y[i];
    mean /= train.length;
    Expr meanE = Snapper.decimal(mean);
    all.add(new Candidate(meanE, Tidy.printDecimal(meanE), Tidy.printDecimal(meanE),
        rmse(r -> 0, x, shift(y, mean), test), rmse(r -> 0, x, shift(y, mean), train), 1));
    List<Candidate> pareto = pareto(all);
    Candidate best = choose(pareto, testRms);
    long ms = (System.nanoTime() - t0) / 1_000_000L;
    return new FormulaResult(best, pareto, testRms, ms, notes, opts);
  }

  private static double[] shift(double[] y, double m) {
    double[] o = new double[y.length];
    for (int i = 0; i < y.length; i++) o[i] = y[i] - m;
    return o;
  }

  /** The formula minimising log10(relative error, floored) + 0.04 * complexity. */
  static Candidate choose(List<Candidate> pareto, double scale) {
    Candidate best = null;
    double bestScore = Double.POSITIVE_INFINITY;
    for (Candidate c : pareto) {
      double rel = c.rmse() / (scale + 1e-300);
      double s = Math.log10(Math.max(rel, 1e-9)) + 0.04 * c.complexity();
      if (s < bestScore - 1e-12) { bestScore = s; best = c; }
    }
    return best;
  }

  static List<Candidate> pareto(List<Candidate> all) {
    List<Candidate> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparingInt(Candidate::complexity).thenComparingDouble(Candidate::rmse));
    List<Candidate> front = new ArrayList<>();
    double bestErr = Double.POSITIVE_INFINITY;
    for (Candidate c : sorted) {
      if (c.rmse() < bestErr * (1 - 1e-9)) { front.add(c); bestErr = c.rmse(); }
    }
    return front;
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

  static double rms(double[] y, int[] rows) {
    double s = 0;
    for (int i : rows) s += y[i] * y[i];
    return Math.sqrt(s / rows.length);
  }

  static double rmse(CompiledExpr f, double[][] x, double[] y, int[] rows) {
    double s = 0;
    double[] row = new double[x.length];
    for (int i : rows) {
      for (int j = 0; j < row.length; j++) row[j] = x[j][i];
      double d = f.eval(row) - y[i];
      s += d * d;
    }
    return Math.sqrt(s / rows.length);
  }

  /** One search over a set of rows; also used on sub-problems. */
  static final class Solver {
    private final List<String> names;
    private final double[][] x;
    private final double[] y;
    private final int[] rows;
    private final long deadline;
    private final FormulaOptions opts;
    private final Consumer<String> progress;
    private final List<String> notes;

    Solver(List<String> names, double[][] x, double[] y, int[] rows, long deadline, FormulaOptions opts,
        Consumer<String> progress, List<String> notes) {
      this.names = names; this.x = x; this.y = y; this.rows = rows; this.deadline = deadline;
      this.opts = opts; this.progress = progress; this.notes = notes;
    }

    List<Expr> solve() {
      int k = names.size();
      int m = rows.length;
      // sign normalisation
      boolean allNeg = true;
      for (int i : rows) allNeg &= y[i] < 0;
      double sgn = allNeg ? -1 : 1;
      double[][] xf = new double[k][m];
      double[] yf = new double[m];
      for (int r = 0; r < m; r++) {
        yf[r] = sgn * y[rows[r]];
        for (int j = 0; j < k; j++) xf[j][r] = x[j][rows[r]];
      }
      List<Integer> lc = new ArrayList<>();
      for (int j = 0; j < k; j++) {
        boolean pos = true;
        for (double v : xf[j]) pos &= v > 0;
        if (pos) lc.add(j);
      }
      int[] logCols = lc.stream().mapToInt(Integer::intValue).toArray();
      int ns = Math.min(m, 200);
      double[][] xs = new double[k][];
      for (int j = 0; j < k; j++) xs[j] = java.util.Arrays.copyOf(xf[j], ns);
      double[] ys = java.util.Arrays.copyOf(yf, ns);
      BruteForce bf = new BruteForce(xs, ys, logCols, 12);
      long now = System.nanoTime();
      long bfDeadline = now + (long) ((deadline - now) * 0.55);
      bf.run(names, xs, opts.maxNodes(), bfDeadline, 14);
      progress.accept(String.format("brute force: %d expressions scored, %d stored, %.1f s", bf.scored(), bf.stored(),
          (System.nanoTime() - now) / 1e9));
      List<BruteForce.Hit> hits = new ArrayList<>(bf.hits());
      if (!Double.isNaN(bf.powerLawRelativeError())) hits.add(0, new BruteForce.Hit(BruteForce.POW, null, 0, -99, null));
      long tm = System.nanoTime();
      List<BruteForce.Multi> multis = bf.multiTerm(6, tm + (long) ((deadline - tm) * 0.3));
      multis.sort(Comparator.comparingDouble(BruteForce.Multi::score));
      if (System.getenv("DISCOVER_DEBUG") != null) for (var mt : multis) progress.accept("  multi " + mt.form() + " " + mt.terms() + " " + mt.score());
      progress.accept(String.format("multi-term search: %d sums and products, %.1f s", multis.size(), (System.nanoTime() - tm) / 1e9));
      int nf = Math.min(m, 1000);
      int[] fitRows = new int[nf];
      for (int i = 0; i < nf; i++) fitRows[i] = i;
      Fitter fitter = new Fitter(names, xf, yf, fitRows);
      double sst = fitter.sst();
      Snapper snapper = new Snapper(fitter);
      record Free(Template t, Fitter.Fit fit, double score) {}
      List<Free> frees = new ArrayList<>();
      for (BruteForce.Hit h : hits) {
        if (System.nanoTime() > deadline) break;
        Template t = Templates.of(h, names, xf, yf, logCols);
        if (t == null) continue;
        Fitter.Fit f = snapper.fitFree(t, 200);
        if (!Double.isFinite(f.sse())) continue;
        double rel = Math.sqrt(f.sse() / sst);
        frees.add(new Free(t, f, Math.log10(Math.max(rel, 1e-10)) + 0.04 * E.size(t.expr())));
      }
      for (BruteForce.Multi mt : multis.subList(0, Math.min(multis.size(), 30))) {
        if (System.nanoTime() > deadline) break;
        Template t = Templates.of(mt, names, xf, yf, logCols);
        if (t == null) continue;
        Fitter.Fit f = snapper.fitFree(t, 200);
        if (!Double.isFinite(f.sse())) continue;
        double rel = Math.sqrt(f.sse() / sst);
        frees.add(new Free(t, f, Math.log10(Math.max(rel, 1e-10)) + 0.04 * E.size(t.expr())));
      }
      frees.sort(Comparator.comparingDouble(Free::score));
      List<Expr> out = new ArrayList<>();
      int snapped = 0;
      for (Free fr : frees) {
        if (snapped >= 16 || System.nanoTime() > deadline + 2_000_000_000L) break;
        Snapper.Snapped s = snapper.snap(fr.t(), fr.fit());
        Expr e = sgn < 0 ? E.neg(s.expr()) : s.expr();
        out.add(e);
        snapped++;
      }
      progress.accept(String.format("fitted %d templates, snapped %d", frees.size(), snapped));
      return out;
    }
  }
}
