package dev.discover.core;

import dev.discover.io.InputException;
import dev.discover.symbolic.CompiledExpr;
import dev.discover.symbolic.Compiler;
import dev.discover.symbolic.Expr;
import dev.discover.symbolic.ExprException;
import dev.discover.symbolic.ExprParser;
import dev.discover.symbolic.Exprs;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The candidate functions b_j of a search, in a fixed order: monomials (kept as exponent vectors, so that
 * values and derivatives need no symbolic work), then extra functions times monomials, then explicit
 * functions. Constants are left out and duplicates removed, as the system-file contract says.
 */
public final class Basis {
  /**
   * One basis function.
   *
   * @param name its printed form in system-file syntax
   * @param exponents the exponent vector over all variables when it is a monomial, else null
   * @param expression the function as an expression over the variables
   * @param degree the total polynomial degree (for non-monomials: the multiplier degree plus one)
   */
  public record Term(String name, int[] exponents, Expr expression, int degree) {
    /** Copies the exponent vector. */
    public Term { exponents = exponents == null ? null : exponents.clone(); }
    /** A copy of the exponent vector, or null. */
    @Override public int[] exponents() { return exponents == null ? null : exponents.clone(); }
    /** True when this is a monomial. */
    public boolean isMonomial() { return exponents != null; }
  }

  private final List<String> variables;
  private final List<Term> terms;
  private final int[][] exps;
  private final CompiledExpr[] compiled;

  private Basis(List<String> variables, List<Term> terms) {
    this.variables = List.copyOf(variables);
    this.terms = List.copyOf(terms);
    this.exps = new int[terms.size()][];
    this.compiled = new CompiledExpr[terms.size()];
    Compiler c = new Compiler(variables);
    for (int j = 0; j < terms.size(); j++) {
      exps[j] = terms.get(j).exponents;
      if (exps[j] == null) compiled[j] = c.compile(terms.get(j).expression());
    }
  }

  /** The number of monomials of degree 1..d in n variables: C(n+d, d) - 1. */
  public static BigInteger monomialCount(int n, int d) {
    // C(n+d, d) = C(n+d, n): loop over the smaller of the two, so a degree of 2^31 costs n steps, not 2^31.
    int k = Math.min(n, d);
    long m = Math.max(n, d);
    BigInteger c = BigInteger.ONE;
    for (int i = 1; i <= k; i++) c = c.multiply(BigInteger.valueOf(m + i)).divide(BigInteger.valueOf(i));
    return c.subtract(BigInteger.ONE);
  }

  /** Builds the basis of a specification over the given variables; throws {@link InputException} on errors. */
  public static Basis build(BasisSpec spec, List<String> variables, String source) {
    int[] pv = spec.polynomialVariables().stream().mapToInt(variables::indexOf).toArray();
    BigInteger size = monomialCount(pv.length, spec.polynomialDegree());
    for (BasisSpec.ExtraFunction f : spec.extraFunctions()) {
      size = size.add(monomialCount(pv.length, f.multiplierDegree()).add(BigInteger.ONE));
    }
    size = size.add(BigInteger.valueOf(spec.functions().size()));
    if (size.compareTo(BigInteger.valueOf(spec.maxSize())) > 0) {
      throw InputException.at(source, "basis", "would have " + size + " functions, more than the limit of "
          + spec.maxSize() + "; lower polynomial_degree, or raise the limit with \"max_size\" in the basis section"
          + " or --max-basis on the command line");
    }
    int n = variables.size();
    List<Term> terms = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<int[]> monos = monomials(n, pv, 1, spec.polynomialDegree());
    for (int[] e : monos) {
      Term t = monomialTerm(variables, e);
      if (seen.add(t.name())) terms.add(t);
    }
    for (int i = 0; i < spec.extraFunctions().size(); i++) {
      BasisSpec.ExtraFunction f = spec.extraFunctions().get(i);
      Expr fe = parse(f.function(), "basis.extra_functions[" + i + "].function", source, variables);
      List<int[]> mult = new ArrayList<>();
      mult.add(new int[n]);
      mult.addAll(monomials(n, pv, 1, f.multiplierDegree()));
      for (int[] e : mult) {
        int deg = Arrays.stream(e).sum();
        Expr prod = deg == 0 ? fe : Exprs.times(monomialTerm(variables, e).expression(), fe);
        Term t = new Term(Exprs.print(prod), null, prod, deg + 1);
        if (seen.add(t.name())) terms.add(t);
      }
    }
    for (int i = 0; i < spec.functions().size(); i++) {
      Expr fe = parse(spec.functions().get(i), "basis.functions[" + i + "]", source, variables);
      if (Exprs.constantValue(fe).isPresent()) continue;
      Term t = new Term(Exprs.print(fe), null, fe, 1);
      if (seen.add(t.name())) terms.add(t);
    }
    return new Basis(variables, terms);
  }

