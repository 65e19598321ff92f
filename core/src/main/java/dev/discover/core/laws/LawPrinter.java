package dev.discover.core.laws;

import dev.discover.symbolic.Expr;
import dev.discover.symbolic.Exprs;
import dev.discover.symbolic.Poly;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hipparchus.fraction.BigFraction;

/** The printing stage: a law as an expression grouped for reading, and its one-line description. */
final class LawPrinter {
  private LawPrinter() {}

  /**
   * Terms grouped by their monomial in the state variables (the first {@code stateVariables}), each with a
   * polynomial coefficient in the parameters (the trailing variables): {@code (k4 + k5)*CO - k4*HO2}.
   */
  static Expr groupedByState(List<Map.Entry<List<Integer>, BigFraction>> terms, List<String> vars, int stateVariables) {
    int n = vars.size();
    Map<List<Integer>, Map<List<Integer>, BigFraction>> groups = new LinkedHashMap<>();
    for (Map.Entry<List<Integer>, BigFraction> t : terms) {
      List<Integer> state = new ArrayList<>(t.getKey().subList(0, stateVariables));
      for (int i = stateVariables; i < n; i++) state.add(0);
      List<Integer> param = new ArrayList<>();
      for (int i = 0; i < n; i++) param.add(i < stateVariables ? 0 : t.getKey().get(i));
      groups.computeIfAbsent(state, k -> new LinkedHashMap<>()).merge(param, t.getValue(), BigFraction::add);
    }
    Expr acc = null;
    for (Map.Entry<List<Integer>, Map<List<Integer>, BigFraction>> g : groups.entrySet()) {
      Expr coefficient = Poly.sum(new ArrayList<>(g.getValue().entrySet()), vars);
      Expr mono = Poly.sum(List.of(Map.entry(g.getKey(), BigFraction.ONE)), vars);
      boolean negative = false;
      if (coefficient instanceof Expr.Neg neg && g.getValue().size() == 1) {
        negative = true;
        coefficient = neg.arg();
      }
      boolean one = Exprs.constantValue(coefficient).filter(BigFraction.ONE::equals).isPresent();
      Expr term = one ? mono : new Expr.Bin('*', coefficient, mono);
      if (acc == null) acc = negative ? new Expr.Neg(term) : term;
      else acc = new Expr.Bin(negative ? '-' : '+', acc, term);
    }
    return acc == null ? Expr.num(0) : acc;
  }

  /**
   * One line on what a law depends on: its degree in words, the variables it uses (all, a list, or a count),
   * and the functions it contains: "quadratic in x, y, px, py", "cubic in all 6 variables, with exp".
   */
  static String describe(List<String> stateVariables, Set<String> used, int degree, Set<String> functions) {
    String deg = switch (degree) {
      case 1 -> "linear";
      case 2 -> "quadratic";
      case 3 -> "cubic";
      case 4 -> "quartic";
      default -> "degree " + degree;
    };
    List<String> vs = new ArrayList<>();
    for (String v : stateVariables) if (used.contains(v)) vs.add(v);
    int n = stateVariables.size();
    String on = vs.size() == n ? "all " + n + " variables"
        : vs.size() <= 8 ? String.join(", ", vs) : vs.size() + " of " + n + " variables";
    return deg + " in " + on + (functions.isEmpty() ? "" : ", with " + String.join(", ", functions));
  }
}
