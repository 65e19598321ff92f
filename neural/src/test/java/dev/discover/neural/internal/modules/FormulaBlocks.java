package dev.discover.neural.internal.modules;

import dev.discover.symbolic.Expr;
import dev.discover.symbolic.Exprs;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The blocks of a known formula, to score a module tree against: the groups of inputs whose sum the formula
 * is ({@code additive}), or whose product it is (in {@code log|y|}: sums of logarithms), terms or factors that
 * share an input joined. Constant factors, constant powers and square roots of a product, exponentials of a
 * sum, logarithms of a product and negation are looked through. Benchmark code: it reads the true formula, which the search never sees.
 */
public final class FormulaBlocks {
  private FormulaBlocks() {}

  /** The blocks of {@code e} over {@code names} (indices, ascending; by first input). */
  public static List<List<Integer>> of(Expr e, List<String> names, boolean product) {
    List<TreeSet<Integer>> raw = new ArrayList<>();
    collect(e, names, product, raw);
    boolean merged = true;
    while (merged) {
      merged = false;
      for (int a = 0; a < raw.size() && !merged; a++) {
        for (int b = a + 1; b < raw.size() && !merged; b++) {
          TreeSet<Integer> x = new TreeSet<>(raw.get(a));
          x.retainAll(raw.get(b));
          if (!x.isEmpty()) { raw.get(a).addAll(raw.remove(b)); merged = true; }
        }
      }
    }
    List<List<Integer>> out = new ArrayList<>();
    for (TreeSet<Integer> s : raw) if (!s.isEmpty()) out.add(List.copyOf(s));
    out.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
    return out;
  }

  private static void collect(Expr e, List<String> names, boolean product, List<TreeSet<Integer>> out) {
    TreeSet<Integer> vars = new TreeSet<>();
    for (String n : Exprs.names(e)) if (names.contains(n)) vars.add(names.indexOf(n));
    if (vars.isEmpty()) return;
    if (e instanceof Expr.Neg n) { collect(n.arg(), names, product, out); return; }
    if (e instanceof Expr.Call c) {
      // sqrt of a product is a product; exp of a sum is a product; log of a product is a sum
      if (product && c.function().equals("sqrt")) { collect(c.arg(), names, true, out); return; }
      if (product && c.function().equals("exp")) { collect(c.arg(), names, false, out); return; }
      if (!product && c.function().equals("log")) { collect(c.arg(), names, true, out); return; }
    }
    if (e instanceof Expr.Bin b) {
      boolean constRight = vars(b.right(), names).isEmpty(), constLeft = vars(b.left(), names).isEmpty();
      if (product && (b.op() == '*' || b.op() == '/')) {
        collect(b.left(), names, true, out);
        collect(b.right(), names, true, out);
        return;
      }
      if (product && b.op() == '^' && constRight) { collect(b.left(), names, true, out); return; }
      if (!product && (b.op() == '+' || b.op() == '-')) {
        collect(b.left(), names, false, out);
        collect(b.right(), names, false, out);
        return;
      }
      if (!product && (b.op() == '*' && (constLeft || constRight) || b.op() == '/' && constRight)) {
        collect(constLeft ? b.right() : b.left(), names, false, out);
        return;
      }
    }
    out.add(vars);
  }

  private static TreeSet<Integer> vars(Expr e, List<String> names) {
    TreeSet<Integer> v = new TreeSet<>();
    for (String n : Exprs.names(e)) if (names.contains(n)) v.add(names.indexOf(n));
    return v;
  }
}
