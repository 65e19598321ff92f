package dev.discover.neural.internal.search;

import dev.discover.neural.internal.BruteForce;
import dev.discover.neural.internal.Fitter;
import dev.discover.neural.internal.RationalFit;
import dev.discover.neural.internal.Snapper;
import dev.discover.neural.internal.Template;
import dev.discover.neural.internal.Templates;
import dev.discover.symbolic.Expr;
import dev.discover.symbolic.Exprs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The search on a problem's own rows: brute-force enumeration and multi-term sums, each hit turned into a
 * template with free constants, screened on a few rows, fitted and snapped to exact constants on more.
 */
final class DirectSearch {
  private DirectSearch() {}

  /** Rows of the enumeration's sample. */
  private static final int SAMPLE = 200;
  /** Rows the constants are fitted on, and the screening rows among them. */
  private static final int FIT_ROWS = 1000, SCREEN_ROWS = 300;
  /** Rational templates offered to the fits. */
  private static final int RATIONAL_TEMPLATES = 6;
  /** Problems with at most this many inputs enumerate with pi as a leaf (constants inside functions). */
  private static final int PI_LEAF_INPUTS = 2;

  /**
   * The target as the structure search sees it: when at least 95 % of rows are positive, the others
   * (noise pushed them below zero) are raised to the smallest positive value, so that log, square-root and
   * power-law forms stay usable. Constants are fitted later on the raw target.
   */
  static double[] cleanedForStructure(double[] y) {
    int pos = 0;
    double minPos = Double.POSITIVE_INFINITY;
    for (double v : y) if (v > 0) { pos++; minPos = Math.min(minPos, v); }
    if (pos == y.length || pos < 0.95 * y.length) return y;
    double[] c = y.clone();
    for (int i = 0; i < c.length; i++) if (!(c[i] > 0)) c[i] = minPos;
    return c;
  }

  /**
   * Runs the direct search.
   *
   * @param p the problem (its rows, depth and oracle error)
   * @param deadline safety cap for this search
   * @param budget how many expressions the brute force may score
   * @param ctx the search
   */
  static List<Scored> run(Problem p, long deadline, long budget, SearchContext ctx) {
    List<String> names = p.names();
    double[][] x = p.x();
    double[] y = p.y();
    int[] rows = p.rows();
    String indent = p.indent();
    int k = names.size();
    int m = rows.length;
    // sign normalisation
    // one sign on at least 95 % of rows counts as one-signed: noise may flip a few small values
    int negCount = 0;
    for (int i : rows) if (y[i] < 0) negCount++;
    double sgn = negCount >= 0.95 * rows.length ? -1 : 1;
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
    int ns = Math.min(m, SAMPLE);
    double[][] xs = new double[k][];
    for (int j = 0; j < k; j++) xs[j] = Arrays.copyOf(xf[j], ns);
    double[] yc = cleanedForStructure(yf);
    double[] ys = Arrays.copyOf(yc, ns);
    BruteForce bf = new BruteForce(xs, ys, logCols, 12);
    if (p.depth() > 0) bf.stopAt(0.5 * p.errY());
    bf.withPi(k <= PI_LEAF_INPUTS);
    long now = System.nanoTime();
    long bfDeadline = SearchBudget.share(deadline, ctx.budget().bruteForceTime());
    bf.run(names, xs, ctx.opts().maxNodes(), bfDeadline, 14, budget);
    ctx.progress(String.format(indent + "brute force: %d expressions scored, %d stored, %.1f s", bf.scored(), bf.stored(),
        (System.nanoTime() - now) / 1e9));
    if (bf.cutByDeadline()) {
      ctx.note(String.format("time limit: the brute force stopped at %d of %d expressions (a slow or loaded machine; "
          + "the same seed may give another formula where it finishes)", bf.scored(), budget));
    }
    List<BruteForce.Hit> hits = bf.hits();
    long tm = System.nanoTime();
    List<BruteForce.Multi> multis = bf.multiTerm(6, SearchBudget.share(deadline, ctx.budget().multiTermTime()));
    multis.sort(Comparator.comparingDouble(BruteForce.Multi::score));
    ctx.progress(String.format(indent + "multi-term search: %d sums and products, %.1f s", multis.size(),
        (System.nanoTime() - tm) / 1e9));
    int nf = Math.min(m, FIT_ROWS);
    int[] fitRows = new int[nf];
    for (int i = 0; i < nf; i++) fitRows[i] = i;
    Fitter fitter = new Fitter(names, xf, yf, fitRows);
    Fitter quick = new Fitter(names, xf, yf, Arrays.copyOf(fitRows, Math.min(nf, SCREEN_ROWS)));
    double sst = fitter.sst(), sstQuick = quick.sst();
    Snapper snapper = new Snapper(fitter), screen = new Snapper(quick);
    // every candidate template, most promising first (by the brute force's own score)
    record Cand(Template t, double score) {}
    List<Cand> cands = new ArrayList<>();
    // the pure power law, when the target allows one, is tried first
    if (!Double.isNaN(bf.powerLawRelativeError())) {
      Templates.powerLaw(names, xf, yc, logCols).ifPresent(t -> cands.add(new Cand(t, -99)));
    }
    for (BruteForce.Hit h : hits) {
      Templates.of(h, names, xf, yc, logCols).ifPresent(t -> cands.add(new Cand(t, h.score())));
    }
    for (BruteForce.Multi mt : multis.subList(0, Math.min(multis.size(), 30))) {
      Templates.of(mt, names, xf, yc, logCols).ifPresent(t -> cands.add(new Cand(t, mt.score())));
    }
    // quotients of small polynomials, from linear algebra (the enumeration rarely reaches them)
    for (RationalFit.Found r : RationalFit.find(names, xf, yf, RATIONAL_TEMPLATES)) {
      cands.add(new Cand(r.template(), Scored.score(r.relErr(), r.template().expr())));
    }
    cands.sort(Comparator.comparingDouble(Cand::score));
    record Free(Template t, Fitter.Fit fit, double score) {}
    List<Free> frees = new ArrayList<>();
    for (Cand c : cands) {
      if (frees.size() >= 12 && System.nanoTime() > deadline) break;
      Fitter.Fit f = screen.fitFree(c.t(), 200);
      if (!Double.isFinite(f.sse())) continue;
      double rel = Math.sqrt(f.sse() / sstQuick);
      frees.add(new Free(c.t(), f, Scored.score(rel, c.t().expr())));
    }
    frees.sort(Comparator.comparingDouble(Free::score));
    List<Scored> out = new ArrayList<>();
    int snapped = 0;
    for (Free fr : frees) {
      if (snapped >= 16 || (snapped >= 4 && System.nanoTime() > deadline + ctx.budget().snapGraceNanos())) break;
      Template t = new Template(fr.t().expr(), fr.t().params(), fr.fit().params(), fr.t().kinds(), fr.t().origin());
      Snapper.Snapped s = snapper.snap(t, snapper.fitFree(t, 200));
      Expr e = sgn < 0 ? Exprs.neg(s.expr()) : s.expr();
      double rel = Math.sqrt(s.sse() / sst);
      out.add(Scored.of(e, rel));
      snapped++;
    }
    out.sort(Comparator.comparingDouble(Scored::score));
    ctx.progress(String.format(indent + "fitted %d templates, snapped %d", frees.size(), snapped));
    return out;
  }
}
