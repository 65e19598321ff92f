package dev.discover.core.laws;

import dev.discover.core.Basis;
import dev.discover.core.DynamicalSystem;
import dev.discover.core.Manifold;
import dev.discover.core.SystemSpec;
import dev.discover.symbolic.Exprs;
import java.util.ArrayList;
import java.util.List;

/**
 * One law search: the system, its basis and its constraint manifold, built once from the specification when
 * first asked for (a route that does not need them never builds them). The first {@code stateVariables}
 * variables are dynamical; any after them are symbolic parameters with zero derivative.
 */
public final class LawProblem {
  private final SystemSpec spec;
  private DynamicalSystem sys;
  private Basis basis;
  private Manifold manifold;
  private final int stateVariables;
  private final boolean fromSpec;

  private LawProblem(SystemSpec spec, DynamicalSystem sys, Basis basis, int stateVariables, boolean fromSpec) {
    this.fromSpec = fromSpec;
    this.spec = spec;
    this.sys = sys;
    this.basis = basis;
    this.stateVariables = stateVariables;
  }

  /** The problem of a system file (every variable dynamical). */
  public static LawProblem of(SystemSpec spec) { return new LawProblem(spec, null, null, spec.variables().size(), true); }

  /** The problem of a built system and basis, the first {@code stateVariables} variables dynamical. */
  static LawProblem of(DynamicalSystem sys, Basis basis, int stateVariables) {
    return new LawProblem(sys.spec(), sys, basis, stateVariables, false);
  }

  /** The specification. */
  public SystemSpec spec() { return spec; }

  /** The parameters given without a value (kept as symbols), in file order. */
  public List<String> symbolicParameters() {
    List<String> out = new ArrayList<>();
    spec.parameters().forEach((k, v) -> { if (v == null) out.add(k); });
    return out;
  }

  /** The system (built on first use). */
  public DynamicalSystem system() {
    if (sys == null) sys = DynamicalSystem.of(spec);
    return sys;
  }

  /** The basis (built on first use, after the system). */
  public Basis basis() {
    if (basis == null) basis = Basis.build(spec.basis(), system().variables(), spec.source());
    return basis;
  }

  /** The constraint manifold (built on first use). */
  public Manifold manifold() {
    if (manifold == null) manifold = Manifold.of(system());
    return manifold;
  }

  /** True when the specification alone rebuilds this problem (its system and basis are the spec's own). */
  public boolean fromSpec() { return fromSpec; }

  /** How many leading variables are dynamical. */
  public int stateVariables() { return stateVariables; }

  /** True when the right-hand sides and every basis function are rational functions. */
  public boolean isRational() {
    if (!system().isRational()) return false;
    for (Basis.Term t : basis().terms()) if (!t.isMonomial() && !Exprs.isRational(t.expression())) return false;
    return true;
  }
}
