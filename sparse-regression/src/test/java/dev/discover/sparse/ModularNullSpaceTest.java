package dev.discover.sparse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ModularNullSpaceTest {
  private static final long MERSENNE = Modular.PRIMES.get(0);
  private static final long OTHER = Modular.PRIMES.get(5);

  /** An m x k matrix of rank at most r: a random m x r matrix times a random r x k one, some columns zeroed. */
  private static long[][] lowRank(int m, int k, int r, long p, Random rnd) {
    long[][] left = new long[m][r];
    long[][] right = new long[r][k];
    for (long[] row : left) for (int j = 0; j < r; j++) row[j] = Math.floorMod(rnd.nextLong(), p);
    for (long[] row : right) for (int j = 0; j < k; j++) row[j] = rnd.nextInt(5) == 0 ? 0 : Math.floorMod(rnd.nextLong(), p);
    long[][] a = new long[m][k];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < k; j++) {
        long s = 0;
        for (int t = 0; t < r; t++) s = (s + left[i][t] * right[t][j]) % p;
        a[i][j] = s;
      }
    }
    return a;
  }

  private static long[][] copy(long[][] a) {
    long[][] c = new long[a.length][];
    for (int i = 0; i < a.length; i++) c[i] = a[i].clone();
    return c;
  }

  private static void assertSameAsDense(long[][] a, int k, long p) {
    long[][] dense = ModularMatrix.rref(copy(a), k, p).nullSpace();
    long[][] fast = ModularNullSpace.of(a, k, p);
    assertEquals(dense.length, fast.length, "nullity");
    for (int i = 0; i < dense.length; i++) assertArrayEquals(dense[i], fast[i], "null vector " + i);
    for (long[] v : fast) {
      for (long[] row : a) {
        long s = 0;
        for (int j = 0; j < k; j++) s = (s + row[j] * v[j]) % p;
        assertEquals(0, s, "A v = 0");
      }
    }
  }

  @Test
  void nullSpace_ofRandomLowRankMatricesEqualsTheDenseReducedForm_modMersenne() {
    Random rnd = new Random(11);
    for (int trial = 0; trial < 12; trial++) {
      int k = 5 + rnd.nextInt(90);
      int m = k + rnd.nextInt(40) - 10;
      int r = 1 + rnd.nextInt(k);
      assertSameAsDense(lowRank(Math.max(1, m), k, r, MERSENNE, rnd), k, MERSENNE);
    }
  }

  @Test
  void nullSpace_ofRandomLowRankMatricesEqualsTheDenseReducedForm_modAnotherPrime() {
    Random rnd = new Random(12);
    for (int trial = 0; trial < 8; trial++) {
      int k = 5 + rnd.nextInt(70);
      int r = 1 + rnd.nextInt(k);
      assertSameAsDense(lowRank(k + 3, k, r, OTHER, rnd), k, OTHER);
    }
  }

  @Test
  void nullSpace_spansBatchBoundariesAndEntriesNearThePrime() {
    Random rnd = new Random(13);
    int k = 150;
    long[][] a = lowRank(170, k, 120, MERSENNE, rnd);
    for (long[] row : a) for (int j = 0; j < k; j += 7) if (row[j] != 0) row[j] = MERSENNE - 1;
    assertSameAsDense(a, k, MERSENNE);
  }

  @Test
  void nullSpace_ofZeroAndOfFullRankMatrices() {
    assertEquals(4, ModularNullSpace.of(new long[3][4], 4, MERSENNE).length);
    Random rnd = new Random(14);
    assertEquals(0, ModularNullSpace.of(lowRank(40, 30, 30, MERSENNE, rnd), 30, MERSENNE).length);
    long[][] wide = lowRank(10, 25, 10, MERSENNE, rnd);
    assertSameAsDense(wide, 25, MERSENNE);
  }
}
