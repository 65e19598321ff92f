/** Expressions of the system-file grammar: parsing, printing, exact and fast evaluation, exact polynomials (JAS), and the only bridge to Symja. */
package dev.discover.symbolic;
