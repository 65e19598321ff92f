package dev.discover.core.laws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.core.Basis;
import dev.discover.core.DynamicalSystem;
import dev.discover.core.LawOptions;
import dev.discover.core.Manifold;
import dev.discover.core.SystemFile;
import dev.discover.core.SystemSpec;
import dev.discover.io.InputException;
import dev.discover.sparse.Modular;
import dev.discover.sparse.ModularMatrix;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BlockNullSpaceTest {
  private static final long P = Modular.PRIMES.get(0);

  private record Setup(DynamicalSystem sys, Basis basis, Manifold manifold, LieRows lie, List<int[]> blocks) {}

  static Path systemsDir() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("systems"))) p = p.getParent();
    if (p == null) throw new IllegalStateException("no systems/ directory above the working directory");
    return p.resolve("systems");
  }

  private static Setup load(String file) {
    SystemSpec spec = SystemFile.load(systemsDir().resolve(file));
    DynamicalSystem sys = DynamicalSystem.of(spec);
    Basis basis = Basis.build(spec.basis(), spec.variables(), spec.source());
    Manifold manifold = Manifold.of(sys);
    return new Setup(sys, basis, manifold, new LieRows(sys, basis, manifold), Grading.blocks(sys, manifold, basis));
  }

  /** Reduced row echelon rows of the span of {@code vs} over the columns {@code cols}: equal spans give equal rows. */
  private static long[][] canonical(long[][] vs, int[] cols) {
    long[][] sub = new long[vs.length][cols.length];
    for (int i = 0; i < vs.length; i++) for (int c = 0; c < cols.length; c++) sub[i][c] = vs[i][cols[c]];
    return ModularMatrix.rref(sub, cols.length, P).rows();
  }

  @Test
  void parities_ofLorenzAreTheFlipOfXAndYTogether() {
    Setup s = load("lorenz.json");
    List<BitSet> parities = ParityGrading.parities(s.sys(), s.manifold(), s.basis());
    BitSet xy = new BitSet();
    xy.set(0);
    xy.set(1);
    assertEquals(List.of(xy), parities);
  }

  @Test
  void parities_ofTheFluidTetrahedronSplitEveryWeightBlock() {
    Setup s = load("fluid3d.json");
    List<BitSet> parities = ParityGrading.parities(s.sys(), s.manifold(), s.basis());
    // One reflection per coordinate axis, and the velocity degree mod 2 (implied by the integer grading).
    assertEquals(4, parities.size());
    int largest = s.blocks().stream().mapToInt(b -> b.length).max().orElseThrow();
    int largestPart = s.blocks().stream().flatMap(b -> ParityGrading.split(b, s.basis(), parities).stream())
        .mapToInt(b -> b.length).max().orElseThrow();
    assertTrue(largestPart * 3 < largest, largestPart + " vs " + largest);
  }

  @Test
  void nullSpace_splitByParity_equalsTheDenseNullSpaceOfEveryWeightBlock() {
    Setup s = load("fluid.json");
    LawOptions opt = LawOptions.defaults();
    int m = s.blocks().stream().mapToInt(b -> b.length).max().orElseThrow() + opt.extraRows();
    List<BitSet> parities = ParityGrading.parities(s.sys(), s.manifold(), s.basis());
    assertTrue(!parities.isEmpty(), "the fluid triangle has reflection symmetries");
    ModularSamples samples = ModularSamples.sample(s.lie(), m, P, opt.seed(), opt.progress());
    BlockNullSpace r = BlockNullSpace.of(s.lie(), samples, s.basis(), s.blocks(), parities, opt.withMemoryBound(1L << 30));
    assertTrue(r.parts() > s.blocks().size());
    int total = 0;
    for (int b = 0; b < s.blocks().size(); b++) {
      int[] cols = s.blocks().get(b);
      long[][] dense = new long[m][];
      for (int row = 0; row < m; row++) {
        LieRows.ModPoint pt = s.lie().modPoint(P, new Random(opt.seed() * 1_000_003L + row));
        dense[row] = s.lie().lieRow(pt, P, cols);
      }
      long[][] ns = ModularMatrix.rref(dense, cols.length, P).nullSpace();
      long[][] mine = new long[r.perBlock()[b].length][];
      for (int i = 0; i < mine.length; i++) mine[i] = r.perBlock()[b][i];
      assertEquals(ns.length, mine.length, "nullity of block " + b);
      long[][] want = ModularMatrix.rref(ns, cols.length, P).rows();
      long[][] got = canonical(mine, cols);
      for (int i = 0; i < want.length; i++) assertArrayEquals(want[i], got[i], "block " + b + " row " + i);
      total += ns.length;
    }
    assertEquals(150, total, "the null-space dimension the fluid benchmark reports");
  }

  @Test
  void nullSpace_refusesABlockLargerThanTheMemoryBound() {
    Setup s = load("fluid.json");
    LawOptions opt = LawOptions.defaults();
    ModularSamples samples = ModularSamples.sample(s.lie(), 30, P, opt.seed(), opt.progress());
    InputException e = assertThrows(InputException.class,
        () -> BlockNullSpace.of(s.lie(), samples, s.basis(), s.blocks(), List.of(), opt.withMemoryBound(1 << 10)));
    assertTrue(e.getMessage().contains("--max-memory"), e.getMessage());
  }
}
