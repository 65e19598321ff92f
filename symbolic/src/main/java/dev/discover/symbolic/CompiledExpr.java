package dev.discover.symbolic;

/**
 * An expression compiled to a tree of closures over a fixed variable order: evaluation walks no strings
 * and allocates nothing.
 */
@FunctionalInterface
public interface CompiledExpr {
  /** Evaluates at a state; {@code x} is read, never modified. */
  double eval(double[] x);
}
