package dev.discover.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.sparse.IncrementalRank;
import dev.discover.sparse.Modular;
import dev.discover.sparse.Vectors;
import dev.discover.symbolic.ExactEvaluator;
import dev.discover.symbolic.ExprParser;
import dev.discover.symbolic.Field;
import dev.discover.symbolic.Poly;
import dev.discover.symbolic.RationalFunction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every system file in systems/ that has an "expected" section: the independent count must match, every
 * law must be proven exact and truly conserved, and every expected law must be a function of the laws found
 * (the Jacobian of found + expected has the rank of the found laws alone, in the manifold's tangent space).
 */
class SystemsRegressionTest {
  static Path systemsDir() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("systems"))) p = p.getParent();
    if (p == null) throw new IllegalStateException("no systems/ directory above the working directory");
    return p.resolve("systems");
  }

  static Stream<Path> systemsWithExpectations() throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(systemsDir())) {
      for (Path p : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        if (SystemFile.load(p).expectedIndependent() >= 0) out.add(p);
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("systemsWithExpectations")
  void system_hasTheExpectedIndependentLaws(Path file) {
    SystemSpec spec = SystemFile.load(file);
    LawSearchResult r = Discovery.findLaws(spec);
    assertEquals(spec.expectedIndependent(), r.independentCount(), "independent laws of " + file);
    for (ConservationLaw l : r.laws()) assertEquals(Verification.EXACT, l.verification(), l.expression());
    int state = spec.variables().size();
    DynamicalSystem sys = DynamicalSystem.of(symbolsAsVariables(spec));
    List<String> all = new ArrayList<>(spec.expectedLaws());
    r.laws().forEach(l -> all.add(l.expression()));
    if (!sys.isRational() || !Manifold.of(sys).isExplicit() || !all.stream().allMatch(e -> isPolynomial(e, sys))) {
      checkNumerically(spec, sys, r);
      return;
    }
    Manifold manifold = Manifold.of(sys);
    List<Poly> found = new ArrayList<>();
    for (ConservationLaw l : r.laws()) found.add(polynomial(l.expression(), sys));
    for (Poly law : found) assertTrue(conservedModP(law, sys, manifold), "law not conserved: " + law);
    for (String e : spec.expectedLaws()) {
      Poly expected = polynomial(e, sys);
      assertTrue(conservedModP(expected, sys, manifold), "expected law is not conserved (bad test data): " + e);
      assertTrue(isFunctionOf(expected, found, sys, manifold, state), e + " is not a function of the laws found in " + file);
    }
  }

  /**
   * For systems with transcendental functions: conservation and functional dependence in floating point, with
   * gradients by central differences of the compiled laws at random states of the sampling domain.
   */
  private static void checkNumerically(SystemSpec spec, DynamicalSystem sys, LawSearchResult r) {
    dev.discover.symbolic.Compiler c = new dev.discover.symbolic.Compiler(sys.variables());
    Manifold manifold = Manifold.of(sys);
    List<dev.discover.symbolic.CompiledExpr> found = new ArrayList<>();
    for (ConservationLaw l : r.laws()) found.add(c.compile(ExprParser.parse(l.expression())));
    Random rnd = new Random(3);
    for (int k = 0; k < 5; k++) {
      double[] x = new double[sys.dimension()];
      for (int i = 0; i < x.length; i++) {
        double[] dom = spec.sampling().domain().get(sys.variables().get(i));
        x[i] = dom == null ? 0.3 + rnd.nextDouble() : dom[0] + (dom[1] - dom[0]) * rnd.nextDouble();
      }
      assertTrue(manifold.complete(x), "could not place a test state on the constraint manifold");
      double[] f = new double[x.length];
      sys.rhs(x, f);
      dev.discover.sparse.NumericRank rank = new dev.discover.sparse.NumericRank(x.length, 1e-6);
      for (dev.discover.symbolic.Poly con : manifold.constraints()) {
        rank.add(numericGradient(c.compile(con.toExpr(sys.variables())), x));
      }
      for (dev.discover.symbolic.CompiledExpr law : found) {
        double[] g = numericGradient(law, x);
        assertEquals(0, dot(g, f) / (norm(g) * norm(f) + 1e-300), 1e-7, "law not conserved");
        assertTrue(rank.add(g), "found laws are not independent");
      }
      for (String e : spec.expectedLaws()) {
        double[] g = numericGradient(c.compile(ExprParser.parse(e)), x);
        assertEquals(0, dot(g, f) / (norm(g) * norm(f) + 1e-300), 1e-7, "expected law not conserved: " + e);
        assertFalse(rank.add(g), e + " is not a function of the laws found");
      }
    }
  }

  private static double[] numericGradient(dev.discover.symbolic.CompiledExpr h, double[] x) {
    double[] g = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double step = 1e-5 * (1 + Math.abs(x[i]));
      double[] a = x.clone();
      double[] b = x.clone();
      a[i] += step;
      b[i] -= step;
      g[i] = (h.eval(a) - h.eval(b)) / (2 * step);
    }
    return g;
  }

  private static double dot(double[] a, double[] b) { return Vectors.dot(a, b); }

  private static double norm(double[] a) { return Vectors.norm(a); }

  private static boolean isPolynomial(String expr, DynamicalSystem sys) {
    try {
      return RationalFunction.of(ExprParser.parse(expr), sys.variables(), Map.of()).den().isConstant();
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static Poly polynomial(String expr, DynamicalSystem sys) {
    RationalFunction rf = RationalFunction.of(ExprParser.parse(expr), sys.variables(), Map.of());
    assertTrue(rf.den().isConstant(), "not a polynomial: " + expr);
    return rf.num();
  }

  private static long[] point(DynamicalSystem sys, Manifold manifold, long p, Random rnd) {
    Field<Long> f = Field.modulo(p);
    while (true) {
      List<Long> x = new ArrayList<>();
      for (int i = 0; i < sys.dimension(); i++) x.add(1 + Math.floorMod(rnd.nextLong(), p - 1));
      try {
        manifold.complete(f, x);
        sys.rhsExact(f, x);
        return x.stream().mapToLong(Long::longValue).toArray();
      } catch (ArithmeticException e) {
        // singular point, draw again
      }
    }
  }

  /** dH/dt = grad H . f at a random manifold point modulo a prime, independently of the engine's code path. */
  private static boolean conservedModP(Poly h, DynamicalSystem sys, Manifold manifold) {
    long p = Modular.PRIMES.get(5);
    Random rnd = new Random(99);
    for (int k = 0; k < 3; k++) {
      long[] x = point(sys, manifold, p, rnd);
      List<Long> f = sys.rhsExact(Field.modulo(p), box(x));
      long s = 0;
      for (int i = 0; i < x.length; i++) s = (s + eval(h.derivative(i), sys.variables(), x, p) * f.get(i)) % p;
      if (s != 0) return false;
    }
    return true;
  }

  /** Rank of gradients with respect to the state variables (the first {@code state}), at a manifold point. */
  private static boolean isFunctionOf(Poly h, List<Poly> laws, DynamicalSystem sys, Manifold manifold, int state) {
    long p = Modular.PRIMES.get(6);
    long[] x = point(sys, manifold, p, new Random(5));
    IncrementalRank rank = new IncrementalRank(state, p);
    for (Poly c : manifold.constraints()) rank.add(gradient(c, sys.variables(), x, p, state));
    for (Poly l : laws) assertTrue(rank.add(gradient(l, sys.variables(), x, p, state)), "found laws are not independent");
    return !rank.wouldIncrease(gradient(h, sys.variables(), x, p, state));
  }

  private static long[] gradient(Poly h, List<String> vars, long[] x, long p, int state) {
    long[] g = new long[state];
    for (int i = 0; i < state; i++) g[i] = eval(h.derivative(i), vars, x, p);
    return g;
  }

  /** h at x modulo p, by the symbolic layer's exact evaluator (not the law search's own arithmetic). */
  private static long eval(Poly h, List<String> vars, long[] x, long p) {
    Long[] xs = new Long[x.length];
    for (int i = 0; i < x.length; i++) xs[i] = x[i];
    return new ExactEvaluator<>(Field.modulo(p), vars).eval(h.toExpr(vars), xs);
  }

  /** The system with its symbolic parameters (those without a value) as variables with zero derivative. */
  private static SystemSpec symbolsAsVariables(SystemSpec s) {
    List<String> vars = new ArrayList<>(s.variables());
    Map<String, String> params = new LinkedHashMap<>();
    Map<String, String> eqs = new LinkedHashMap<>(s.equations());
    s.parameters().forEach((k, v) -> {
      if (v != null) {
        params.put(k, v);
        return;
      }
      vars.add(k);
      eqs.put(k, "0");
    });
    return new SystemSpec(s.source(), s.name(), s.description(), vars, params, s.definitions(), eqs, s.constraints(),
        s.basis(), s.sampling(), s.expectedIndependent(), s.expectedLaws());
  }

  private static List<Long> box(long[] x) {
    List<Long> out = new ArrayList<>();
    for (long v : x) out.add(v);
    return out;
  }

  @org.junit.jupiter.api.Test
  void systemsDirectory_holdsAtLeastTheSeedAndFiveClassicalSystems() throws IOException {
    Map<String, Boolean> names = new HashMap<>();
    systemsWithExpectations().forEach(p -> names.put(p.getFileName().toString(), true));
    for (String n : List.of("toy.json", "chem.json", "chem-h2o.json")) assertTrue(names.containsKey(n), n);
    assertTrue(names.size() >= 8, "systems with expectations: " + names.keySet());
    assertFalse(names.isEmpty());
  }
}
