package dev.discover.core.classify;

import dev.discover.sparse.FractionMatrix;
import edu.jas.arith.BigRational;
import edu.jas.poly.ExpVector;
import edu.jas.poly.GenPolynomial;
import edu.jas.poly.Monomial;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hipparchus.fraction.BigFraction;

/**
 * Scaling symmetries of the parameters. When x_i -> t^(w_i) x_i, time -> t^(-s) time and a_k -> t^(v_k) a_k
 * map the system to itself, the law spaces at a and at t^v a have the same dimension, so every case is a union
 * of orbits. The weights solve linear conditions read off the matrix: in column j, every monomial x^r a^e of
 * den * L_f b_j has w.(r - e_j) + v.e = s. A parameter p with an integer weight vector v (v_p = 1, zero on the
 * other normalised parameters) is normalised: p = 0, or p = 1 standing for every p != 0, and the cases found
 * at p = 1 are carried back by weighting each term with the power of p that makes it v-homogeneous.
 */
final class Scaling {
  /** A normalised parameter and its weights (indexed like the parameters, weight 1 on itself). */
  record Normalisation(int parameter, int[] weights) {
    Normalisation { weights = weights.clone(); }
    @Override public int[] weights() { return weights.clone(); }
  }

  private Scaling() {}

  /** The parameter weight vectors of the scaling symmetries, as a basis in reduced echelon form. */
  static List<BigFraction[]> parameterWeights(ParametricMatrix mat) {
    int n = mat.state().size();
    int m = mat.ring().size();
    List<List<Integer>> rowMonomials = new ArrayList<>(java.util.Collections.nCopies(mat.rowCount(), null));
    rowExponents(mat, rowMonomials);
    Set<List<BigFraction>> eqs = new HashSet<>();
    for (int j = 0; j < mat.columnCount(); j++) {
      int[] b = mat.basis().term(j).exponents();
      for (Map.Entry<Integer, GenPolynomial<BigRational>> e : mat.column(j).entrySet()) {
        List<Integer> r = rowMonomials.get(e.getKey());
        for (Monomial<BigRational> t : e.getValue()) {
          List<BigFraction> row = new ArrayList<>();
          for (int i = 0; i < n; i++) row.add(new BigFraction(r.get(i) - b[i]));
          for (int k = 0; k < m; k++) row.add(new BigFraction(mat.ring().exponent(t.exponent(), k)));
          row.add(BigFraction.MINUS_ONE);
          eqs.add(row);
        }
      }
    }
    BigFraction[][] a = eqs.stream().map(l -> l.toArray(new BigFraction[0])).toArray(BigFraction[][]::new);
    List<BigFraction[]> proj = new ArrayList<>();
    for (BigFraction[] v : FractionMatrix.nullSpace(a, n + m + 1)) {
      BigFraction[] p = new BigFraction[m];
      System.arraycopy(v, n, p, 0, m);
      proj.add(p);
    }
    return rref(proj, m);
  }

  private static void rowExponents(ParametricMatrix mat, List<List<Integer>> out) {
    for (int r = 0; r < mat.rowCount(); r++) out.set(r, mat.rowMonomial(r));
  }

  /** The normalisable parameters: echelon rows with integer entries, pivot 1. */
  static List<Normalisation> normalisations(List<BigFraction[]> weights) {
    List<Normalisation> out = new ArrayList<>();
    for (BigFraction[] v : weights) {
      int pivot = -1;
      boolean integer = true;
      int[] w = new int[v.length];
      for (int k = 0; k < v.length; k++) {
        if (!v[k].getDenominator().equals(BigInteger.ONE) || v[k].getNumerator().bitLength() > 20) integer = false;
        else w[k] = v[k].getNumerator().intValue();
        if (pivot < 0 && v[k].signum() != 0) pivot = k;
      }
      if (integer && pivot >= 0) out.add(new Normalisation(pivot, w));
    }
    return out;
  }

  /** Reduced row echelon form of the span of the vectors (nonzero rows only). */
  static List<BigFraction[]> rref(List<BigFraction[]> vs, int m) {
    List<BigFraction[]> rows = new ArrayList<>();
    for (BigFraction[] v : vs) rows.add(v.clone());
    int r = 0;
    for (int c = 0; c < m && r < rows.size(); c++) {
      int piv = -1;
      for (int i = r; i < rows.size(); i++) if (rows.get(i)[c].signum() != 0) { piv = i; break; }
      if (piv < 0) continue;
      java.util.Collections.swap(rows, r, piv);
      BigFraction[] p = rows.get(r);
      BigFraction inv = p[c].reciprocal();
      for (int k = 0; k < m; k++) p[k] = p[k].multiply(inv);
      for (int i = 0; i < rows.size(); i++) {
        if (i == r || rows.get(i)[c].signum() == 0) continue;
        BigFraction f = rows.get(i)[c];
        for (int k = 0; k < m; k++) rows.get(i)[k] = rows.get(i)[k].subtract(f.multiply(p[k]));
      }
      r++;
    }
    return new ArrayList<>(rows.subList(0, r));
  }

  /** g from the slice p = 1 carried to p != 0: p set to 1, then each term times p^(W - v.e), W the top weight. */
  static GenPolynomial<BigRational> homogenise(GenPolynomial<BigRational> g, Normalisation nz, ParamRing ring) {
    int p = nz.parameter();
    int[] v = nz.weights();
    GenPolynomial<BigRational> s = ring.substitute(g, p, BigFraction.ONE);
    long top = Long.MIN_VALUE;
    for (Monomial<BigRational> t : s) top = Math.max(top, weight(t.exponent(), v, ring));
    GenPolynomial<BigRational> acc = ring.zero();
    for (Monomial<BigRational> t : s) {
      long k = top - weight(t.exponent(), v, ring);
      long[] e = t.exponent().getVal().clone();
      e[ring.size() - 1 - p] += k;
      acc = acc.sum(t.coefficient(), ExpVector.create(e));
    }
    return acc;
  }

  private static long weight(ExpVector e, int[] v, ParamRing ring) {
    long w = 0;
    for (int k = 0; k < v.length; k++) w += (long) v[k] * ring.exponent(e, k);
    return w;
  }

  /** Describes a weight vector: "(A, B, C, D) -> (t*A, t*B, C, D)". */
  static String describe(BigFraction[] v, List<String> names) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < v.length; k++) {
      String w = v[k].signum() == 0 ? "" : v[k].equals(BigFraction.ONE) ? "t*" : "t^(" + dev.discover.symbolic.Exprs.formatNumber(v[k]) + ")*";
      out.add(w + names.get(k));
    }
    return "(" + String.join(", ", names) + ") -> (" + String.join(", ", out) + ")";
  }
}
