package dev.discover.core.pde;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.hipparchus.fraction.BigFraction;

/**
 * An exact differential polynomial: a sparse sum of rational multiples of monomials in jet variables (ids of a
 * {@link Jets}). Immutable. Written here rather than on JAS's {@code GenPolynomial} because the operations of
 * the PDE route are term-by-term rewrites of exponent lists into new jet variables (total derivatives shift
 * u_x to u_xx, a ring whose variables grow on demand), which JAS's fixed-arity, sorted-map rings make slow.
 */
final class DiffPoly {
  static final DiffPoly ZERO = new DiffPoly(Map.of());

  private final Map<Mono, BigFraction> terms;

  private DiffPoly(Map<Mono, BigFraction> terms) { this.terms = terms; }

  /** A product of jet variables with multiplicity, ids sorted increasingly. */
  static final class Mono {
    static final Mono ONE = new Mono(new int[0]);
    private final int[] ids;
    private final int hash;

    private Mono(int[] sortedIds) {
      this.ids = sortedIds;
      this.hash = Arrays.hashCode(sortedIds);
    }

    static Mono of(int... ids) {
      int[] s = ids.clone();
      Arrays.sort(s);
      return new Mono(s);
    }

    int size() { return ids.length; }
    int id(int k) { return ids[k]; }
    int[] ids() { return ids.clone(); }

    /** The exponent of a jet id. */
    int count(int id) {
      int c = 0;
      for (int x : ids) if (x == id) c++;
      return c;
    }

    Mono times(Mono o) {
      int[] r = new int[ids.length + o.ids.length];
      int i = 0, j = 0, k = 0;
      while (i < ids.length && j < o.ids.length) r[k++] = ids[i] <= o.ids[j] ? ids[i++] : o.ids[j++];
      while (i < ids.length) r[k++] = ids[i++];
      while (j < o.ids.length) r[k++] = o.ids[j++];
      return new Mono(r);
    }

    /** This monomial with one factor {@code from} (at position k) replaced by {@code to}. */
    Mono replace(int k, int to) {
      int[] r = ids.clone();
      r[k] = to;
      Arrays.sort(r);
      return new Mono(r);
    }

    /** This monomial with the factor at position k removed. */
    Mono remove(int k) {
      int[] r = new int[ids.length - 1];
      System.arraycopy(ids, 0, r, 0, k);
      System.arraycopy(ids, k + 1, r, k, ids.length - k - 1);
      return new Mono(r);
    }

    @Override public boolean equals(Object o) { return o instanceof Mono m && m.hash == hash && Arrays.equals(m.ids, ids); }
    @Override public int hashCode() { return hash; }
    @Override public String toString() { return Arrays.toString(ids); }
  }

  /** Accumulates terms; not thread-safe. */
  static final class Builder {
    private final HashMap<Mono, BigFraction> acc = new HashMap<>();

    Builder add(Mono m, BigFraction c) {
      if (c.getNumerator().signum() == 0) return this;
      BigFraction s = acc.merge(m, c, BigFraction::add);
      if (s.getNumerator().signum() == 0) acc.remove(m);
      return this;
    }

    Builder add(DiffPoly p, BigFraction c) {
      for (Map.Entry<Mono, BigFraction> t : p.terms.entrySet()) add(t.getKey(), t.getValue().multiply(c));
      return this;
    }

    DiffPoly build() { return acc.isEmpty() ? ZERO : new DiffPoly(Collections.unmodifiableMap(new HashMap<>(acc))); }
  }

  static DiffPoly constant(BigFraction c) { return new Builder().add(Mono.ONE, c).build(); }
  static DiffPoly of(Mono m, BigFraction c) { return new Builder().add(m, c).build(); }
  static DiffPoly var(int id) { return of(Mono.of(id), BigFraction.ONE); }

  Map<Mono, BigFraction> terms() { return terms; }
  boolean isZero() { return terms.isEmpty(); }
  int size() { return terms.size(); }

  BigFraction coefficient(Mono m) { return terms.getOrDefault(m, BigFraction.ZERO); }

  DiffPoly add(DiffPoly o) { return new Builder().add(this, BigFraction.ONE).add(o, BigFraction.ONE).build(); }
  DiffPoly sub(DiffPoly o) { return new Builder().add(this, BigFraction.ONE).add(o, BigFraction.MINUS_ONE).build(); }
  DiffPoly scale(BigFraction c) { return new Builder().add(this, c).build(); }

  DiffPoly mul(DiffPoly o) {
    Builder b = new Builder();
    for (Map.Entry<Mono, BigFraction> s : terms.entrySet()) {
      for (Map.Entry<Mono, BigFraction> t : o.terms.entrySet()) b.add(s.getKey().times(t.getKey()), s.getValue().multiply(t.getValue()));
    }
    return b.build();
  }

  DiffPoly pow(int k) {
    DiffPoly r = constant(BigFraction.ONE);
    for (int i = 0; i < k; i++) r = r.mul(this);
    return r;
  }

  /** The partial derivative with respect to one jet variable. */
  DiffPoly partial(int id) {
    Builder b = new Builder();
    for (Map.Entry<Mono, BigFraction> t : terms.entrySet()) {
      Mono m = t.getKey();
      int c = m.count(id);
      if (c == 0) continue;
      for (int k = 0; k < m.size(); k++) {
        if (m.id(k) == id) { b.add(m.remove(k), t.getValue().multiply(c)); break; }
      }
    }
    return b.build();
  }

  @Override public boolean equals(Object o) { return o instanceof DiffPoly p && p.terms.equals(terms); }
  @Override public int hashCode() { return terms.hashCode(); }
}
