package dev.discover.core.pde;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hipparchus.fraction.BigFraction;

/**
 * Prints differential polynomials in the system-file syntax ({@code u^3 - 1/2*u_x^2}, which parses back) and
 * in LaTeX. Terms come highest degree first, then lowest derivative order, so a density reads as its leading
 * nonlinearity followed by its corrections.
 */
final class Texts {
  private Texts() {}

  static String num(BigFraction c) {
    return c.getDenominator().equals(BigInteger.ONE) ? c.getNumerator().toString() : c.getNumerator() + "/" + c.getDenominator();
  }

  /** The degree in the field jets (parameters do not count). */
  static int degree(Jets jets, DiffPoly.Mono m) {
    int d = 0;
    for (int k = 0; k < m.size(); k++) if (!jets.isParam(m.id(k))) d++;
    return d;
  }

  /** The highest derivative order of a monomial. */
  static int order(Jets jets, DiffPoly.Mono m) {
    int o = 0;
    for (int k = 0; k < m.size(); k++) if (!jets.isParam(m.id(k))) o = Math.max(o, jets.order(m.id(k)));
    return o;
  }

  /** The printing order: degree descending, highest order ascending, then by name. */
  static Comparator<DiffPoly.Mono> printOrder(Jets jets) {
    return Comparator.<DiffPoly.Mono>comparingInt(m -> -degree(jets, m)).thenComparingInt(m -> order(jets, m))
        .thenComparing(m -> plainMono(jets, m));
  }

  /** The terms in printing order. */
  static List<Map.Entry<DiffPoly.Mono, BigFraction>> sorted(Jets jets, DiffPoly p) {
    List<Map.Entry<DiffPoly.Mono, BigFraction>> t = new ArrayList<>(p.terms().entrySet());
    Comparator<DiffPoly.Mono> c = printOrder(jets);
    t.sort((a, b) -> c.compare(a.getKey(), b.getKey()));
    return t;
  }

  static String plain(Jets jets, DiffPoly p) { return render(jets, p, false); }

  static String latex(Jets jets, DiffPoly p) { return render(jets, p, true); }

  /**
   * Terms with the same product of field jets are printed once, with their parameter coefficients grouped:
   * {@code (2*b - c)*u^3 - 15*u_x^2}.
   */
  private static String render(Jets jets, DiffPoly p, boolean tex) {
    if (p.isZero()) return "0";
    Map<DiffPoly.Mono, DiffPoly.Builder> groups = new java.util.HashMap<>();
    for (Map.Entry<DiffPoly.Mono, BigFraction> t : p.terms().entrySet()) {
      List<Integer> q = new ArrayList<>(), rest = new ArrayList<>();
      DiffPoly.Mono m = t.getKey();
      for (int k = 0; k < m.size(); k++) (jets.isParam(m.id(k)) ? q : rest).add(m.id(k));
      groups.computeIfAbsent(mono(rest), x -> new DiffPoly.Builder()).add(mono(q), t.getValue());
    }
    List<DiffPoly.Mono> keys = new ArrayList<>(groups.keySet());
    keys.sort(printOrder(jets));
    StringBuilder b = new StringBuilder();
    for (DiffPoly.Mono key : keys) {
      DiffPoly coef = groups.get(key).build();
      String jet = tex ? latexMono(jets, key) : plainMono(jets, key);
      if (coef.size() > 1 && !jet.isEmpty()) {
        b.append(b.length() == 0 ? "" : " + ").append(tex ? "\\left(" : "(").append(render(jets, coef, tex))
            .append(tex ? "\\right) " : ")*").append(jet);
        continue;
      }
      for (Map.Entry<DiffPoly.Mono, BigFraction> t : sorted(jets, coef)) {
        BigFraction c = t.getValue();
        boolean neg = c.signum() < 0;
        BigFraction a = c.abs();
        if (b.length() == 0) b.append(neg ? "-" : "");
        else b.append(neg ? " - " : " + ");
        DiffPoly.Mono full = t.getKey().times(key);
        String mono = tex ? latexMono(jets, full) : plainMono(jets, full);
        if (mono.isEmpty()) { b.append(tex ? latexNum(a) : num(a)); continue; }
        if (!a.equals(BigFraction.ONE)) b.append(tex ? latexNum(a) + " " : num(a) + "*");
        b.append(mono);
      }
    }
    return b.toString();
  }

  private static DiffPoly.Mono mono(List<Integer> ids) { return DiffPoly.Mono.of(ids.stream().mapToInt(Integer::intValue).toArray()); }

  private static String latexNum(BigFraction a) {
    return a.getDenominator().equals(BigInteger.ONE) ? a.getNumerator().toString()
        : "\\frac{" + a.getNumerator() + "}{" + a.getDenominator() + "}";
  }

  /** Factors with their exponents, parameters first: {@code beta*u^2*u_x}. */
  static String plainMono(Jets jets, DiffPoly.Mono m) {
    StringBuilder b = new StringBuilder();
    for (int[] f : factors(jets, m)) {
      if (b.length() > 0) b.append('*');
      b.append(jets.name(f[0]));
      if (f[1] > 1) b.append('^').append(f[1]);
    }
    return b.toString();
  }

  private static String latexMono(Jets jets, DiffPoly.Mono m) {
    StringBuilder b = new StringBuilder();
    for (int[] f : factors(jets, m)) {
      if (b.length() > 0) b.append(' ');
      String n = jets.latex(f[0]);
      b.append(f[1] > 1 ? (n.contains("_") ? "{" + n + "}" : n) + "^{" + f[1] + "}" : n);
    }
    return b.toString();
  }

  /** {id, exponent} pairs: parameters first, then jets by order and field. */
  private static List<int[]> factors(Jets jets, DiffPoly.Mono m) {
    List<int[]> out = new ArrayList<>();
    for (int k = 0; k < m.size(); k++) {
      if (k > 0 && m.id(k) == m.id(k - 1)) { out.get(out.size() - 1)[1]++; continue; }
      out.add(new int[] {m.id(k), 1});
    }
    out.sort(Comparator.<int[]>comparingInt(f -> jets.isParam(f[0]) ? 0 : 1)
        .thenComparingInt(f -> jets.isParam(f[0]) ? jets.paramIndex(f[0]) : jets.order(f[0]))
        .thenComparingInt(f -> jets.isParam(f[0]) ? 0 : jets.fieldIndex(f[0]))
        .thenComparing(f -> jets.name(f[0])));
    return out;
  }
}
