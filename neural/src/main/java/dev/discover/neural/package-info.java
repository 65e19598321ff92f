/**
 * Formulas from data: given a table of inputs and an output, find a short closed-form formula.
 *
 * <p>The front door is {@link dev.discover.neural.FormulaSearch#run}. It combines a brute-force search over
 * small expression trees with constant fitting (affine, power-law and exponential forms, on transformed
 * targets), a small double-precision neural surrogate used as an oracle for separability tests (AI Feynman,
 * Udrescu and Tegmark, Sci. Adv. 2020), snapping of constants to rationals and multiples of pi, and a final
 * joint Levenberg-Marquardt polish of every remaining constant.
 *
 * <p>{@link dev.discover.neural.FeynmanData} reads rows of the Feynman database (for {@code discover formula
 * --feynman ID}). The benchmark's equality proofs ({@code FormulaEquality}, whether a found formula equals a
 * row's truth symbolically or only numerically) are test code, outside the production jars.
 */
package dev.discover.neural;
