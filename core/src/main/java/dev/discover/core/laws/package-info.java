/**
 * The law pipeline: {@link dev.discover.core.laws.LawRoutes} chooses the route once (symbolic parameters, exact
 * rational, floating point; a new route is one more {@link dev.discover.core.laws.LawRoute}); the exact route's
 * stages are ModularSamples (sampling on the manifold), BlockNullSpace (null space), Sparsifier (sparsest
 * candidates), Independence, ExactCoefficients, Verifier and ExactLaw/LawPrinter (verification and printing);
 * the floating-point route's are NumericSampler, NumericSearch and NumericLaw; ParameterClassification follows a
 * route for systems with numeric parameters.
 */
package dev.discover.core.laws;
