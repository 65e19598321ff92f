package dev.discover.core;

import dev.discover.io.Progress;
import dev.discover.io.InputException;
import dev.discover.core.laws.LawRoutes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The front door of the engine for Java callers. Build a system from names and right-hand-side strings, pick a
 * basis, and get an immutable {@link LawSearchResult} whose laws can be evaluated at states:
 * <pre>{@code
 * LawSearchResult r = Discovery.system("x", "y", "z")
 *     .equation("x", "x*(y - z)").equation("y", "y*(z - x)").equation("z", "z*(x - y)")
 *     .polynomialBasis(3)
 *     .findLaws();
 * double drift = r.laws().get(0).valueAt(state) - r.laws().get(0).valueAt(initial);
 * }</pre>
 * Expressions use the system-file grammar; errors throw {@link InputException} with a message naming the field.
 */
public final class Discovery {
  private Discovery() {}

  /** Starts a system with the given state variables. */
  public static Builder system(String... variables) { return new Builder(List.of(variables)); }

  /** Finds the laws of a loaded system file. */
  public static LawSearchResult findLaws(SystemSpec spec) { return findLaws(spec, Progress.SILENT); }

  /** Finds the laws of a loaded system file, reporting progress. */
  public static LawSearchResult findLaws(SystemSpec spec, Progress progress) {
    return findLaws(spec, progress, false);
  }

  /**
   * Finds the laws of a loaded system file, reporting progress; with {@code crossCheck} the exact route also
   * computes the floating-point singular values ({@link LawSearchResult#spectrum()}).
   */
  public static LawSearchResult findLaws(SystemSpec spec, Progress progress, boolean crossCheck) {
    return findLaws(spec, progress, crossCheck, 0);
  }

  /**
   * The same, holding at most {@code memoryBound} bytes in the null-space stage at once (0: three quarters of
   * the JVM's heap limit); a weight block too large for the bound fails with an {@link InputException}.
   */
  public static LawSearchResult findLaws(SystemSpec spec, Progress progress, boolean crossCheck, long memoryBound) {
    LawOptions opt = LawOptions.defaults().withSeed(spec.sampling().seed()).withProgress(progress)
        .withCrossCheck(crossCheck).withMemoryBound(memoryBound);
    return LawRoutes.find(spec, opt);
  }

  /**
   * Finds the laws at the parameter values a system gives, in one search: unlike {@link #findLaws(SystemSpec)}
   * it does not decide for each law whether it holds for every parameter value, nor count the laws at random
   * values ({@link LawSearchResult#parameters()} is then empty of that). For sweeps over parameter points.
   */
  public static LawSearchResult findLawsAtGivenValues(SystemSpec spec) {
    return LawRoutes.findAtGivenValues(spec, LawOptions.defaults().withSeed(spec.sampling().seed()));
  }

  /** Finds the conserved densities and fluxes of a PDE system file ({@code "kind": "pde"}). */
  public static dev.discover.core.pde.PdeResult findPdeLaws(dev.discover.core.pde.PdeSpec spec) {
    return dev.discover.core.pde.PdeLaws.find(spec);
  }

  /** A mutable builder of a {@link SystemSpec}; not thread-safe. */
  public static final class Builder {
    private final List<String> variables;
    private String name = "system";
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private final Map<String, String> definitions = new LinkedHashMap<>();
    private final Map<String, String> equations = new LinkedHashMap<>();
    private final List<String> constraints = new ArrayList<>();
    private final List<String> functions = new ArrayList<>();
    private final List<BasisSpec.ExtraFunction> extra = new ArrayList<>();
    private int degree;
    private long seed = 1;

    private Builder(List<String> variables) { this.variables = List.copyOf(variables); }

    /** Names the system. */
    public Builder name(String n) { this.name = Objects.requireNonNull(n, "name"); return this; }
    /** A numeric parameter. */
    public Builder parameter(String p, double value) { parameters.put(p, Double.toString(value)); return this; }
    /** A parameter kept as a symbol: laws come back with coefficients in it, valid for every value. */
    public Builder symbolicParameter(String p) { parameters.put(p, null); return this; }
    /** A parameter given exactly, e.g. "8/3". */
    public Builder parameter(String p, String value) { parameters.put(p, value); return this; }
    /** A named sub-expression usable in later definitions and equations. */
    public Builder definition(String d, String expression) { definitions.put(d, expression); return this; }
    /** The right-hand side of a variable's equation. */
    public Builder equation(String variable, String rhs) { equations.put(variable, rhs); return this; }
    /** An expression that vanishes wherever the system can be. */
    public Builder constraint(String expression) { constraints.add(expression); return this; }
    /** All monomials of degree 1..d in the variables. */
    public Builder polynomialBasis(int d) { this.degree = d; return this; }
    /** An explicit basis function. */
    public Builder basisFunction(String expression) { functions.add(expression); return this; }
    /** An extra function times the monomials of degree 0..multiplierDegree. */
    public Builder extraFunction(String expression, int multiplierDegree) {
      extra.add(new BasisSpec.ExtraFunction(expression, multiplierDegree));
      return this;
    }
    /** The random seed of the sample points. */
    public Builder seed(long s) { this.seed = s; return this; }

