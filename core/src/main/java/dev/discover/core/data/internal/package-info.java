/**
 * How the data jobs work, behind {@link dev.discover.core.Discovery}: {@code Simulator} integrates a system
 * into trajectories (Hipparchus Dormand-Prince), {@code EquationFinder} identifies x' = f(x) by sparse
 * regression over a {@code Library} of candidate terms (derivatives by finite differences, smoothing or the
 * weak form), {@code ShootingRefiner} refines its coefficients on noisy data by multiple shooting, and
 * {@code IdentifiedSystem} turns identified equations into a system for the laws search. Not API.
 */
package dev.discover.core.data.internal;
