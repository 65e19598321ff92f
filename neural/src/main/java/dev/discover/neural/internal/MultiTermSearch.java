package dev.discover.neural.internal;

import dev.discover.neural.internal.BruteForce.Hit;
import dev.discover.neural.internal.BruteForce.Multi;
import dev.discover.symbolic.Expr;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The multi-term stage of the brute force: over the expressions it stored, greedy forward selection and a
 * beam search of sums (the affine forms, {@code T(y) = sum a_i e_i + b}), and products of powers of two
 * expressions times a power law of the inputs (the power-law form, in log space). Reads the enumeration's
 * state; changes nothing.
 */
final class MultiTermSearch {
  private final int n;
  private final double[][] aff;
  private final double[] sst;
  private final double[][] q;
  private final double[] ry;
  private final double sstLog;
  private final boolean[] ySign;
  private final List<PriorityQueue<Hit>> heaps;
  private final List<Expr> exprs;
  private final List<double[]> vals;
  private final List<Integer> costs;
  private final BruteForce bf;

  MultiTermSearch(BruteForce bf) {
    this.bf = bf;
    n = bf.n; aff = bf.aff; sst = bf.sst; q = bf.q; ry = bf.ry; sstLog = bf.sstLog; ySign = bf.ySign;
    heaps = bf.heaps; exprs = bf.exprs; vals = bf.vals; costs = bf.costs;
  }

  private static final int AFFINE = Form.AFFINE.size();

  private static double dot(double[] a, double[] b) { return BruteForce.dot(a, b); }

  private static double scoreOf(double relErr, int cost) { return BruteForce.scoreOf(relErr, cost); }

  private boolean signMatches(double[] v) { return bf.signMatches(v); }

  /**
   * Greedy sums of up to three expressions (forward selection over every stored expression, from the best
   * few single expressions), for the affine forms and, in log space, for the power-law form.
   *
   * @param seeds how many best single expressions to extend per form
   * @param deadlineNanos stop at this time
   */
  List<Multi> run(int seeds, long deadlineNanos) {
    List<Multi> out = new ArrayList<>();
    int nodes = Math.min(exprs.size(), 40_000);
    double[] sum = new double[nodes], sq = new double[nodes];
    for (int a = 0; a < nodes; a++) {
      double s1 = 0, s2 = 0;
      for (double d : vals.get(a)) { s1 += d; s2 += d * d; }
      sum[a] = s1;
      sq[a] = s2 - s1 * s1 / n;
    }
    int scanAff = Math.min(nodes, 20_000);
    List<List<Hit>> tops = new ArrayList<>();
    for (int form = 0; form < AFFINE; form++) {
      List<Hit> top = new ArrayList<>(heaps.get(form));
      top.sort((a, b) -> Double.compare(a.score(), b.score()));
      tops.add(top);
    }
    int simple = 0;
    while (simple < Math.min(scanAff, 4000) && costs.get(simple) <= 4) simple++;
    // most promising transforms first: the one whose best single expression fits best
    List<Integer> order = new ArrayList<>();
    for (int form = 0; form < AFFINE; form++) if (aff[form] != null) order.add(form);
    order.sort((f1, f2) -> Double.compare(bestScore(tops.get(f1)), bestScore(tops.get(f2))));
    for (int form : order) beam(form, simple, sq, 8, out, deadlineNanos);
    powerPairs(seeds, nodes, out, deadlineNanos);
    for (int sIdx = 0; sIdx < seeds; sIdx++) {
      for (int form : order) {
        if (aff[form] == null || sIdx >= tops.get(form).size()) continue;
        List<double[]> basis = new ArrayList<>();
        List<Expr> terms = new ArrayList<>();
        int cost = 0;
        double[] r = aff[form].clone();
        if (sIdx >= 0) {
          Hit seed = tops.get(form).get(sIdx);
          terms.add(seed.expr());
          cost = seed.cost();
          addToBasis(basis, centered(seed.values()), r);
        }
        int limit = sIdx < 0 ? simple : scanAff;
        for (int step = 0; step < (sIdx < 0 ? 4 : 2); step++) {
          if (System.nanoTime() > deadlineNanos) return out;
          int best = -1;
          double rr = dot(r, r);
          double bestSse = rr * (1 - 1e-6);
          for (int a = 0; a < limit; a++) {
            double[] v = vals.get(a);
            double rv = dot(r, v);
            double den = sq[a];
            for (double[] b : basis) { double d = dot(b, v); den -= d * d; }
            if (!(den > 1e-9 * sq[a])) continue;
            double sse = rr - rv * rv / den;
            if (sse < bestSse) { bestSse = sse; best = a; }
          }
          if (best < 0) break;
          terms.add(exprs.get(best));
          cost += costOf(best);
          addToBasis(basis, centered(vals.get(best)), r);
          double rel = Math.sqrt(Math.max(dot(r, r), 0) / sst[form]);
          if (terms.size() >= 2) out.add(new Multi(Form.AFFINE.get(form), terms, scoreOf(rel, cost)));
        }
      }
    }
    return out;
  }

  private static double bestScore(List<Hit> top) {
    return top.isEmpty() ? Double.POSITIVE_INFINITY : top.get(0).score();
  }

