/** Linear algebra and number theory on numbers: exact null spaces and pivoted echelon forms modulo primes and over the rationals, rational lifting (CRT and reconstruction), integer scaling, incremental rank, floating-point echelon forms and null spaces by SVD (EJML), and the derivative and sparse-regression methods of the data route. */
package dev.discover.sparse;
