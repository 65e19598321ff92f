/**
 * Implementation of the formula search; not API. Classes here may change without notice: callers use
 * {@link dev.discover.neural.FormulaSearch}.
 */
package dev.discover.neural.internal;
