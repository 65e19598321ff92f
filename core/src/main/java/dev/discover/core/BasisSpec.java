package dev.discover.core;

import java.util.List;

/**
 * The basis section of a system file: monomials of degree 1..{@code polynomialDegree} in
 * {@code polynomialVariables}, each extra function times the monomials of degree 0..its multiplier degree,
 * and explicit functions.
 *
 * @param polynomialDegree the highest monomial degree (0 for none)
 * @param polynomialVariables the variables of the monomials (all variables when the file omits it)
 * @param extraFunctions functions multiplied by low-degree monomials
 * @param functions explicit basis functions
 * @param maxSize the largest basis the engine will build
 */
public record BasisSpec(int polynomialDegree, List<String> polynomialVariables, List<ExtraFunction> extraFunctions,
    List<String> functions, int maxSize) implements java.io.Serializable {
  /** The default limit on the basis size; raise it with {@code basis.max_size} or {@code --max-basis}. */
  public static final int DEFAULT_MAX_SIZE = 20_000;

  /** Copies the lists and checks the numbers. */
  public BasisSpec {
    if (polynomialDegree < 0) throw new IllegalArgumentException("polynomial_degree must be >= 0, got " + polynomialDegree);
    if (maxSize < 1) throw new IllegalArgumentException("max_size must be >= 1, got " + maxSize);
    polynomialVariables = List.copyOf(polynomialVariables);
    extraFunctions = List.copyOf(extraFunctions);
    functions = List.copyOf(functions);
  }

  /** A monomial basis of the given degree in the given variables. */
  public static BasisSpec polynomial(int degree, List<String> variables) {
    return new BasisSpec(degree, variables, List.of(), List.of(), DEFAULT_MAX_SIZE);
  }

  /** The same basis with another size limit. */
  public BasisSpec withMaxSize(int max) {
    return new BasisSpec(polynomialDegree, polynomialVariables, extraFunctions, functions, max);
  }

  /**
   * An extra basis function, multiplied by every monomial of degree 0..{@code multiplierDegree}.
   *
   * @param function the expression
   * @param multiplierDegree the highest multiplier degree
   */
  public record ExtraFunction(String function, int multiplierDegree) implements java.io.Serializable {
    /** Checks the degree. */
    public ExtraFunction {
      if (multiplierDegree < 0) throw new IllegalArgumentException("multiplier_degree must be >= 0, got " + multiplierDegree);
    }
  }
}
