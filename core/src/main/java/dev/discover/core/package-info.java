/** The engine's domain and public API: system files, compiled systems, bases, constraint manifolds, law results with typed coefficients, and Discovery (the law search itself is in {@code dev.discover.core.laws}). */
package dev.discover.core;
