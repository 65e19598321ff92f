package dev.discover.core.data.internal;

import dev.discover.core.Basis;
import dev.discover.core.BasisSpec;
import dev.discover.core.data.LibrarySpec;
import dev.discover.symbolic.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link LibrarySpec} made concrete over named variables: the constant first, then the terms of a
 * {@link Basis} (monomials by degree, then Fourier functions). Immutable.
 */
final class Library {
  private final LibrarySpec spec;
  private final Basis basis;
  private final List<String> names;
  private final List<Expr> expressions;

  Library(LibrarySpec spec, List<String> variables) {
    this.spec = spec;
    List<String> functions = new ArrayList<>();
    if (spec.fourier()) {
      for (String v : variables) {
        for (int k = 1; k <= spec.frequencies(); k++) {
          String arg = k == 1 ? v : k + "*" + v;
          functions.add("sin(" + arg + ")");
          functions.add("cos(" + arg + ")");
        }
      }
    }
    BasisSpec bs = new BasisSpec(spec.degree(), variables, List.of(), functions, BasisSpec.DEFAULT_MAX_SIZE);
    this.basis = Basis.build(bs, variables, "library");
    List<String> n = new ArrayList<>();
    List<Expr> e = new ArrayList<>();
    n.add("1");
    e.add(Expr.num(1));
    for (Basis.Term t : basis.terms()) { n.add(t.name()); e.add(t.expression()); }
    this.names = List.copyOf(n);
    this.expressions = List.copyOf(e);
  }

  LibrarySpec spec() { return spec; }
  int size() { return names.size(); }
  List<String> names() { return names; }
  List<Expr> expressions() { return expressions; }

  /** Values of every term at state x into out (length size()). */
  void values(double[] x, double[] out) {
    double[] b = new double[basis.size()];
    basis.values(x, b);
    out[0] = 1;
    System.arraycopy(b, 0, out, 1, b.length);
  }

  /** Values at each state. */
  double[][] values(double[][] x) {
    double[][] out = new double[x.length][size()];
    double[] b = new double[basis.size()];
    for (int i = 0; i < x.length; i++) {
      basis.values(x[i], b);
      out[i][0] = 1;
      System.arraycopy(b, 0, out[i], 1, b.length);
    }
    return out;
  }
}