  /** Products of powers of two expressions times a power law, from the best single ones. */
  private void powerPairs(int seeds, int nodes, List<Multi> out, long deadlineNanos) {
    if (ry != null && q != null) {
      List<Hit> top = new ArrayList<>(heaps.get(Form.POWER.ordinal()));
      top.sort((a, b) -> Double.compare(a.score(), b.score()));
      int scan = Math.min(nodes, 40_000);
      double[][] logs = new double[scan][];
      for (int sIdx = 0; sIdx < Math.min(seeds, top.size()); sIdx++) {
        Hit seed = top.get(sIdx);
        List<double[]> basis = new ArrayList<>(List.of(q));
        double[] r = ry.clone();
        double[] u1 = logAbs(seed.values());
        if (u1.length == 0) continue;
        addToBasis(basis, u1, r);
        if (System.nanoTime() > deadlineNanos) return;
        int best = -1;
        double bestSse = dot(r, r) * (1 - 1e-6);
        for (int a = 0; a < scan; a++) {
          if (logs[a] == null) logs[a] = logAbs(vals.get(a));
          double[] u = logs[a];
          if (u.length == 0) continue;
          if (ySign != null && !signMatches(vals.get(a))) continue;
          double uu = dot(u, u), den = uu;
          for (double[] b : basis) { double d = dot(b, u); den -= d * d; }
          if (!(den > 1e-9 * uu)) continue;
          double ru = dot(r, u);
          double sse = dot(r, r) - ru * ru / den;
          if (sse < bestSse) { bestSse = sse; best = a; }
        }
        if (best < 0) continue;
        double rel = Math.sqrt(Math.max(bestSse, 0) / sstLog);
        out.add(new Multi(Form.POWER, List.of(seed.expr(), exprs.get(best)), scoreOf(rel, seed.cost() + costOf(best))));
      }
    }
  }

  /** Beam search over sums of up to four low-cost expressions for one affine form. */
  private void beam(int form, int limit, double[] sq, int width, List<Multi> out, long deadlineNanos) {
    record State(List<Integer> idx, List<double[]> basis, double[] r, double sse) {}
    List<State> beam = new ArrayList<>(List.of(new State(List.of(), List.of(), aff[form], sst[form])));
    for (int step = 0; step < 4; step++) {
      List<State> next = new ArrayList<>();
      java.util.Set<java.util.Set<Integer>> seenSets = new HashSet<>();
      for (State st : beam) {
        if (System.nanoTime() > deadlineNanos) return;
        double rr = dot(st.r(), st.r());
        PriorityQueue<double[]> best = new PriorityQueue<>((a, b) -> Double.compare(b[1], a[1]));
        for (int a = 0; a < limit; a++) {
          if (st.idx().contains(a)) continue;
          double[] v = vals.get(a);
          double rv = dot(st.r(), v);
          double den = sq[a];
          for (double[] b : st.basis()) { double d = dot(b, v); den -= d * d; }
          if (!(den > 1e-9 * sq[a])) continue;
          double sse = rr - rv * rv / den;
          if (best.size() < width) best.add(new double[] {a, sse});
          else if (sse < best.peek()[1]) { best.poll(); best.add(new double[] {a, sse}); }
        }
        for (double[] b : best) {
          List<Integer> idx = new ArrayList<>(st.idx());
          idx.add((int) b[0]);
          if (!seenSets.add(new HashSet<>(idx))) continue;
          List<double[]> basis = new ArrayList<>(st.basis());
          double[] r = st.r().clone();
          addToBasis(basis, centered(vals.get((int) b[0])), r);
          next.add(new State(idx, basis, r, dot(r, r)));
        }
      }
      next.sort((a, b) -> Double.compare(a.sse(), b.sse()));
      beam = new ArrayList<>(next.subList(0, Math.min(width, next.size())));
      if (step >= 1) {
        for (State st : beam.subList(0, Math.min(3, beam.size()))) {
          List<Expr> terms = new ArrayList<>();
          int cost = 0;
          for (int a : st.idx()) { terms.add(exprs.get(a)); cost += costOf(a); }
          out.add(new Multi(Form.AFFINE.get(form), terms, scoreOf(Math.sqrt(Math.max(st.sse(), 0) / sst[form]), cost)));
        }
      }
    }
  }

  private int costOf(int node) { return costs.get(node); }

  private double[] centered(double[] v) {
    double[] c = v.clone();
    BruteForce.center(c);
    return c;
  }

  /** log|v| per row, or an empty array when some value is zero or not finite. */
  private double[] logAbs(double[] v) {
    double[] u = new double[n];
    for (int i = 0; i < n; i++) {
      u[i] = Math.log(Math.abs(v[i]));
      if (!Double.isFinite(u[i])) return new double[0];
    }
    return u;
  }

  /** Orthonormalises {@code w} against the basis, appends it and removes its direction from {@code r}. */
  private static void addToBasis(List<double[]> basis, double[] w, double[] r) {
    double[] v = w.clone();
    for (int pass = 0; pass < 2; pass++) {
      for (double[] b : basis) {
        double d = dot(b, v);
        for (int i = 0; i < v.length; i++) v[i] -= d * b[i];
      }
    }
    double norm = Math.sqrt(dot(v, v));
    if (!(norm > 0)) return;
    for (int i = 0; i < v.length; i++) v[i] /= norm;
    basis.add(v);
    double d = dot(v, r);
    for (int i = 0; i < r.length; i++) r[i] -= d * v[i];
  }
}
