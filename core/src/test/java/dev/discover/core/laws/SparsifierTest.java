package dev.discover.core.laws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.discover.core.Basis;
import dev.discover.core.BasisSpec;
import dev.discover.io.Progress;
import dev.discover.sparse.Modular;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sparsest-candidates and independence stages on null spaces with known sparse bases. */
class SparsifierTest {
  private static final long P = Modular.PRIMES.get(0);
  private static final List<String> VARS = List.of("x", "y");
  private static final Basis BASIS = Basis.build(BasisSpec.polynomial(2, VARS), VARS, "test");

  /** A coefficient vector modulo P over the basis, from term names to integers. */
  private static long[] vector(Map<String, Integer> c) {
    long[] v = new long[BASIS.size()];
    for (int j = 0; j < BASIS.size(); j++) v[j] = Math.floorMod(c.getOrDefault(BASIS.term(j).name(), 0), P);
    return v;
  }

  private static long[] add(long[] a, long[] b, long f) {
    long[] out = new long[a.length];
    for (int j = 0; j < a.length; j++) out[j] = Math.floorMod(a[j] + f * b[j], P);
    return out;
  }

  private static Sparsifier sparsifier() { return new Sparsifier(BASIS, new Complexity(BASIS), P, new Random(1), 4); }

  private static int[] allColumns() {
    int[] all = new int[BASIS.size()];
    for (int j = 0; j < all.length; j++) all[j] = j;
    return all;
  }

  @Test
  void candidates_recoverTheSparseBasisFromDenseCombinations() {
    long[] u = vector(Map.of("x", 1, "y", 1));
    long[] w = vector(Map.of("x^2", 1, "x*y", 2, "y^2", 1));
    // the null space as given: u + w and u - w, each with five terms
    long[][] dense = {add(u, w, 1), add(u, w, -1)};
    List<Sparsifier.Candidate> c = sparsifier().candidates(List.of(allColumns()), new long[][][] {dense}, Progress.SILENT);
    assertEquals(2, c.size());
    assertArrayEquals(u, c.get(0).v());
    assertArrayEquals(w, c.get(1).v());
    assertEquals(1, c.get(0).degree());
    assertEquals(3, c.get(1).support());
  }

  @Test
  void independence_dropsAFunctionOfTheLawsAlreadyChosen() {
    long[] u = vector(Map.of("x", 1, "y", 1));
    long[] square = vector(Map.of("x^2", 1, "x*y", 2, "y^2", 1));
    long[] t = vector(Map.of("x^2", 1));
    Sparsifier s = sparsifier();
    List<Sparsifier.Candidate> pool = List.of(s.candidate(u, 0), s.candidate(square, 0), s.candidate(t, 0));
    // gradients of x, y, x^2, xy, y^2 at (x, y) = (3, 5)
    long[][] grads = new long[BASIS.size()][];
    for (int j = 0; j < BASIS.size(); j++) {
      grads[j] = switch (BASIS.term(j).name()) {
        case "x" -> new long[] {1, 0};
        case "y" -> new long[] {0, 1};
        case "x^2" -> new long[] {6, 0};
        case "x*y" -> new long[] {5, 3};
        case "y^2" -> new long[] {0, 10};
        default -> throw new AssertionError(BASIS.term(j).name());
      };
    }
    List<long[]> chosen = new Independence(s, grads, List.of(), 2, P).select(pool);
    assertEquals(2, chosen.size());
    assertArrayEquals(u, chosen.get(0));
    assertArrayEquals(t, chosen.get(1));
  }

  @Test
  void independence_countsConstraintGradientsFirst() {
    long[] u = vector(Map.of("x", 1, "y", 1));
    Sparsifier s = sparsifier();
    long[][] grads = new long[BASIS.size()][];
    for (int j = 0; j < BASIS.size(); j++) grads[j] = BASIS.term(j).name().equals("x") ? new long[] {1, 0}
        : BASIS.term(j).name().equals("y") ? new long[] {0, 1} : new long[] {0, 0};
    // on the manifold x + y = const, the law x + y is not a discovery
    List<long[]> chosen = new Independence(s, grads, List.of(new long[] {1, 1}), 2, P).select(List.of(s.candidate(u, 0)));
    assertEquals(0, chosen.size());
  }
}
