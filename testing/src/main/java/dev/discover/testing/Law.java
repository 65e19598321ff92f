package dev.discover.testing;

import dev.discover.core.ConservationLaw;
import dev.discover.core.LawSearchResult;
import dev.discover.symbolic.Compiler;
import dev.discover.symbolic.Expr;
import dev.discover.symbolic.ExprException;
import dev.discover.symbolic.ExprParser;
import dev.discover.symbolic.Exprs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.hipparchus.fraction.BigFraction;

/**
 * A quantity expected to stay constant along a trajectory: a name for messages, the state variables it reads
 * (in the order its function expects them) and the function itself. Laws come from the engine
 * ({@link #of(LawSearchResult)}), from an expression written by hand ({@link #parse(String, String...)}) or from
 * any Java function ({@link #of(String, List, ToDoubleFunction)}).
 *
 * @param name how messages name the law (for parsed and engine laws, the expression)
 * @param variables the state variables, in the order {@code function} reads them
 * @param function the value at a state; must not modify the array
 */
public record Law(String name, List<String> variables, ToDoubleFunction<double[]> function) {
  /** Checks the arguments and copies the variable list. */
  public Law {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(function, "function");
    variables = List.copyOf(variables);
    if (variables.isEmpty()) throw new IllegalArgumentException("law '" + name + "' reads no variables");
    if (new HashSet<>(variables).size() != variables.size()) {
      throw new IllegalArgumentException("law '" + name + "': variables " + variables + " contain a repeated name");
    }
  }

  /** A law given by a Java function of the state, read in the order of {@code variables}. */
  public static Law of(String name, List<String> variables, ToDoubleFunction<double[]> function) {
    return new Law(name, variables, function);
  }

  /** A law found by the engine, over the variables of its system (in the system's order). */
  public static Law of(ConservationLaw law, List<String> variables) {
    return new Law(law.expression(), variables, law::valueAt);
  }

  /** Every law of a search result, in its order, named by their expressions. */
  public static List<Law> of(LawSearchResult result) {
    List<Law> laws = new ArrayList<>();
    for (ConservationLaw l : result.laws()) laws.add(of(l, result.variables()));
    return laws;
  }

  /**
   * A law written in the system-file expression grammar over the given variables, e.g.
   * {@code Law.parse("x^2 + px^2", "x", "px")}; throws {@link IllegalArgumentException} naming the law on a
   * syntax error or an unknown name.
   */
  public static Law parse(String expression, String... variables) {
    return parse(expression, List.of(variables), Map.of());
  }

  /**
   * A law over the given variables whose expression may also name parameters, replaced by their values:
   * {@code Law.parse("m*v^2/2 + k*x^2/2", List.of("x", "v"), Map.of("m", 2.0, "k", 3.0))}.
   */
  public static Law parse(String expression, List<String> variables, Map<String, Double> parameters) {
    Objects.requireNonNull(expression, "expression");
    Expr e;
    try {
      e = ExprParser.parse(expression);
    } catch (ExprException ex) {
      throw new IllegalArgumentException("law '" + expression + "': " + ex.getMessage(), ex);
    }
    Map<String, Expr> values = new HashMap<>();
    for (Map.Entry<String, Double> p : parameters.entrySet()) {
      if (variables.contains(p.getKey())) {
        throw new IllegalArgumentException("law '" + expression + "': '" + p.getKey() + "' is both a variable and a parameter");
      }
      double v = p.getValue();
      if (!Double.isFinite(v)) throw new IllegalArgumentException("law '" + expression + "': parameter " + p.getKey() + " = " + v + " is not finite");
      values.put(p.getKey(), new Expr.Num(new BigFraction(v))); // the double's exact value
    }
    Set<String> unknown = new HashSet<>(Exprs.names(e));
    unknown.removeAll(variables);
    unknown.removeAll(values.keySet());
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("law '" + expression + "': unknown name(s) " + new java.util.TreeSet<>(unknown)
          + "; variables are " + variables + (values.isEmpty() ? "" : ", parameters " + new java.util.TreeSet<>(values.keySet())));
    }
    var compiled = new Compiler(variables).compile(Exprs.substitute(e, values));
    return new Law(expression, variables, compiled::eval);
  }

  /** The value at a state in {@link #variables()} order; {@code state} is not modified. */
  public double valueAt(double[] state) { return function.applyAsDouble(state); }
}