    /** The specification; checks that every variable has an equation. */
    public SystemSpec build() {
      for (String v : variables) {
        if (!equations.containsKey(v)) throw InputException.at("api", "equations", "variable '" + v + "' has no equation");
      }
      for (String k : equations.keySet()) {
        if (!variables.contains(k)) throw InputException.at("api", "equations." + k, "'" + k + "' is not a variable");
      }
      if (degree == 0 && functions.isEmpty() && extra.isEmpty()) {
        throw InputException.at("api", "basis", "is empty; call polynomialBasis(d), basisFunction or extraFunction");
      }
      Map<String, String> ordered = new LinkedHashMap<>();
      for (String v : variables) ordered.put(v, equations.get(v));
      Names.checkAll(variables, "variables", "api");
      Names.checkDistinct(variables, parameters.keySet(), definitions.keySet(), "api");
      return new SystemSpec("api", name, "", variables, parameters, definitions, ordered, constraints,
          new BasisSpec(degree, variables, extra, functions, BasisSpec.DEFAULT_MAX_SIZE),
          new SamplingSpec(0, seed, Map.of()), -1, List.of());
    }

    /** Builds and searches. */
    public LawSearchResult findLaws() { return Discovery.findLaws(build()); }
  }

  // The data jobs: equations and invariants from trajectories, formulas from tables.

  /**
   * Reads a trajectory CSV file: a header {@code t[,trajectory],x,y,...}, then finite numbers with times
   * increasing within each trajectory; throws {@link dev.discover.io.InputException} naming the file, line
   * and column on bad input.
   */
  public static dev.discover.core.data.TrajectoryData readTrajectories(java.nio.file.Path csv) {
    return dev.discover.core.data.TrajectoryCsv.read(csv);
  }

  /** Integrates the equations of a loaded system file into sampled trajectories. */
  public static dev.discover.core.data.TrajectoryData simulate(SystemSpec spec, dev.discover.core.data.SimulateOptions options) {
    return dev.discover.core.data.internal.Simulator.simulate(DynamicalSystem.of(spec), options);
  }

  /** Identifies x' = f(x) from trajectories by sparse regression over a library of candidate terms. */
  public static dev.discover.core.data.EquationResult findEquations(dev.discover.core.data.TrajectoryData data,
      dev.discover.core.data.EquationOptions options) {
    return dev.discover.core.data.internal.EquationFinder.find(data, options);
  }

  /**
   * Identified equations as a system, ready for {@link #findLaws(SystemSpec)}: named {@code name}, with a
   * basis of every monomial of degree 1..{@code basisDegree}; checked by compiling it.
   */
  public static SystemSpec identifiedSystem(dev.discover.core.data.EquationResult equations, String name, int basisDegree) {
    SystemSpec s = dev.discover.core.data.internal.IdentifiedSystem.spec(equations, name, basisDegree);
    DynamicalSystem.of(s);
    return s;
  }

  /** Finds the functions of a basis that stay constant along every trajectory, checked on held-out data. */
  public static dev.discover.core.data.InvariantResult findInvariants(dev.discover.core.data.TrajectoryData data,
      dev.discover.core.data.InvariantOptions options) {
    return dev.discover.core.data.InvariantFinder.find(data, options);
  }

  /**
   * Reads a table of inputs and an output (CSV with a header row) for {@link #findFormula}; an empty
   * {@code inputs} takes every column but the target.
   */
  public static dev.discover.neural.Dataset readTable(java.nio.file.Path csv, String target, List<String> inputs) {
    return dev.discover.neural.CsvData.read(csv, target, inputs);
  }

  /** Finds the closed-form formula behind a table; the search's progress lines arrive as {@link Progress#note notes}. */
  public static dev.discover.neural.FormulaResult findFormula(dev.discover.neural.Dataset data,
      dev.discover.neural.FormulaOptions options, Progress progress) {
    return dev.discover.neural.FormulaSearch.run(data, options, progress);
  }

  /**
   * Finds the closed-form formula behind a table, with units where the caller has them: the search runs in
   * dimensionless groups and only dimensionally consistent formulas are proposed; the answer says when no
   * formula can exist (units that make the target impossible) or none was found.
   */
  public static dev.discover.neural.Formulas.Answer findFormula(dev.discover.neural.Dataset data,
      dev.discover.neural.FormulaOptions options, java.util.Optional<dev.discover.neural.units.Units> units,
      dev.discover.neural.Formulas.UnitsMode mode, Progress progress) {
    return dev.discover.neural.Formulas.discover(data, options, units, mode, progress);
  }
}
