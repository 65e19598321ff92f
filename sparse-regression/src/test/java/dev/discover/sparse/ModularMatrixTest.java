package dev.discover.sparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class ModularMatrixTest {
  private static final long P = Modular.PRIMES.get(0);

  @Test
  void nullSpace_ofRankTwoMatrixHasDimensionTwoAndIsAnnihilated() {
    long[][] a = {{1, 2, 3, 4}, {2, 4, 6, 8}, {0, 1, 1, 1}};
    long[][] copy = {a[0].clone(), a[1].clone(), a[2].clone()};
    ModularMatrix.Echelon e = ModularMatrix.rref(copy, 4, P);
    assertEquals(2, e.rank());
    long[][] ns = e.nullSpace();
    assertEquals(2, ns.length);
    for (long[] v : ns) {
      for (long[] row : a) {
        long s = 0;
        for (int j = 0; j < 4; j++) s = (s + row[j] * v[j]) % P;
        assertEquals(0, s);
      }
    }
  }

  @Test
  void rank_ofRandomFullRankMatrixIsFull() {
    Random r = new Random(7);
    long[][] a = new long[60][50];
    for (long[] row : a) for (int j = 0; j < 50; j++) row[j] = Math.floorMod(r.nextLong(), P);
    assertEquals(50, ModularMatrix.rank(a, 50, P));
  }

  @Test
  void reconstruct_recoversSmallRationalsAndRefusesLargeOnes() {
    BigInteger m = BigInteger.valueOf(P);
    long res = Modular.residue(BigInteger.valueOf(-7), BigInteger.valueOf(12), P);
    assertEquals(java.util.Optional.of(new BigFraction(-7, 12)), RationalLift.reconstruct(BigInteger.valueOf(res), m));
    long big = Modular.residue(BigInteger.valueOf(123_456_789), BigInteger.valueOf(987_654_321), P);
    assertTrue(RationalLift.reconstruct(BigInteger.valueOf(big), m).isEmpty());
  }

  @Test
  void fractionNullSpace_isExact() {
    BigFraction[][] a = {{new BigFraction(1, 3), new BigFraction(2), new BigFraction(-1)},
        {new BigFraction(2, 3), new BigFraction(4), new BigFraction(-2)}};
    List<BigFraction[]> ns = FractionMatrix.nullSpace(a, 3);
    assertEquals(2, ns.size());
    for (BigFraction[] v : ns) {
      BigFraction s = a[0][0].multiply(v[0]).add(a[0][1].multiply(v[1])).add(a[0][2].multiply(v[2]));
      assertEquals(BigFraction.ZERO, s);
    }
  }

  @Test
  void incrementalRank_detectsDependentVectors() {
    IncrementalRank r = new IncrementalRank(3, P);
    assertEquals(true, r.add(new long[] {1, 2, 3}));
    assertEquals(false, r.add(new long[] {2, 4, 6}));
    assertEquals(true, r.add(new long[] {0, 1, 0}));
    assertEquals(2, r.rank());
  }

  @Test
  void numericNullSpace_findsTheKernelOfARankDeficientMatrix() {
    double[][] a = {{1, 2, 3}, {2, 4, 6}, {1, 0, 1}, {0, 1, 1}};
    NumericNullSpace ns = NumericNullSpace.of(a, 3, 1e-10);
    assertEquals(1, ns.dimension());
    double[] v = ns.vector(0);
    for (double[] row : a) assertEquals(0, row[0] * v[0] + row[1] * v[1] + row[2] * v[2], 1e-12);
  }
}
