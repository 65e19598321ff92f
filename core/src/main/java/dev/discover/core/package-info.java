/** The engine's domain and pipelines: system files, compiled systems, bases, constraint manifolds, the exact law search, and the public API (Discovery). */
package dev.discover.core;