  private static Expr parse(String text, String field, String source, List<String> variables) {
    Expr e;
    try {
      e = ExprParser.parse(text);
    } catch (ExprException ex) {
      throw InputException.at(source, field, ex.getMessage());
    }
    for (String name : Exprs.names(e)) {
      if (!variables.contains(name)) {
        throw InputException.at(source, field, "unknown name '" + dev.discover.symbolic.Limits.excerpt(name, 40) + "' in '"
            + dev.discover.symbolic.Limits.excerpt(text, 60) + "'; basis functions may use only the variables "
            + dev.discover.symbolic.Limits.excerpt(variables.toString(), 200));
      }
    }
    // the exact route works with quotients of polynomials: checked here with the equations' rules
    if (Exprs.isRational(e)) DynamicalSystem.exactRational(e, variables, java.util.Map.of(), source, field);
    return e;
  }

  /** Monomials of degree lo..hi in the variables with indices {@code pv}, degree by degree. */
  static List<int[]> monomials(int n, int[] pv, int lo, int hi) {
    List<int[]> out = new ArrayList<>();
    for (int d = lo; d <= hi; d++) fill(out, new int[n], pv, 0, d);
    return out;
  }

  private static void fill(List<int[]> out, int[] cur, int[] pv, int k, int left) {
    if (k == pv.length - 1 || pv.length == 0) {
      if (pv.length == 0) return;
      cur[pv[k]] = left;
      out.add(cur.clone());
      cur[pv[k]] = 0;
      return;
    }
    for (int a = left; a >= 0; a--) {
      cur[pv[k]] = a;
      fill(out, cur, pv, k + 1, left - a);
    }
    cur[pv[k]] = 0;
  }

  static Term monomialTerm(List<String> variables, int[] e) {
    Expr acc = null;
    for (int i = 0; i < e.length; i++) {
      if (e[i] == 0) continue;
      Expr f = e[i] == 1 ? Expr.sym(variables.get(i)) : new Expr.Bin('^', Expr.sym(variables.get(i)), Expr.num(e[i]));
      acc = acc == null ? f : new Expr.Bin('*', acc, f);
    }
    if (acc == null) acc = Expr.num(1);
    return new Term(Exprs.print(acc), e, acc, Arrays.stream(e).sum());
  }

  /**
   * This basis multiplied by every monomial of degree 0..{@code degree} in the variables from index
   * {@code first} on (the symbolic parameters); every function must be a monomial.
   */
  public Basis timesMonomials(int first, int degree) {
    int n = variables.size();
    int[] params = new int[n - first];
    for (int i = first; i < n; i++) params[i - first] = i;
    List<int[]> mult = new ArrayList<>();
    mult.add(new int[n]);
    mult.addAll(monomials(n, params, 1, degree));
    List<Term> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int[] m : mult) {
      for (Term t : terms) {
        if (!t.isMonomial()) throw new IllegalStateException("symbolic parameters need a polynomial basis");
        int[] e = t.exponents();
        for (int i = 0; i < n; i++) e[i] += m[i];
        Term p = monomialTerm(variables, e);
        if (seen.add(p.name())) out.add(new Term(p.name(), e, p.expression(), t.degree()));
      }
    }
    return new Basis(variables, out);
  }

  /** The functions of this basis whose names are in {@code names}, in this basis's order. */
  public Basis restrictedTo(java.util.Collection<String> names) {
    Set<String> keep = new HashSet<>(names);
    List<Term> out = new ArrayList<>();
    for (Term t : terms) if (keep.contains(t.name())) out.add(t);
    return new Basis(variables, out);
  }

  /** The variables the basis is over. */
  public List<String> variables() { return variables; }
  /** The number of functions. */
  public int size() { return terms.size(); }
  /** Function j. */
  public Term term(int j) { return terms.get(j); }
  /** All functions, in order. */
  public List<Term> terms() { return terms; }
  /** True when every function is a monomial. */
  public boolean isPolynomial() { return Arrays.stream(exps).allMatch(e -> e != null); }

  /** Evaluates every basis function at a state, in double precision; {@code x} is not modified. */
  public double[] values(double[] x) {
    double[] out = new double[terms.size()];
    values(x, out);
    return out;
  }

  /** Evaluates every basis function at a state into {@code out}. */
  public void values(double[] x, double[] out) {
    for (int j = 0; j < out.length; j++) {
      int[] e = exps[j];
      if (e == null) { out[j] = compiled[j].eval(x); continue; }
      double v = 1;
      for (int i = 0; i < e.length; i++) if (e[i] != 0) v *= Compiler.powi(x[i], e[i]);
      out[j] = v;
    }
  }
}
