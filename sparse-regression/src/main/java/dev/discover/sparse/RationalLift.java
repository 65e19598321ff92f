package dev.discover.sparse;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;

/**
 * Exact rational vectors from their images modulo several primes: residues are combined by the Chinese
 * remainder theorem and lifted by rational reconstruction (Wang); a lift is accepted once two successive primes
 * give the same rational vector. Written here because neither Hipparchus nor EJML lift modular results; JAS
 * does, but only for its own boxed polynomial types.
 */
public final class RationalLift {
  private final int length;
  private BigInteger modulus = BigInteger.ONE;
  private BigInteger[] acc;
  private Optional<BigFraction[]> previous = Optional.empty();

  /** An empty lift of vectors of the given length. */
  public RationalLift(int length) { this.length = length; }

  /**
   * Adds the image of the vector modulo the prime q (entries in [0, q)); returns the lifted vector when it agrees
   * with the lift after the previous prime, and empty while the lift is not settled.
   */
  public Optional<BigFraction[]> add(long[] residues, long q) {
    if (residues.length != length) throw new IllegalArgumentException("residues have length " + residues.length + ", expected " + length);
    BigInteger bq = BigInteger.valueOf(q);
    if (acc == null) {
      acc = new BigInteger[length];
      for (int s = 0; s < length; s++) acc[s] = BigInteger.valueOf(residues[s]);
    } else {
      BigInteger inverse = modulus.modInverse(bq);
      for (int s = 0; s < length; s++) {
        // x = acc mod M, x = r mod q  ->  x = acc + M * ((r - acc) * M^-1 mod q)
        BigInteger h = BigInteger.valueOf(residues[s]).subtract(acc[s]).multiply(inverse).mod(bq);
        acc[s] = acc[s].add(modulus.multiply(h));
      }
    }
    modulus = modulus.multiply(bq);
    Optional<BigFraction[]> lifted = lift();
    boolean settled = lifted.isPresent() && previous.isPresent() && Arrays.equals(lifted.get(), previous.get());
    previous = lifted;
    return settled ? lifted : Optional.empty();
  }

  private Optional<BigFraction[]> lift() {
    BigFraction[] out = new BigFraction[length];
    for (int s = 0; s < length; s++) {
      Optional<BigFraction> q = reconstruct(acc[s], modulus);
      if (q.isEmpty()) return Optional.empty();
      out[s] = q.get();
    }
    return Optional.of(out);
  }

  /**
   * Rational reconstruction (Wang): the unique n/d with |n|, d <= sqrt(m/2) and n = a d mod m, or empty when
   * none exists.
   */
  public static Optional<BigFraction> reconstruct(BigInteger a, BigInteger m) {
    BigInteger bound = m.shiftRight(1).sqrt();
    BigInteger r0 = m, r1 = a.mod(m), t0 = BigInteger.ZERO, t1 = BigInteger.ONE;
    while (r1.compareTo(bound) > 0) {
      BigInteger[] qr = r0.divideAndRemainder(r1);
      BigInteger t2 = t0.subtract(qr[0].multiply(t1));
      r0 = r1; r1 = qr[1]; t0 = t1; t1 = t2;
    }
    if (t1.signum() == 0 || t1.abs().compareTo(bound) > 0) return Optional.empty();
    if (!r1.gcd(t1).equals(BigInteger.ONE)) return Optional.empty();
    if (t1.signum() < 0) { t1 = t1.negate(); r1 = r1.negate(); }
    return Optional.of(new BigFraction(r1, t1));
  }

  /** Each residue modulo p lifted on its own (0 where no small rational fits); a last resort after {@link #add}. */
  public static BigFraction[] single(long[] residues, long p) {
    BigFraction[] out = new BigFraction[residues.length];
    BigInteger bp = BigInteger.valueOf(p);
    for (int j = 0; j < residues.length; j++) {
      out[j] = residues[j] == 0 ? BigFraction.ZERO : reconstruct(BigInteger.valueOf(residues[j]), bp).orElse(BigFraction.ZERO);
    }
    return out;
  }
}
