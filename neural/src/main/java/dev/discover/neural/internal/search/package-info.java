/**
 * The stages of the formula search, one class per job: {@link dev.discover.neural.internal.search.RecursiveSolver}
 * (the recursion over sub-problems), {@link dev.discover.neural.internal.search.DirectSearch} (brute force,
 * templates, fitting and snapping), {@link dev.discover.neural.internal.search.NetworkOracle} (the neural
 * surrogate), {@link dev.discover.neural.internal.search.ModuleStage} (the pruned modular network, whose module
 * tree proposes splits), {@link dev.discover.neural.internal.search.SymmetryReduction} (fewer inputs through a symmetry),
 * {@link dev.discover.neural.internal.search.SeparableHalves} (a product or sum of two sub-formulas) and
 * {@link dev.discover.neural.internal.search.ParetoFront} (held-out scoring and the choice); their shares of
 * time and work live in {@link dev.discover.neural.internal.search.SearchBudget}. Not an API.
 */
package dev.discover.neural.internal.search;
