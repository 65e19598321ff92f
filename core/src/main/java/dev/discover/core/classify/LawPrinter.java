package dev.discover.core.classify;

import dev.discover.symbolic.Expr;
import dev.discover.symbolic.Exprs;
import dev.discover.symbolic.Latex;
import dev.discover.symbolic.Poly;
import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.fraction.BigFraction;

/** Turns null vectors of the parametric matrix into printed laws over the state variables and parameters. */
final class LawPrinter {
  private LawPrinter() {}

  static CaseLaw law(ParametricMatrix mat, Map<Integer, GenPolynomial<BigRational>> v, boolean exact) {
    int n = mat.state().size();
    int m = mat.ring().size();
    Map<List<Integer>, BigFraction> terms = new HashMap<>();
    java.util.Set<Integer> used = new java.util.TreeSet<>();
    for (Map.Entry<Integer, GenPolynomial<BigRational>> e : v.entrySet()) {
      int[] b = mat.basis().term(e.getKey()).exponents();
      mat.ring().terms(e.getValue()).forEach((a, c) -> {
        List<Integer> full = new ArrayList<>(n + m);
        for (int x : b) full.add(x);
        full.addAll(a);
        for (int i = 0; i < m; i++) if (a.get(i) > 0) used.add(i);
        terms.merge(full, c, BigFraction::add);
      });
    }
    List<String> names = new ArrayList<>(mat.state());
    names.addAll(mat.ring().names());
    Expr expr = Poly.of(n + m, terms).toExpr(names);
    List<String> depends = used.stream().map(i -> mat.ring().names().get(i)).toList();
    return new CaseLaw(Exprs.print(expr), Latex.of(expr), v.size(), depends, exact ? "exact" : "unverified");
  }

  /** The equations of a case, solved where linear: "D = -C/6", else "g = 0"; text and LaTeX. */
  static List<List<String>> equations(Conditions c) {
    List<String> text = new ArrayList<>();
    List<String> tex = new ArrayList<>();
    ParamRing r = c.ring();
    List<List<GenPolynomial<BigRational>>> solved = new ArrayList<>();
    for (GenPolynomial<BigRational> g : c.equations()) solved.add(r.solved(g));
    // In parameter order of the solved side; unsolved equations (right side 0, left not a parameter) last.
    solved.sort(java.util.Comparator.comparingInt(s -> {
      for (int i = 0; i < r.size(); i++) if (s.get(0).equals(r.variable(i))) return i;
      return r.size();
    }));
    for (List<GenPolynomial<BigRational>> s : solved) {
      text.add(r.print(s.get(0)) + " = " + r.print(s.get(1)));
      tex.add(r.latex(s.get(0)) + " = " + r.latex(s.get(1)));
    }
    return List.of(text, tex);
  }
}
