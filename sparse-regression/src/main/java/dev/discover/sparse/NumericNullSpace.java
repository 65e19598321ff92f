package dev.discover.sparse;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Floating-point null space by singular value decomposition (EJML), the route for bases with transcendental
 * functions and the cross-check of the exact route.
 *
 * @param singularValues all singular values, largest first
 * @param basis the right singular vectors whose singular value is below the tolerance, as rows
 * @param tolerance the relative threshold used: s_i &lt; tolerance * s_max
 */
public record NumericNullSpace(double[] singularValues, double[][] basis, double tolerance) {
  /** Copies the arrays. */
  public NumericNullSpace {
    singularValues = singularValues.clone();
    double[][] b = new double[basis.length][];
    for (int i = 0; i < basis.length; i++) b[i] = basis[i].clone();
    basis = b;
  }

  /** A copy of the singular values. */
  @Override public double[] singularValues() { return singularValues.clone(); }

  /** The null-space dimension. */
  public int dimension() { return basis.length; }

  /** A copy of basis vector i. */
  public double[] vector(int i) { return basis[i].clone(); }

  /**
   * Computes the null space of a rows x cols matrix given row-major; {@code a} is not modified. Columns should
   * be scaled to comparable norms by the caller.
   */
  public static NumericNullSpace of(double[][] a, int cols, double tolerance) {
    if (!(tolerance > 0 && tolerance < 1)) throw new IllegalArgumentException("tolerance must be in (0, 1), got " + tolerance);
    int rows = a.length;
    DMatrixRMaj m = new DMatrixRMaj(Math.max(rows, cols), cols);
    for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) m.set(i, j, a[i][j]);
    SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(m.numRows, cols, false, true, true);
    if (!svd.decompose(m)) throw new IllegalStateException("singular value decomposition did not converge");
    double[] s = svd.getSingularValues();
    DMatrixRMaj v = svd.getV(null, true);
    Integer[] order = new Integer[cols];
    for (int i = 0; i < cols; i++) order[i] = i;
    double[] sv = new double[cols];
    for (int i = 0; i < cols; i++) sv[i] = i < s.length ? s[i] : 0;
    java.util.Arrays.sort(order, (x, y) -> Double.compare(sv[y], sv[x]));
    double max = cols == 0 ? 0 : sv[order[0]];
    double[] sorted = new double[cols];
    int k = 0;
    for (int i = 0; i < cols; i++) { sorted[i] = sv[order[i]]; if (sorted[i] < tolerance * max) k++; }
    double[][] basis = new double[k][cols];
    for (int t = 0; t < k; t++) {
      int idx = order[cols - k + t];
      for (int j = 0; j < cols; j++) basis[t][j] = v.get(idx, j);
    }
    return new NumericNullSpace(sorted, basis, tolerance);
  }
}
