/**
 * Classification of parameter values by their conservation laws: for a system with symbolic parameters and a
 * polynomial basis, every set of parameter values at which the space of laws in the basis is larger than at
 * generic values, with its exact conditions and its extra laws. Entry point: {@link
 * dev.discover.core.classify.Classifier#classify}.
 */
package dev.discover.core.classify;
