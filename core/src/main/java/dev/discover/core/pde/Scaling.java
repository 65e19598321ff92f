package dev.discover.core.pde;

import dev.discover.sparse.FractionMatrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;

/**
 * Scaling weights that make every equation u_t = K homogeneous (Hereman's method): w(u) + w(t) equals the
 * weight of every term of K, where a derivative in x_j adds w(x_j) and a parameter adds its own weight. The
 * weights solve a linear system exactly, normalised by w(x_1) = 1 (then every w(x_j) = 1 if that is not
 * enough). Parameters get weight 0 unless no scaling exists otherwise; then the smallest set of parameters
 * that admits one carries weights, as in Hereman's treatment of the Boussinesq system.
 *
 * @param field the weight of each field
 * @param space the weight of each space derivative
 * @param time the weight of d/dt
 * @param param the weight of each parameter (0 for those that carry none)
 */
record Scaling(BigFraction[] field, BigFraction[] space, BigFraction time, BigFraction[] param) {
  Scaling {
    field = field.clone();
    space = space.clone();
    param = param.clone();
  }

  /** The weight of a jet variable or parameter id. */
  BigFraction weight(Jets jets, int id) {
    if (jets.isParam(id)) return param[jets.paramIndex(id)];
    BigFraction w = field[jets.fieldIndex(id)];
    for (int j = 0; j < space.length; j++) w = w.add(space[j].multiply(jets.alpha(id, j)));
    return w;
  }

  /** The weight of a monomial. */
  BigFraction weight(Jets jets, DiffPoly.Mono m) {
    BigFraction w = BigFraction.ZERO;
    for (int k = 0; k < m.size(); k++) w = w.add(weight(jets, m.id(k)));
    return w;
  }

  /** True when parameter p carries a weight (and so stays a symbol inside densities). */
  boolean weighted(int p) { return param[p].getNumerator().signum() != 0; }

  /**
   * The scaling of the equations (rhs.get(f) is u^f_t, parameters as jet ids), or empty when none with
   * positive weights exists. With {@code allowParameterWeights} false, every parameter has weight 0.
   */
  static Optional<Scaling> find(Jets jets, List<DiffPoly> rhs, boolean allowParameterWeights) {
    int np = jets.params().size();
    int limit = allowParameterWeights ? 1 << Math.min(np, 12) : 1;
    List<Integer> masks = new ArrayList<>();
    for (int mask = 0; mask < limit; mask++) masks.add(mask);
    masks.sort((a, b) -> Integer.bitCount(a) != Integer.bitCount(b) ? Integer.bitCount(a) - Integer.bitCount(b) : a - b);
    for (int mask : masks) {
      for (boolean allSpace : new boolean[] {false, true}) {
        Optional<Scaling> s = solve(jets, rhs, mask, allSpace);
        if (s.isPresent()) return s;
      }
    }
    return Optional.empty();
  }

  private static Optional<Scaling> solve(Jets jets, List<DiffPoly> rhs, int mask, boolean allSpace) {
    int m = jets.fields().size(), s = jets.space().size(), np = jets.params().size();
    int n = m + s + 1 + np;
    List<BigFraction[]> rows = new ArrayList<>();
    for (int f = 0; f < m; f++) {
      for (DiffPoly.Mono mono : rhs.get(f).terms().keySet()) {
        BigFraction[] r = zeros(n + 1);
        for (int k = 0; k < mono.size(); k++) {
          int id = mono.id(k);
          if (jets.isParam(id)) { inc(r, m + s + 1 + jets.paramIndex(id), 1); continue; }
          inc(r, jets.fieldIndex(id), 1);
          for (int j = 0; j < s; j++) inc(r, m + j, jets.alpha(id, j));
        }
        inc(r, f, -1);
        inc(r, m + s, -1);
        rows.add(r);
      }
    }
    for (int p = 0; p < np; p++) {
      if ((mask & (1 << p)) != 0) continue;
      BigFraction[] r = zeros(n + 1);
      r[m + s + 1 + p] = BigFraction.ONE;
      rows.add(r);
    }
    for (int j = 0; j < (allSpace ? s : 1); j++) {
      BigFraction[] r = zeros(n + 1);
      r[m + j] = BigFraction.ONE;
      r[n] = BigFraction.MINUS_ONE;
      rows.add(r);
    }
    List<BigFraction[]> ns = FractionMatrix.nullSpace(rows.toArray(new BigFraction[0][]), n + 1);
    if (ns.size() != 1 || ns.get(0)[n].getNumerator().signum() == 0) return Optional.empty();
    BigFraction[] w = ns.get(0);
    BigFraction scale = w[n].reciprocal();
    BigFraction[] sol = new BigFraction[n];
    for (int i = 0; i < n; i++) sol[i] = w[i].multiply(scale);
    for (int i = 0; i < m + s; i++) if (sol[i].compareTo(BigFraction.ZERO) <= 0) return Optional.empty();
    for (int p = 0; p < np; p++) {
      if ((mask & (1 << p)) != 0 && sol[m + s + 1 + p].compareTo(BigFraction.ZERO) <= 0) return Optional.empty();
    }
    return Optional.of(new Scaling(Arrays.copyOfRange(sol, 0, m), Arrays.copyOfRange(sol, m, m + s), sol[m + s],
        Arrays.copyOfRange(sol, m + s + 1, n)));
  }

  private static BigFraction[] zeros(int n) {
    BigFraction[] r = new BigFraction[n];
    Arrays.fill(r, BigFraction.ZERO);
    return r;
  }

  private static void inc(BigFraction[] r, int i, int by) { r[i] = r[i].add(by); }

  /** A readable description: {@code w(u) = 2, w(d/dx) = 1, w(d/dt) = 3}. */
  String describe(Jets jets) {
    StringBuilder b = new StringBuilder();
    for (int f = 0; f < field.length; f++) b.append("w(").append(jets.fields().get(f)).append(") = ").append(Texts.num(field[f])).append(", ");
    for (int j = 0; j < space.length; j++) b.append("w(d/d").append(jets.space().get(j)).append(") = ").append(Texts.num(space[j])).append(", ");
    for (int p = 0; p < param.length; p++) if (weighted(p)) b.append("w(").append(jets.params().get(p)).append(") = ").append(Texts.num(param[p])).append(", ");
    return b.append("w(d/dt) = ").append(Texts.num(time)).toString();
  }

  /** Weights as a map, for the JSON output. */
  Map<String, String> asMap(Jets jets) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (int f = 0; f < field.length; f++) out.put(jets.fields().get(f), Texts.num(field[f]));
    for (int j = 0; j < space.length; j++) out.put("d/d" + jets.space().get(j), Texts.num(space[j]));
    for (int p = 0; p < param.length; p++) if (weighted(p)) out.put(jets.params().get(p), Texts.num(param[p]));
    out.put("d/dt", Texts.num(time));
    return out;
  }
}
