/**
 * Equations and invariants from data, on arrays: {@link dev.discover.core.data.Simulator} integrates a
 * system into trajectories, {@link dev.discover.core.data.EquationFinder} identifies x' = f(x) by sparse
 * regression over a library of candidate terms (SINDy, with finite-difference, smoothed or weak-form
 * derivatives), and {@link dev.discover.core.data.InvariantFinder} finds functions of the state that stay
 * constant along every trajectory. {@link dev.discover.core.data.TrajectoryCsv} reads and writes the CSV
 * format of the command line. Options and results are immutable records.
 */
package dev.discover.core.data;
