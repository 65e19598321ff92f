package dev.discover.neural.internal.search;

import dev.discover.neural.internal.Symmetry;
import dev.discover.neural.internal.Tidy;
import dev.discover.symbolic.Expr;
import dev.discover.symbolic.Exprs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Solves a problem over fewer inputs: each reduction replaces two inputs by one new variable (or drops an
 * input), the target is unchanged, and the formulas found are written back in the original inputs. The
 * reduced problem queries the same oracle, each new variable mapped back inside the data's box.
 */
final class SymmetryReduction {
  private SymmetryReduction() {}

  static List<Scored> solve(RecursiveSolver solver, Problem p, Oracle oracle, List<Symmetry.Reduction> reds, long dl,
      long budget, SearchContext ctx) {
    List<String> names = p.names();
    double[][] x = p.x();
    int[] rows = p.rows();
    int k = names.size(), total = p.y().length;
    boolean[] gone = new boolean[k];
    List<String> nm = new ArrayList<>();
    List<double[]> cols = new ArrayList<>();
    Map<String, Expr> back = new HashMap<>();
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
    ctx.progress(p.indent() + msg);
    ctx.note(msg);
    double[] lo = new double[k], hi = new double[k], med = new double[k];
    for (int j = 0; j < k; j++) {
      double[] c = new double[rows.length];
      for (int r = 0; r < rows.length; r++) c[r] = x[j][rows[r]];
      Arrays.sort(c);
      lo[j] = c[0]; hi[j] = c[c.length - 1]; med[j] = c[c.length / 2];
    }
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
      return oracle.apply(full);
    };
    Problem reduced = new Problem(nm, cols.toArray(new double[0][]), p.y(), rows, p.depth(),
        Optional.of(oracle.with(sub)), dl, budget);
    List<Scored> out = new ArrayList<>();
    for (Scored sc : solver.solve(reduced)) {
      Expr e = Tidy.products(Tidy.tidy(Exprs.substitute(sc.expr(), back)));
      out.add(Scored.of(e, sc.relErr()));
    }
    return out;
  }
}
