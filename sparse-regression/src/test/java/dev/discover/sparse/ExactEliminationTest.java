package dev.discover.sparse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class ExactEliminationTest {
  private static final long P = Modular.PRIMES.get(0);

  private static long[] residues(BigFraction[] v, long p) {
    long[] out = new long[v.length];
    for (int j = 0; j < v.length; j++) out[j] = Modular.residue(v[j].getNumerator(), v[j].getDenominator(), p);
    return out;
  }

  @Test
  void rationalLift_recoversAVectorWhoseHeightNeedsSeveralPrimes() {
    BigFraction[] v = {new BigFraction(new BigInteger("123456789012"), BigInteger.valueOf(7)), new BigFraction(-5, 3),
        BigFraction.ZERO, new BigFraction(new BigInteger("-98765432109"), new BigInteger("4000000001"))};
    RationalLift lift = new RationalLift(v.length);
    Optional<BigFraction[]> got = Optional.empty();
    int primes = 0;
    while (got.isEmpty() && primes < 10) got = lift.add(residues(v, Modular.PRIMES.get(primes)), Modular.PRIMES.get(primes++));
    assertTrue(got.isPresent(), "no lift after 10 primes");
    assertArrayEquals(v, got.get());
    assertTrue(primes >= 3, "one 31-bit prime cannot hold these heights, yet it settled after " + primes);
  }

  @Test
  void rationalLift_waitsForTwoAgreeingPrimes() {
    RationalLift lift = new RationalLift(1);
    assertTrue(lift.add(new long[] {3}, Modular.PRIMES.get(0)).isEmpty());
    assertEquals(Optional.of(3L), lift.add(new long[] {3}, Modular.PRIMES.get(1)).map(a -> a[0].longValue()));
  }

  @Test
  void integerScaling_clearsDenominatorsDividesTheGcdAndPrefersPositiveSigns() {
    BigFraction[] c = {new BigFraction(-1, 2), new BigFraction(-3, 4), BigFraction.ZERO, new BigFraction(1, 4)};
    assertArrayEquals(new BigFraction[] {new BigFraction(2), new BigFraction(3), BigFraction.ZERO, new BigFraction(-1)},
        IntegerScaling.primitive(c));
    assertArrayEquals(new BigInteger[] {BigInteger.valueOf(-2), BigInteger.valueOf(-3), BigInteger.ZERO, BigInteger.ONE},
        IntegerScaling.integers(c));
    assertEquals(BigInteger.valueOf(4), IntegerScaling.commonDenominator(c));
  }

  @Test
  void integerScaling_tieOfSignsMakesTheFirstPositive() {
    BigFraction[] c = {new BigFraction(-6), new BigFraction(4)};
    assertArrayEquals(new BigFraction[] {new BigFraction(3), new BigFraction(-2)}, IntegerScaling.primitive(c));
  }

  @Test
  void modularEchelonRows_pivotInTheGivenColumnOrder() {
    long[][] vs = {{1, 1, 0}, {0, 1, 1}};
    long[][] rows = ModularMatrix.echelonRows(vs, new int[] {2, 1, 0}, P);
    assertEquals(2, rows.length);
    // pivots at columns 2 then 1: rows (1, 0, 1)-ish combinations with 1 at their pivot and 0 at the other pivot
    assertEquals(1, rows[0][2]);
    assertEquals(0, rows[0][1]);
    assertEquals(1, rows[1][1]);
    assertEquals(0, rows[1][2]);
    assertArrayEquals(new long[] {P - 1, 0, 1}, rows[0]);
  }

  @Test
  void nullSpaceOfColumns_isZeroOutsideTheColumns() {
    long[][] a = {{1, 5, 1, 7}, {2, 9, 2, 3}};
    long[][] ns = ModularMatrix.nullSpaceOfColumns(a, new int[] {0, 2}, 4, P);
    assertEquals(1, ns.length);
    assertArrayEquals(new long[] {P - 1, 0, 1, 0}, ns[0]);
  }

  @Test
  void numericEchelon_inColumnOrderGivesUnitPivotsAndZerosAbove() {
    double[][] vs = {{1, 2, 3}, {2, 1, 0}};
    List<double[]> rows = NumericEchelon.inColumnOrder(vs, new int[] {2, 1, 0}, 1e-8);
    assertEquals(2, rows.size());
    assertEquals(1, rows.get(0)[2], 0);
    assertEquals(0, rows.get(1)[2], 0);
    assertEquals(1, rows.get(1)[1], 1e-15);
    assertEquals(0, rows.get(0)[1], 1e-15);
    // the span is kept: (1, 2, 3) = a row combination
    double[] r0 = rows.get(0), r1 = rows.get(1);
    for (int j = 0; j < 3; j++) assertEquals(vs[0][j], 3 * r0[j] + 2 * r1[j], 1e-12);
  }

  @Test
  void numericEchelon_fullPivotStopsAtTheRank() {
    double[][] v = {{1, 2}, {2, 4}, {0, 1}};
    NumericEchelon.fullPivot(v);
    assertEquals(1, Math.abs(v[0][1]), 0);
    assertEquals(0, v[1][1], 0);
    assertEquals(1, v[1][0], 1e-15);
    assertArrayEquals(new double[] {0, 0}, v[2], 1e-12);
  }

  @Test
  void vectors_dotNormSupport() {
    assertEquals(11, Vectors.dot(new double[] {1, 2}, new double[] {3, 4}), 0);
    assertEquals(5, Vectors.norm(new double[] {3, 4}), 0);
    assertEquals(2, Vectors.support(new long[] {0, 3, 0, 1}));
  }
}
