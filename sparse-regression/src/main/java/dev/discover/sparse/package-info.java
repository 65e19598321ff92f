/** Linear algebra on numbers: exact null spaces modulo primes and over the rationals, rational reconstruction, incremental rank, and floating-point null spaces by SVD (EJML). */
package dev.discover.sparse;
