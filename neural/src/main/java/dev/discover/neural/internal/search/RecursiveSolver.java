package dev.discover.neural.internal.search;

import dev.discover.neural.internal.Fitter;
import dev.discover.neural.internal.KanRoute;
import dev.discover.neural.internal.Separability;
import dev.discover.neural.internal.Symmetry;
import dev.discover.symbolic.Expr;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The recursion of the formula search over a problem: the direct search first; when it leaves a residual, the
 * network stage (the oracle fitted at the top, the modular network's splits with six inputs or more, then
 * symmetry reductions and separable halves, each a smaller problem solved the same way). Optionally the
 * Kolmogorov-Arnold route at the top level.
 */
public final class RecursiveSolver {
  private final SearchContext ctx;

  /** A solver for the problems of one search. */
  public RecursiveSolver(SearchContext ctx) { this.ctx = ctx; }

  /** The top-level problem of a search over the given rows, with the whole work budget and no oracle yet. */
  public static Problem top(List<String> names, double[][] x, double[] y, int[] rows, long deadline, long work) {
    return new Problem(names, x, y, rows, 0, Optional.empty(), deadline, work);
  }

  /** The formulas found for the problem, best first where the network stage ran. */
  public List<Scored> solve(Problem p) {
    SearchBudget b = ctx.budget();
    int k = p.names().size();
    long now = System.nanoTime();
    boolean tryNet = ctx.opts().useNetwork() && k >= 2 && p.depth() < 2;
    long directDeadline = tryNet ? now + (long) ((p.deadline() - now) * b.directTimeWithNetwork()) : p.deadline();
    List<Scored> direct = DirectSearch.run(p, directDeadline,
        tryNet ? SearchBudget.part(p.work(), b.directWorkWithNetwork()) : p.work(), ctx);
    double bestRel = direct.isEmpty() ? 1 : direct.stream().mapToDouble(Scored::relErr).min().getAsDouble();
    if (ctx.opts().useKan() && p.depth() == 0 && p.oracle().isEmpty() && bestRel >= 1e-7) {
      direct = new ArrayList<>(direct);
      direct.addAll(kan(p, SearchBudget.share(p.deadline(), b.kanTime())));
      bestRel = direct.stream().mapToDouble(Scored::relErr).min().orElse(1);
    }
    if (!tryNet || bestRel < Math.max(1e-7, 2 * p.errY()) || System.nanoTime() > p.deadline()) return direct;
    List<Scored> out = new ArrayList<>(direct);
    try {
      out.addAll(networkStage(p));
    } catch (RuntimeException | LinkageError e) {
      ctx.note("network stage skipped: " + e.getClass().getSimpleName());
    }
    out.sort(Comparator.comparingDouble(Scored::score));
    return out;
  }

