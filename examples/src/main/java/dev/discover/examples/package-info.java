/** Runnable programs that use the public Java API of the engine. */
package dev.discover.examples;
