package dev.discover.core.data;

/**
 * The candidate terms of one equation: the constant 1, monomials of degree 1..{@code degree} in every
 * variable, and, with {@code fourier}, sin(k v) and cos(k v) of every variable v for k = 1..frequencies.
 *
 * @param degree the highest monomial degree, &gt;= 0
 * @param fourier whether to add sines and cosines
 * @param frequencies the highest multiple k of the Fourier terms, &gt;= 1
 */
public record LibrarySpec(int degree, boolean fourier, int frequencies) {
  /** Checks the values. */
  public LibrarySpec {
    if (degree < 0 || degree > 10) throw new IllegalArgumentException("degree must be in 0..10, got " + degree);
    if (frequencies < 1 || frequencies > 20) throw new IllegalArgumentException("frequencies must be in 1..20, got " + frequencies);
    if (degree == 0 && !fourier) throw new IllegalArgumentException("an empty library: give a degree >= 1 or Fourier terms");
  }

  /** Polynomials of degree 2, no Fourier terms. */
  public static LibrarySpec defaults() { return new LibrarySpec(2, false, 1); }

  /** The same with another degree. */
  public LibrarySpec withDegree(int d) { return new LibrarySpec(d, fourier, frequencies); }

  /** The same with or without Fourier terms. */
  public LibrarySpec withFourier(boolean f) { return new LibrarySpec(degree, f, frequencies); }

  /**
   * Parses "poly", "fourier" or "poly,fourier" (also "+" between kinds) with this degree; throws
   * {@link IllegalArgumentException} naming the unknown kind.
   */
  public static LibrarySpec parse(String kinds, int degree, int frequencies) {
    boolean poly = false, fourier = false;
    for (String k : kinds.split("[,+]")) {
      switch (k.trim()) {
        case "poly": case "polynomial": poly = true; break;
        case "fourier": fourier = true; break;
        default: throw new IllegalArgumentException("unknown library '" + k.trim() + "'; expected poly, fourier or poly,fourier");
      }
    }
    return new LibrarySpec(poly ? degree : 0, fourier, frequencies);
  }
}
