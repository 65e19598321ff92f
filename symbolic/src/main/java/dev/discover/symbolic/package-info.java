/** Expressions of the system-file grammar: parsing, printing, exact and fast evaluation, exact polynomials (JAS), the only bridge to Symja, and the shortest checked Symja rewrite of an expression ({@link dev.discover.symbolic.Simplifier}). */
package dev.discover.symbolic;
