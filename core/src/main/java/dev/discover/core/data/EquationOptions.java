package dev.discover.core.data;

import java.util.Map;
import java.util.Objects;

/**
 * Options of {@link EquationFinder}.
 *
 * @param library the candidate terms of every equation without its own entry in {@code perVariable}
 * @param perVariable libraries for the equations of particular variables
 * @param optimizer the sparse regression
 * @param threshold the smallest kept scale-free contribution |xi_j| rms(theta_j) / rms(target), in (0, 1);
 *     NaN for the default {@link #DEFAULT_THRESHOLD}
 * @param derivative how derivatives enter the regression; {@code AUTO} uses finite differences on clean data
 *     and the weak form when noise is detected
 * @param noiseLevel relative noise (estimated noise / standard deviation of a variable) above which
 *     {@code AUTO} takes the weak form
 * @param seed the seed of the ensemble's resampling
 * @param refine whether to refine the coefficients by multiple shooting on noisy data (every derivative but fd)
 */
public record EquationOptions(LibrarySpec library, Map<String, LibrarySpec> perVariable, Optimizer optimizer,
    double threshold, Derivative derivative, double noiseLevel, long seed, boolean refine) {
  /** The default threshold on scale-free contributions. */
  public static final double DEFAULT_THRESHOLD = 0.05;

  /** The sparse regressions. */
  public enum Optimizer {
    /** Sequentially thresholded least squares. */
    STLSQ,
    /** Sparse relaxed regularised regression with an L0 penalty. */
    SR3,
    /** Bagged STLSQ on block-bootstrap resamples. */
    ENSEMBLE
  }

  /** Derivative estimators. */
  public enum Derivative {
    /** Finite differences on clean data, the weak form on noisy data. */
    AUTO,
    /** Sixth-order finite differences (Fornberg weights on uneven grids). */
    FD,
    /** Savitzky-Golay local polynomial fits. */
    SAVGOL,
    /** Total-variation regularised differentiation. */
    TV,
    /** Weak form: test functions on subintervals, no derivative of the data. */
    WEAK
  }

  /** Checks the values and copies the map. */
  public EquationOptions {
    Objects.requireNonNull(library, "library");
    perVariable = Map.copyOf(perVariable);
    Objects.requireNonNull(optimizer, "optimizer");
    Objects.requireNonNull(derivative, "derivative");
    if (!Double.isNaN(threshold) && !(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1), got " + threshold);
    }
    if (!(noiseLevel > 0)) throw new IllegalArgumentException("noiseLevel must be > 0, got " + noiseLevel);
  }

  /** Degree-2 polynomials, STLSQ, the default threshold, automatic derivatives, seed 1. */
  public static EquationOptions defaults() {
    return new EquationOptions(LibrarySpec.defaults(), Map.of(), Optimizer.STLSQ, Double.NaN, Derivative.AUTO, 1e-3, 1, true);
  }

  /** The threshold in use. */
  public double effectiveThreshold() { return Double.isNaN(threshold) ? DEFAULT_THRESHOLD : threshold; }

  /** The same with another library for every variable. */
  public EquationOptions withLibrary(LibrarySpec l) {
    return new EquationOptions(l, perVariable, optimizer, threshold, derivative, noiseLevel, seed, refine);
  }

  /** The same with per-variable libraries. */
  public EquationOptions withPerVariable(Map<String, LibrarySpec> m) {
    return new EquationOptions(library, m, optimizer, threshold, derivative, noiseLevel, seed, refine);
  }

  /** The same with another optimizer. */
  public EquationOptions withOptimizer(Optimizer o) {
    return new EquationOptions(library, perVariable, o, threshold, derivative, noiseLevel, seed, refine);
  }

  /** The same with another threshold (NaN for the default). */
  public EquationOptions withThreshold(double t) {
    return new EquationOptions(library, perVariable, optimizer, t, derivative, noiseLevel, seed, refine);
  }

  /** The same with another derivative estimator. */
  public EquationOptions withDerivative(Derivative d) {
    return new EquationOptions(library, perVariable, optimizer, threshold, d, noiseLevel, seed, refine);
  }

  /** The same with another seed. */
  public EquationOptions withSeed(long s) {
    return new EquationOptions(library, perVariable, optimizer, threshold, derivative, noiseLevel, s, refine);
  }

  /** The same with or without the multiple-shooting refinement on noisy data. */
  public EquationOptions withRefine(boolean r) {
    return new EquationOptions(library, perVariable, optimizer, threshold, derivative, noiseLevel, seed, r);
  }

  /** The library of the equation of variable v. */
  public LibrarySpec libraryOf(String v) { return perVariable.getOrDefault(v, library); }
}
