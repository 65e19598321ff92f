/**
 * Networks that prune into modules: brain-inspired modular training ({@link dev.discover.neural.internal.modules.Bimt}:
 * neurons placed in the plane by {@link dev.discover.neural.internal.modules.Layout}, a connection cost, swaps
 * that shorten the wires, pruning with a re-check of the fit) and the modules read off the pruned graph
 * ({@link dev.discover.neural.internal.modules.ModuleTree}: connected parts, shared units, compositional trees).
 * Not an API.
 */
package dev.discover.neural.internal.modules;
