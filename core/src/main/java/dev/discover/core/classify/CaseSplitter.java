package dev.discover.core.classify;

import dev.discover.io.InputException;
import edu.jas.arith.BigRational;
import edu.jas.poly.GenPolynomial;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Gaussian elimination of the parametric matrix with case splitting on pivots, in the manner of Wolf's Crack:
 * a pivot is taken without splitting when it is a nonzero constant or a product of polynomials already assumed
 * nonzero; otherwise an entry of least degree is split on, into "every irreducible factor nonzero" (and the
 * elimination goes on) and, for each factor f_i, "f_1..f_(i-1) nonzero, f_i = 0" (a new branch, its entries
 * reduced modulo the Groebner basis of the enlarged equations). Inconsistent branches (the saturated ideal
 * is the unit ideal) are pruned. Each leaf is a set of parameter values with the rank of the matrix there.
 */
final class CaseSplitter {
  /** A leaf: parameter values on which the matrix has the given rank. */
  record Leaf(Conditions conditions, int rank) {}

  private record Node(Conditions conditions, List<TreeMap<Integer, GenPolynomial<BigRational>>> rows, int rank) {}

  private final ParametricMatrix matrix;
  private final int maxBranches;
  private final String source;
  private int branches;

  CaseSplitter(ParametricMatrix matrix, int maxBranches, String source) {
    this.matrix = matrix;
    this.maxBranches = maxBranches;
    this.source = source;
  }

  /** The number of branches explored by the last run. */
  int branches() { return branches; }

  /** Eliminates on each root set of parameter values; returns every consistent leaf. */
  List<Leaf> run(List<Conditions> roots) {
    List<Leaf> leaves = new ArrayList<>();
    Deque<Node> stack = new ArrayDeque<>();
    for (Conditions c : roots) stack.push(new Node(c, rows(c), 0));
    branches = roots.size();
    while (!stack.isEmpty()) {
      solve(stack.pop(), stack).ifPresent(leaves::add);
    }
    return leaves;
  }

  private List<TreeMap<Integer, GenPolynomial<BigRational>>> rows(Conditions c) {
    List<TreeMap<Integer, GenPolynomial<BigRational>>> out = new ArrayList<>();
    for (Map<Integer, GenPolynomial<BigRational>> r : matrix.rows(c)) out.add(new TreeMap<>(r));
    return out;
  }

  private static List<TreeMap<Integer, GenPolynomial<BigRational>>> reduced(
      List<TreeMap<Integer, GenPolynomial<BigRational>>> rows, Conditions c) {
    List<TreeMap<Integer, GenPolynomial<BigRational>>> out = new ArrayList<>();
    for (TreeMap<Integer, GenPolynomial<BigRational>> r : rows) {
      TreeMap<Integer, GenPolynomial<BigRational>> s = new TreeMap<>();
      r.forEach((k, v) -> {
        GenPolynomial<BigRational> w = c.reduce(v);
        if (!w.isZERO()) s.put(k, w);
      });
      if (!s.isEmpty()) {
        RowOps.normalise(s, c);
        out.add(s);
      }
    }
    return out;
  }

  private Optional<Leaf> solve(Node node, Deque<Node> stack) {
    Conditions c = node.conditions();
    List<TreeMap<Integer, GenPolynomial<BigRational>>> rows = node.rows();
    int rank = node.rank();
    while (!rows.isEmpty()) {
      Conditions cc = c;
      Optional<RowOps.Pivot> pivot = RowOps.choose(rows, cc::surelyNonzero);
      if (pivot.isEmpty()) {
        GenPolynomial<BigRational> e = splitEntry(rows);
        List<GenPolynomial<BigRational>> fs = c.ring().irreducibleFactors(e);
        for (int i = 0; i < fs.size(); i++) {
          GenPolynomial<BigRational> fi = fs.get(i);
          Optional<Conditions> ci = c.withNonzero(fs.subList(0, i)).flatMap(x -> x.withZero(fi));
          if (ci.isPresent()) {
            if (++branches > maxBranches) {
              throw InputException.at(source, "basis", "case splitting needed more than " + maxBranches
                  + " branches for a basis of " + matrix.columnCount() + " functions and " + c.ring().size()
                  + " parameters; lower polynomial_degree, fix some parameters to numbers, or raise --max-branches");
            }
            stack.push(new Node(ci.get(), reduced(rows, ci.get()), rank));
          }
        }
        Optional<Conditions> rest = c.withNonzero(fs);
        if (rest.isEmpty()) return Optional.empty();
        boolean changed = !rest.get().equations().equals(c.equations());
        c = rest.get();
        if (changed) rows = reduced(rows, c);
        continue;
      }
      RowOps.Pivot p = pivot.get();
      TreeMap<Integer, GenPolynomial<BigRational>> prow = rows.get(p.row());
      List<TreeMap<Integer, GenPolynomial<BigRational>>> next = new ArrayList<>();
      for (int r = 0; r < rows.size(); r++) {
        if (r == p.row()) continue;
        TreeMap<Integer, GenPolynomial<BigRational>> row = rows.get(r);
        if (!row.containsKey(p.col())) { next.add(row); continue; }
        TreeMap<Integer, GenPolynomial<BigRational>> nr = RowOps.combine(row, prow, p.col(), c);
        if (!nr.isEmpty()) next.add(nr);
      }
      rows = next;
      rank++;
    }
    return Optional.of(new Leaf(c, rank));
  }

  /** The entry to split on: least total degree, then fewest terms. */
  private static GenPolynomial<BigRational> splitEntry(List<TreeMap<Integer, GenPolynomial<BigRational>>> rows) {
    return rows.stream().flatMap(r -> r.values().stream())
        .min(Comparator.<GenPolynomial<BigRational>>comparingLong(GenPolynomial::degree)
            .thenComparingInt(GenPolynomial::length))
        .orElseThrow();
  }
}
