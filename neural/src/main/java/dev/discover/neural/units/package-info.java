/**
 * Units and dimensional analysis for the formula search: a table of the base-unit exponents of each
 * variable ({@link dev.discover.neural.units.Units}), the Buckingham Pi theorem in exact rational arithmetic
 * ({@link dev.discover.neural.units.PiGroups}: the target as a monomial prefactor times a function of
 * dimensionless groups, or the statement that no monomial of the inputs has the target's units), and a
 * checker of candidate expressions ({@link dev.discover.neural.units.DimensionCheck}).
 *
 * <p>Buckingham, "On physically similar systems", Phys. Rev. 4, 345 (1914); the first step of AI Feynman
 * (Udrescu and Tegmark, Sci. Adv. 6, eaay2631, 2020).
 */
package dev.discover.neural.units;
