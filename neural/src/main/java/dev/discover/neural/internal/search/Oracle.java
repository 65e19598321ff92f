package dev.discover.neural.internal.search;

import java.util.function.Function;

/**
 * A stand-in for the unknown function that can be queried anywhere: the network at the top level, a
 * restriction or reparametrisation of it in sub-problems.
 *
 * @param f values at rows (row-major, in the problem's inputs)
 * @param errY the surrogate's relative error against the spread of y
 * @param errLog the surrogate's absolute error in {@code log|y|}
 */
public record Oracle(Function<double[][], double[]> f, double errY, double errLog) {
  /** The values at rows. */
  public double[] apply(double[][] rows) { return f.apply(rows); }

  /** The same errors, another function. */
  Oracle with(Function<double[][], double[]> g) { return new Oracle(g, errY, errLog); }
}