  /** Fits the oracle (at the top level), reduces by symmetries and solves separable halves. */
  private List<Scored> networkStage(Problem p) {
    List<String> names = p.names();
    SearchBudget b = ctx.budget();
    int k = names.size();
    double[][] pts = p.rowMajor();
    double[] yy = p.target();
    Oracle oracle = p.oracle().orElseGet(() -> NetworkOracle.fit(pts, yy, p.deadline(), ctx));
    boolean logTarget = true;
    for (double v : yy) logTarget &= v > 0;
    if (!logTarget) {
      logTarget = true;
      for (double v : yy) logTarget &= v < 0;
    }
    double symThreshold = Math.min(0.04, Math.max(0.015, 10 * oracle.errY()));
    List<Symmetry.Reduction> symmetries = Symmetry.test(pts, oracle.f());
    if (!symmetries.isEmpty()) {
      Symmetry.Reduction s = symmetries.get(0);
      ctx.progress(String.format("%ssymmetry: best: %s, defect %.3g (threshold %.3g)", p.indent(), s.describe(names),
          s.defect(), symThreshold));
    }
    List<Symmetry.Reduction> reductions = Symmetry.choose(symmetries, symThreshold, k);
    List<int[]> modules = List.of();
    if (p.oracle().isEmpty() && k >= ModuleStage.MIN_INPUTS) {
      try {
        modules = ModuleStage.groups(names, pts, yy, SearchBudget.share(p.deadline(), b.moduleTime()), ctx);
      } catch (RuntimeException e) {
        ctx.note("modular network skipped: " + e.getClass().getSimpleName());
      }
    }
    List<Separability.Split> splits = Separability.test(pts, oracle.f(), ctx.opts().seed(), modules);
    boolean lt = logTarget;
    Optional<Separability.Split> best = ModuleStage.preferred(splits, modules, oracle, lt, k)
        .or(() -> SeparableHalves.best(splits, oracle, lt));
    boolean separable = best.isPresent()
        && best.get().defect() <= SeparableHalves.threshold(oracle, best.get().multiplicative(), lt);
    best.ifPresent(sp -> ctx.progress(String.format("%sseparability: best %s split of %s, defect %.3g (threshold %.3g)",
        p.indent(), sp.multiplicative() ? "product" : "sum", groupNames(names, sp.a()), sp.defect(),
        SeparableHalves.threshold(oracle, sp.multiplicative(), lt))));
    List<Scored> out = new ArrayList<>();
    if (!reductions.isEmpty()) {
      long dl = separable ? SearchBudget.share(p.deadline(), b.reductionTimeWhenSeparable()) : p.deadline();
      long work = SearchBudget.part(p.work(), separable ? b.reductionWorkWhenSeparable() : b.reductionWork());
      out.addAll(SymmetryReduction.solve(this, p, oracle, reductions, dl, work, ctx));
    }
    if (!separable) return out;
    Separability.Split sp = best.get();
    ctx.note((sp.multiplicative() ? "multiplicatively" : "additively") + " separable: " + groupNames(names, sp.a())
        + " | rest (defect " + String.format("%.2g", sp.defect()) + ")");
    out.addAll(SeparableHalves.solve(this, p, oracle, sp, pts, yy, ctx));
    return out;
  }

  /** The Kolmogorov-Arnold route's formulas, scored on the problem's rows. */
  private List<Scored> kan(Problem p, long dl) {
    long t0 = System.nanoTime();
    List<Expr> cands;
    try {
      // the route never throws on bad data; an unexpected failure leaves it without formulas
      Optional<KanRoute.Model> model = KanRoute.analyse(p.names(), p.x(), p.y(), p.rows(), ctx.opts().seed(), dl);
      model.ifPresent(m -> ctx.fitted(new FittedNetwork.Kolmogorov(m)));
      cands = model.map(KanRoute.Model::candidates).orElse(List.of());
    } catch (RuntimeException e) {
      cands = List.of();
    }
    Fitter fitter = fitter(p.names(), p.rowMajor(), p.target());
    double sst = fitter.sst();
    List<Scored> out = new ArrayList<>();
    for (Expr e : cands) {
      double sse = fitter.compile(e, List.of()).sse(new double[0]);
      if (!Double.isFinite(sse)) continue;
      double rel = Math.sqrt(sse / sst);
      out.add(Scored.of(e, rel));
    }
    ctx.progress(String.format("%sKolmogorov-Arnold network: %d formulas, best relative error %.3g, %.1f s", p.indent(),
        out.size(), out.stream().mapToDouble(Scored::relErr).min().orElse(Double.NaN), (System.nanoTime() - t0) / 1e9));
    return out;
  }

  private static String groupNames(List<String> names, int[] a) {
    List<String> l = new ArrayList<>();
    for (int j : a) l.add(names.get(j));
    return String.join(",", l);
  }

  /** A fitter over the first (at most) 1000 of the rows. */
  static Fitter fitter(List<String> names, double[][] pts, double[] yy) {
    int k = names.size();
    int nf = Math.min(pts.length, 1000);
    double[][] cols = new double[k][pts.length];
    for (int i = 0; i < pts.length; i++) for (int j = 0; j < k; j++) cols[j][i] = pts[i][j];
    int[] fr = new int[nf];
    for (int i = 0; i < nf; i++) fr[i] = i;
    return new Fitter(names, cols, yy, fr);
  }
}
