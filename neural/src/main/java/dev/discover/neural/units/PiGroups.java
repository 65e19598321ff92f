package dev.discover.neural.units;

import dev.discover.sparse.FractionMatrix;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;

/**
 * The Buckingham Pi theorem in exact rational arithmetic: a target {@code y} whose unit is a product of
 * powers of the inputs' units is {@code y = P(x) * f(pi_1, ..., pi_m)}, with {@code P} a monomial of the
 * inputs carrying the target's unit and the {@code pi_i} a basis of the dimensionless monomials, {@code m}
 * the number of inputs less the rank of the dimension matrix.
 *
 * <p>The null space has many bases. Each choice of {@code r = rank} independent inputs as the "repeating"
 * variables gives one: every other input {@code x_j} makes one group {@code x_j * prod_s x_s^(-a_s)}, scaled
 * to coprime integer exponents, so that each non-repeating input appears in exactly one group. Every choice is
 * tried (at most C(10, 5) = 252 exact eliminations of a 5-row matrix); the simplest basis wins: the smallest
 * total of absolute exponents over the groups and the prefactor, with a fractional prefactor exponent
 * counting one more, ties broken by the order of the inputs. The result depends only on the units and the
 * order of the inputs, never on the data.
 */
public final class PiGroups {
  private PiGroups() {}

  /** The result of the analysis. */
  public sealed interface Analysis permits Reduced, Impossible {}

  /**
   * The target as {@code prefactor * f(groups)}.
   *
   * @param prefactor the monomial with the target's unit
   * @param groups dimensionless monomials, a basis of all of them; empty when the target is a constant times
   *     the prefactor
   * @param repeating indices of the inputs that appear only in the prefactor and inside other groups
   * @param cost the simplicity score the basis was chosen by (lower is simpler)
   */
  public record Reduced(Monomial prefactor, List<Monomial> groups, int[] repeating, BigFraction cost) implements Analysis {
    /** Copies. */
    public Reduced {
      groups = List.copyOf(groups);
      repeating = repeating.clone();
    }

    /** A copy of the repeating inputs' indices. */
    @Override public int[] repeating() { return repeating.clone(); }
  }

  /**
   * No monomial of the inputs has the target's unit: the units given are inconsistent with any formula of
   * these inputs (a dimensional constant is missing, or a unit is wrong).
   *
   * @param message one line for the user: the target's unit and the base units the inputs cannot supply
   */
  public record Impossible(String message) implements Analysis {}

  /**
   * The simplest reduction, or {@link Impossible}. Throws {@link IllegalArgumentException} naming the first
   * variable that has no unit in the table.
   */
  public static Analysis analyse(Units units, List<String> inputs, String target) {
    List<Reduced> all = new ArrayList<>();
    Optional<Impossible> no = enumerate(units, inputs, target, all);
    if (no.isPresent()) return no.get();
    return all.get(0);
  }

  /**
   * Every reduction (one per choice of repeating inputs), simplest first; empty when no monomial has the
   * target's unit. A caller whose data make the simplest one undefined (a fractional power of a negative
   * input, a zero in a denominator) takes the next.
   */
  public static List<Reduced> all(Units units, List<String> inputs, String target) {
    List<Reduced> out = new ArrayList<>();
    enumerate(units, inputs, target, out);
    return out;
  }

