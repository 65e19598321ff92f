package dev.discover.neural;

import dev.discover.neural.internal.BruteForce;
import dev.discover.neural.internal.E;
import dev.discover.neural.internal.Fitter;
import dev.discover.neural.internal.KanRoute;
import dev.discover.neural.internal.Mlp;
import dev.discover.neural.internal.Separability;
import dev.discover.neural.internal.Snapper;
import dev.discover.neural.internal.Symmetry;
import dev.discover.neural.internal.Template;
import dev.discover.neural.internal.Templates;
import dev.discover.neural.internal.Tidy;
import dev.discover.symbolic.CompiledExpr;
import dev.discover.symbolic.Compiler;
import dev.discover.symbolic.Expr;
import dev.discover.symbolic.ExprParser;
import dev.discover.symbolic.Simplifier;
import dev.discover.symbolic.Symja;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

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
    // work budgets make the result independent of machine load: about 25 000 scored expressions per second
    // of the time limit, which an unloaded core of this machine class reaches
    solver.work = opts.timeLimitMillis() * 25;
    List<Expr> found = solver.solve();

    // score every formula on the held-out rows, build the Pareto front
    Compiler comp = new Compiler(names);
    double testRms = rms(y, test);
    List<Candidate> all = new ArrayList<>();
    java.util.Map<Candidate, Expr> prettyOf = new java.util.IdentityHashMap<>();
    for (Expr pretty : found) {
      Candidate c = candidate(pretty, comp, x, y, test, train);
      if (c != null) { all.add(c); prettyOf.put(c, pretty); }
    }
    double mean = 0;
    for (int i : train) mean += y[i];
    mean /= train.length;
    Expr meanE = Snapper.decimal(mean);
    all.add(new Candidate(meanE, Tidy.printDecimal(meanE), Tidy.printDecimal(meanE),
        rmse(r -> 0, x, shift(y, mean), test), rmse(r -> 0, x, shift(y, mean), train), 1));
    List<Candidate> pareto = pareto(all);
    // the symbolic layer's simplification of the front (Symja, checked numerically), within a small budget
    long simplifyEnd = deadline + Math.max(3_000, opts.timeLimitMillis() / 10) * 1_000_000L;
    boolean changed = false;
    boolean symja = System.nanoTime() <= simplifyEnd;
    try {
      if (symja) Symja.awaitStart(Math.max(1, (simplifyEnd - System.nanoTime()) / 1_000_000L));
    } catch (RuntimeException ex) {
      symja = false;
    }
    for (Candidate c : symja ? pareto : List.<Candidate>of()) {
      if (System.nanoTime() > simplifyEnd) break;
      Expr simpler;
      try {
        simpler = Tidy.products(Tidy.tidy(Simplifier.simplest(prettyOf.getOrDefault(c, c.formula()), 2_000)));
      } catch (RuntimeException ex) {
        break;
      }
      if (E.size(simpler) >= c.complexity()) continue;
      Candidate s = candidate(simpler, comp, x, y, test, train);
      if (s != null) { all.add(s); changed = true; }
    }
    if (changed) {
      notes.add("simplified by the symbolic layer");
      pareto = pareto(all);
    }
    Candidate best = choose(pareto, testRms);
    long ms = (System.nanoTime() - t0) / 1_000_000L;
    return new FormulaResult(best, pareto, testRms, ms, notes, opts);
  }

  /** A formula scored on the held-out and training rows; null when it does not print and parse back. */
  static Candidate candidate(Expr pretty, Compiler comp, double[][] x, double[] y, int[] test, int[] train) {
    Expr plain = Tidy.piAsNumber(pretty);
    String text = Tidy.printDecimal(plain);
    Expr parsed;
    try {
      parsed = ExprParser.parse(text);
    } catch (RuntimeException ex) {
      return null;
    }
    CompiledExpr f = comp.compile(parsed);
    double rTest = rmse(f, x, y, test), rTrain = rmse(f, x, y, train);
    if (!Double.isFinite(rTest)) return null;
    return new Candidate(parsed, text, Tidy.printDecimal(pretty), rTest, rTrain, E.size(pretty));
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

  /** A formula with its relative error on the rows it was fitted to. */
  record Scored(Expr expr, double relErr, double score) {
    /** log10(relative error, floored at 1e-10) + 0.04 per node: the ranking used throughout the search. */
    static double score(double relErr, Expr e) { return Math.log10(Math.max(relErr, 1e-10)) + 0.04 * E.size(e); }

    static Scored of(Expr e, double relErr) { return new Scored(e, relErr, score(relErr, e)); }
  }

  /** One search over a set of rows; also used on sub-problems, where the data come from the network. */
  static final class Solver {
    private final List<String> names;
    private final double[][] x;
    private final double[] y;
    private final int[] rows;
    private final long deadline;
    private final FormulaOptions opts;
    private final Consumer<String> progress;
    private final List<String> notes;
    private final int depth;
    private Function<double[][], double[]> oracle;
    /** Work budget: how many expressions the brute force may score (the deadline is only a safety cap). */
    long work;
    /** Oracle errors: relative to the spread of y, and absolute in log|y|; inherited by sub-problems. */
    double errY = 0, errLog = 0;

    Solver(List<String> names, double[][] x, double[] y, int[] rows, long deadline, FormulaOptions opts,
        Consumer<String> progress, List<String> notes) {
      this(names, x, y, rows, deadline, opts, progress, notes, 0, null);
    }

    Solver(List<String> names, double[][] x, double[] y, int[] rows, long deadline, FormulaOptions opts,
        Consumer<String> progress, List<String> notes, int depth, Function<double[][], double[]> oracle) {
      this.names = names; this.x = x; this.y = y; this.rows = rows; this.deadline = deadline;
      this.opts = opts; this.progress = progress; this.notes = notes; this.depth = depth; this.oracle = oracle;
    }

    List<Expr> solve() {
      List<Scored> all = solveScored();
      List<Expr> out = new ArrayList<>();
      for (Scored s : all) out.add(s.expr());
      return out;
    }

    private String indent() { return "  ".repeat(depth); }

    List<Scored> solveScored() {
      int k = names.size();
      long now = System.nanoTime();
      boolean tryNet = opts.useNetwork() && k >= 2 && depth < 2;
      long directDeadline = tryNet ? now + (long) ((deadline - now) * 0.45) : deadline;
      List<Scored> direct = direct(directDeadline, tryNet ? work / 2 : work);
      double bestRel = direct.isEmpty() ? 1 : direct.stream().mapToDouble(Scored::relErr).min().getAsDouble();
      if (opts.useKan() && depth == 0 && oracle == null && bestRel >= 1e-7) {
        direct = new ArrayList<>(direct);
        direct.addAll(kan(deadlineShare(0.25)));
        bestRel = direct.stream().mapToDouble(Scored::relErr).min().orElse(1);
      }
      if (!tryNet || bestRel < Math.max(1e-7, 2 * errY) || System.nanoTime() > deadline) return direct;
      List<Scored> out = new ArrayList<>(direct);
      try {
        out.addAll(separate(bestRel));
      } catch (RuntimeException | LinkageError e) {
        notes.add("network stage skipped: " + e.getClass().getSimpleName());
      }
      out.sort(Comparator.comparingDouble(Scored::score));
      return out;
    }

    private double[][] rowMajor() {
      double[][] r = new double[rows.length][names.size()];
      for (int i = 0; i < rows.length; i++) for (int j = 0; j < names.size(); j++) r[i][j] = x[j][rows[i]];
      return r;
    }

    /** Fits the network (at the top level), tests separability and solves the two halves recursively. */
    private List<Scored> separate(double directRel) {
      int k = names.size();
      double[][] pts = rowMajor();
      double[] yy = new double[rows.length];
      for (int i = 0; i < rows.length; i++) yy[i] = y[rows[i]];
      double netErr = 0;
      if (oracle == null) {
        long t0 = System.nanoTime();
        int nn = Math.min(pts.length, 400);
        // log features for positive inputs and a log target for a one-signed output: products become sums
        boolean[] logX = new boolean[k];
        for (int j = 0; j < k; j++) {
          boolean pos = true;
          for (double[] p : pts) pos &= p[j] > 0;
          logX[j] = pos;
        }
        boolean pos = true, neg = true;
        for (double v : yy) { pos &= v > 0; neg &= v < 0; }
        boolean logY = pos || neg;
        double ySign = neg ? -1 : 1;
        Function<double[][], double[][]> feat = r -> {
          double[][] o = new double[r.length][k];
          for (int i = 0; i < r.length; i++) for (int j = 0; j < k; j++) o[i][j] = logX[j] ? Math.log(r[i][j]) : r[i][j];
          return o;
        };
        double[][] sub = feat.apply(java.util.Arrays.copyOf(pts, nn));
        double[][] cols = new double[k][nn];
        for (int i = 0; i < nn; i++) for (int j = 0; j < k; j++) cols[j][i] = sub[i][j];
        double[] ys = new double[nn];
        for (int i = 0; i < nn; i++) ys[i] = logY ? Math.log(Math.abs(yy[i])) : yy[i];
        Mlp net = new Mlp(k, 16, cols, ys, opts.seed());
        // bounded by its step counts (about 3 s on an idle core) so that the same seed gives the same network;
        // the search's deadline is only a safety cap for a heavily loaded machine
        net.train(sub, ys, 1500, 2000, 1e-6, deadline);
        netErr = net.trainRelativeError();
        progress.accept(String.format("network: %d inputs%s, 2x16 tanh, relative training error %.2g, %.1f s", k,
            logY ? " (log target)" : "", netErr, (System.nanoTime() - t0) / 1e9));
        notes.add(String.format("network surrogate relative error %.2g%s", netErr, logY ? " on log|y|" : ""));
        oracle = r -> {
          double[] v = net.predict(feat.apply(r));
          if (logY) for (int i = 0; i < v.length; i++) v[i] = ySign * Math.exp(v[i]);
          return v;
        };
        // the oracle's errors on the training rows, in y and in log|y|
        double[] pv = oracle.apply(java.util.Arrays.copyOf(pts, nn));
        double se = 0, m = 0, sv = 0, sl = 0;
        for (int i = 0; i < nn; i++) {
          se += (pv[i] - yy[i]) * (pv[i] - yy[i]);
          m += yy[i];
          double dl = Math.log(Math.abs(pv[i])) - Math.log(Math.abs(yy[i]));
          sl += Double.isFinite(dl) ? dl * dl : 1;
        }
        m /= nn;
        for (int i = 0; i < nn; i++) sv += (yy[i] - m) * (yy[i] - m);
        errY = Math.sqrt(se / (sv + 1e-300));
        errLog = Math.sqrt(sl / nn);
      }
      boolean logTarget = true;
      for (double v : yy) logTarget &= v > 0;
      if (!logTarget) {
        logTarget = true;
        for (double v : yy) logTarget &= v < 0;
      }
      List<Symmetry.Reduction> symmetries = Symmetry.test(pts, oracle);
      if (!symmetries.isEmpty()) {
        Symmetry.Reduction b = symmetries.get(0);
        progress.accept(String.format("%ssymmetry: best: %s, defect %.3g (threshold %.3g)", indent(), b.describe(names),
            b.defect(), symmetryThreshold()));
      }
      List<Symmetry.Reduction> reductions = Symmetry.choose(symmetries, symmetryThreshold(), k);
      List<Separability.Split> splits = Separability.test(pts, oracle, opts.seed());
      Separability.Split sp = null;
      double ratio = Double.POSITIVE_INFINITY;
      for (Separability.Split c : splits) {
        double th = threshold(c.multiplicative(), logTarget);
        if (c.defect() / th < ratio) { ratio = c.defect() / th; sp = c; }
      }
      boolean separable = sp != null && sp.defect() <= threshold(sp.multiplicative(), logTarget);
      if (sp != null) {
        progress.accept(String.format("%sseparability: best %s split of %s, defect %.3g (threshold %.3g)", indent(),
            sp.multiplicative() ? "product" : "sum", groupNames(sp.a()), sp.defect(), threshold(sp.multiplicative(), logTarget)));
      }
      List<Scored> out = new ArrayList<>();
      if (!reductions.isEmpty()) {
        long dl = separable ? deadlineShare(0.5) : deadline;
        out.addAll(reduce(reductions, dl, separable ? work / 4 : work / 2));
      }
      if (!separable) return out;
      notes.add((sp.multiplicative() ? "multiplicatively" : "additively") + " separable: " + groupNames(sp.a())
          + " | rest (defect " + String.format("%.2g", sp.defect()) + ")");
      // anchor row: the point closest to the median of every input
      int anchor = anchorRow(pts);
      boolean[] inA = new boolean[k];
      for (int j : sp.a()) inA[j] = true;
      List<Scored> gs = half(pts, anchor, inA, true, deadlineShare(0.5), work / 4);
      List<Scored> hs = half(pts, anchor, inA, false, deadline, work / 4);
      if (gs.isEmpty() || hs.isEmpty()) return out;
      double c = oracle.apply(new double[][] {pts[anchor]})[0];
      Fitter fitter = fitter(pts, yy);
      Snapper snapper = new Snapper(fitter);
      double sst = fitter.sst();
      for (Scored g : gs.subList(0, Math.min(2, gs.size()))) {
        for (Scored h : hs.subList(0, Math.min(2, hs.size()))) {
          if (System.nanoTime() > deadline + 1_000_000_000L) break;
          Expr combined = sp.multiplicative() ? E.mul(Templates.stripScale(g.expr()), Templates.stripScale(h.expr()))
              : E.add(Templates.stripOffset(g.expr()), Templates.stripOffset(h.expr()));
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

    /** The Kolmogorov-Arnold route's formulas, scored on this solver's rows. */
    private List<Scored> kan(long dl) {
      long t0 = System.nanoTime();
      List<Expr> cands = KanRoute.candidates(names, x, y, rows, opts.seed(), dl);
      double[][] pts = rowMajor();
      double[] yy = new double[rows.length];
      for (int i = 0; i < rows.length; i++) yy[i] = y[rows[i]];
      Fitter fitter = fitter(pts, yy);
      double sst = fitter.sst();
      List<Scored> out = new ArrayList<>();
      for (Expr e : cands) {
        double sse = fitter.compile(e, List.of()).sse(new double[0]);
        if (!Double.isFinite(sse)) continue;
        double rel = Math.sqrt(sse / sst);
        out.add(Scored.of(e, rel));
      }
      progress.accept(String.format("%sKolmogorov-Arnold network: %d formulas, best relative error %.3g, %.1f s", indent(),
          out.size(), out.stream().mapToDouble(Scored::relErr).min().orElse(Double.NaN), (System.nanoTime() - t0) / 1e9));
      return out;
    }

    /** The largest gradient-identity defect accepted as a symmetry: the oracle's error allows this much. */
    private double symmetryThreshold() {
      return Math.min(0.04, Math.max(0.015, 10 * errY));
    }

    /**
     * Solves the problem over fewer inputs: each reduction replaces two inputs by one new variable (or drops
     * an input), the target is unchanged, and the formulas found are written back in the original inputs.
     */
    private List<Scored> reduce(List<Symmetry.Reduction> reds, long dl, long budget) {
      int k = names.size(), total = y.length;
      boolean[] gone = new boolean[k];
      List<String> nm = new ArrayList<>();
      List<double[]> cols = new ArrayList<>();
      java.util.Map<String, Expr> back = new java.util.HashMap<>();
      List<String> said = new ArrayList<>();
      for (Symmetry.Reduction r : reds) {
        gone[r.i()] = true;
        if (r.j() >= 0) gone[r.j()] = true;
        said.add(r.describe(names));
      }
      List<Integer> keptIdx = new ArrayList<>();
      for (int j = 0; j < k; j++) {
        if (gone[j]) continue;
        keptIdx.add(j);
        nm.add(names.get(j));
        cols.add(x[j]);
      }
      int fresh = 1;
      double[] row = new double[k];
      for (Symmetry.Reduction r : reds) {
        if (r.kind() == Symmetry.Kind.DROP) continue;
        String u;
        do { u = "u" + fresh++; } while (names.contains(u) || nm.contains(u));
        double[] col = new double[total];
        for (int i = 0; i < total; i++) {
          for (int j = 0; j < k; j++) row[j] = x[j][i];
          col[i] = r.value(row);
        }
        nm.add(u);
        cols.add(col);
        back.put(u, r.expr(names));
      }
      String msg = "symmetry: " + String.join("; ", said);
      progress.accept(indent() + msg);
      notes.add(msg);
      // the reduced problem queries the same oracle: each new variable is mapped back inside the data's box
      double[] lo = new double[k], hi = new double[k], med = new double[k];
      for (int j = 0; j < k; j++) {
        double[] c = new double[rows.length];
        for (int r = 0; r < rows.length; r++) c[r] = x[j][rows[r]];
        java.util.Arrays.sort(c);
        lo[j] = c[0]; hi[j] = c[c.length - 1]; med[j] = c[c.length / 2];
      }
      Function<double[][], double[]> parent = oracle;
      Function<double[][], double[]> sub = q -> {
        double[][] full = new double[q.length][];
        for (int r = 0; r < q.length; r++) {
          full[r] = med.clone();
          for (int a = 0; a < keptIdx.size(); a++) full[r][keptIdx.get(a)] = q[r][a];
          int col = keptIdx.size();
          for (Symmetry.Reduction red : reds) {
            if (red.kind() != Symmetry.Kind.DROP) red.invert(q[r][col++], full[r], lo, hi, med);
          }
        }
        return parent.apply(full);
      };
      Solver s = new Solver(nm, cols.toArray(new double[0][]), y, rows, dl, opts, progress, notes, depth, sub);
      s.work = budget;
      s.errY = errY;
      s.errLog = errLog;
      List<Scored> out = new ArrayList<>();
      for (Scored sc : s.solveScored()) {
        Expr e = Tidy.products(Tidy.tidy(dev.discover.symbolic.Exprs.substitute(sc.expr(), back)));
        out.add(Scored.of(e, sc.relErr()));
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

    /** The largest defect that the oracle's own error explains. */
    private double threshold(boolean mul, boolean logTarget) {
      return Math.max(0.02, 8 * (mul ? (logTarget ? errLog : 2 * errY) : errY));
    }

    private long deadlineShare(double f) {
      long now = System.nanoTime();
      return now + (long) ((deadline - now) * f);
    }

    private String groupNames(int[] a) {
      List<String> l = new ArrayList<>();
      for (int j : a) l.add(names.get(j));
      return String.join(",", l);
    }

    private static int anchorRow(double[][] pts) {
      int k = pts[0].length, n = pts.length;
      double[] med = new double[k], scale = new double[k];
      for (int j = 0; j < k; j++) {
        double[] c = new double[n];
        for (int i = 0; i < n; i++) c[i] = pts[i][j];
        java.util.Arrays.sort(c);
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
    private List<Scored> half(double[][] pts, int anchor, boolean[] inA, boolean sideA, long dl, long budget) {
      int k = names.size();
      List<Integer> vars = new ArrayList<>();
      for (int j = 0; j < k; j++) if (inA[j] == sideA) vars.add(j);
      int n = Math.min(pts.length, 500);
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
      progress.accept(indent() + "  solving " + String.join(",", nm) + " with the others fixed");
      Solver s = new Solver(nm, cols, v, idx, dl, opts, progress, notes, depth + 1, sub);
      s.errY = errY;
      s.work = budget;
      s.errLog = errLog;
      return s.solveScored();
    }

    private Fitter fitter(double[][] pts, double[] yy) {
      int k = names.size();
      int nf = Math.min(pts.length, 1000);
      double[][] cols = new double[k][pts.length];
      for (int i = 0; i < pts.length; i++) for (int j = 0; j < k; j++) cols[j][i] = pts[i][j];
      int[] fr = new int[nf];
      for (int i = 0; i < nf; i++) fr[i] = i;
      return new Fitter(names, cols, yy, fr);
    }

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

    /** The brute-force and multi-term search on this solver's data. */
    List<Scored> direct(long deadline, long budget) {
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
      int ns = Math.min(m, 200);
      double[][] xs = new double[k][];
      for (int j = 0; j < k; j++) xs[j] = java.util.Arrays.copyOf(xf[j], ns);
      double[] yc = cleanedForStructure(yf);
      double[] ys = java.util.Arrays.copyOf(yc, ns);
      BruteForce bf = new BruteForce(xs, ys, logCols, 12);
      if (depth > 0) bf.stopAt(0.5 * errY);
      long now = System.nanoTime();
      long bfDeadline = now + (long) ((deadline - now) * 0.55);
      bf.run(names, xs, opts.maxNodes(), bfDeadline, 14, budget);
      progress.accept(String.format(indent() + "brute force: %d expressions scored, %d stored, %.1f s", bf.scored(), bf.stored(),
          (System.nanoTime() - now) / 1e9));
      List<BruteForce.Hit> hits = new ArrayList<>(bf.hits());
      if (!Double.isNaN(bf.powerLawRelativeError())) hits.add(0, new BruteForce.Hit(BruteForce.POW, null, 0, -99, null));
      long tm = System.nanoTime();
      List<BruteForce.Multi> multis = bf.multiTerm(6, tm + (long) ((deadline - tm) * 0.3));
      multis.sort(Comparator.comparingDouble(BruteForce.Multi::score));
      progress.accept(String.format(indent() + "multi-term search: %d sums and products, %.1f s", multis.size(), (System.nanoTime() - tm) / 1e9));
      int nf = Math.min(m, 1000);
      int[] fitRows = new int[nf];
      for (int i = 0; i < nf; i++) fitRows[i] = i;
      Fitter fitter = new Fitter(names, xf, yf, fitRows);
      Fitter quick = new Fitter(names, xf, yf, java.util.Arrays.copyOf(fitRows, Math.min(nf, 300)));
      double sst = fitter.sst(), sstQuick = quick.sst();
      Snapper snapper = new Snapper(fitter), screen = new Snapper(quick);
      // every candidate template, most promising first (by the brute force's own score)
      record Cand(Template t, double score) {}
      List<Cand> cands = new ArrayList<>();
      for (BruteForce.Hit h : hits) {
        Template t = Templates.of(h, names, xf, yc, logCols);
        if (t != null) cands.add(new Cand(t, h.score()));
      }
      for (BruteForce.Multi mt : multis.subList(0, Math.min(multis.size(), 30))) {
        Template t = Templates.of(mt, names, xf, yc, logCols);
        if (t != null) cands.add(new Cand(t, mt.score()));
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
        if (snapped >= 16 || (snapped >= 4 && System.nanoTime() > deadline + 2_000_000_000L)) break;
        Template t = new Template(fr.t().expr(), fr.t().params(), fr.fit().params(), fr.t().kinds(), fr.t().origin());
        Snapper.Snapped s = snapper.snap(t, snapper.fitFree(t, 200));
        Expr e = sgn < 0 ? E.neg(s.expr()) : s.expr();
        double rel = Math.sqrt(s.sse() / sst);
        out.add(Scored.of(e, rel));
        snapped++;
      }
      out.sort(Comparator.comparingDouble(Scored::score));
      progress.accept(String.format(indent() + "fitted %d templates, snapped %d", frees.size(), snapped));
      return out;
    }
  }
}
