package dev.discover.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.sparse.IncrementalRank;
import dev.discover.sparse.Modular;
import dev.discover.symbolic.ExprParser;
import dev.discover.symbolic.Field;
import dev.discover.symbolic.Poly;
import dev.discover.symbolic.RationalFunction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
    DynamicalSystem sys = DynamicalSystem.of(spec);
    Manifold manifold = Manifold.of(sys);
    List<Poly> found = new ArrayList<>();
    for (ConservationLaw l : r.laws()) found.add(polynomial(l.expression(), sys));
    for (Poly law : found) assertTrue(conservedModP(law, sys, manifold), "law not conserved: " + law);
    for (String e : spec.expectedLaws()) {
      Poly expected = polynomial(e, sys);
      assertTrue(conservedModP(expected, sys, manifold), "expected law is not conserved (bad test data): " + e);
      assertTrue(isFunctionOf(expected, found, sys, manifold), e + " is not a function of the laws found in " + file);
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
      for (int i = 0; i < x.length; i++) s = (s + eval(h.derivative(i), x, p) * f.get(i)) % p;
      if (s != 0) return false;
    }
    return true;
  }

  private static boolean isFunctionOf(Poly h, List<Poly> laws, DynamicalSystem sys, Manifold manifold) {
    long p = Modular.PRIMES.get(6);
    long[] x = point(sys, manifold, p, new Random(5));
    IncrementalRank rank = new IncrementalRank(x.length, p);
    for (Poly c : manifold.constraints()) rank.add(gradient(c, x, p));
    for (Poly l : laws) assertTrue(rank.add(gradient(l, x, p)), "found laws are not independent");
    return !rank.wouldIncrease(gradient(h, x, p));
  }

  private static long[] gradient(Poly h, long[] x, long p) {
    long[] g = new long[x.length];
    for (int i = 0; i < x.length; i++) g[i] = eval(h.derivative(i), x, p);
    return g;
  }

  private static long eval(Poly h, long[] x, long p) { return LawFinder.evalMod(h, x, p); }

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