  private static Optional<Impossible> enumerate(Units units, List<String> inputs, String target, List<Reduced> out) {
    int nb = units.bases().size(), k = inputs.size();
    List<Dimension> dims = new ArrayList<>();
    for (String v : inputs) dims.add(need(units, v));
    Dimension t = need(units, target);
    BigFraction[][] d = new BigFraction[nb][k];
    for (int b = 0; b < nb; b++) for (int j = 0; j < k; j++) d[b][j] = dims.get(j).exponent(b);
    int rank = k - FractionMatrix.nullSpace(d, k).size();
    List<int[]> subsets = new ArrayList<>();
    subsets(k, rank, 0, new int[rank], 0, subsets);
    for (int[] s : subsets) {
      if (FractionMatrix.nullSpace(columns(dims, s, Optional.empty(), nb), s.length).size() > 0) continue;
      Optional<BigFraction[]> p = solve(dims, s, t, nb);
      if (p.isEmpty()) {
        return Optional.of(new Impossible("the unit of '" + target + "' (" + t.format(units.bases())
            + ") is no product of powers of the inputs' units; a dimensional constant is missing or a unit is wrong"));
      }
      BigFraction[] pre = new BigFraction[k];
      java.util.Arrays.fill(pre, BigFraction.ZERO);
      for (int i = 0; i < s.length; i++) pre[s[i]] = p.get()[i];
      Monomial prefactor = new Monomial(inputs, pre);
      boolean[] rep = new boolean[k];
      for (int j : s) rep[j] = true;
      List<Monomial> groups = new ArrayList<>();
      BigFraction cost = prefactor.l1().add(prefactor.fractional());
      for (int j = 0; j < k; j++) {
        if (rep[j]) continue;
        BigFraction[] a = solve(dims, s, dims.get(j), nb).orElseThrow();
        BigFraction[] g = new BigFraction[k];
        java.util.Arrays.fill(g, BigFraction.ZERO);
        g[j] = BigFraction.ONE;
        for (int i = 0; i < s.length; i++) g[s[i]] = a[i].negate();
        Monomial m = new Monomial(inputs, integral(g));
        groups.add(m);
        cost = cost.add(m.l1());
      }
      out.add(new Reduced(prefactor, groups, s, cost));
    }
    out.sort(Comparator.comparing(Reduced::cost)); // stable: ties keep the order of the inputs
    return Optional.empty();
  }

  private static Dimension need(Units units, String name) {
    return units.of(name).orElseThrow(() -> new IllegalArgumentException("no unit for '" + name + "'"));
  }

  /** The columns {@code s} of the dimension matrix, then {@code extra} when present. */
  private static BigFraction[][] columns(List<Dimension> dims, int[] s, Optional<Dimension> extra, int nb) {
    int c = s.length + (extra.isPresent() ? 1 : 0);
    BigFraction[][] m = new BigFraction[nb][c];
    for (int b = 0; b < nb; b++) {
      for (int i = 0; i < s.length; i++) m[b][i] = dims.get(s[i]).exponent(b);
      if (extra.isPresent()) m[b][s.length] = extra.get().exponent(b);
    }
    return m;
  }

  /** The exponents {@code a} with {@code sum_i a_i dims[s_i] = b}, when there are (the columns are independent). */
  private static Optional<BigFraction[]> solve(List<Dimension> dims, int[] s, Dimension b, int nb) {
    List<BigFraction[]> ns = FractionMatrix.nullSpace(columns(dims, s, Optional.of(b), nb), s.length + 1);
    if (ns.size() != 1 || ns.get(0)[s.length].signum() == 0) return Optional.empty();
    BigFraction[] v = ns.get(0);
    BigFraction scale = v[s.length].negate().reciprocal();
    BigFraction[] a = new BigFraction[s.length];
    for (int i = 0; i < a.length; i++) a[i] = v[i].multiply(scale);
    return Optional.of(a);
  }

  /** The same direction with coprime integer entries (its positive multiple). */
  static BigFraction[] integral(BigFraction[] g) {
    BigInteger lcm = BigInteger.ONE, gcd = BigInteger.ZERO;
    for (BigFraction f : g) lcm = lcm.divide(lcm.gcd(f.getDenominator())).multiply(f.getDenominator());
    BigInteger[] n = new BigInteger[g.length];
    for (int i = 0; i < g.length; i++) {
      n[i] = g[i].getNumerator().multiply(lcm.divide(g[i].getDenominator()));
      gcd = gcd.gcd(n[i]);
    }
    BigFraction[] out = new BigFraction[g.length];
    for (int i = 0; i < g.length; i++) out[i] = new BigFraction(gcd.signum() == 0 ? n[i] : n[i].divide(gcd));
    return out;
  }

  private static void subsets(int n, int r, int from, int[] cur, int depth, List<int[]> out) {
    if (depth == r) { out.add(cur.clone()); return; }
    for (int i = from; i <= n - (r - depth); i++) {
      cur[depth] = i;
      subsets(n, r, i + 1, cur, depth + 1, out);
    }
  }
}
