package dev.discover.core;

import dev.discover.io.InputException;
import dev.discover.symbolic.CompiledExpr;
import dev.discover.symbolic.Compiler;
import dev.discover.symbolic.ExactEvaluator;
import dev.discover.symbolic.Expr;
import dev.discover.symbolic.ExprException;
import dev.discover.symbolic.ExprParser;
import dev.discover.symbolic.Exprs;
import dev.discover.symbolic.Field;
import dev.discover.symbolic.RationalFunction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hipparchus.fraction.BigFraction;

/**
 * A system x' = f(x) compiled from a {@link SystemSpec}: every expression parsed and checked, numeric
 * parameters replaced by their exact values, definitions kept as named slots evaluated once per state.
 * Immutable and thread-safe.
 */
public final class DynamicalSystem {
  private final SystemSpec spec;
  private final List<String> variables;
  private final Map<String, BigFraction> parameters;
  private final LinkedHashMap<String, Expr> definitions;
  private final List<Expr> equations;
  private final List<Expr> constraints;
  private final List<String> slots;
  private final CompiledExpr[] compiledDefinitions;
  private final CompiledExpr[] compiledEquations;
  private final boolean rational;
  private volatile List<RationalFunction> rationalRhs;

  private DynamicalSystem(SystemSpec spec) {
    this.spec = spec;
    String src = spec.source();
    this.variables = spec.variables();
    this.parameters = new LinkedHashMap<>();
    Map<String, Expr> paramValues = new HashMap<>();
    for (Map.Entry<String, String> p : spec.parameters().entrySet()) {
      String field = "parameters." + p.getKey();
      if (p.getValue() == null) {
        throw InputException.at(src, field, "is symbolic; Discovery.findLaws treats symbolic parameters (use it, or give a number)");
      }
      Expr e = parse(p.getValue(), field, src);
      e = Exprs.substitute(e, paramValues);
      java.util.Optional<BigFraction> value = Exprs.constantValue(e);
      if (value.isEmpty()) {
        Set<String> unknown = Exprs.names(e);
        throw InputException.at(src, field, unknown.isEmpty()
            ? "'" + p.getValue() + "' is not a finite rational number (division by zero or a function of a number)"
            : "expected a number or an expression of earlier parameters, but '" + p.getValue() + "' uses " + unknown);
      }
      BigFraction v = value.get();
      parameters.put(p.getKey(), v);
      paramValues.put(p.getKey(), Expr.num(v));
    }
    Set<String> known = new TreeSet<>(variables);
    known.addAll(parameters.keySet());
    this.definitions = new LinkedHashMap<>();
    for (Map.Entry<String, String> d : spec.definitions().entrySet()) {
      String field = "definitions." + d.getKey();
      Expr e = resolve(parse(d.getValue(), field, src), field, src, known, paramValues, d.getValue());
      definitions.put(d.getKey(), e);
      known.add(d.getKey());
    }
    this.equations = new ArrayList<>();
    for (String v : variables) {
      String field = "equations." + v;
      String text = spec.equations().get(v);
      equations.add(resolve(parse(text, field, src), field, src, known, paramValues, text));
    }
    this.constraints = new ArrayList<>();
    for (int i = 0; i < spec.constraints().size(); i++) {
      String field = "constraints[" + i + "]";
      String text = spec.constraints().get(i);
      constraints.add(resolve(parse(text, field, src), field, src, known, paramValues, text));
    }
    this.slots = new ArrayList<>(variables);
    slots.addAll(definitions.keySet());
    Compiler c = new Compiler(slots);
    this.compiledDefinitions = definitions.values().stream().map(c::compile).toArray(CompiledExpr[]::new);
    this.compiledEquations = equations.stream().map(c::compile).toArray(CompiledExpr[]::new);
    boolean rat = definitions.values().stream().allMatch(Exprs::isRational)
        && equations.stream().allMatch(Exprs::isRational);
    this.rational = rat;
  }

  private static Expr parse(String text, String field, String src) {
    try {
      return ExprParser.parse(text);
    } catch (ExprException e) {
      throw InputException.at(src, field, e.getMessage());
    }
  }

  private static Expr resolve(Expr e, String field, String src, Set<String> known, Map<String, Expr> params, String text) {
    for (String n : Exprs.names(e)) {
      if (!known.contains(n)) {
        throw InputException.at(src, field, "unknown name '" + dev.discover.symbolic.Limits.excerpt(n, 40) + "' in '"
            + dev.discover.symbolic.Limits.excerpt(text, 60) + "'; known names: " + dev.discover.symbolic.Limits.excerpt(String.join(", ", known), 200));
      }
    }
    return Exprs.substitute(e, params);
  }

  /** Compiles and checks a system; throws {@link InputException} naming the field on any problem. */
  public static DynamicalSystem of(SystemSpec spec) { return new DynamicalSystem(spec); }

