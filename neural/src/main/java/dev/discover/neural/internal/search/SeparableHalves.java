package dev.discover.neural.internal.search;

import dev.discover.neural.internal.Fitter;
import dev.discover.neural.internal.Separability;
import dev.discover.neural.internal.Snapper;
import dev.discover.neural.internal.Template;
import dev.discover.neural.internal.Templates;
import dev.discover.symbolic.Expr;
import dev.discover.symbolic.Exprs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A separable problem solved as two halves: each half is the oracle restricted to one group of inputs, the
 * others held at an anchor row near the medians; the best formulas of the halves are multiplied (or added)
 * and polished together on the problem's rows.
 */
final class SeparableHalves {
  private SeparableHalves() {}

  /** Rows each half is sampled on, at most. */
  private static final int HALF_ROWS = 500;

  /** The largest defect that the oracle's own error explains. */
  static double threshold(Oracle o, boolean mul, boolean logTarget) {
    return Math.max(0.02, 8 * (mul ? (logTarget ? o.errLog() : 2 * o.errY()) : o.errY()));
  }

  /** The split with the smallest defect relative to its threshold; empty when no split was tested. */
  static Optional<Separability.Split> best(List<Separability.Split> splits, Oracle o, boolean logTarget) {
    Separability.Split sp = null;
    double ratio = Double.POSITIVE_INFINITY;
    for (Separability.Split c : splits) {
      double th = threshold(o, c.multiplicative(), logTarget);
      if (c.defect() / th < ratio) { ratio = c.defect() / th; sp = c; }
    }
    return Optional.ofNullable(sp);
  }

  /** Solves the two halves of the split and combines their best formulas. */
  static List<Scored> solve(RecursiveSolver solver, Problem p, Oracle oracle, Separability.Split sp, double[][] pts,
      double[] yy, SearchContext ctx) {
    int k = p.names().size();
    SearchBudget b = ctx.budget();
    List<Scored> out = new ArrayList<>();
    int anchor = anchorRow(pts);
    boolean[] inA = new boolean[k];
    for (int j : sp.a()) inA[j] = true;
    List<Scored> gs = half(solver, p, oracle, pts, anchor, inA, true, SearchBudget.share(p.deadline(), b.firstHalfTime()),
        SearchBudget.part(p.work(), b.halfWork()), ctx);
    List<Scored> hs = half(solver, p, oracle, pts, anchor, inA, false, p.deadline(), SearchBudget.part(p.work(), b.halfWork()),
        ctx);
    if (gs.isEmpty() || hs.isEmpty()) return out;
    double c = oracle.apply(new double[][] {pts[anchor]})[0];
    Fitter fitter = RecursiveSolver.fitter(p.names(), pts, yy);
    Snapper snapper = new Snapper(fitter);
    double sst = fitter.sst();
    for (Scored g : gs.subList(0, Math.min(2, gs.size()))) {
      for (Scored h : hs.subList(0, Math.min(2, hs.size()))) {
        if (System.nanoTime() > p.deadline() + b.combineGraceNanos()) break;
        Expr combined = sp.multiplicative() ? Exprs.mul(Templates.stripScale(g.expr()), Templates.stripScale(h.expr()))
            : Exprs.add(Templates.stripOffset(g.expr()), Templates.stripOffset(h.expr()));
        double sc = sp.multiplicative() ? meanRatio(fitter, combined) : 1;
        Template t = Templates.parametrize(combined, sc, sp.multiplicative() ? 0 : -c, sp.multiplicative());
        Fitter.Fit f = snapper.fitFree(t, 300);
        if (!Double.isFinite(f.sse())) continue;
        Snapper.Snapped s = snapper.snap(t, f);
        double rel = Math.sqrt(s.sse() / sst);
        out.add(Scored.of(s.expr(), rel));
      }
    }
    return out;
  }

  /** Least-squares scale of {@code e} against the fitter's target, a starting value for the polish. */
  private static double meanRatio(Fitter fitter, Expr e) {
    double[] v = fitter.compile(e, List.of()).values(new double[0]);
    double[] t = fitter.target();
    double num = 0, den = 0;
    for (int i = 0; i < v.length; i++) if (Double.isFinite(v[i])) { num += v[i] * t[i]; den += v[i] * v[i]; }
    return den > 0 ? num / den : 1;
  }

  /** The row closest to the median of every input (distances scaled by the interquartile ranges). */
  static int anchorRow(double[][] pts) {
    int k = pts[0].length, n = pts.length;
    double[] med = new double[k], scale = new double[k];
    for (int j = 0; j < k; j++) {
      double[] c = new double[n];
      for (int i = 0; i < n; i++) c[i] = pts[i][j];
      Arrays.sort(c);
      med[j] = c[n / 2];
      scale[j] = c[(3 * n) / 4] - c[n / 4] + 1e-300;
    }
    int best = 0;
    double bd = Double.POSITIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      double d = 0;
      for (int j = 0; j < k; j++) d += Math.pow((pts[i][j] - med[j]) / scale[j], 2);
      if (d < bd) { bd = d; best = i; }
    }
    return best;
  }

  /** Solves f restricted to one side of a split, the other side held at the anchor row. */
  private static List<Scored> half(RecursiveSolver solver, Problem p, Oracle oracle, double[][] pts, int anchor,
      boolean[] inA, boolean sideA, long dl, long budget, SearchContext ctx) {
    List<String> names = p.names();
    int k = names.size();
    List<Integer> vars = new ArrayList<>();
    for (int j = 0; j < k; j++) if (inA[j] == sideA) vars.add(j);
    int n = Math.min(pts.length, HALF_ROWS);
    double[][] q = new double[n][];
    for (int i = 0; i < n; i++) {
      q[i] = pts[anchor].clone();
      for (int j : vars) q[i][j] = pts[i][j];
    }
    double[] v = oracle.apply(q);
    List<String> nm = new ArrayList<>();
    double[][] cols = new double[vars.size()][n];
    for (int a = 0; a < vars.size(); a++) {
      nm.add(names.get(vars.get(a)));
      for (int i = 0; i < n; i++) cols[a][i] = pts[i][vars.get(a)];
    }
    double[] anchorRow = pts[anchor].clone();
    Function<double[][], double[]> sub = r -> {
      double[][] full = new double[r.length][];
      for (int i = 0; i < r.length; i++) {
        full[i] = anchorRow.clone();
        for (int a = 0; a < vars.size(); a++) full[i][vars.get(a)] = r[i][a];
      }
      return oracle.apply(full);
    };
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) idx[i] = i;
    ctx.progress(p.indent() + "  solving " + String.join(",", nm) + " with the others fixed");
    return solver.solve(new Problem(nm, cols, v, idx, p.depth() + 1, Optional.of(oracle.with(sub)), dl, budget));
  }
}