  /** The specification this was compiled from. */
  public SystemSpec spec() { return spec; }
  /** The state variables, in order. */
  public List<String> variables() { return variables; }
  /** The number of state variables. */
  public int dimension() { return variables.size(); }
  /** Parameter values, exact. */
  public Map<String, BigFraction> parameters() { return Collections.unmodifiableMap(parameters); }
  /** The definitions, in order, parameters substituted. */
  public Map<String, Expr> definitions() { return Collections.unmodifiableMap(definitions); }
  /** The right-hand sides, in variable order, over variables and definitions. */
  public List<Expr> equations() { return List.copyOf(equations); }
  /** The constraints, over variables and definitions. */
  public List<Expr> constraints() { return List.copyOf(constraints); }
  /** Variables followed by definition names: the slots of an evaluation. */
  public List<String> slots() { return List.copyOf(slots); }
  /** True when every right-hand side and definition is a rational function of the variables. */
  public boolean isRational() { return rational; }

  /** Replaces definition names by their expressions (recursively), giving an expression over variables only. */
  public Expr inline(Expr e) {
    Map<String, Expr> full = new HashMap<>();
    for (Map.Entry<String, Expr> d : definitions.entrySet()) full.put(d.getKey(), Exprs.substitute(d.getValue(), full));
    return Exprs.substitute(e, full);
  }

  /** Evaluates f(x) in double precision into {@code out}; {@code x} is not modified. */
  public void rhs(double[] x, double[] out) {
    double[] s = new double[slots.size()];
    System.arraycopy(x, 0, s, 0, variables.size());
    for (int i = 0; i < compiledDefinitions.length; i++) s[variables.size() + i] = compiledDefinitions[i].eval(s);
    for (int i = 0; i < compiledEquations.length; i++) out[i] = compiledEquations[i].eval(s);
  }

  /** Fills the definition slots of {@code s} (variables first) in place, in double precision. */
  public void evalDefinitions(double[] s) {
    for (int i = 0; i < compiledDefinitions.length; i++) s[variables.size() + i] = compiledDefinitions[i].eval(s);
  }

  /** Evaluates f(x) exactly in a field; throws ArithmeticException where a denominator vanishes. */
  public <T> List<T> rhsExact(Field<T> field, List<T> x) {
    return rhsExact(new ExactEvaluator<>(field, slots), x);
  }

  /** An evaluator over this system's slots, to reuse across calls of {@link #rhsExact(ExactEvaluator, List)}. */
  public <T> ExactEvaluator<T> evaluator(Field<T> field) { return new ExactEvaluator<>(field, slots); }

  /** Evaluates f(x) exactly with a reusable evaluator from {@link #evaluator(Field)}. */
  public <T> List<T> rhsExact(ExactEvaluator<T> ev, List<T> x) {
    @SuppressWarnings("unchecked")
    T[] s = (T[]) new Object[slots.size()];
    for (int i = 0; i < variables.size(); i++) s[i] = x.get(i);
    int k = variables.size();
    for (Expr d : definitions.values()) s[k++] = ev.eval(d, s);
    List<T> out = new ArrayList<>(equations.size());
    for (Expr e : equations) out.add(ev.eval(e, s));
    return out;
  }

  /**
   * The right-hand sides as exact rational functions of the variables (rational systems only). Throws
   * {@link InputException} naming the definition or equation that divides by a polynomial that is zero
   * everywhere.
   */
  public List<RationalFunction> rationalRhs() {
    List<RationalFunction> r = rationalRhs;
    if (r == null) {
      if (!rational) throw new IllegalStateException("the system is not rational");
      Map<String, RationalFunction> named = rationalDefinitions();
      List<RationalFunction> list = new ArrayList<>();
      for (int i = 0; i < equations.size(); i++) {
        list.add(rational(equations.get(i), named, "equations." + variables.get(i)));
      }
      r = List.copyOf(list);
      rationalRhs = r;
    }
    return r;
  }

  private Map<String, RationalFunction> rationalDefinitions() {
    Map<String, RationalFunction> named = new HashMap<>();
    for (Map.Entry<String, Expr> d : definitions.entrySet()) {
      named.put(d.getKey(), rational(d.getValue(), named, "definitions." + d.getKey()));
    }
    return named;
  }

  private RationalFunction rational(Expr e, Map<String, RationalFunction> named, String field) {
    return exactRational(e, variables, named, spec.source(), field);
  }

  /**
   * A rational expression as an exact quotient of polynomials; a denominator that is zero everywhere, or a power
   * too large to compute, is bad input naming {@code field} of {@code source}.
   */
  static RationalFunction exactRational(Expr e, List<String> variables, Map<String, RationalFunction> named,
      String source, String field) {
    try {
      return RationalFunction.of(e, variables, named);
    } catch (ArithmeticException ex) {
      throw InputException.at(source, field, "divides by an expression that is zero everywhere (division by zero)");
    } catch (ExprException ex) {
      throw InputException.at(source, field, ex.getMessage());
    }
  }

  /** A constraint as an exact rational function of the variables. */
  public RationalFunction rationalConstraint(int i) {
    return rational(constraints.get(i), rationalDefinitions(), "constraints[" + i + "]");
  }
}
